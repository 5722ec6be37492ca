// The catalogue's search: results follow the search box as you type
// (debounced, stale requests aborted), facet filters are radio groups with
// counts (a group with a choice made shows the counts it would have without
// that choice, so the other options stay reachable), the number of hits is
// announced in a polite live region, and the query is kept in the address so
// that a link or a reload restores it.
import { api, NetworkError, ProblemError } from "../api.js";
import { FieldErrors } from "../form-errors.js";
import { getLanguage, onLanguageChange } from "../i18n.js";
import { problemNodes, showFieldProblem, signInParagraph } from "../page-messages.js";
import { EXAMPLES_PAGE, showSearchInAddress } from "./address.js";
import { announceFailure, FACETS, normaliseResults, renderSearch, setResultsState } from "./search-view.js";

/** Pause after the last keystroke before searching (tests may set window.knowledgeConfig.searchDelayMs). */
function searchDelayMs() {
  const configured = Number(globalThis.knowledgeConfig?.searchDelayMs);
  return Number.isFinite(configured) && configured >= 0 ? configured : 250;
}

const $ = (id) => document.getElementById(id);
const searchElements = () => ({
  searchView: $("examples-search-view"),
  staffActions: $("examples-staff-actions"),
  form: $("examples-search"),
  q: $("examples-q"),
  facets: $("examples-facets"),
  facet: Object.fromEntries(FACETS.map((name) => [name, $(`facet-${name}`)])),
  clear: $("examples-clear"),
  resultsTitle: $("examples-results-title"),
  count: $("examples-count"),
  results: $("examples-results"),
  paging: $("examples-paging"),
  prev: $("examples-prev"),
  next: $("examples-next"),
  pageInfo: $("examples-page-info"),
});

/** The search the address asks for. */
function stateFromParams(params) {
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    q: params.get("q") ?? "",
    challenge: params.get("challenge") ?? "",
    kind: params.get("kind") ?? "",
    county: params.get("county") ?? "",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/**
 * @param {object} context
 * @param {boolean} context.canEdit staff and admins get the "new example" button
 * @param {{show: Function, clear: Function}} context.alertRegion
 * @param {URLSearchParams} params
 */
export function startSearch({ canEdit, codebook, kinds, places, alertRegion }, params) {
  const ui = searchElements();
  const labels = { codebook, kinds, places };
  /** @type {import("./search-view.js").SearchState} */
  const state = stateFromParams(params);
  const run = {
    /** @type {null | import("./search-view.js").Shown} */
    shown: null,
    /** @type {AbortController | null} */
    controller: null,
    timer: 0,
  };

  const qErrors = new FieldErrors({ q: ui.q });

  const currentSearch = () => ({
    q: state.q.trim(),
    challenge: state.challenge,
    kind: state.kind,
    county: state.county,
    page: state.page,
    lang: getLanguage(),
  });

  const render = () => renderSearch(ui, state, run.shown, labels);

  async function search({ focusResults = false } = {}) {
    clearTimeout(run.timer);
    run.controller?.abort(); // a newer search replaces whatever is still on its way
    const own = new AbortController();
    run.controller = own;
    const wanted = currentSearch();
    showSearchInAddress(wanted);
    setResultsState(ui.results, "loading");
    try {
      // A facet with a choice made shows the counts it would have without that choice.
      const active = FACETS.filter((facet) => wanted[facet]);
      const [main, ...others] = await Promise.all([
        api.searchExamples(wanted, { signal: own.signal }),
        ...active.map((facet) => api.searchExamples({ ...wanted, [facet]: "", page: 1 }, { signal: own.signal })),
      ]);
      if (own !== run.controller) return;
      const body = normaliseResults(main);
      active.forEach((facet, index) => {
        body.facets[facet] = normaliseResults(others[index]).facets[facet];
      });
      run.shown = { search: wanted, ...body };
      alertRegion.clear();
      qErrors.clear();
      render();
      ui.results.dataset.q = wanted.q;
      setResultsState(ui.results, "ready");
      if (focusResults) ui.resultsTitle.focus();
    } catch (error) {
      if (own.signal.aborted || own !== run.controller) return;
      setResultsState(ui.results, "error");
      onProblem(error);
    } finally {
      if (run.controller === own) run.controller = null;
    }
  }

  function scheduleSearch() {
    clearTimeout(run.timer);
    setResultsState(ui.results, "pending");
    run.timer = setTimeout(() => void search(), searchDelayMs());
  }

  function onProblem(error) {
    const problem = error instanceof ProblemError ? error : null;
    if (!problem && !(error instanceof NetworkError)) console.error(error);
    announceFailure(ui.count);
    if (problem?.status === 400 && Object.keys(problem.errors).length > 0) {
      showFieldProblem({
        alertRegion,
        fieldErrors: qErrors,
        problem,
        leadKey: "examples.problem.400",
        otherKey: "examples.problem.400.other",
        focus: false,
      });
      return;
    }
    const leadKey = !problem
      ? "examples.problem.network"
      : ({ 401: "examples.problem.401", 403: "examples.problem.403" }[problem.status] ?? "examples.problem.generic");
    alertRegion.show(() => [
      ...problemNodes(leadKey, problem),
      ...(problem?.status === 401 ? [signInParagraph(EXAMPLES_PAGE + location.search)] : []),
    ]);
  }

  // --- Events -----------------------------------------------------------------------------
  ui.q.addEventListener("input", () => {
    state.q = ui.q.value;
    state.page = 1;
    scheduleSearch();
  });
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    state.q = ui.q.value;
    state.page = 1;
    void search();
  });
  ui.facets.addEventListener("change", (event) => {
    const input = event.target instanceof HTMLInputElement && event.target.type === "radio" ? event.target : null;
    const facet = input?.closest("fieldset[data-facet]")?.dataset.facet;
    if (!facet) return;
    state[facet] = input.value;
    state.page = 1;
    void search();
  });
  ui.clear.addEventListener("click", () => {
    for (const facet of FACETS) state[facet] = "";
    state.page = 1;
    void search();
    ui.q.focus();
  });
  ui.prev.addEventListener("click", () => {
    state.page = Math.max(1, state.page - 1);
    void search({ focusResults: true });
  });
  ui.next.addEventListener("click", () => {
    state.page += 1;
    void search({ focusResults: true });
  });

  onLanguageChange(() => {
    // Labels at once; snippets, titles and summaries come in the new language with the next answer.
    render();
    void search();
  });

  // --- Go -----------------------------------------------------------------------------------
  ui.q.value = state.q;
  ui.staffActions.hidden = !canEdit;
  ui.searchView.hidden = false;
  void search();

  // Handy for end-to-end tests and debugging in the console.
  window.knowledgeExamples = {
    get state() {
      return { ...state, total: run.shown?.total ?? null };
    },
    search: () => search(),
  };
}
