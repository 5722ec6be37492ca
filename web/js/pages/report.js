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
//
// This module wires the parts in web/js/report/: the state (state.js), the
// pickers (filters.js), the issued reports (issued.js), the report (view.js
// and its parts) and the requests (loader.js).
import { countyNamer, openCountyPage } from "../county-page.js";
import { onLanguageChange, t } from "../i18n.js";
import { nodeRegion, textRegion } from "../page-messages.js";
import { QUARTER } from "../periods.js";
import { createFilters } from "../report/filters.js";
import { createIssuedList } from "../report/issued.js";
import { createLoader } from "../report/loader.js";
import { COUNTY, createState } from "../report/state.js";
import { createReportView } from "../report/view.js";

const RETURN_TO = "/report.html";

const $ = (id) => document.getElementById(id);
const ui = {
  alert: $("report-alert"),
  workspace: $("report-workspace"),
  filters: {
    form: $("report-filters"),
    county: $("report-county"),
    periodKind: $("report-period-kind"),
    quarterField: $("report-quarter-field"),
    quarter: $("report-quarter"),
    monthField: $("report-month-field"),
    month: $("report-month"),
  },
  print: $("report-print"),
  issued: { status: $("report-issued-status"), list: $("report-issued-list"), issue: $("report-issue"), issueNow: $("report-issue-now") },
  issueStatus: $("report-issue-status"),
  status: $("report-status"),
  report: {
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
    sources: $("report-sources-list"),
  },
};

const status = textRegion(ui.status);
const issueStatus = textRegion(ui.issueStatus);
const alertRegion = nodeRegion(ui.alert);

const opened = await openCountyPage({ page: "report", returnTo: RETURN_TO, alertRegion });
if (opened) {
  const { counties, known } = opened;
  // A county asked for in the address that the account does not have is still asked for:
  // the server decides (and answers 403), so a shared link says why it shows nothing.
  const asked = new URLSearchParams(location.search).get("county") ?? "";
  const own = new Set(counties.map((c) => c.code));
  if (COUNTY.test(asked) && !own.has(asked)) {
    counties.push({ code: asked, name: known.get(asked) ?? t("county.unknown", { code: asked }) });
  }
  startReport({ ...opened, mayIssue: (county) => opened.isAdmin || own.has(county) });
}

function startReport({ codebook, counties, known, mayIssue }) {
  const state = createState();
  const countyName = countyNamer(counties, known);

  const filters = createFilters(ui.filters, { counties, onSubmit: submit, onCountyChange: (county) => void loader.loadIssuedList(county) });
  const view = createReportView(ui.report, { codebook, countyName });
  const issuedList = createIssuedList(ui.issued, {
    mayIssue,
    countyName,
    onOpen: (county, id) => void loader.loadIssued(county, id, { focus: true }).then(() => issuedList.render(state)),
    onIssue: () => {
      const chosen = filters.check({ focusErrors: true });
      if (chosen) void loader.issue(chosen);
    },
  });
  const loader = createLoader({ state, alertRegion, returnTo: RETURN_TO, status, issueStatus, view, issuedList, countyName, showErrors: filters.showErrors });

  /** Check the pickers and, when they are fine, fetch the live report (and the county's issued ones when it is another county). */
  function submit({ focusErrors }) {
    const chosen = filters.check({ focusErrors });
    if (!chosen) return;
    filters.clearErrors();
    state.applied = chosen;
    void loader.loadLive(chosen, { focus: focusErrors });
    if (state.issuedCounty !== chosen.county) void loader.loadIssuedList(chosen.county);
  }

  ui.print.addEventListener("click", () => window.print());
  // Charts drawn for the screen are redrawn at the printed size.
  window.addEventListener("beforeprint", () => view.resizeChart());
  window.addEventListener("afterprint", () => view.resizeChart());

  onLanguageChange(() => {
    filters.render(state);
    issuedList.render(state);
    if (state.report) {
      view.render(state, { animate: false });
      view.refreshTexts();
    }
  });

  // --- Go ------------------------------------------------------------------------------------
  const params = new URLSearchParams(location.search);
  const askedCounty = params.get("county") ?? "";
  const askedPeriod = params.get("period") ?? "";
  const askedIssued = params.get("issued") ?? "";
  if (QUARTER.test(askedPeriod)) state.applied = { county: askedCounty, period: askedPeriod };
  filters.restore(state, { county: askedCounty, period: askedPeriod });
  ui.workspace.hidden = false;
  issuedList.render(state);

  if (askedIssued && counties.some((c) => c.code === askedCounty)) {
    void loader.loadIssued(askedCounty, askedIssued, { focus: false });
    void loader.loadIssuedList(askedCounty);
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
