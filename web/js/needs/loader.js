// Fetching the needs figures: the county's (GET /api/needs) and the open
// municipality's (GET /api/needs/municipalities/{code}, with its recommended
// examples), on demand and again every refreshMs() while the page is visible.
// One request of each kind at a time; an older answer never replaces a newer
// one. A refresh with the same figures changes nothing on screen, and one that
// fails for a passing reason keeps the figures and says so once.
import { api, NetworkError, ProblemError } from "../api.js";
import { showProblem } from "../county-page.js";
import { t } from "../i18n.js";
import { countySummary, formatTime, municipalitySummary } from "./format.js";
import { refreshMs } from "./state.js";

/**
 * @param {{state: ReturnType<import("./state.js").createState>, alertRegion: any, returnTo: string, autoRefresh: HTMLInputElement,
 *   status: ReturnType<import("./status.js").statusLine>, heatmap: ReturnType<import("./heatmap.js").createHeatmap>,
 *   panel: ReturnType<import("./municipality.js").createMunicipalityPanel>, examples: ReturnType<import("./examples.js").createRecommendations>,
 *   countyName: (code: string) => string, showErrors: (errors: object, options: {focus: boolean}) => any,
 *   renderReport: (options: {animate: boolean}) => void, renderUpdated: () => void, countyWide?: boolean}} options
 *   countyWide false (an office): no county figures, only the municipality's, refreshed on their own.
 */
export function createLoader(options) {
  const { state, alertRegion, returnTo, autoRefresh, status, heatmap, panel, examples, countyName, showErrors, renderReport, renderUpdated } =
    options;
  const countyWide = options.countyWide ?? true;
  /** The request under way of each kind (its controller), its number (newer ones win) and the refresh timer. */
  const requests = { report: { controller: null, number: 0 }, municipality: { controller: null, number: 0 }, timer: 0 };

  async function loadReport({ auto }) {
    const filters = state.applied;
    if (!filters || !countyWide) return;
    const mine = requests.report;
    if (auto && mine.controller) return; // the one under way will do
    mine.controller?.abort();
    const controller = new AbortController();
    mine.controller = controller;
    const request = ++mine.number;
    state.askedAt = Date.now();
    if (!auto) {
      alertRegion.clear();
      heatmap.setLoadState("loading");
      status.set(() => t("needs.loading"));
    }
    try {
      const report = await api.needs(filters, { signal: controller.signal });
      if (request !== mine.number) return;
      state.fetchedAt = new Date();
      renderUpdated();
      const signature = JSON.stringify(report);
      const changed = signature !== state.reportSignature;
      if (changed || !auto) {
        state.report = report;
        state.reportSignature = signature;
        renderReport({ animate: !auto });
      }
      heatmap.setLoadState("ready");
      // An unchanged refresh says nothing; new figures are announced with the time they came.
      if (!auto) status.set(() => countySummary(state.report, countyName));
      else if (changed) {
        const time = formatTime(state.fetchedAt);
        status.set(() => t("needs.refreshed", { time, summary: countySummary(state.report, countyName) }));
      } else if (state.refreshFailed) status.set(() => countySummary(state.report, countyName));
      state.refreshFailed = false;
    } catch (error) {
      if (controller.signal.aborted || request !== mine.number) return;
      if (!auto) {
        // Figures for other filters must not stay on screen under the new ones.
        state.report = null;
        state.reportSignature = "";
        renderReport({ animate: false });
      }
      onLoadProblem(error, { auto, municipality: false });
    } finally {
      if (mine.controller === controller) {
        mine.controller = null;
        scheduleRefresh();
      }
    }
  }

  async function loadMunicipality({ auto }) {
    const code = state.municipality;
    const filters = state.applied;
    if (!code || !filters) return;
    const mine = requests.municipality;
    if (auto && mine.controller) return;
    mine.controller?.abort();
    const controller = new AbortController();
    mine.controller = controller;
    const request = ++mine.number;
    if (!countyWide) state.askedAt = Date.now();
    if (!auto) {
      panel.setLoadState("loading");
      panel.status.set(() => t("needs.municipality.loading"));
      examples.loading(state);
    }
    // The recommended examples come with the view; their failure does not fail it.
    const recommendations = api.municipalityExamples(code, filters, { signal: controller.signal }).then(
      (body) => ({ body }),
      (error) => ({ error }),
    );
    try {
      const report = await api.municipalityNeeds(code, filters, { signal: controller.signal });
      if (request !== mine.number) return;
      if (!countyWide) {
        state.fetchedAt = new Date();
        renderUpdated();
      }
      const signature = JSON.stringify(report);
      const changed = signature !== state.municipalitySignature;
      if (changed || !auto) {
        state.municipalityReport = report;
        state.municipalitySignature = signature;
        panel.render(state, { animate: !auto });
        panel.status.set(() => municipalitySummary(state.municipalityReport));
      }
      panel.setLoadState("ready");
      const answer = await recommendations;
      if (request !== mine.number || controller.signal.aborted) return;
      applyRecommendations(answer, { auto });
    } catch (error) {
      if (controller.signal.aborted || request !== mine.number) return;
      if (!auto) {
        panel.setLoadState("error");
        panel.status.set(() => t("needs.municipality.failed"));
        clearRecommendations();
      }
      onLoadProblem(error, { auto, municipality: true });
    } finally {
      if (mine.controller === controller) {
        mine.controller = null;
        if (!countyWide) scheduleRefresh();
      }
    }
  }

  /** Stop the municipality's request under way; an answer still coming is then ignored. */
  function cancelMunicipality() {
    requests.municipality.controller?.abort();
    requests.municipality.number += 1;
  }

  function clearRecommendations() {
    state.recommendations = null;
    state.recommendationsSignature = "";
    examples.reset();
  }

  function applyRecommendations({ body, error }, { auto }) {
    if (error) {
      if (auto) return; // the examples on screen stay
      console.warn("The recommended examples could not be fetched", error);
      state.recommendations = null;
      state.recommendationsSignature = "";
      examples.failed();
      return;
    }
    const signature = JSON.stringify(body);
    if (auto && signature === state.recommendationsSignature) return;
    state.recommendations = body ?? {};
    state.recommendationsSignature = signature;
    examples.loaded(state);
  }

  function onLoadProblem(error, { auto, municipality }) {
    const problem = error instanceof ProblemError ? error : null;
    if (auto && (error instanceof NetworkError || problem?.isTransient)) {
      // Keep the figures on screen; say once (until a refresh works again) that the refresh failed.
      if (!state.refreshFailed) {
        state.refreshFailed = true;
        const time = formatTime(new Date());
        status.set(() => t("needs.refreshFailed", { time, seconds: Math.round(refreshMs() / 1000) }));
      }
      return;
    }
    if (!municipality) {
      heatmap.setLoadState("error");
      status.set(() => t("needs.failed"));
    }
    if (problem && (problem.status === 401 || problem.status === 403)) stopAutoRefresh();
    showProblem({
      alertRegion,
      error,
      prefix: "needs",
      returnTo,
      showErrors,
      focus: !auto,
      leadKeys: municipality ? { 403: "needs.problem.403.municipality" } : {},
    });
  }

  // --- Automatic refresh -------------------------------------------------------------
  function scheduleRefresh() {
    clearTimeout(requests.timer);
    requests.timer = 0;
    if (!autoRefresh.checked || document.visibilityState !== "visible" || !state.applied) return;
    // Back on the page after a while: at once; otherwise a full pause after the last request.
    requests.timer = setTimeout(refresh, Math.max(0, refreshMs() - (Date.now() - state.askedAt)));
  }

  function stopAutoRefresh() {
    clearTimeout(requests.timer);
    requests.timer = 0;
    autoRefresh.checked = false;
  }

  async function refresh() {
    clearTimeout(requests.timer);
    requests.timer = 0;
    await Promise.all([loadReport({ auto: true }), loadMunicipality({ auto: true })]);
    scheduleRefresh();
  }

  document.addEventListener("visibilitychange", scheduleRefresh);
  autoRefresh.addEventListener("change", scheduleRefresh);

  return {
    loadReport,
    loadMunicipality,
    cancelMunicipality,
    clearRecommendations,
    refresh,
    /** Whether a refresh is scheduled. */
    get autoRefreshing() {
      return requests.timer !== 0;
    },
  };
}
