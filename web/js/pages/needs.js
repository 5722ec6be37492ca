// The needs of small businesses per county and municipality, for regions (their
// own counties) and admins (all counties).
//
// Flow: check the signed-in user (role "region" with county-XX scopes, or
// "admin") → load the codebook, the size class/sector names and the counties →
// pickers (county, a calendar year, quarter or month, size, sector, source),
// restored from the address (?from=&to=, as the API takes them) →
// GET /api/needs: a municipality × challenge heat-map table, a bar chart of
// the county's top challenges with its table, and the most common pairs →
// a municipality's row-header button opens its per-quarter series
// (GET /api/needs/municipalities/{code}) as a line chart with its table.
// While the page is visible the figures are fetched again every 30 s; tables
// are updated in place (focus stays where it is) and the status line speaks
// only when the figures changed. Withheld figures (null, "suppressed": true)
// are shown as "–" with the reason, never as 0; a note says how the published
// ones are adjusted (the API's "disclosure").
import { api, NetworkError, ProblemError } from "../api.js";
import { signInUrl } from "../auth.js";
import { AccessibleChart, wrapLabel } from "../charts.js";
import { disclosureNote, disclosureParameters, withheldCell, withheldLegendNodes } from "../disclosure.js";
import { FieldErrors } from "../form-errors.js";
import { getLanguage, onLanguageChange, pickLocalized, t, tCount } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { morphChildren } from "../morph.js";
import { Codebook, formatConfidence as formatShare, loadCompanyChoices } from "../notes-common.js";
import { authGate, countyPageAccess, nodeRegion, otherErrorNodes, problemNodes, textRegion } from "../page-messages.js";

const RETURN_TO = "/needs.html";
const SOURCES = ["all", "survey", "notes"];
/** A month as the API takes it (years 2000–2099). */
const MONTH = /^(20\d\d)-(0[1-9]|1[0-2])$/;
/** Years in the picker: this one and those before it. */
const YEARS_OFFERED = 10;
/** Series in the municipality chart. */
const TREND_TAGS = 5;
/** Rows in the pairs table. */
const PAIRS_SHOWN = 10;

/** Pause between automatic refreshes (tests may set window.knowledgeConfig.needsRefreshMs). */
function refreshMs() {
  const configured = Number(globalThis.knowledgeConfig?.needsRefreshMs);
  return Number.isFinite(configured) && configured > 0 ? configured : 30_000;
}

const $ = (id) => document.getElementById(id);
const ui = {
  pageStatus: $("page-status"),
  alert: $("needs-alert"),
  workspace: $("needs-workspace"),
  form: $("needs-filters"),
  county: $("needs-county"),
  periodKind: $("needs-period-kind"),
  year: $("needs-year"),
  quarterField: $("needs-quarter-field"),
  quarter: $("needs-quarter"),
  monthField: $("needs-month-field"),
  month: $("needs-month"),
  size: $("needs-size"),
  sector: $("needs-sector"),
  source: $("needs-source"),
  autoRefresh: $("needs-auto-refresh"),
  status: $("needs-status"),
  updated: $("needs-updated"),
  csv: $("needs-csv"),
  heatmapSection: $("needs-heatmap-section"),
  heatmap: $("needs-heatmap"),
  disclosureNote: $("needs-disclosure-note"),
  heatLegend: $("needs-heat-legend"),
  suppressedLegend: $("needs-suppressed-legend"),
  topSection: $("needs-top-section"),
  topChart: $("needs-top-chart"),
  topTable: $("needs-top-table"),
  pairsSection: $("needs-pairs-section"),
  pairs: $("needs-pairs"),
  pairsNote: $("needs-pairs-note"),
  municipality: $("needs-municipality"),
  municipalityTitle: $("needs-municipality-title"),
  municipalityClose: $("needs-municipality-close"),
  municipalityStatus: $("needs-municipality-status"),
  trend: $("needs-trend"),
  trendChart: $("needs-trend-chart"),
  trendTable: $("needs-trend-table"),
  examples: $("needs-examples"),
  examplesStatus: $("needs-examples-status"),
  examplesList: $("needs-examples-list"),
};

const pageStatus = textRegion(ui.pageStatus);
const alertRegion = nodeRegion(ui.alert);
const gate = authGate();

const { principal, authError } = await initPage({ returnTo: RETURN_TO + location.search });

async function main() {
  const access = countyPageAccess({ page: "needs", principal, authError, alertRegion, gate, returnTo: RETURN_TO + location.search });
  if (!access) return;
  const { isAdmin, scopes } = access;

  pageStatus.show("needs.loading.page");
  const [codebook, choices, allCounties] = await Promise.all([
    Codebook.load(),
    loadCompanyChoices(),
    api.counties().catch((error) => {
      console.warn("The counties could not be listed", error);
      return null;
    }),
  ]);
  pageStatus.clear();

  const known = new Map((Array.isArray(allCounties) ? allCounties : []).map((c) => [c.code, c.name]));
  const counties = isAdmin
    ? [...known].map(([code, name]) => ({ code, name }))
    : scopes.map((code) => ({ code, name: known.get(code) ?? t("county.unknown", { code }) }));
  if (counties.length === 0) {
    alertRegion.show(() => problemNodes("needs.loadFailed.title", null, [el("p", {}, t("needs.loadFailed.text"))]));
    return;
  }
  startNeeds({ codebook, choices, counties });
}

function startNeeds({ codebook, choices, counties }) {
  /**
   * applied: the filters of the figures on screen (what a refresh asks for again).
   * report / municipalityReport: the last answers; *Signature: their JSON, to tell a change.
   */
  const state = {
    /** @type {null | {county: string, from: string, to: string, size: string, sector: string, source: string}} */
    applied: null,
    /** @type {any} */
    report: null,
    reportSignature: "",
    municipality: "",
    /** @type {any} */
    municipalityReport: null,
    municipalitySignature: "",
    /** @type {any} the good examples recommended for the municipality's top challenges */
    recommendations: null,
    recommendationsSignature: "",
    /** @type {Date | null} */
    fetchedAt: null,
    /** When the county figures were last asked for (a refresh comes refreshMs() after it). */
    askedAt: 0,
  };

  const countyName = (code) => counties.find((c) => c.code === code)?.name ?? t("county.unknown", { code });
  const tagLabel = (tag) => codebook.label(tag);

  // --- Pickers ------------------------------------------------------------------
  function fillSelect(select, options, placeholder) {
    const value = select.value;
    select.replaceChildren(
      ...(placeholder ? [el("option", { value: "" }, placeholder)] : []),
      ...options.map((o) => el("option", { value: o.value }, o.text)),
    );
    if (options.some((o) => o.value === value) || (placeholder && value === "")) select.value = value;
  }

  function renderSelects() {
    fillSelect(
      ui.county,
      counties.map((c) => ({ value: c.code, text: c.name })),
      null,
    );
    fillSelect(
      ui.size,
      choices.sizeClasses.map((c) => ({ value: c.value, text: pickLocalized(c.text) })),
      t("needs.size.all"),
    );
    fillSelect(
      ui.sector,
      choices.sectors.map((c) => ({ value: c.value, text: pickLocalized(c.text) })),
      t("needs.sector.all"),
    );
    const monthName = (month, style) => new Date(2000, month - 1, 1).toLocaleDateString(locale(), { month: style });
    fillSelect(
      ui.quarter,
      [1, 2, 3, 4].map((quarter) => ({
        value: String(quarter),
        text: t("needs.quarterOption", { quarter, from: monthName(3 * quarter - 2, "short"), to: monthName(3 * quarter, "short") }),
      })),
      null,
    );
    fillSelect(
      ui.month,
      Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), text: monthName(i + 1, "long") })),
      null,
    );
  }

  /** This year and the ones before it, and the chosen year (from the address) when it is not among them. */
  function renderYears(chosen) {
    const thisYear = new Date().getFullYear();
    const years = Array.from({ length: YEARS_OFFERED }, (_, i) => thisYear - i);
    if (!years.includes(chosen)) years.push(chosen);
    fillSelect(
      ui.year,
      years.sort((a, b) => b - a).map((year) => ({ value: String(year), text: String(year) })),
      null,
    );
  }

  /** The period pickers in use: the year's quarter or month picker only for that kind. */
  function showPeriodKind() {
    ui.quarterField.hidden = ui.periodKind.value !== "quarter";
    ui.monthField.hidden = ui.periodKind.value !== "month";
  }

  /** @param {Period} period */
  function showPeriod({ kind, year, part }) {
    renderYears(year);
    ui.periodKind.value = kind;
    ui.year.value = String(year);
    if (kind === "quarter") ui.quarter.value = String(part);
    if (kind === "month") ui.month.value = String(part);
    showPeriodKind();
  }

  /** @returns {Period} */
  function readPeriod() {
    const kind = ui.periodKind.value;
    return { kind, year: Number(ui.year.value), part: Number(kind === "quarter" ? ui.quarter.value : ui.month.value) };
  }

  const fieldErrors = new FieldErrors({
    county: ui.county,
    year: ui.year,
    quarter: ui.quarter,
    month: ui.month,
    size: ui.size,
    sector: ui.sector,
    source: ui.source,
  });

  /** Show errors by field; the server's "from" and "to" go next to the period picker in use. */
  function showErrors(errors, { focus }) {
    const periodKey = ui.periodKind.value;
    const mapped = {};
    for (const [key, messages] of Object.entries(errors)) {
      const target = key === "from" || key === "to" ? periodKey : key;
      mapped[target] = [...(mapped[target] ?? []), ...messages];
    }
    return fieldErrors.show(mapped, { focus });
  }

  function readFilters() {
    return {
      county: ui.county.value,
      ...periodMonths(readPeriod()),
      size: ui.size.value,
      sector: ui.sector.value,
      source: ui.source.value || "all",
    };
  }

  /** The checks the browser can make (the period pickers offer calendar periods only); the server checks everything again. */
  function validate(filters) {
    return filters.county ? {} : { county: [() => t("needs.error.county")] };
  }

  function applyFilters(filters) {
    const set = (control, value, allowed) => {
      if (typeof value === "string" && allowed(value)) control.value = value;
    };
    set(ui.county, filters.county, (v) => counties.some((c) => c.code === v));
    set(ui.size, filters.size, (v) => v === "" || choices.sizeClasses.some((c) => c.value === v));
    set(ui.sector, filters.sector, (v) => v === "" || choices.sectors.some((c) => c.value === v));
    set(ui.source, filters.source, (v) => SOURCES.includes(v));
  }

  function updateAddress() {
    const params = new URLSearchParams();
    if (state.applied) {
      for (const [name, value] of Object.entries(state.applied)) if (value && !(name === "source" && value === "all")) params.set(name, value);
    }
    if (state.municipality) params.set("municipality", state.municipality);
    const query = params.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  }

  /** Check the pickers and, when they are fine, fetch with them. */
  function submitFilters({ focusErrors }) {
    const filters = readFilters();
    const errors = validate(filters);
    if (Object.keys(errors).length > 0) {
      fieldErrors.show(errors, { focus: focusErrors });
      return;
    }
    fieldErrors.clear();
    const countyChanged = state.applied?.county !== filters.county;
    state.applied = filters;
    if (countyChanged && state.municipality) closeMunicipality();
    updateAddress();
    renderCsvLink();
    void loadReport({ auto: false });
    if (state.municipality) void loadMunicipality({ auto: false });
  }

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    submitFilters({ focusErrors: true });
  });
  ui.periodKind.addEventListener("change", showPeriodKind);
  // Each picker applies at once; "Visa" fetches again.
  for (const control of [ui.county, ui.periodKind, ui.year, ui.quarter, ui.month, ui.size, ui.sector, ui.source]) {
    control.addEventListener("change", () => submitFilters({ focusErrors: false }));
  }

  // --- Status line: speaks only when its text changes -----------------------------
  /** @type {null | (() => string)} */
  let statusText = null;
  function setStatus(render) {
    statusText = render;
    const text = render ? render() : "";
    if (ui.status.textContent !== text) ui.status.textContent = text;
  }

  /** @type {null | (() => string)} */
  let municipalityStatusText = null;
  function setMunicipalityStatus(render) {
    municipalityStatusText = render;
    const text = render ? render() : "";
    if (ui.municipalityStatus.textContent !== text) ui.municipalityStatus.textContent = text;
  }

  // --- Fetching -----------------------------------------------------------------------
  let reportController = null;
  let reportRequest = 0;

  async function loadReport({ auto }) {
    const filters = state.applied;
    if (!filters) return;
    if (auto && reportController) return; // the one under way will do
    reportController?.abort();
    const controller = new AbortController();
    reportController = controller;
    const request = ++reportRequest;
    state.askedAt = Date.now();
    if (!auto) {
      alertRegion.clear();
      ui.heatmap.dataset.state = "loading";
      setStatus(() => t("needs.loading"));
    }
    try {
      const report = await api.needs(filters, { signal: controller.signal });
      if (request !== reportRequest) return;
      state.fetchedAt = new Date();
      renderUpdated();
      const signature = JSON.stringify(report);
      const changed = signature !== state.reportSignature;
      if (changed || !auto) {
        state.report = report;
        state.reportSignature = signature;
        renderReport({ animate: !auto });
      }
      ui.heatmap.dataset.state = "ready";
      // An unchanged refresh says nothing; new figures are announced with the time they came.
      if (!auto) setStatus(() => countySummary(state.report));
      else if (changed) {
        const time = formatTime(state.fetchedAt);
        setStatus(() => t("needs.refreshed", { time, summary: countySummary(state.report) }));
      } else if (refreshFailed) setStatus(() => countySummary(state.report));
      refreshFailed = false;
    } catch (error) {
      if (controller.signal.aborted || request !== reportRequest) return;
      if (!auto) {
        // Figures for other filters must not stay on screen under the new ones.
        state.report = null;
        state.reportSignature = "";
        renderReport({ animate: false });
      }
      onLoadProblem(error, { auto, municipality: false });
    } finally {
      if (reportController === controller) {
        reportController = null;
        scheduleRefresh();
      }
    }
  }

  let municipalityController = null;
  let municipalityRequest = 0;

  async function loadMunicipality({ auto }) {
    const code = state.municipality;
    const filters = state.applied;
    if (!code || !filters) return;
    if (auto && municipalityController) return;
    municipalityController?.abort();
    const controller = new AbortController();
    municipalityController = controller;
    const request = ++municipalityRequest;
    if (!auto) {
      ui.municipality.dataset.state = "loading";
      setMunicipalityStatus(() => t("needs.municipality.loading"));
      setRecommendationsLoading();
    }
    // The recommended examples come with the view; their failure does not fail it.
    const recommendations = api.municipalityExamples(code, filters, { signal: controller.signal }).then(
      (body) => ({ body }),
      (error) => ({ error }),
    );
    try {
      const report = await api.municipalityNeeds(code, filters, { signal: controller.signal });
      if (request !== municipalityRequest) return;
      const signature = JSON.stringify(report);
      const changed = signature !== state.municipalitySignature;
      if (changed || !auto) {
        state.municipalityReport = report;
        state.municipalitySignature = signature;
        renderMunicipality({ animate: !auto });
        setMunicipalityStatus(() => municipalitySummary(state.municipalityReport));
      }
      ui.municipality.dataset.state = "ready";
      const answer = await recommendations;
      if (request !== municipalityRequest || controller.signal.aborted) return;
      applyRecommendations(answer, { auto });
    } catch (error) {
      if (controller.signal.aborted || request !== municipalityRequest) return;
      if (!auto) {
        ui.municipality.dataset.state = "error";
        setMunicipalityStatus(() => t("needs.municipality.failed"));
        resetRecommendations();
      }
      onLoadProblem(error, { auto, municipality: true });
    } finally {
      if (municipalityController === controller) municipalityController = null;
    }
  }

  let refreshFailed = false;

  function onLoadProblem(error, { auto, municipality }) {
    const problem = error instanceof ProblemError ? error : null;
    if (auto && (error instanceof NetworkError || problem?.isTransient)) {
      // Keep the figures on screen; say once (until a refresh works again) that the refresh failed.
      if (!refreshFailed) {
        refreshFailed = true;
        const time = formatTime(new Date());
        setStatus(() => t("needs.refreshFailed", { time, seconds: Math.round(refreshMs() / 1000) }));
      }
      return;
    }
    if (!problem && !(error instanceof NetworkError)) console.error(error);
    if (!municipality) {
      ui.heatmap.dataset.state = "error";
      setStatus(() => t("needs.failed"));
    }
    if (problem && (problem.status === 401 || problem.status === 403)) stopAutoRefresh();

    if (problem?.status === 400 && Object.keys(problem.errors).length > 0) {
      const unmatched = showErrors(problem.errors, { focus: !auto });
      alertRegion.show(() =>
        problemNodes("needs.problem.400", unmatched.length > 0 ? problem : null, otherErrorNodes("needs.problem.400.other", unmatched)),
      );
      return;
    }
    const leadKey = !problem
      ? "needs.problem.network"
      : ({ 401: "needs.problem.401", 403: municipality ? "needs.problem.403.municipality" : "needs.problem.403", 404: "needs.problem.404" }[
          problem.status
        ] ?? "needs.problem.generic");
    alertRegion.show(() => [
      ...problemNodes(leadKey, problem),
      ...(problem?.status === 401 ? [el("p", {}, el("a", { href: signInUrl(RETURN_TO + location.search), className: "button" }, t("auth.signIn")))] : []),
    ]);
  }

  // --- Automatic refresh -------------------------------------------------------------
  let refreshTimer = 0;

  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    refreshTimer = 0;
    if (!ui.autoRefresh.checked || document.visibilityState !== "visible" || !state.applied) return;
    // Back on the page after a while: at once; otherwise a full pause after the last request.
    refreshTimer = setTimeout(refresh, Math.max(0, refreshMs() - (Date.now() - state.askedAt)));
  }

  function stopAutoRefresh() {
    clearTimeout(refreshTimer);
    refreshTimer = 0;
    ui.autoRefresh.checked = false;
  }

  async function refresh() {
    clearTimeout(refreshTimer);
    refreshTimer = 0;
    await Promise.all([loadReport({ auto: true }), loadMunicipality({ auto: true })]);
    scheduleRefresh();
  }

  document.addEventListener("visibilitychange", scheduleRefresh);
  ui.autoRefresh.addEventListener("change", scheduleRefresh);

  // --- Formatting ---------------------------------------------------------------------
  const locale = () => (getLanguage() === "sv" ? "sv-SE" : "en-GB");
  const formatNumber = (value) => new Intl.NumberFormat(locale()).format(value);
  const formatTime = (date) => date.toLocaleTimeString(locale(), { hour: "2-digit", minute: "2-digit", second: "2-digit" });

  /** A calendar period in words: "2026", "kv. 3 2026", "september 2026". */
  function formatPeriod(from, to) {
    const { kind, year, part } = calendarPeriod(from, to) ?? {};
    if (kind === "quarter") return t("needs.quarter", { year, quarter: part });
    if (kind === "month") return new Date(year, part - 1, 1).toLocaleDateString(locale(), { year: "numeric", month: "long" });
    return String(year ?? "");
  }

  function formatQuarter(quarter) {
    const match = /^(\d{4})-Q([1-4])$/.exec(quarter ?? "");
    return match ? t("needs.quarter", { year: match[1], quarter: match[2] }) : (quarter ?? "");
  }

  /** Percent with no decimals (0.6667 → "67 %"), from 0–1. */
  const percent = (share) => formatShare(share);

  /** How many answered in a county's or municipality's figures, that none did, or why no figure is shown. */
  function summary(report, place, keys) {
    const params = { place, period: formatPeriod(report.from, report.to) };
    const respondents = report.total?.respondents;
    if (report.total?.suppressed || respondents === null || respondents === undefined) {
      return t("needs.summary.withheld", { ...params, ...disclosureParameters(report) });
    }
    if (respondents === 0) return t(`${keys}.none`, params);
    return tCount(keys, respondents, { ...params, count: formatNumber(respondents) });
  }

  const countySummary = (report) => summary(report, countyName(report.county), "needs.summary");
  const municipalitySummary = (report) => summary(report, report.name, "needs.municipality.summary");

  function renderUpdated() {
    ui.updated.textContent = state.fetchedAt ? t("needs.updated", { time: formatTime(state.fetchedAt) }) : "";
  }

  function renderCsvLink() {
    if (!state.applied) {
      ui.csv.hidden = true;
      return;
    }
    ui.csv.href = api.needsCsvUrl(state.applied);
    ui.csv.setAttribute("download", `behov-${state.applied.county}-${state.applied.from}-${state.applied.to}.csv`);
    ui.csv.hidden = false;
  }

  // --- Cells --------------------------------------------------------------------------
  /** The answer whose "disclosure" the notes and the reasons of "–" name. */
  const disclosed = () => state.report ?? state.municipalityReport;

  function countCell(count, suppressed, attributes = {}) {
    if (suppressed || count === null || count === undefined) {
      return withheldCell(disclosed(), attributes);
    }
    return el("td", { ...attributes, className: "num" }, formatNumber(count));
  }

  /** Share and count of a tag; the background gets darker with the share (heat-0 … heat-5). */
  function shareCell(figure, { heat = false } = {}) {
    if (!figure || figure.suppressed || figure.count === null || figure.count === undefined) {
      return withheldCell(disclosed(), { className: heat ? "heat" : "", dataset: { key: figure?.tag } });
    }
    const className = `num${heat ? ` heat heat-${heatLevel(figure.share ?? 0)}` : ""}`;
    if (figure.share === null || figure.share === undefined) {
      return el("td", { className, dataset: { key: figure.tag } }, formatNumber(figure.count));
    }
    return el(
      "td",
      { className, dataset: { key: figure.tag } },
      el("span", { className: "cell-share" }, percent(figure.share)),
      " ",
      el("span", { className: "cell-count" }, `(${formatNumber(figure.count)})`),
    );
  }

  function heatLevel(share) {
    if (!(share > 0)) return 0;
    return Math.min(5, 1 + Math.floor(share * 5));
  }

  /** The note on how the figures are adjusted, and the legends of "–" and of the colours. */
  function renderLegends() {
    ui.disclosureNote.textContent = disclosureNote(disclosed());
    ui.suppressedLegend.replaceChildren(...withheldLegendNodes(disclosed()));
    morphChildren(
      ui.heatLegend,
      [0, 1, 2, 3, 4, 5].map((level) =>
        el("li", {}, el("span", { className: `heat-swatch heat heat-${level}`, "aria-hidden": "true" }), t(`needs.heat.${level}`)),
      ),
    );
  }

  // --- The county report ---------------------------------------------------------------
  const topChart = new AccessibleChart(ui.topChart, "bar", {
    horizontal: true,
    percent: true,
    formatValue: (value) => percent(value / 100),
    tooltipLabel: (context) => {
      const figure = context.dataset.figures?.[context.dataIndex];
      return figure ? t("needs.chart.tooltip", { share: percent(figure.share), count: formatNumber(figure.count) }) : "";
    },
  });
  const trendChart = new AccessibleChart(ui.trendChart, "line", {
    percent: true,
    formatValue: (value) => percent(value / 100),
    tooltipLabel: (context) => {
      const figure = context.dataset.figures?.[context.dataIndex];
      return figure
        ? `${context.dataset.label}: ${t("needs.chart.tooltip", { share: percent(figure.share), count: formatNumber(figure.count) })}`
        : "";
    },
  });

  function renderReport({ animate }) {
    const report = state.report;
    for (const section of [ui.heatmapSection, ui.topSection, ui.pairsSection]) section.hidden = !report;
    if (!report) return;
    renderHeatmap(report);
    renderLegends();
    renderTop(report, { animate });
    renderPairs(report);
    renderMunicipalityButtons();
  }

  function renderHeatmap(report) {
    const tags = tagsOf(report.total);
    const period = formatPeriod(report.from, report.to);
    const tagHeaders = tags.map((tag) => el("th", { scope: "col", dataset: { key: tag } }, tagLabel(tag)));
    const municipalityRows = (report.municipalities ?? []).map((m) =>
      el(
        "tr",
        { dataset: { key: m.code } },
        el(
          "th",
          { scope: "row" },
          el(
            "button",
            {
              type: "button",
              className: "link-button",
              dataset: { municipality: m.code },
              "aria-controls": "needs-municipality",
              "aria-expanded": state.municipality === m.code ? "true" : "false",
              "aria-describedby": "needs-heatmap-hint",
            },
            m.name,
          ),
        ),
        countCell(m.respondents, m.suppressed),
        tags.map((tag) => shareCell(figureFor(m, tag), { heat: true })),
      ),
    );
    const total = report.total ?? {};
    morphChildren(ui.heatmap, [
      el("caption", { id: "needs-heatmap-caption" }, t("needs.heatmap.caption", { county: countyName(report.county), period })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, t("needs.column.municipality")),
          el("th", { scope: "col", className: "num" }, t("needs.column.respondents")),
          tagHeaders,
        ),
      ),
      el("tbody", {}, municipalityRows),
      el(
        "tfoot",
        {},
        el(
          "tr",
          { className: "total-row", dataset: { key: "total" } },
          el("th", { scope: "row" }, t("needs.total", { county: countyName(report.county) })),
          countCell(total.respondents, total.suppressed),
          tags.map((tag) => shareCell(figureFor(total, tag), { heat: true })),
        ),
      ),
    ]);
  }

  /** Tag ids in codebook order (tags the codebook does not know last). */
  function tagsOf(area) {
    const tags = (area?.tags ?? []).map((f) => f.tag).filter((tag) => typeof tag === "string");
    return [...new Set(tags)].sort((a, b) => codebook.order(a) - codebook.order(b) || a.localeCompare(b));
  }

  function figureFor(area, tag) {
    return (area?.tags ?? []).find((f) => f.tag === tag) ?? null;
  }

  const isShown = (figure) => figure && !figure.suppressed && figure.count !== null && figure.count !== undefined;

  /** Shown figures by rank (then codebook order), then the ones with count 0, then the suppressed ones. */
  function ranked(area) {
    const group = (f) => (!isShown(f) ? 2 : f.count > 0 ? 0 : 1);
    return [...(area?.tags ?? [])].sort(
      (a, b) =>
        group(a) - group(b) ||
        (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
        codebook.order(a.tag) - codebook.order(b.tag),
    );
  }

  function renderTop(report, { animate }) {
    const county = countyName(report.county);
    const period = formatPeriod(report.from, report.to);
    const figures = ranked(report.total);
    const shown = figures.filter((f) => isShown(f) && f.share !== null && f.share !== undefined);
    const hidden = figures.filter((f) => !isShown(f)).length;

    morphChildren(ui.topTable, [
      el("caption", { id: "needs-top-caption" }, t("needs.top.caption", { county, period })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col", className: "num" }, t("needs.column.rank")),
          el("th", { scope: "col" }, t("needs.column.challenge")),
          el("th", { scope: "col", className: "num" }, t("needs.column.count")),
          el("th", { scope: "col", className: "num" }, t("needs.column.share")),
        ),
      ),
      el(
        "tbody",
        {},
        figures.map((f) =>
          el(
            "tr",
            { dataset: { key: f.tag } },
            el("td", { className: "num" }, isShown(f) && f.rank ? formatNumber(f.rank) : ""),
            el("th", { scope: "row" }, tagLabel(f.tag)),
            countCell(f.count, !isShown(f)),
            isShown(f) && f.share !== null && f.share !== undefined
              ? el("td", { className: "num" }, percent(f.share))
              : isShown(f)
                ? el("td", { className: "num" }, "")
                : withheldCell(disclosed()),
          ),
        ),
      ),
    ]);

    const parts = shown.map((f) => `${tagLabel(f.tag)} ${percent(f.share)}`);
    const ariaLabel = [
      shown.length > 0 ? t("needs.top.chartLabel", { county, period, figures: parts.join(", ") }) : t("needs.top.chartEmpty", { county, period }),
      hidden > 0 ? tCount("needs.chart.hidden", hidden) : "",
      t("needs.chart.seeTable"),
    ]
      .filter(Boolean)
      .join(" ");
    const datasetLabel = t("needs.column.share");
    topChart.update(
      {
        labels: shown.map((f) => wrapLabel(tagLabel(f.tag))),
        datasets: [{ label: datasetLabel, data: shown.map((f) => Math.round(f.share * 1000) / 10), figures: shown }],
        ariaLabel,
      },
      { animate },
    );
  }

  function renderPairs(report) {
    const pairs = report.total?.pairs ?? [];
    const respondents = report.total?.suppressed ? null : report.total?.respondents;
    const shown = pairs
      .filter((p) => !p.suppressed && typeof p.count === "number" && p.count > 0)
      .sort((a, b) => b.count - a.count || pairOrder(a) - pairOrder(b))
      .slice(0, PAIRS_SHOWN);
    const hidden = pairs.filter((p) => p.suppressed).length;

    morphChildren(ui.pairs, [
      el("caption", { id: "needs-pairs-caption" }, t("needs.pairs.caption", { county: countyName(report.county), count: PAIRS_SHOWN })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, t("needs.column.pair")),
          el("th", { scope: "col", className: "num" }, t("needs.column.count")),
          el("th", { scope: "col", className: "num" }, t("needs.column.share")),
        ),
      ),
      el(
        "tbody",
        {},
        shown.length > 0
          ? shown.map((p) =>
              el(
                "tr",
                { dataset: { key: p.tags.join("|") } },
                el("th", { scope: "row" }, p.tags.map(tagLabel).join(" + ")),
                el("td", { className: "num" }, formatNumber(p.count)),
                el("td", { className: "num" }, respondents ? percent(p.count / respondents) : ""),
              ),
            )
          : el("tr", { dataset: { key: "none" } }, el("td", { colspan: "3" }, t("needs.pairs.none"))),
      ),
    ]);
    const note = hidden > 0 ? tCount("needs.pairs.hidden", hidden) : "";
    if (ui.pairsNote.textContent !== note) ui.pairsNote.textContent = note;
    ui.pairsNote.hidden = note === "";
  }

  function pairOrder(pair) {
    return Math.min(...pair.tags.map((tag) => codebook.order(tag))) * 1000 + Math.max(...pair.tags.map((tag) => codebook.order(tag)));
  }

  // --- One municipality -------------------------------------------------------------------
  function renderMunicipalityButtons() {
    for (const button of ui.heatmap.querySelectorAll("button[data-municipality]")) {
      button.setAttribute("aria-expanded", button.dataset.municipality === state.municipality ? "true" : "false");
    }
  }

  function openMunicipality(code, { focus }) {
    if (state.municipality !== code) {
      state.municipality = code;
      state.municipalityReport = null;
      state.municipalitySignature = "";
      resetRecommendations();
      ui.municipalityTitle.textContent = t("needs.municipality.title", { municipality: municipalityName(code) });
      ui.trend.hidden = true;
      ui.municipality.dataset.municipality = code;
      updateAddress();
      renderMunicipalityButtons();
      void loadMunicipality({ auto: false });
    }
    ui.municipality.hidden = false;
    if (focus) ui.municipality.focus();
  }

  function closeMunicipality({ focus = false } = {}) {
    const code = state.municipality;
    municipalityController?.abort();
    municipalityRequest += 1;
    state.municipality = "";
    state.municipalityReport = null;
    state.municipalitySignature = "";
    resetRecommendations();
    ui.municipality.hidden = true;
    ui.municipality.dataset.state = "idle";
    delete ui.municipality.dataset.municipality;
    setMunicipalityStatus(null);
    trendChart.destroy();
    updateAddress();
    renderMunicipalityButtons();
    if (focus) ui.heatmap.querySelector(`button[data-municipality="${code}"]`)?.focus();
  }

  function municipalityName(code) {
    return (
      state.municipalityReport?.name ??
      state.report?.municipalities?.find((m) => m.code === code)?.name ??
      t("municipality.unknown", { code })
    );
  }

  ui.heatmap.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-municipality]") : null;
    if (button) openMunicipality(button.dataset.municipality, { focus: true });
  });
  ui.municipalityClose.addEventListener("click", () => closeMunicipality({ focus: true }));

  /** The tags of the chart: the municipality's top ones, else the county's, else the codebook's first. */
  function trendTags(report) {
    const fromRanks = (area) => ranked(area).filter((f) => isShown(f) && f.count > 0).map((f) => f.tag);
    let tags = fromRanks(report.total);
    if (tags.length === 0 && state.report) tags = fromRanks(state.report.total);
    if (tags.length === 0) tags = tagsOf(report.total);
    return tags.slice(0, TREND_TAGS);
  }

  function renderMunicipality({ animate }) {
    const report = state.municipalityReport;
    if (!report) return;
    ui.municipalityTitle.textContent = t("needs.municipality.title", { municipality: report.name });
    ui.trend.hidden = false;
    const tags = trendTags(report);
    const quarters = report.quarters ?? [];
    const period = formatPeriod(report.from, report.to);

    morphChildren(ui.trendTable, [
      el("caption", { id: "needs-trend-caption" }, t("needs.trend.caption", { municipality: report.name, period })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, t("needs.column.quarter")),
          el("th", { scope: "col", className: "num" }, t("needs.column.respondents")),
          tags.map((tag) => el("th", { scope: "col", dataset: { key: tag } }, tagLabel(tag))),
        ),
      ),
      el(
        "tbody",
        {},
        quarters.map((q) =>
          el(
            "tr",
            { dataset: { key: q.quarter } },
            el("th", { scope: "row" }, formatQuarter(q.quarter)),
            countCell(q.respondents, q.suppressed),
            tags.map((tag) => shareCell(figureFor(q, tag))),
          ),
        ),
      ),
      el(
        "tfoot",
        {},
        el(
          "tr",
          { className: "total-row", dataset: { key: "total" } },
          el("th", { scope: "row" }, t("needs.trend.total")),
          countCell(report.total?.respondents, report.total?.suppressed),
          tags.map((tag) => shareCell(figureFor(report.total, tag))),
        ),
      ),
    ]);

    const series = tags.map((tag) => {
      const figures = quarters.map((q) => {
        const f = figureFor(q, tag);
        return isShown(f) && f.share !== null && f.share !== undefined ? f : null;
      });
      return { tag, figures };
    });
    const describe = ({ tag, figures }) => {
      const values = figures.filter(Boolean);
      if (values.length === 0) return t("needs.trend.seriesHidden", { tag: tagLabel(tag) });
      const first = values[0];
      const last = values[values.length - 1];
      return values.length === 1
        ? t("needs.trend.seriesOne", { tag: tagLabel(tag), share: percent(first.share) })
        : t("needs.trend.series", { tag: tagLabel(tag), first: percent(first.share), last: percent(last.share) });
    };
    const hasPoints = series.some((s) => s.figures.some(Boolean));
    const ariaLabel = [
      hasPoints
        ? t("needs.trend.chartLabel", {
            municipality: report.name,
            from: formatQuarter(quarters[0]?.quarter),
            to: formatQuarter(quarters[quarters.length - 1]?.quarter),
          })
        : t("needs.trend.chartEmpty", { municipality: report.name }),
      hasPoints ? `${series.map(describe).join("; ")}.` : "",
      t("needs.chart.seeTable"),
    ]
      .filter(Boolean)
      .join(" ");
    trendChart.update(
      {
        labels: quarters.map((q) => formatQuarter(q.quarter)),
        datasets: series.map(({ tag, figures }) => ({
          label: tagLabel(tag),
          data: figures.map((f) => (f ? Math.round(f.share * 1000) / 10 : null)),
          figures,
        })),
        ariaLabel,
      },
      { animate },
    );
  }

  // --- Good examples for the municipality's top challenges ---------------------------------------
  /** @type {null | (() => string)} */
  let examplesStatusText = null;
  function setExamplesStatus(render) {
    examplesStatusText = render;
    const text = render ? render() : "";
    if (ui.examplesStatus.textContent !== text) ui.examplesStatus.textContent = text;
  }

  function resetRecommendations() {
    state.recommendations = null;
    state.recommendationsSignature = "";
    ui.examples.dataset.state = "idle";
    ui.examplesList.replaceChildren();
    ui.examplesList.hidden = true;
    setExamplesStatus(null);
  }

  function setRecommendationsLoading() {
    ui.examples.dataset.state = "loading";
    if (!state.recommendations) setExamplesStatus(() => t("needs.examples.loading"));
  }

  function applyRecommendations({ body, error }, { auto }) {
    if (error) {
      if (auto) return; // the examples on screen stay
      console.warn("The recommended examples could not be fetched", error);
      state.recommendations = null;
      state.recommendationsSignature = "";
      ui.examplesList.replaceChildren();
      ui.examplesList.hidden = true;
      ui.examples.dataset.state = "error";
      setExamplesStatus(() => t("needs.examples.failed"));
      return;
    }
    const signature = JSON.stringify(body);
    if (auto && signature === state.recommendationsSignature) return;
    state.recommendations = body ?? {};
    state.recommendationsSignature = signature;
    renderRecommendations();
    ui.examples.dataset.state = "ready";
  }

  function renderRecommendations() {
    const answer = state.recommendations;
    if (!answer) return;
    const examples = (Array.isArray(answer.examples) ? answer.examples : []).filter((e) => typeof e?.slug === "string");
    const top = (Array.isArray(answer.topChallenges) ? answer.topChallenges : []).filter((c) => typeof c?.tag === "string");
    const municipality = answer.name || municipalityName(state.municipality);
    setExamplesStatus(() => {
      if (examples.length > 0) return t("needs.examples.intro", { municipality, challenges: top.map((c) => tagLabel(c.tag)).join(", ") });
      return t(top.length === 0 ? "needs.examples.noNeeds" : "needs.examples.none", { municipality });
    });
    // Titles are Swedish (the catalogue's first language); the reason follows the UI language.
    const titleLang = getLanguage() === "sv" ? undefined : "sv";
    morphChildren(
      ui.examplesList,
      examples.map((example) =>
        el(
          "li",
          { className: "recommended-example", dataset: { key: example.slug, slug: example.slug } },
          el(
            "h4",
            { className: "recommended-title" },
            el("a", { href: `/examples.html?slug=${encodeURIComponent(example.slug)}`, lang: titleLang }, example.title || example.slug),
          ),
          el("p", { className: "recommended-reason" }, pickLocalized(example.reason)),
        ),
      ),
    );
    ui.examplesList.hidden = examples.length === 0;
  }

  // --- Language -------------------------------------------------------------------------------
  onLanguageChange(() => {
    renderSelects();
    renderLegends();
    renderUpdated();
    if (statusText) setStatus(statusText);
    if (municipalityStatusText) setMunicipalityStatus(municipalityStatusText);
    if (examplesStatusText) setExamplesStatus(examplesStatusText);
    renderRecommendations();
    if (state.report) renderReport({ animate: false });
    if (state.municipality) {
      ui.municipalityTitle.textContent = t("needs.municipality.title", { municipality: municipalityName(state.municipality) });
      renderMunicipality({ animate: false });
    }
  });

  // --- Go ------------------------------------------------------------------------------------
  renderSelects();
  renderLegends();
  const params = new URLSearchParams(location.search);
  const now = new Date();
  // Switching to a quarter or month starts from this one.
  ui.quarter.value = String(Math.floor(now.getMonth() / 3) + 1);
  ui.month.value = String(now.getMonth() + 1);
  showPeriod(calendarPeriod(params.get("from"), params.get("to")) ?? { kind: "year", year: now.getFullYear(), part: 0 });
  applyFilters({ county: counties[0].code, size: "", sector: "", source: "all" });
  applyFilters(Object.fromEntries(["county", "size", "sector", "source"].map((name) => [name, params.get(name) ?? undefined])));
  ui.workspace.hidden = false;
  for (const section of [ui.heatmapSection, ui.topSection, ui.pairsSection]) section.hidden = true;

  submitFilters({ focusErrors: false });
  const municipality = params.get("municipality") ?? "";
  if (/^\d{4}$/.test(municipality) && municipality.startsWith(state.applied?.county ?? "-")) openMunicipality(municipality, { focus: false });

  // Handy for end-to-end tests and debugging in the console.
  window.knowledgeNeeds = {
    refresh: () => refresh(),
    get state() {
      return { applied: state.applied, municipality: state.municipality, fetchedAt: state.fetchedAt, autoRefresh: refreshTimer !== 0 };
    },
  };
}

/**
 * A calendar year, quarter or month: the only periods the API publishes.
 * @typedef {{kind: "year" | "quarter" | "month", year: number, part: number}} Period part: the quarter (1–4) or month (1–12)
 */

/** @param {Period} period @returns {{from: string, to: string}} its first and last month, as the API takes them */
function periodMonths({ kind, year, part }) {
  const [first, last] = kind === "month" ? [part, part] : kind === "quarter" ? [3 * part - 2, 3 * part] : [1, 12];
  const month = (number) => `${year}-${String(number).padStart(2, "0")}`;
  return { from: month(first), to: month(last) };
}

/**
 * The calendar period of from/to, or null when neither is a month. Addresses from before periods were calendar
 * ones may hold any range: it becomes the smallest calendar period holding it within one year, else the year of
 * its end (a single month given alone: its year).
 * @returns {Period | null}
 */
function calendarPeriod(from, to) {
  const parse = (month) => {
    const match = MONTH.exec(month ?? "");
    return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
  };
  const first = parse(from);
  const last = parse(to);
  if (!first || !last) {
    const only = first ?? last;
    return only ? { kind: "year", year: only.year, part: 0 } : null;
  }
  const quarter = (m) => Math.ceil(m.month / 3);
  if (first.year !== last.year || first.month > last.month) return { kind: "year", year: last.year, part: 0 };
  if (first.month === last.month) return { kind: "month", year: first.year, part: first.month };
  if (quarter(first) === quarter(last)) return { kind: "quarter", year: first.year, part: quarter(first) };
  return { kind: "year", year: first.year, part: 0 };
}

await main();
