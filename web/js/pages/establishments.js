// The large establishments (read-only), for every signed-in role.
//
// Flow: check the signed-in user → load the counties, municipalities and the
// sector names → county filter (the user's own county first; "Alla län"), from
// the address → GET /api/establishments?county=… → per establishment: status,
// facts, the phases as a table with their months, the dated events (status
// changes with the new status) as an ordered list, planned hires per year as a
// bar chart with its table, procurement windows and sources.
//
// Address: establishments.html?county=25#establishment-<slug>.
import { api, NetworkError, ProblemError } from "../api.js";
import { countyScopes, isSignedIn, municipalityScopes } from "../auth.js";
import { AccessibleChart } from "../charts.js";
import {
  categoryLabel,
  eventKindLabel,
  formatNumber,
  monthRangeNodes,
  phaseLabel,
  sourceItem,
  statusLabel,
} from "../establishments-common.js";
import { getLanguage, onLanguageChange, pickLocalized, t } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { choiceText, dateElement, dateTimeElement, loadCompanyChoices } from "../notes-common.js";
import { nodeRegion, problemNodes, signInAction, signInParagraph, authGate, textRegion } from "../page-messages.js";

const RETURN_TO = "/establishments.html";
const COUNTY = /^\d{2}$/;

const $ = (id) => document.getElementById(id);
const ui = {
  pageStatus: $("page-status"),
  alert: $("establishments-alert"),
  workspace: $("establishments-workspace"),
  form: $("establishments-filters"),
  county: $("establishments-county"),
  status: $("establishments-status"),
  toc: $("establishments-toc"),
  tocList: $("establishments-toc-list"),
  list: $("establishments-list"),
};

const pageStatus = textRegion(ui.pageStatus);
const status = textRegion(ui.status);
const alertRegion = nodeRegion(ui.alert);
const gate = authGate();

const { principal, authError } = await initPage({ returnTo: RETURN_TO + location.search });

async function main() {
  if (authError) {
    alertRegion.show(() => problemNodes("auth.unavailable", null, [el("p", {}, t("establishments.loadFailed.text"))]));
    return;
  }
  if (!isSignedIn(principal)) {
    gate.show("establishments.gate.signIn.title", "establishments.gate.signIn.text", signInAction(RETURN_TO + location.search));
    return;
  }

  pageStatus.show("establishments.loading.page");
  const warn = (what) => (error) => {
    console.warn(`${what} could not be loaded`, error);
    return null;
  };
  const [counties, municipalities, choices] = await Promise.all([
    api.counties().catch(warn("The counties")),
    api.municipalities().catch(warn("The municipalities")),
    loadCompanyChoices(),
  ]);
  pageStatus.clear();

  const countyNames = new Map((Array.isArray(counties) ? counties : []).map((c) => [c.code, c.name]));
  const municipalityNames = new Map((Array.isArray(municipalities) ? municipalities : []).map((m) => [m.code, m.name]));
  // The user's own county first: a region's, or the county of an office's municipality.
  const own = countyScopes(principal)[0] ?? municipalityScopes(principal)[0]?.slice(0, 2) ?? "";
  start({ countyNames, municipalityNames, choices, own });
}

function start({ countyNames, municipalityNames, choices, own }) {
  const state = {
    county: "",
    /** @type {any[] | null} */
    establishments: null,
  };
  /** @type {Map<string, AccessibleChart>} */
  const charts = new Map();

  const countyName = (code) => countyNames.get(code) ?? t("county.unknown", { code });
  const municipalityName = (code) => municipalityNames.get(code) ?? t("municipality.unknown", { code });

  function renderSelect() {
    const value = ui.county.value;
    const codes = [...countyNames.keys()];
    if (state.county && !codes.includes(state.county)) codes.push(state.county);
    ui.county.replaceChildren(
      el("option", { value: "" }, t("establishments.county.all")),
      ...codes.map((code) => el("option", { value: code }, countyName(code))),
    );
    ui.county.value = codes.includes(value) || value === "" ? value : "";
  }

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    choose(ui.county.value);
  });
  ui.county.addEventListener("change", () => choose(ui.county.value));

  function choose(county) {
    state.county = county;
    const params = new URLSearchParams();
    if (county) params.set("county", county);
    const query = params.toString();
    history.replaceState(null, "", (query ? `?${query}` : location.pathname) + location.hash);
    void load();
  }

  let controller = null;
  let requestNumber = 0;

  async function load() {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    const request = ++requestNumber;
    alertRegion.clear();
    ui.list.dataset.state = "loading";
    status.show("establishments.loading");
    try {
      const list = await api.establishments(state.county, { signal: mine.signal });
      if (request !== requestNumber) return;
      state.establishments = Array.isArray(list) ? list : [];
      render();
      ui.list.dataset.state = "ready";
      renderStatus();
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      target?.scrollIntoView();
    } catch (error) {
      if (mine.signal.aborted || request !== requestNumber) return;
      state.establishments = null;
      render();
      ui.list.dataset.state = "error";
      status.show("establishments.failed");
      const problem = error instanceof ProblemError ? error : null;
      if (!problem && !(error instanceof NetworkError)) console.error(error);
      const leadKey = !problem
        ? "establishments.problem.network"
        : ({ 400: "establishments.problem.400", 401: "establishments.problem.401", 403: "establishments.problem.403" }[problem.status] ??
          "establishments.problem.generic");
      alertRegion.show(() => [
        ...problemNodes(leadKey, problem),
        ...(problem?.status === 401 ? [signInParagraph(RETURN_TO + location.search)] : []),
      ]);
    } finally {
      if (controller === mine) controller = null;
    }
  }

  function renderStatus() {
    const count = state.establishments?.length ?? 0;
    const where = state.county ? countyName(state.county) : t("establishments.everywhere");
    if (count === 0) status.show("establishments.none", { where });
    else status.show(`establishments.count.${count === 1 ? "one" : "other"}`, { count, where });
  }

  // --- One establishment ------------------------------------------------------------------
  function render() {
    for (const chart of charts.values()) chart.destroy();
    charts.clear();
    const list = state.establishments ?? [];
    ui.tocList.replaceChildren(
      ...list.map((e) => el("li", {}, el("a", { href: `#establishment-${e.slug}` }, e.name), " ", el("span", { className: "muted" }, `(${statusLabel(e.status)})`))),
    );
    ui.toc.hidden = list.length < 2;
    ui.list.replaceChildren(...list.map(article));
    for (const e of list) drawHires(e);
  }

  function article(e) {
    const id = `establishment-${e.slug}`;
    const titleId = `${id}-title`;
    const phases = [...(e.phases ?? [])].sort((a, b) => String(a.from).localeCompare(String(b.from)));
    const events = [...(e.events ?? [])].sort((a, b) => String(a.date).localeCompare(String(b.date)));
    const hires = [...(e.plannedHires ?? [])].sort((a, b) => a.year - b.year);
    const windows = [...(e.procurementWindows ?? [])].sort((a, b) => String(a.from).localeCompare(String(b.from)));
    const sources = e.sources ?? [];
    const facts = [
      [t("establishments.fact.company"), e.company],
      [t("establishments.fact.status"), statusLabel(e.status)],
      [t("establishments.fact.municipalities"), (e.municipalities ?? []).map(municipalityName).join(", ")],
      [t("establishments.fact.counties"), (e.counties ?? []).map(countyName).join(", ")],
      [t("establishments.fact.sector"), e.sector ? `${choiceText(choices.sectors, e.sector)} (${e.sector})` : ""],
    ].filter(([, value]) => value);

    return el(
      "article",
      { id, className: "establishment", "aria-labelledby": titleId, tabindex: "-1", dataset: { slug: e.slug } },
      el("h2", { id: titleId, className: "establishment-title" }, e.name, " ", el("span", { className: `badge badge-status status-${e.status}` }, statusLabel(e.status))),
      el("dl", { className: "facts establishment-facts" }, facts.map(([term, value]) => [el("dt", {}, term), el("dd", {}, value)])),
      e.updatedAt ? el("p", { className: "muted" }, t("establishments.updated"), " ", dateTimeElement(e.updatedAt), ".") : "",

      el("h3", { id: `${id}-phases-title` }, t("establishments.phases.title")),
      phases.length > 0
        ? el(
            "div",
            { className: "table-scroll", role: "region", tabindex: "0", "aria-labelledby": `${id}-phases-caption` },
            el(
              "table",
              { className: "data-table timeline-table" },
              el("caption", { id: `${id}-phases-caption` }, t("establishments.phases.caption", { name: e.name })),
              el(
                "thead",
                {},
                el("tr", {}, el("th", { scope: "col" }, t("report.column.phase")), el("th", { scope: "col" }, t("report.column.when")), el("th", { scope: "col" }, t("report.column.note"))),
              ),
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
                {},
                dateElement(ev.date),
                ": ",
                el("strong", {}, ev.status ? t("report.establishment.statusChange", { status: statusLabel(ev.status) }) : eventKindLabel(ev.kind)),
                ". ",
                localized(ev.text),
                ev.source ? [" ", t("establishments.events.source"), " ", sourceInline(ev.source)] : "",
              ),
            ),
          )
        : el("p", { className: "muted" }, t("establishments.events.none")),

      el("h3", {}, t("establishments.hires.title")),
      hires.length > 0
        ? el(
            "div",
            { className: "chart-with-table hires" },
            el(
              "div",
              { className: "chart-box chart-box-small" },
              el("canvas", { id: `${id}-hires-chart`, role: "img", "aria-label": hiresLabel(e, hires) }, el("p", {}, t("needs.chart.fallback"))),
            ),
            el(
              "div",
              { className: "table-scroll", role: "region", tabindex: "0", "aria-labelledby": `${id}-hires-caption` },
              el(
                "table",
                { className: "data-table" },
                el("caption", { id: `${id}-hires-caption` }, t("establishments.hires.caption", { name: e.name })),
                el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("establishments.column.year")), el("th", { scope: "col", className: "num" }, t("establishments.column.hires")))),
                el("tbody", {}, hires.map((h) => el("tr", {}, el("th", { scope: "row" }, String(h.year)), el("td", { className: "num" }, formatNumber(h.count))))),
              ),
            ),
          )
        : el("p", { className: "muted" }, t("establishments.hires.none")),

      el("h3", {}, t("establishments.procurement.title")),
      windows.length > 0
        ? el(
            "div",
            { className: "table-scroll", role: "region", tabindex: "0", "aria-labelledby": `${id}-procurement-caption` },
            el(
              "table",
              { className: "data-table" },
              el("caption", { id: `${id}-procurement-caption` }, t("report.establishment.procurement", { name: e.name })),
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
    );
  }

  function sourceInline(source) {
    const item = sourceItem(source);
    return [...item.childNodes];
  }

  /** A {sv, en} text in the UI language; Swedish marked as such when English is missing. */
  function localized(text) {
    if (!text) return "";
    if (getLanguage() === "en" && !text.en && text.sv) return el("span", { lang: "sv" }, text.sv);
    return pickLocalized(text);
  }

  function hiresLabel(e, hires) {
    const figures = hires.map((h) => `${h.year}: ${formatNumber(h.count)}`).join(", ");
    return `${t("establishments.hires.chartLabel", { name: e.name, figures })} ${t("needs.chart.seeTable")}`;
  }

  function drawHires(e) {
    const hires = [...(e.plannedHires ?? [])].sort((a, b) => a.year - b.year);
    const canvas = document.getElementById(`establishment-${e.slug}-hires-chart`);
    if (!canvas || hires.length === 0) return;
    const chart = new AccessibleChart(canvas, "bar", { formatValue: (value) => formatNumber(value) });
    chart.update(
      {
        labels: hires.map((h) => String(h.year)),
        datasets: [{ label: t("establishments.column.hires"), data: hires.map((h) => h.count) }],
        ariaLabel: hiresLabel(e, hires),
      },
      { animate: false },
    );
    charts.set(e.slug, chart);
  }

  onLanguageChange(() => {
    renderSelect();
    if (state.establishments) render();
  });

  // --- Go ------------------------------------------------------------------------------------
  const asked = new URLSearchParams(location.search).get("county");
  state.county = asked === null ? own : COUNTY.test(asked) ? asked : "";
  renderSelect();
  ui.county.value = state.county;
  ui.workspace.hidden = false;
  void load();

  window.knowledgeEstablishments = {
    get state() {
      return { county: state.county, count: state.establishments?.length ?? null };
    },
  };
}

await main();
