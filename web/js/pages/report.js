// The situation report (nulägesbild) of a county for a period, for regions (their
// own counties) and admins (all counties).
//
// Flow: check the signed-in user (role "region" with county-XX scopes, or
// "admin") → load the codebook and the counties → pickers (county, quarter or
// month), restored from the address → "Visa" fetches the live report
// (GET /api/reports/situation), or a report from the list of issued ones
// (GET /api/reports/situation/issued[/{id}]) is shown, marked as issued with
// its date and the time of its data. Admins may issue the chosen county and
// period now (POST /api/reports/situation/issued).
//
// The report: key figures; the challenges ranked with their share, the change
// since the previous period (arrow and words) and other surveys' figures for
// the same challenge, as a bar chart with its table; pairs; municipalities
// that stand out (with their interval, in words); the establishments' events in
// the period, coming phases and procurement, planned hires; recommended good
// examples; notes awaiting review. Withheld figures (null, "suppressed":
// true) are shown as "–" with the reason, never as 0, and a note says how the
// published ones are adjusted (the report's "disclosure"). "Skriv ut" prints it
// with the print stylesheet (site.css, @media print).
//
// Address: report.html?county=25&period=2026-Q4, or ?county=25&issued=<id>.
import { api, NetworkError, ProblemError } from "../api.js";
import { signInUrl } from "../auth.js";
import { AccessibleChart, wrapLabel } from "../charts.js";
import {
  categoryLabel,
  eventKindLabel,
  formatMonth,
  formatNumber,
  locale,
  monthRangeNodes,
  phaseLabel,
  statusLabel,
} from "../establishments-common.js";
import { disclosureNote, withheldCell, withheldLegendNodes, withheldNodes, withheldReason } from "../disclosure.js";
import { FieldErrors } from "../form-errors.js";
import { getLanguage, onLanguageChange, pickLocalized, t, tCount } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { Codebook, dateElement, dateTimeElement, formatConfidence as percent } from "../notes-common.js";
import { authGate, countyPageAccess, nodeRegion, otherErrorNodes, problemNodes, textRegion } from "../page-messages.js";

const RETURN_TO = "/report.html";
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const COUNTY = /^\d{2}$/;
/** Quarters offered in the picker, this one and those before it. */
const QUARTERS_OFFERED = 12;
/** Issued reports listed. */
const ISSUED_SHOWN = 12;

const $ = (id) => document.getElementById(id);
const ui = {
  pageStatus: $("page-status"),
  alert: $("report-alert"),
  workspace: $("report-workspace"),
  form: $("report-filters"),
  county: $("report-county"),
  periodKind: $("report-period-kind"),
  quarterField: $("report-quarter-field"),
  quarter: $("report-quarter"),
  monthField: $("report-month-field"),
  month: $("report-month"),
  print: $("report-print"),
  issuedStatus: $("report-issued-status"),
  issuedList: $("report-issued-list"),
  issue: $("report-issue"),
  issueNow: $("report-issue-now"),
  issueStatus: $("report-issue-status"),
  status: $("report-status"),
  report: $("report"),
  title: $("report-title"),
  kind: $("report-kind"),
  meta: $("report-meta"),
  disclosureNote: $("report-disclosure-note"),
  figures: $("report-figures-list"),
  suppressedLegend: $("report-suppressed-legend"),
  challengesIntro: $("report-challenges-intro"),
  challengesChart: $("report-challenges-chart"),
  challengesTable: $("report-challenges-table"),
  challengesNone: $("report-challenges-none"),
  pairsTable: $("report-pairs-table"),
  standoutsTable: $("report-standouts-table"),
  establishmentsIntro: $("report-establishments-intro"),
  establishments: $("report-establishments-list"),
  examplesIntro: $("report-examples-intro"),
  examples: $("report-examples-list"),
  reviewText: $("report-review-text"),
};

const pageStatus = textRegion(ui.pageStatus);
const status = textRegion(ui.status);
const issueStatus = textRegion(ui.issueStatus);
const alertRegion = nodeRegion(ui.alert);
const gate = authGate();

const { principal, authError } = await initPage({ returnTo: RETURN_TO + location.search });

async function main() {
  const access = countyPageAccess({ page: "report", principal, authError, alertRegion, gate, returnTo: RETURN_TO + location.search });
  if (!access) return;
  const { isAdmin, scopes } = access;

  pageStatus.show("report.loading.page");
  const [codebook, allCounties] = await Promise.all([
    Codebook.load(),
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
    alertRegion.show(() => problemNodes("report.loadFailed.title", null, [el("p", {}, t("report.loadFailed.text"))]));
    return;
  }
  // A county asked for in the address that the account does not have is still asked for:
  // the server decides (and answers 403), so a shared link says why it shows nothing.
  const asked = new URLSearchParams(location.search).get("county") ?? "";
  if (COUNTY.test(asked) && !counties.some((c) => c.code === asked)) {
    counties.push({ code: asked, name: known.get(asked) ?? t("county.unknown", { code: asked }) });
  }
  startReport({ codebook, counties, known, isAdmin });
}

function startReport({ codebook, counties, known, isAdmin }) {
  const state = {
    /** @type {null | {county: string, period: string}} what the live report on screen was asked for */
    applied: null,
    /** @type {any} the report on screen */
    report: null,
    /** @type {any} the issue facts when the report on screen is an issued one */
    issued: null,
    /** @type {any[] | null} the county's issued reports */
    issuedList: null,
    issuedCounty: "",
    /** @type {string | null} the i18n key saying why the list could not be read */
    issuedFailure: null,
  };

  const countyName = (code) => known.get(code) ?? counties.find((c) => c.code === code)?.name ?? t("county.unknown", { code });
  const tagLabel = (tag) => codebook.label(tag);

  // --- Pickers ------------------------------------------------------------------
  function renderSelects() {
    const county = ui.county.value;
    ui.county.replaceChildren(...counties.map((c) => el("option", { value: c.code }, c.name)));
    if (counties.some((c) => c.code === county)) ui.county.value = county;

    const quarter = ui.quarter.value;
    const quarters = offeredQuarters();
    ui.quarter.replaceChildren(...quarters.map((q) => el("option", { value: q }, formatPeriod(q))));
    if (quarters.includes(quarter)) ui.quarter.value = quarter;
  }

  /** This quarter and the ones before it; a quarter from the address is added when it is older. */
  function offeredQuarters() {
    const quarters = [];
    let quarter = currentQuarter();
    for (let i = 0; i < QUARTERS_OFFERED; i++) {
      quarters.push(quarter);
      quarter = previousQuarter(quarter);
    }
    const wanted = state.applied?.period;
    if (wanted && QUARTER.test(wanted) && !quarters.includes(wanted)) quarters.push(wanted);
    return quarters;
  }

  function showPeriodKind() {
    const month = ui.periodKind.value === "month";
    ui.monthField.hidden = !month;
    ui.quarterField.hidden = month;
  }

  // The server's "period" error goes next to the control in use: the month field or the quarter picker.
  const fieldErrors = new FieldErrors({ county: ui.county, period: ui.month, quarter: ui.quarter });

  function readFilters() {
    return { county: ui.county.value, period: ui.periodKind.value === "month" ? ui.month.value.trim() : ui.quarter.value };
  }

  function applyFilters({ county, period }) {
    if (typeof county === "string" && counties.some((c) => c.code === county)) ui.county.value = county;
    if (typeof period === "string" && QUARTER.test(period)) {
      ui.periodKind.value = "quarter";
      if (![...ui.quarter.options].some((o) => o.value === period)) ui.quarter.append(el("option", { value: period }, formatPeriod(period)));
      ui.quarter.value = period;
    } else if (typeof period === "string" && MONTH.test(period)) {
      ui.periodKind.value = "month";
      ui.month.value = period;
    }
    showPeriodKind();
  }

  function validate(filters) {
    const errors = {};
    if (!filters.county) errors.county = [() => t("report.error.county")];
    if (!MONTH.test(filters.period) && !QUARTER.test(filters.period)) errors.period = [() => t("report.error.period")];
    return errors;
  }

  function showErrors(errors, { focus }) {
    const mapped = {};
    for (const [key, messages] of Object.entries(errors)) {
      mapped[key === "period" && ui.periodKind.value !== "month" ? "quarter" : key] = messages;
    }
    return fieldErrors.show(mapped, { focus });
  }

  function updateAddress() {
    const params = new URLSearchParams();
    if (state.issued) {
      params.set("county", state.issued.county);
      params.set("issued", state.issued.id);
    } else if (state.applied) {
      params.set("county", state.applied.county);
      params.set("period", state.applied.period);
    }
    const query = params.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  }

  ui.periodKind.addEventListener("change", () => {
    if (ui.periodKind.value === "month" && !MONTH.test(ui.month.value)) ui.month.value = currentMonth();
    showPeriodKind();
    fieldErrors.clear();
  });
  ui.county.addEventListener("change", () => void loadIssuedList(ui.county.value));

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit({ focusErrors: true });
  });

  function submit({ focusErrors }) {
    const filters = readFilters();
    const errors = validate(filters);
    if (Object.keys(errors).length > 0) {
      showErrors(errors, { focus: focusErrors });
      return;
    }
    fieldErrors.clear();
    state.applied = filters;
    void loadLive(filters, { focus: focusErrors });
    if (state.issuedCounty !== filters.county) void loadIssuedList(filters.county);
  }

  ui.print.addEventListener("click", () => window.print());
  // Charts drawn for the screen are redrawn at the printed size.
  window.addEventListener("beforeprint", () => challengesChart.chart?.resize());
  window.addEventListener("afterprint", () => challengesChart.chart?.resize());

  // --- Fetching -----------------------------------------------------------------------
  let controller = null;
  let requestNumber = 0;

  /** Run one report request at a time; an older answer never replaces a newer one. */
  async function fetchReport(load, { loadingKey, focus }) {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    const request = ++requestNumber;
    alertRegion.clear();
    ui.report.dataset.state = "loading";
    status.show(loadingKey);
    try {
      const { report, issued } = await load(mine.signal);
      if (request !== requestNumber) return;
      state.report = report;
      state.issued = issued;
      updateAddress();
      renderReport({ animate: true });
      ui.report.dataset.state = "ready";
      ui.report.dataset.source = issued ? "issued" : "live";
      status.show(issued ? "report.shown.issued" : "report.shown.live", {
        county: countyName(report.county),
        period: formatPeriod(report.period),
      });
      if (focus) ui.title.focus();
    } catch (error) {
      if (mine.signal.aborted || request !== requestNumber) return;
      state.report = null;
      state.issued = null;
      renderReport({ animate: false });
      ui.report.dataset.state = "error";
      status.show("report.failed");
      onProblem(error, { focus });
    } finally {
      if (controller === mine) controller = null;
    }
  }

  function loadLive(filters, { focus }) {
    return fetchReport(async (signal) => ({ report: await api.situationReport(filters, { signal }), issued: null }), {
      loadingKey: "report.loading",
      focus,
    });
  }

  function loadIssued(county, id, { focus }) {
    return fetchReport(
      async (signal) => {
        const envelope = await api.issuedReport(county, id, { signal });
        const { report, ...issued } = envelope ?? {};
        return { report, issued };
      },
      { loadingKey: "report.loading.issued", focus },
    );
  }

  function onProblem(error, { focus }) {
    const problem = error instanceof ProblemError ? error : null;
    if (!problem && !(error instanceof NetworkError)) console.error(error);
    if (problem?.status === 400 && Object.keys(problem.errors).length > 0) {
      const unmatched = showErrors(problem.errors, { focus });
      alertRegion.show(() =>
        problemNodes("report.problem.400", unmatched.length > 0 ? problem : null, otherErrorNodes("report.problem.400.other", unmatched)),
      );
      return;
    }
    const leadKey = !problem
      ? "report.problem.network"
      : ({ 401: "report.problem.401", 403: "report.problem.403", 404: "report.problem.404" }[problem.status] ?? "report.problem.generic");
    alertRegion.show(() => [
      ...problemNodes(leadKey, problem),
      ...(problem?.status === 401 ? [el("p", {}, el("a", { href: signInUrl(RETURN_TO + location.search), className: "button" }, t("auth.signIn")))] : []),
    ]);
  }

  // --- Issued reports ---------------------------------------------------------------
  let issuedRequest = 0;

  async function loadIssuedList(county) {
    const request = ++issuedRequest;
    state.issuedCounty = county;
    state.issuedList = null;
    renderIssuedList();
    ui.issuedStatus.textContent = t("report.issued.loading");
    try {
      const list = await api.issuedReports(county);
      if (request !== issuedRequest) return;
      state.issuedList = Array.isArray(list) ? list : [];
      renderIssuedList();
    } catch (error) {
      if (request !== issuedRequest) return;
      state.issuedList = null;
      const problem = error instanceof ProblemError ? error : null;
      state.issuedFailure = problem?.status === 403 ? "report.issued.forbidden" : "report.issued.failed";
      renderIssuedList();
    }
  }

  function renderIssuedList() {
    ui.issue.hidden = !isAdmin;
    const list = state.issuedList;
    if (!list) {
      ui.issuedList.replaceChildren();
      ui.issuedList.hidden = true;
      ui.issuedStatus.textContent = state.issuedFailure && state.issuedCounty ? t(state.issuedFailure, { county: countyName(state.issuedCounty) }) : "";
      return;
    }
    state.issuedFailure = null;
    const shown = list.slice(0, ISSUED_SHOWN);
    ui.issuedStatus.textContent =
      list.length === 0
        ? t("report.issued.none", { county: countyName(state.issuedCounty) })
        : tCount("report.issued.count", list.length, { county: countyName(state.issuedCounty), shown: shown.length });
    ui.issuedList.replaceChildren(
      ...shown.map((item) =>
        el(
          "li",
          { dataset: { id: item.id } },
          el(
            "button",
            {
              type: "button",
              className: "link-button issued-open",
              dataset: { id: item.id, county: item.county },
              "aria-current": state.issued?.id === item.id ? "true" : undefined,
            },
            t("report.issued.item", { period: formatPeriod(item.period) }),
          ),
          " ",
          el("span", { className: "muted" }, t("report.issued.itemMeta", { issuedAt: formatDateTime(item.issuedAt) })),
        ),
      ),
    );
    ui.issuedList.hidden = shown.length === 0;
  }

  ui.issuedList.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-id]") : null;
    if (!button) return;
    void loadIssued(button.dataset.county, button.dataset.id, { focus: true }).then(renderIssuedList);
  });

  ui.issueNow.addEventListener("click", async () => {
    const filters = readFilters();
    const errors = validate(filters);
    if (Object.keys(errors).length > 0) {
      showErrors(errors, { focus: true });
      return;
    }
    ui.issueNow.disabled = true;
    issueStatus.show("report.issue.busy");
    try {
      const { body } = await api.issueReport(filters);
      issueStatus.show("report.issue.done", { period: formatPeriod(body.period), county: countyName(body.county) });
      const { report, ...issued } = body;
      state.report = report;
      state.issued = issued;
      updateAddress();
      renderReport({ animate: true });
      ui.report.dataset.state = "ready";
      ui.report.dataset.source = "issued";
      alertRegion.clear();
      status.show("report.shown.issued", { county: countyName(report.county), period: formatPeriod(report.period) });
      await loadIssuedList(issued.county);
    } catch (error) {
      issueStatus.show("report.issue.failed");
      onProblem(error, { focus: false });
    } finally {
      ui.issueNow.disabled = false;
    }
  });

  // --- Formatting ---------------------------------------------------------------------
  function formatPeriod(period) {
    const quarter = QUARTER.exec(period ?? "");
    if (quarter) return t("report.quarterName", { year: quarter[1], quarter: quarter[2] });
    return MONTH.test(period ?? "") ? formatMonth(period) : (period ?? "");
  }

  const formatDateTime = (iso) => dateTimeElement(iso).textContent;

  /** Change in percentage points, with arrow and words (never colour alone). */
  function changeNodes(change) {
    if (change === null || change === undefined) return [el("span", { className: "muted" }, t("report.change.none"))];
    const points = new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(change));
    if (change > 0) return [el("span", { className: "change-arrow", "aria-hidden": "true" }, "↑"), " ", t("report.change.up", { points })];
    if (change < 0) return [el("span", { className: "change-arrow", "aria-hidden": "true" }, "↓"), " ", t("report.change.down", { points })];
    return [el("span", { className: "change-arrow", "aria-hidden": "true" }, "→"), " ", t("report.change.same")];
  }

  // --- The report ---------------------------------------------------------------------
  const challengesChart = new AccessibleChart(ui.challengesChart, "bar", {
    horizontal: true,
    percent: true,
    formatValue: (value) => percent(value / 100),
    tooltipLabel: (context) => {
      const figure = context.dataset.figures?.[context.dataIndex];
      return figure ? t("needs.chart.tooltip", { share: percent(figure.share), count: formatNumber(figure.count) }) : "";
    },
  });

  function renderReport({ animate }) {
    const report = state.report;
    ui.report.hidden = !report;
    if (!report) {
      delete ui.report.dataset.source;
      return;
    }
    renderHead(report);
    renderFigures(report);
    renderChallenges(report, { animate });
    renderPairs(report);
    renderStandouts(report);
    renderEstablishments(report);
    renderExamples(report);
    renderReview(report);
  }

  function renderHead(report) {
    const county = report.countyName || countyName(report.county);
    ui.title.textContent = t("report.title", { county, period: formatPeriod(report.period) });
    const range = report.from === report.to ? formatMonth(report.from) : `${formatMonth(report.from)} – ${formatMonth(report.to)}`;
    if (state.issued) {
      ui.kind.className = "report-kind report-kind-issued";
      ui.kind.replaceChildren(
        el("strong", {}, t("report.kind.issued")),
        " ",
        t("report.kind.issuedAt"),
        " ",
        dateTimeElement(state.issued.issuedAt),
        ". ",
        t("report.kind.dataAsOf"),
        " ",
        dateTimeElement(state.issued.dataAsOf ?? report.dataAsOf),
        ".",
      );
    } else {
      ui.kind.className = "report-kind report-kind-live";
      ui.kind.replaceChildren(el("strong", {}, t("report.kind.live")), " ", t("report.kind.dataAsOf"), " ", dateTimeElement(report.dataAsOf), ".");
    }
    ui.meta.textContent = t("report.meta", { range, previous: formatPeriod(report.previousPeriod) });
  }

  function figureNodes(report, count) {
    if (!count || count.suppressed || count.count === null || count.count === undefined) {
      return [el("span", { className: "suppressed-mark", "aria-hidden": "true" }, "–"), " ", el("span", { className: "suppressed-reason" }, withheldReason(report))];
    }
    return [el("span", { className: "key-figure-value" }, formatNumber(count.count))];
  }

  function renderFigures(report) {
    const rows = [
      ["report.figures.respondents", report.respondents],
      ["report.figures.survey", report.surveyRespondents],
      ["report.figures.notes", report.notes],
    ];
    ui.figures.replaceChildren(
      ...rows.map(([key, count]) =>
        el("div", { className: "key-figure", dataset: { key: key.split(".").pop() } }, el("dt", {}, t(key)), el("dd", {}, figureNodes(report, count))),
      ),
    );
    ui.disclosureNote.textContent = disclosureNote(report);
    ui.suppressedLegend.replaceChildren(...withheldLegendNodes(report));
  }

  const isShown = (c) => c && !c.suppressed && c.count !== null && c.count !== undefined;

  function renderChallenges(report, { animate }) {
    const county = report.countyName || countyName(report.county);
    const period = formatPeriod(report.period);
    const all = Array.isArray(report.challenges) ? report.challenges : [];
    const group = (c) => (!isShown(c) ? 1 : c.count > 0 ? 0 : 2);
    const listed = all
      .filter((c) => group(c) < 2)
      .sort((a, b) => group(a) - group(b) || (a.rank ?? 1e9) - (b.rank ?? 1e9) || codebook.order(a.tag) - codebook.order(b.tag));
    const unmentioned = all.filter((c) => group(c) === 2).map((c) => tagLabel(c.tag));
    const shown = listed.filter((c) => isShown(c) && typeof c.share === "number");
    const hidden = listed.length - shown.length;
    const previous = formatPeriod(report.previousPeriod);

    ui.challengesIntro.textContent = t("report.challenges.intro", { previous });
    ui.challengesTable.replaceChildren(
      el("caption", { id: "report-challenges-caption" }, t("report.challenges.caption", { county, period })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col", className: "num" }, t("report.column.rank")),
          el("th", { scope: "col" }, t("report.column.challenge")),
          el("th", { scope: "col", className: "num" }, t("report.column.count")),
          el("th", { scope: "col", className: "num" }, t("report.column.share")),
          el("th", { scope: "col" }, t("report.column.change", { previous })),
          el("th", { scope: "col" }, t("report.column.otherSurveys")),
        ),
      ),
      el(
        "tbody",
        {},
        listed.length > 0
          ? listed.map((c) =>
              el(
                "tr",
                { dataset: { key: c.tag } },
                el("td", { className: "num" }, isShown(c) && c.rank ? formatNumber(c.rank) : ""),
                el("th", { scope: "row" }, tagLabel(c.tag)),
                isShown(c) ? el("td", { className: "num" }, formatNumber(c.count)) : withheldCell(report),
                isShown(c) && typeof c.share === "number" ? el("td", { className: "num" }, percent(c.share)) : withheldCell(report),
                el("td", { className: "change" }, isShown(c) ? changeNodes(c.change) : withheldNodes(report)),
                el("td", { className: "other-surveys" }, otherSurveyNodes(c.otherSurveys)),
              ),
            )
          : el("tr", {}, el("td", { colspan: "6" }, t("report.challenges.empty"))),
      ),
    );
    ui.challengesNone.textContent = unmentioned.length > 0 ? t("report.challenges.unmentioned", { challenges: unmentioned.join(", ") }) : "";
    ui.challengesNone.hidden = unmentioned.length === 0;

    const parts = shown.map((c) => `${tagLabel(c.tag)} ${percent(c.share)}`);
    const ariaLabel = [
      shown.length > 0 ? t("report.chart.label", { county, period, figures: parts.join(", ") }) : t("report.chart.empty", { county, period }),
      hidden > 0 ? tCount("needs.chart.hidden", hidden) : "",
      t("needs.chart.seeTable"),
    ]
      .filter(Boolean)
      .join(" ");
    const box = ui.challengesChart.closest(".chart-box");
    if (box) box.style.setProperty("--bars", String(Math.max(shown.length, 1)));
    challengesChart.update(
      {
        labels: shown.map((c) => wrapLabel(tagLabel(c.tag))),
        datasets: [{ label: t("report.column.share"), data: shown.map((c) => Math.round(c.share * 1000) / 10), figures: shown }],
        ariaLabel,
      },
      { animate },
    );
  }

  /** Other surveys' figures for a challenge, each labelled as such with its source, year and link. */
  function otherSurveyNodes(figures) {
    const list = (Array.isArray(figures) ? figures : []).filter((f) => typeof f?.share === "number");
    if (list.length === 0) return el("span", { className: "muted" }, t("report.otherSurvey.none"));
    const english = getLanguage() === "en";
    return el(
      "ul",
      { className: "other-survey-list" },
      list.map((f) =>
        el(
          "li",
          { className: "other-survey" },
          el("span", { className: "other-survey-label" }, t("report.otherSurvey.label")),
          " ",
          el("strong", {}, percent(f.share)),
          " ",
          t("report.otherSurvey.area", { area: f.area }),
          ": ",
          english && f.indicatorEn ? f.indicatorEn : el("span", { lang: english ? "sv" : undefined }, f.indicatorSv),
          ". ",
          f.url
            ? el("a", { href: f.url, className: "source-link", lang: english ? "sv" : undefined }, `${f.source} ${f.year}`)
            : el("span", { lang: english ? "sv" : undefined }, `${f.source} ${f.year}`),
          ` (${t("report.otherSurvey.weighted")})`,
        ),
      ),
    );
  }

  function renderPairs(report) {
    const pairs = (Array.isArray(report.pairs) ? report.pairs : []).filter((p) => Array.isArray(p?.tags));
    ui.pairsTable.replaceChildren(
      el("caption", { id: "report-pairs-caption" }, t("report.pairs.caption", { county: report.countyName || countyName(report.county) })),
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("report.column.pair")), el("th", { scope: "col", className: "num" }, t("report.column.count")))),
      el(
        "tbody",
        {},
        pairs.length > 0
          ? pairs.map((p) =>
              el(
                "tr",
                { dataset: { key: p.tags.join("|") } },
                el("th", { scope: "row" }, p.tags.map(tagLabel).join(" + ")),
                p.suppressed || p.count === null ? withheldCell(report) : el("td", { className: "num" }, formatNumber(p.count)),
              ),
            )
          : el("tr", {}, el("td", { colspan: "2" }, t("report.pairs.none"))),
      ),
    );
  }

  function renderStandouts(report) {
    const standouts = Array.isArray(report.standouts) ? report.standouts : [];
    ui.standoutsTable.replaceChildren(
      el("caption", { id: "report-standouts-caption" }, t("report.standouts.caption", { county: report.countyName || countyName(report.county) })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, t("report.column.municipality")),
          el("th", { scope: "col" }, t("report.column.challenge")),
          el("th", { scope: "col", className: "num" }, t("report.column.municipalityShare")),
          el("th", { scope: "col", className: "num" }, t("report.column.interval")),
          el("th", { scope: "col", className: "num" }, t("report.column.countyShare")),
          el("th", { scope: "col" }, t("report.column.direction")),
        ),
      ),
      el(
        "tbody",
        {},
        standouts.length > 0
          ? standouts.map((s) =>
              el(
                "tr",
                { dataset: { key: `${s.municipality}|${s.tag}` } },
                el("th", { scope: "row" }, s.name),
                el("td", {}, tagLabel(s.tag)),
                el("td", { className: "num" }, percent(s.share)),
                el("td", { className: "num" }, t("report.interval", { low: percent(s.low), high: percent(s.high) })),
                el("td", { className: "num" }, percent(s.countyShare)),
                el(
                  "td",
                  { className: `direction direction-${s.direction}` },
                  el("span", { "aria-hidden": "true" }, s.direction === "higher" ? "↑ " : "↓ "),
                  t(s.direction === "higher" ? "report.direction.higher" : "report.direction.lower"),
                ),
              ),
            )
          : el("tr", {}, el("td", { colspan: "6" }, t("report.standouts.none"))),
      ),
    );
  }

  function renderEstablishments(report) {
    const establishments = Array.isArray(report.establishments) ? report.establishments : [];
    const year = (report.from ?? "").slice(0, 4);
    const active = establishments.filter(
      (e) => (e.eventsInPeriod?.length ?? 0) + (e.upcomingPhases?.length ?? 0) + (e.upcomingProcurement?.length ?? 0) > 0,
    );
    const horizon = formatMonth(shiftMonth(report.to, 6));
    ui.establishmentsIntro.textContent =
      establishments.length === 0
        ? t("report.establishments.none", { county: report.countyName || countyName(report.county) })
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
                      el(
                        "td",
                        {},
                        tCount("report.establishments.comingPhases", e.upcomingPhases?.length ?? 0) +
                          ", " +
                          tCount("report.establishments.comingProcurement", e.upcomingProcurement?.length ?? 0) +
                          ", " +
                          tCount("report.establishments.events", e.eventsInPeriod?.length ?? 0),
                      ),
                    ),
                  ),
                ),
              ),
            ),
          ];
    ui.establishments.replaceChildren(...summary, ...active.map((e) => establishmentBlock(e)));
  }

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
        : el("p", { className: "muted" }, t("report.establishment.noEvents")),
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
        : el("p", { className: "muted" }, t("report.establishment.noPhases")),
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
        : el("p", { className: "muted" }, t("report.establishment.noProcurement")),
    );
  }

  /** A {sv, en} text in the UI language; Swedish marked as such when English is missing. */
  function localizedNodes(text) {
    if (!text) return "";
    const english = getLanguage() === "en";
    if (english && !text.en && text.sv) return el("span", { lang: "sv" }, text.sv);
    return pickLocalized(text);
  }

  function renderExamples(report) {
    const examples = (Array.isArray(report.examples) ? report.examples : []).filter((e) => typeof e?.slug === "string");
    ui.examplesIntro.textContent = examples.length > 0 ? t("report.examples.intro") : t("report.examples.none");
    // Titles are Swedish (the catalogue's first language); the reason follows the UI language.
    const titleLang = getLanguage() === "sv" ? undefined : "sv";
    ui.examples.replaceChildren(
      ...examples.map((example) =>
        el(
          "li",
          { className: "recommended-example", dataset: { slug: example.slug } },
          el(
            "h4",
            { className: "recommended-title" },
            el("a", { href: `/examples.html?slug=${encodeURIComponent(example.slug)}`, lang: titleLang }, example.title || example.slug),
          ),
          example.summary ? el("p", { className: "recommended-summary", lang: titleLang }, example.summary) : "",
          el("p", { className: "recommended-reason" }, el("strong", {}, `${t("report.examples.reason")}: `), pickLocalized(example.reason)),
          Array.isArray(example.addresses) && example.addresses.length > 0
            ? el("p", { className: "recommended-addresses muted" }, t("report.examples.addresses", { challenges: example.addresses.map(tagLabel).join(", ") }))
            : "",
        ),
      ),
    );
    ui.examples.hidden = examples.length === 0;
  }

  function renderReview(report) {
    const count = report.notesAwaitingReview;
    if (!count || count.suppressed || count.count === null || count.count === undefined) {
      ui.reviewText.replaceChildren(
        el("span", { className: "suppressed-mark", "aria-hidden": "true" }, "–"),
        " ",
        t("report.review.suppressed"),
      );
    } else {
      ui.reviewText.textContent = count.count === 0 ? t("report.review.none") : tCount("report.review.count", count.count, { count: formatNumber(count.count) });
    }
  }

  // --- Language -------------------------------------------------------------------------------
  onLanguageChange(() => {
    renderSelects();
    renderIssuedList();
    if (state.report) {
      renderReport({ animate: false });
      challengesChart.refreshTexts();
    }
  });

  // --- Go ------------------------------------------------------------------------------------
  const params = new URLSearchParams(location.search);
  const askedCounty = params.get("county") ?? "";
  const askedPeriod = params.get("period") ?? "";
  const askedIssued = params.get("issued") ?? "";
  if (QUARTER.test(askedPeriod)) state.applied = { county: askedCounty, period: askedPeriod };
  renderSelects();
  applyFilters({ county: counties[0].code, period: currentQuarter() });
  applyFilters({ county: askedCounty, period: askedPeriod });
  ui.month.value ||= currentMonth();
  ui.workspace.hidden = false;
  renderIssuedList();

  if (askedIssued && counties.some((c) => c.code === askedCounty)) {
    void loadIssued(askedCounty, askedIssued, { focus: false });
    void loadIssuedList(askedCounty);
  } else {
    submit({ focusErrors: false });
  }

  // Handy for end-to-end tests and debugging in the console.
  window.knowledgeReport = {
    get state() {
      return { applied: state.applied, issued: state.issued, period: state.report?.period ?? null };
    },
  };
}

/** This month in the browser's time zone, yyyy-mm. */
function currentMonth() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

function currentQuarter() {
  const now = new Date();
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

function previousQuarter(quarter) {
  const [, year, q] = QUARTER.exec(quarter).map(Number);
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** yyyy-mm moved by a number of months. */
function shiftMonth(month, months) {
  const match = MONTH.exec(month ?? "");
  if (!match) return month;
  const date = new Date(Number(match[1]), Number(match[2]) - 1 + months, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}`;
}

await main();
