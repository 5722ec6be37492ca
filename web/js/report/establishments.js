// The establishments in the report: a table of each one's status, planned
// hires this year and what is coming, then for every active one its events in
// the period, coming phases and procurement.
import {
  categoryLabel,
  eventKindLabel,
  formatMonth,
  formatNumber,
  monthRangeNodes,
  phaseLabel,
  statusLabel,
} from "../establishments-common.js";
import { t, tCount } from "../i18n.js";
import { el } from "../layout.js";
import { dateElement } from "../notes-common.js";
import { shiftMonth } from "../periods.js";
import { formatPeriod, localizedNodes } from "./format.js";

/**
 * @param {{intro: HTMLElement, list: HTMLElement}} ui
 * @param {any} report
 * @param {string} county the county's name
 */
export function renderEstablishments(ui, report, county) {
  const establishments = Array.isArray(report.establishments) ? report.establishments : [];
  const year = (report.from ?? "").slice(0, 4);
  const active = establishments.filter(
    (e) => (e.eventsInPeriod?.length ?? 0) + (e.upcomingPhases?.length ?? 0) + (e.upcomingProcurement?.length ?? 0) > 0,
  );
  const horizon = formatMonth(shiftMonth(report.to, 6));
  ui.intro.textContent =
    establishments.length === 0
      ? t("report.establishments.none", { county })
      : t("report.establishments.intro", { period: formatPeriod(report.period), horizon });

  const summary =
    establishments.length === 0
      ? []
      : [
          el(
            "div",
            { className: "table-scroll", role: "region", tabindex: "0", "aria-labelledby": "report-establishments-caption" },
            el(
              "table",
              { className: "data-table report-table", id: "report-establishments-table" },
              el("caption", { id: "report-establishments-caption" }, t("report.establishments.caption", { year })),
              el(
                "thead",
                {},
                el(
                  "tr",
                  {},
                  el("th", { scope: "col" }, t("report.column.establishment")),
                  el("th", { scope: "col" }, t("report.column.status")),
                  el("th", { scope: "col", className: "num" }, t("report.column.hires", { year })),
                  el("th", { scope: "col" }, t("report.column.coming")),
                ),
              ),
              el(
                "tbody",
                {},
                establishments.map((e) =>
                  el(
                    "tr",
                    { dataset: { key: e.slug } },
                    el(
                      "th",
                      { scope: "row" },
                      el("a", { href: `/establishments.html?county=${encodeURIComponent(report.county)}#establishment-${e.slug}` }, e.name),
                      e.company && e.company !== e.name ? el("span", { className: "muted" }, ` (${e.company})`) : "",
                    ),
                    el("td", {}, statusLabel(e.status)),
                    typeof e.plannedHiresThisYear === "number"
                      ? el("td", { className: "num" }, formatNumber(e.plannedHiresThisYear))
                      : el("td", { className: "num muted" }, t("report.hires.unknown")),
                    el("td", {}, comingText(e)),
                  ),
                ),
              ),
            ),
          ),
        ];
  ui.list.replaceChildren(...summary, ...active.map((e) => establishmentBlock(e)));
}

/** What is coming for an establishment, naming only what there is: one short line when there is nothing. */
function comingText(e) {
  const parts = [
    ["report.establishments.comingPhases", e.upcomingPhases?.length ?? 0],
    ["report.establishments.comingProcurement", e.upcomingProcurement?.length ?? 0],
    ["report.establishments.events", e.eventsInPeriod?.length ?? 0],
  ].filter(([, count]) => count > 0);
  return parts.length === 0 ? t("report.establishments.nothing") : parts.map(([key, count]) => tCount(key, count)).join(", ");
}

/** An active establishment: its events in the period, coming phases and procurement; a part with nothing is left out. */
function establishmentBlock(e) {
  const headingId = `report-establishment-${e.slug}`;
  const events = e.eventsInPeriod ?? [];
  const phases = e.upcomingPhases ?? [];
  const procurement = e.upcomingProcurement ?? [];
  return el(
    "section",
    { className: "report-establishment", "aria-labelledby": headingId, dataset: { slug: e.slug } },
    el("h4", { id: headingId }, e.name, " ", el("span", { className: "badge badge-status" }, statusLabel(e.status))),
    events.length > 0
      ? [
          el("h5", {}, t("report.establishment.events")),
          el(
            "ol",
            { className: "event-list" },
            events.map((ev) =>
              el(
                "li",
                {},
                dateElement(ev.date),
                ": ",
                el("strong", {}, ev.status ? t("report.establishment.statusChange", { status: statusLabel(ev.status) }) : eventKindLabel(ev.kind)),
                ". ",
                localizedNodes(ev.text),
              ),
            ),
          ),
        ]
      : "",
    phases.length > 0
      ? el(
          "div",
          { className: "table-scroll", role: "region", tabindex: "0", "aria-labelledby": `${headingId}-phases` },
          el(
            "table",
            { className: "data-table report-table phases-table" },
            el("caption", { id: `${headingId}-phases` }, t("report.establishment.phases", { name: e.name })),
            el(
              "thead",
              {},
              el("tr", {}, el("th", { scope: "col" }, t("report.column.phase")), el("th", { scope: "col" }, t("report.column.when")), el("th", { scope: "col" }, t("report.column.note"))),
            ),
            el(
              "tbody",
              {},
              phases.map((p) =>
                el("tr", {}, el("th", { scope: "row" }, phaseLabel(p.kind)), el("td", {}, monthRangeNodes(p.from, p.to)), el("td", {}, localizedNodes(p.note))),
              ),
            ),
          ),
        )
      : "",
    procurement.length > 0
      ? el(
          "div",
          { className: "table-scroll", role: "region", tabindex: "0", "aria-labelledby": `${headingId}-procurement` },
          el(
            "table",
            { className: "data-table report-table procurement-table" },
            el("caption", { id: `${headingId}-procurement` }, t("report.establishment.procurement", { name: e.name })),
            el(
              "thead",
              {},
              el(
                "tr",
                {},
                el("th", { scope: "col" }, t("report.column.category")),
                el("th", { scope: "col" }, t("report.column.phase")),
                el("th", { scope: "col" }, t("report.column.when")),
                el("th", { scope: "col" }, t("report.column.description")),
              ),
            ),
            el(
              "tbody",
              {},
              procurement.map((w) =>
                el(
                  "tr",
                  {},
                  el("th", { scope: "row" }, categoryLabel(w.category)),
                  el("td", {}, phaseLabel(w.phase)),
                  el("td", {}, monthRangeNodes(w.from, w.to)),
                  el("td", {}, localizedNodes(w.description)),
                ),
              ),
            ),
          ),
        )
      : "",
  );
}

