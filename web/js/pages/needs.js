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
//
// An office (no region or admin role) sees only its own municipalities: the
// county picker chooses among them and the municipality panel is the page
// (needs/office.js); the county's heat map, top list and pairs stay hidden.
//
// This module wires the parts in web/js/needs/: the state (state.js), the
// pickers (filters.js), the views (heatmap.js, top.js, pairs.js,
// municipality.js, examples.js, status.js) and the requests (loader.js).
import { countyNamer, openCountyPage } from "../county-page.js";
import { onLanguageChange } from "../i18n.js";
import { loadCompanyChoices } from "../notes-common.js";
import { nodeRegion } from "../page-messages.js";
import { createRecommendations } from "../needs/examples.js";
import { createFilters } from "../needs/filters.js";
import { createHeatmap } from "../needs/heatmap.js";
import { createLoader } from "../needs/loader.js";
import { createMunicipalityPanel } from "../needs/municipality.js";
import { openOfficeNeeds, pickMunicipalityInstead, signedInAsOffice } from "../needs/office.js";
import { createPairs } from "../needs/pairs.js";
import { createState, writeAddress } from "../needs/state.js";
import { renderCsvLink, renderUpdated, statusLine } from "../needs/status.js";
import { createTopChallenges } from "../needs/top.js";

const RETURN_TO = "/needs.html";

const $ = (id) => document.getElementById(id);
const ui = {
  alert: $("needs-alert"),
  workspace: $("needs-workspace"),
  filters: {
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
  },
  autoRefresh: $("needs-auto-refresh"),
  status: $("needs-status"),
  updated: $("needs-updated"),
  csv: $("needs-csv"),
  sections: [$("needs-heatmap-section"), $("needs-top-section"), $("needs-pairs-section")],
  heatmap: {
    table: $("needs-heatmap"),
    disclosureNote: $("needs-disclosure-note"),
    heatLegend: $("needs-heat-legend"),
    suppressedLegend: $("needs-suppressed-legend"),
  },
  top: { table: $("needs-top-table"), canvas: $("needs-top-chart"), empty: $("needs-top-empty") },
  pairs: { table: $("needs-pairs"), note: $("needs-pairs-note") },
  municipality: {
    panel: $("needs-municipality"),
    title: $("needs-municipality-title"),
    close: $("needs-municipality-close"),
    status: $("needs-municipality-status"),
    note: $("needs-municipality-note"),
    trend: $("needs-trend"),
    canvas: $("needs-trend-chart"),
    empty: $("needs-trend-empty"),
    table: $("needs-trend-table"),
  },
  examples: { section: $("needs-examples"), status: $("needs-examples-status"), list: $("needs-examples-list") },
};

const alertRegion = nodeRegion(ui.alert);

const opened = (await signedInAsOffice())
  ? await openOfficeNeeds({ returnTo: RETURN_TO })
  : await openCountyPage({ page: "needs", returnTo: RETURN_TO, alertRegion, loadExtra: loadCompanyChoices });
if (opened) startNeeds(opened);

function startNeeds({ codebook, counties, extra: choices, office = false }) {
  const state = createState();
  const countyName = countyNamer(counties);

  const status = statusLine(ui.status);
  const filters = createFilters({ ui: ui.filters, counties, choices, onSubmit: submitFilters });
  const heatmap = createHeatmap(ui.heatmap, { codebook, countyName, onOpen: (code) => openMunicipality(code, { focus: true }) });
  const top = createTopChallenges(ui.top, { codebook, countyName });
  const pairs = createPairs(ui.pairs, { codebook, countyName });
  const panel = createMunicipalityPanel(ui.municipality, { codebook, onClose: () => closeMunicipality({ focus: true }) });
  const examples = createRecommendations(ui.examples, { codebook });
  const loader = createLoader({
    state,
    alertRegion,
    returnTo: RETURN_TO,
    autoRefresh: ui.autoRefresh,
    status,
    heatmap,
    panel,
    examples,
    countyName,
    showErrors: filters.showErrors,
    renderReport,
    renderUpdated: () => renderUpdated(ui.updated, state.fetchedAt),
    countyWide: !office,
  });

  /** The county's figures (state.report), or no sections when there are none. */
  function renderReport({ animate }) {
    for (const section of ui.sections) section.hidden = !state.report;
    if (!state.report) return;
    heatmap.render(state);
    heatmap.renderLegends(state);
    top.render(state, { animate });
    pairs.render(state);
    heatmap.markOpen(state.municipality);
  }

  /** Check the pickers and, when they are fine, fetch with them. */
  function submitFilters({ focusErrors }) {
    const applied = filters.check({ focusErrors });
    if (!applied) return;
    const countyChanged = state.applied?.county !== applied.county;
    state.applied = applied;
    if (office) {
      // The picked place is the office's municipality: its panel is the whole view.
      writeAddress(state);
      openMunicipality(applied.county, { focus: false });
      if (!countyChanged) void loader.loadMunicipality({ auto: false });
      return;
    }
    if (countyChanged && state.municipality) closeMunicipality();
    writeAddress(state);
    renderCsvLink(ui.csv, state.applied);
    void loader.loadReport({ auto: false });
    if (state.municipality) void loader.loadMunicipality({ auto: false });
  }

  function openMunicipality(code, { focus }) {
    if (state.municipality !== code) {
      state.municipality = code;
      state.municipalityReport = null;
      state.municipalitySignature = "";
      loader.clearRecommendations();
      panel.prepare(state);
      writeAddress(state);
      heatmap.markOpen(state.municipality);
      void loader.loadMunicipality({ auto: false });
    }
    panel.show({ focus });
  }

  function closeMunicipality({ focus = false } = {}) {
    const code = state.municipality;
    loader.cancelMunicipality();
    state.municipality = "";
    state.municipalityReport = null;
    state.municipalitySignature = "";
    loader.clearRecommendations();
    panel.hide();
    writeAddress(state);
    heatmap.markOpen(state.municipality);
    if (focus) heatmap.focusButton(code);
  }

  onLanguageChange(() => {
    filters.render();
    heatmap.renderLegends(state);
    renderUpdated(ui.updated, state.fetchedAt);
    status.refresh();
    panel.status.refresh();
    examples.status.refresh();
    examples.render(state);
    if (state.report) renderReport({ animate: false });
    if (state.municipality) {
      panel.renderTitle(state);
      panel.render(state, { animate: false });
    }
  });

  // --- Go ------------------------------------------------------------------------------------
  if (office) {
    pickMunicipalityInstead(ui.filters.county);
    ui.municipality.close.hidden = true;
  }
  filters.render();
  heatmap.renderLegends(state);
  const params = new URLSearchParams(location.search);
  filters.restore(params);
  ui.workspace.hidden = false;
  for (const section of ui.sections) section.hidden = true;

  submitFilters({ focusErrors: false });
  const municipality = params.get("municipality") ?? "";
  if (!office && /^\d{4}$/.test(municipality) && municipality.startsWith(state.applied?.county ?? "-")) {
    openMunicipality(municipality, { focus: false });
  }

  // Handy for end-to-end tests and debugging in the console.
  window.knowledgeNeeds = {
    refresh: () => loader.refresh(),
    get state() {
      return { applied: state.applied, municipality: state.municipality, fetchedAt: state.fetchedAt, autoRefresh: loader.autoRefreshing };
    },
  };
}
