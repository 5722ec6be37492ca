// One establishment's details, shown when its row is expanded: facts, the
// phases as a table with their months, the dated events (status changes with
// the new status, renamings with the new name) as an ordered list, planned
// hires per year as a bar chart with its table, procurement windows and sources.
import { AccessibleChart } from "../charts.js";
import { categoryLabel, eventKindLabel, formatNumber, monthRangeNodes, phaseLabel, sourceItem, statusLabel } from "../establishments-common.js";
import { getLanguage, pickLocalized, t } from "../i18n.js";
import { el } from "../layout.js";
import { choiceText, dateElement, dateTimeElement } from "../notes-common.js";

/** A {sv, en} text in the UI language; Swedish marked as such when English is missing. */
export function localized(text) {
  if (!text) return "";
  if (getLanguage() === "en" && !text.en && text.sv) return el("span", { lang: "sv" }, text.sv);
  return pickLocalized(text);
}

/** What an event says in a word or two: the new status, the new name, or its kind. */
export function eventHeadline(ev) {
  if (ev.status) return t("report.establishment.statusChange", { status: statusLabel(ev.status) });
  if (ev.kind === "renamed" && ev.name) return t("establishments.event.renamedTo", { name: ev.name });
  return eventKindLabel(ev.kind);
}

const byFrom = (a, b) => String(a.from).localeCompare(String(b.from));

/**
 * @param {any} e the establishment
 * @param {{choices: any, countyName: (code: string) => string, municipalityName: (code: string) => string}} names
 * @returns {{nodes: Node[], draw: () => AccessibleChart | null}} the content, and a function drawing the hires chart once it is in the page
 */
export function establishmentDetails(e, { choices, countyName }) {
  const id = `establishment-${e.slug}`;
  const phases = [...(e.phases ?? [])].sort(byFrom);
  const events = [...(e.events ?? [])].sort((a, b) => String(a.date).localeCompare(String(b.date)));
  const hires = [...(e.plannedHires ?? [])].sort((a, b) => a.year - b.year);
  const windows = [...(e.procurementWindows ?? [])].sort(byFrom);
  const sources = e.sources ?? [];
  const facts = [
    [t("establishments.fact.status"), statusLabel(e.status)],
    [t("establishments.fact.formerNames"), (e.formerNames ?? []).join(", ")],
    [t("establishments.fact.counties"), (e.counties ?? []).map(countyName).join(", ")],
    [t("establishments.fact.sector"), e.sector ? `${choiceText(choices.sectors, e.sector)} (${e.sector})` : ""],
  ].filter(([, value]) => value);
  const caption = (suffix, text) => el("caption", { id: `${id}-${suffix}-caption` }, text);
  const region = (suffix, table) =>
    el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-labelledby": `${id}-${suffix}-caption` }, table);

  const nodes = [
    el("dl", { className: "facts establishment-facts" }, facts.map(([term, value]) => [el("dt", {}, term), el("dd", {}, value)])),
    e.updatedAt ? el("p", { className: "muted" }, t("establishments.updated"), " ", dateTimeElement(e.updatedAt), ".") : "",

    el("h3", {}, t("establishments.phases.title")),
    phases.length > 0
      ? region(
          "phases",
          el(
            "table",
            { className: "data-table timeline-table" },
            caption("phases", t("establishments.phases.caption", { name: e.name })),
            el("thead", {}, el("tr", {}, ...["report.column.phase", "report.column.when", "report.column.note"].map((k) => el("th", { scope: "col" }, t(k))))),
            el(
              "tbody",
              {},
              phases.map((p) => el("tr", {}, el("th", { scope: "row" }, phaseLabel(p.kind)), el("td", {}, monthRangeNodes(p.from, p.to)), el("td", {}, localized(p.note)))),
            ),
          ),
        )
      : el("p", { className: "muted" }, t("establishments.phases.none")),

    el("h3", {}, t("establishments.events.title")),
    events.length > 0
      ? el(
          "ol",
          { className: "event-list", "aria-label": t("establishments.events.label", { name: e.name }) },
          events.map((ev) =>
            el(
              "li",
              { dataset: { kind: ev.kind } },
              dateElement(ev.date),
              ": ",
              el("strong", {}, eventHeadline(ev)),
              ". ",
              localized(ev.text),
              ev.source ? [" ", t("establishments.events.source"), " ", ...sourceItem(ev.source).childNodes] : "",
            ),
          ),
        )
      : el("p", { className: "muted" }, t("establishments.events.none")),

    el("h3", {}, t("establishments.hires.title")),
    hires.length > 0
      ? el(
          "div",
          { className: "chart-with-table hires" },
          el("div", { className: "chart-box chart-box-small" }, el("canvas", { id: `${id}-hires-chart`, role: "img", "aria-label": hiresLabel(e, hires) }, el("p", {}, t("needs.chart.fallback")))),
          region(
            "hires",
            el(
              "table",
              { className: "data-table" },
              caption("hires", t("establishments.hires.caption", { name: e.name })),
              el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("establishments.column.year")), el("th", { scope: "col", className: "num" }, t("establishments.column.hires")))),
              el("tbody", {}, hires.map((h) => el("tr", {}, el("th", { scope: "row" }, String(h.year)), el("td", { className: "num" }, formatNumber(h.count))))),
            ),
          ),
        )
      : el("p", { className: "muted" }, t("establishments.hires.none")),

    el("h3", {}, t("establishments.procurement.title")),
    windows.length > 0
      ? region(
          "procurement",
          el(
            "table",
            { className: "data-table" },
            caption("procurement", t("report.establishment.procurement", { name: e.name })),
            el(
              "thead",
              {},
              el("tr", {}, ...["report.column.category", "report.column.phase", "report.column.when", "report.column.description"].map((k) => el("th", { scope: "col" }, t(k)))),
            ),
            el(
              "tbody",
              {},
              windows.map((w) =>
                el(
                  "tr",
                  {},
                  el("th", { scope: "row" }, categoryLabel(w.category)),
                  el("td", {}, phaseLabel(w.phase)),
                  el("td", {}, monthRangeNodes(w.from, w.to)),
                  el("td", {}, localized(w.description)),
                ),
              ),
            ),
          ),
        )
      : el("p", { className: "muted" }, t("establishments.procurement.none")),

    el("h3", {}, t("establishments.sources.title")),
    sources.length > 0 ? el("ul", { className: "example-sources" }, sources.map(sourceItem)) : el("p", { className: "muted" }, t("establishments.sources.none")),
  ];

  function draw() {
    const canvas = document.getElementById(`${id}-hires-chart`);
    if (!canvas || hires.length === 0) return null;
    const chart = new AccessibleChart(canvas, "bar", { formatValue: (value) => formatNumber(value) });
    chart.update(
      { labels: hires.map((h) => String(h.year)), datasets: [{ label: t("establishments.column.hires"), data: hires.map((h) => h.count) }], ariaLabel: hiresLabel(e, hires) },
      { animate: false },
    );
    return chart;
  }

  return { nodes, draw };
}

function hiresLabel(e, hires) {
  const figures = hires.map((h) => `${h.year}: ${formatNumber(h.count)}`).join(", ");
  return `${t("establishments.hires.chartLabel", { name: e.name, figures })} ${t("needs.chart.seeTable")}`;
}
