// The catalogue of good examples, for every signed-in role.
//
// One page, three views chosen by the address:
//   examples.html?q=&challenge=&kind=&county=&page=  the search (the default)
//   examples.html?slug=facebook-lulea                 one example
//   examples.html?new=1 | ?edit=<slug>                the editor (staff, admin; examples-edit.js)
//
// Search: results follow the search box as you type (debounced, stale
// requests aborted), facet filters are radio groups with counts (a group
// with a choice made shows the counts it would have without that choice, so
// the other options stay reachable), the number of hits is announced in a
// polite live region, and the query is kept in the address so that a link or
// a reload restores it. Snippets come HTML-escaped with <mark> around the
// matched words; only the <mark> elements are kept (examples/common.js).
import { api, examplesQuery, NetworkError, ProblemError } from "../api.js";
import { hasAnyRole, ROLES, signInUrl } from "../auth.js";
import {
  dateElement,
  ExampleKinds,
  langAttributes,
  localized,
  localizedList,
  PlaceNames,
  snippetNodes,
} from "../examples/common.js";
import { FieldErrors } from "../form-errors.js";
import { getLanguage, onLanguageChange, t, tCount } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { externalLink, renderMarkdown, safeHref } from "../markdown.js";
import { morphChildren } from "../morph.js";
import { Codebook } from "../notes-common.js";
import { authGate, homeActions, nodeRegion, otherErrorNodes, problemNodes, signInAction, textRegion } from "../page-messages.js";
import { startEditor } from "./examples-edit.js";

const RETURN_TO = "/examples.html";
/** The address of the last search, so that "back to the search" from an example restores it. */
const LAST_SEARCH_KEY = "knowledge.examples.lastSearch";
const FACETS = ["challenge", "kind", "county"];
const SIGNED_IN_ROLES = [ROLES.office, ROLES.region, ROLES.staff, ROLES.admin];
const EDITOR_ROLES = [ROLES.staff, ROLES.admin];

/** Pause after the last keystroke before searching (tests may set window.knowledgeConfig.searchDelayMs). */
function searchDelayMs() {
  const configured = Number(globalThis.knowledgeConfig?.searchDelayMs);
  return Number.isFinite(configured) && configured >= 0 ? configured : 250;
}

const $ = (id) => document.getElementById(id);
const ui = {
  pageStatus: $("page-status"),
  alert: $("examples-alert"),
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
  detail: $("example-detail"),
  back: $("example-back"),
  title: $("example-title"),
  badges: $("example-badges"),
  summary: $("example-summary"),
  editActions: $("example-edit-actions"),
  edit: $("example-edit"),
  facts: $("example-facts"),
  body: $("example-body"),
  lessonsSection: $("example-lessons-section"),
  lessons: $("example-lessons"),
  sourcesSection: $("example-sources-section"),
  sources: $("example-sources"),
  updated: $("example-updated"),
  editorBack: $("example-editor-back"),
};

const pageStatus = textRegion(ui.pageStatus);
const alertRegion = nodeRegion(ui.alert);
const gate = authGate();

const { principal, authError } = await initPage({ returnTo: RETURN_TO + location.search });

async function main() {
  if (authError) {
    alertRegion.show(() => problemNodes("auth.unavailable", null, [el("p", {}, t("examples.loadFailed.text"))]));
    return;
  }
  if (!principal) {
    gate.show("examples.gate.signIn.title", "examples.gate.signIn.text", signInAction(RETURN_TO + location.search));
    return;
  }
  if (!hasAnyRole(principal, SIGNED_IN_ROLES)) {
    gate.show("examples.gate.role.title", "examples.gate.role.text", homeActions);
    return;
  }
  const canEdit = hasAnyRole(principal, EDITOR_ROLES);
  const params = new URLSearchParams(location.search);
  const wantsEditor = params.has("new") || params.has("edit");
  if (wantsEditor && !canEdit) {
    gate.show("examples.gate.edit.title", "examples.gate.edit.text", () => [
      el("a", { href: lastSearchHref(), className: "button button-secondary" }, t("examples.back")),
    ]);
    return;
  }

  pageStatus.show("examples.loading");
  // Each of these falls back (ids, codes) rather than failing the page.
  const [codebook, kinds, places] = await Promise.all([Codebook.load(), ExampleKinds.load(), PlaceNames.load()]);
  pageStatus.clear();
  const context = { principal, canEdit, codebook, kinds, places, alertRegion, pageStatus, lastSearchHref };

  if (wantsEditor) {
    ui.editorBack.href = params.get("edit") ? `/examples.html?slug=${encodeURIComponent(params.get("edit"))}` : lastSearchHref();
    if (params.get("edit")) ui.editorBack.dataset.i18n = "examples.backToExample";
    ui.editorBack.textContent = t(ui.editorBack.dataset.i18n);
    await startEditor({ ...context, slug: params.get("edit") || null });
    return;
  }
  const slug = params.get("slug");
  if (slug) {
    await showDetail(context, slug);
    return;
  }
  startSearch(context, params);
}

function lastSearchHref() {
  let stored = "";
  try {
    stored = sessionStorage.getItem(LAST_SEARCH_KEY) ?? "";
  } catch {
    // Storage can be unavailable; the plain search page will do.
  }
  return `/examples.html${stored.startsWith("?") ? stored : ""}`;
}

const locale = () => (getLanguage() === "sv" ? "sv-SE" : "en-GB");
const formatNumber = (value) => new Intl.NumberFormat(locale()).format(value);

/** Live regions only get new text when the message really changes (no repeats while typing). */
function setLiveText(element, text) {
  if (element.textContent !== text) element.textContent = text;
}

// ---------------------------------------------------------------------------
// Search

function startSearch({ canEdit, codebook, kinds, places }, params) {
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  const state = {
    q: params.get("q") ?? "",
    challenge: params.get("challenge") ?? "",
    kind: params.get("kind") ?? "",
    county: params.get("county") ?? "",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
  /** @type {null | {search: object, total: number, page: number, pageSize: number, results: object[], facets: Record<string, Record<string, number>>}} */
  let shown = null;
  /** @type {AbortController | null} */
  let controller = null;
  let timer = 0;

  const qErrors = new FieldErrors({ q: ui.q });

  const currentSearch = () => ({
    q: state.q.trim(),
    challenge: state.challenge,
    kind: state.kind,
    county: state.county,
    page: state.page,
    lang: getLanguage(),
  });

  function updateAddress() {
    const query = examplesQuery({ ...currentSearch(), lang: undefined });
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
    try {
      sessionStorage.setItem(LAST_SEARCH_KEY, query ? `?${query}` : "");
    } catch {
      // Not fatal: "back to the search" then starts afresh.
    }
  }

  function setState(value) {
    ui.results.dataset.state = value;
    if (value === "loading") ui.results.setAttribute("aria-busy", "true");
    else ui.results.removeAttribute("aria-busy");
  }

  async function search({ focusResults = false } = {}) {
    clearTimeout(timer);
    controller?.abort(); // a newer search replaces whatever is still on its way
    const own = new AbortController();
    controller = own;
    const wanted = currentSearch();
    updateAddress();
    setState("loading");
    try {
      // A facet with a choice made shows the counts it would have without that choice.
      const active = FACETS.filter((facet) => wanted[facet]);
      const [main, ...others] = await Promise.all([
        api.searchExamples(wanted, { signal: own.signal }),
        ...active.map((facet) => api.searchExamples({ ...wanted, [facet]: "", page: 1 }, { signal: own.signal })),
      ]);
      if (own !== controller) return;
      const body = normaliseResults(main);
      active.forEach((facet, index) => {
        body.facets[facet] = normaliseResults(others[index]).facets[facet];
      });
      shown = { search: wanted, ...body };
      alertRegion.clear();
      qErrors.clear();
      render();
      ui.results.dataset.q = wanted.q;
      setState("ready");
      if (focusResults) ui.resultsTitle.focus();
    } catch (error) {
      if (own.signal.aborted || own !== controller) return;
      setState("error");
      onProblem(error);
    } finally {
      if (controller === own) controller = null;
    }
  }

  function scheduleSearch() {
    clearTimeout(timer);
    setState("pending");
    timer = setTimeout(() => void search(), searchDelayMs());
  }

  function onProblem(error) {
    const problem = error instanceof ProblemError ? error : null;
    if (!problem && !(error instanceof NetworkError)) console.error(error);
    setLiveText(ui.count, t("examples.search.failed"));
    if (problem?.status === 400 && Object.keys(problem.errors).length > 0) {
      const unmatched = qErrors.show(problem.errors, { focus: false });
      alertRegion.show(() =>
        problemNodes("examples.problem.400", unmatched.length > 0 ? problem : null, otherErrorNodes("examples.problem.400.other", unmatched)),
      );
      return;
    }
    const leadKey = !problem
      ? "examples.problem.network"
      : ({ 401: "examples.problem.401", 403: "examples.problem.403" }[problem.status] ?? "examples.problem.generic");
    alertRegion.show(() => [
      ...problemNodes(leadKey, problem),
      ...(problem?.status === 401 ? [el("p", {}, el("a", { href: signInUrl(RETURN_TO + location.search), className: "button" }, t("auth.signIn")))] : []),
    ]);
  }

  // --- Rendering -------------------------------------------------------------------------
  function render() {
    renderCount();
    renderResults();
    renderFacets();
    renderPaging();
    ui.clear.hidden = !FACETS.some((facet) => state[facet]);
  }

  function renderCount() {
    if (!shown) return;
    const { total, search: wanted } = shown;
    const filtered = FACETS.some((facet) => wanted[facet]);
    let text;
    if (total === 0) text = t(wanted.q ? "examples.count.noneFor" : "examples.count.none", { q: wanted.q });
    else text = tCount(wanted.q ? "examples.countFor" : "examples.count", total, { count: formatNumber(total), q: wanted.q });
    if (filtered) text = `${text} ${t("examples.count.filtered")}`;
    setLiveText(ui.count, text);
  }

  function renderResults() {
    if (!shown) return;
    morphChildren(
      ui.results,
      shown.results.map((hit) => {
        const titleId = `example-hit-${hit.slug}`;
        const snippet = snippetNodes(hit.snippet);
        return el(
          "li",
          { className: "example-hit", dataset: { key: hit.slug, slug: hit.slug } },
          el(
            "h3",
            { className: "example-hit-title", id: titleId },
            el("a", { href: `/examples.html?slug=${encodeURIComponent(hit.slug)}` }, hit.title || hit.slug),
          ),
          el(
            "p",
            { className: "example-hit-meta" },
            hit.status === "draft" ? [el("span", { className: "badge badge-draft" }, t("examples.status.draft")), " "] : "",
            el("span", { className: "example-kind" }, kinds.label(hit.kind)),
            hit.challenges.length > 0 ? [" · ", hit.challenges.map((tag) => codebook.label(tag)).join(", ")] : "",
          ),
          snippet.length > 0
            ? el("p", { className: "example-snippet" }, snippet)
            : el("p", { className: "example-snippet" }, hit.summary),
        );
      }),
    );
  }

  function facetEntries(facet) {
    const counts = shown?.facets?.[facet] ?? {};
    const values = Object.keys(counts).filter((value) => counts[value] > 0 || value === state[facet]);
    if (state[facet] && !values.includes(state[facet])) values.push(state[facet]);
    const label = {
      challenge: (v) => codebook.label(v),
      kind: (v) => kinds.label(v),
      county: (v) => places.area(v),
    }[facet];
    const order = {
      challenge: (a, b) => codebook.order(a) - codebook.order(b) || a.localeCompare(b),
      kind: (a, b) => kinds.order(a) - kinds.order(b) || a.localeCompare(b),
      county: (a, b) => places.order(a).localeCompare(places.order(b), locale()),
    }[facet];
    return values.sort(order).map((value) => ({ value, label: label(value), count: counts[value] ?? 0 }));
  }

  function renderFacets() {
    for (const facet of FACETS) {
      const fieldset = ui.facet[facet];
      const options = fieldset.querySelector(".facet-options");
      const entries = facetEntries(facet);
      const option = (value, label, count) => {
        const id = `facet-${facet}-${value || "all"}`;
        return el(
          "div",
          { className: "facet-option", dataset: { key: value || "*" } },
          el("input", { type: "radio", id, name: `facet-${facet}`, value }),
          el(
            "label",
            { for: id },
            el("span", { className: "facet-label" }, label),
            count === null ? "" : [" ", el("span", { className: "facet-count" }, `(${formatNumber(count)})`)],
          ),
        );
      };
      morphChildren(options, [
        option("", t("examples.facet.all"), null),
        ...entries.map((entry) => option(entry.value, entry.label, entry.count)),
      ]);
      for (const input of options.querySelectorAll("input[type=radio]")) input.checked = input.value === state[facet];
      fieldset.hidden = entries.length === 0 && !state[facet];
    }
  }

  function renderPaging() {
    if (!shown) return;
    const pages = Math.max(1, Math.ceil(shown.total / shown.pageSize));
    ui.paging.hidden = pages <= 1 && shown.page <= 1;
    ui.pageInfo.textContent = t("examples.paging.info", { page: formatNumber(shown.page), pages: formatNumber(pages) });
    ui.prev.disabled = shown.page <= 1;
    ui.next.disabled = shown.page >= pages;
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
      return { ...state, total: shown?.total ?? null };
    },
    search: () => search(),
  };
}

/** Keep only what the page uses, in the shape it expects. */
function normaliseResults(body) {
  const facets = {};
  for (const facet of FACETS) {
    const counts = body?.facets?.[facet];
    facets[facet] = {};
    if (counts && typeof counts === "object") {
      for (const [value, count] of Object.entries(counts)) if (Number.isInteger(count)) facets[facet][value] = count;
    }
  }
  return {
    total: Number.isInteger(body?.total) ? body.total : 0,
    page: Number.isInteger(body?.page) ? body.page : 1,
    pageSize: Number.isInteger(body?.pageSize) && body.pageSize > 0 ? body.pageSize : 10,
    results: (Array.isArray(body?.results) ? body.results : [])
      .filter((hit) => typeof hit?.slug === "string")
      .map((hit) => ({
        slug: hit.slug,
        title: typeof hit.title === "string" ? hit.title : "",
        summary: typeof hit.summary === "string" ? hit.summary : "",
        snippet: typeof hit.snippet === "string" ? hit.snippet : "",
        kind: typeof hit.kind === "string" ? hit.kind : "",
        challenges: Array.isArray(hit.challenges) ? hit.challenges.filter((c) => typeof c === "string") : [],
        status: hit.status === "draft" ? "draft" : "published",
      })),
    facets,
  };
}

// ---------------------------------------------------------------------------
// One example

async function showDetail({ canEdit, codebook, kinds, places }, slug) {
  ui.back.href = lastSearchHref();
  pageStatus.show("examples.detail.loading");
  let example;
  try {
    ({ example } = await api.example(slug));
  } catch (error) {
    pageStatus.clear();
    const problem = error instanceof ProblemError ? error : null;
    if (!problem && !(error instanceof NetworkError)) console.error(error);
    const leadKey = !problem
      ? "examples.problem.network"
      : ({ 401: "examples.problem.401", 403: "examples.problem.403", 404: "examples.problem.404" }[problem.status] ?? "examples.problem.generic");
    alertRegion.show(() => [
      ...problemNodes(leadKey, problem),
      el("p", {}, el("a", { href: lastSearchHref(), className: "button button-secondary" }, t("examples.back"))),
    ]);
    return;
  }
  pageStatus.clear();

  function render() {
    const title = localized(example.title);
    document.title = `${title.text} – ${t("examples.pageTitle")} – Knowledge`;
    ui.title.replaceChildren(el("span", langAttributes(title.lang), title.text));
    ui.badges.replaceChildren(
      el("span", { className: "badge badge-kind" }, kinds.label(example.kind)),
      example.status === "draft" ? [" ", el("span", { className: "badge badge-draft" }, t("examples.status.draft"))] : "",
    );
    const summary = localized(example.summary);
    ui.summary.replaceChildren(el("span", langAttributes(summary.lang), summary.text));

    ui.editActions.hidden = !canEdit;
    ui.edit.href = `/examples.html?edit=${encodeURIComponent(example.slug)}`;

    const place = example.place ?? {};
    const placeName = localized(place.name);
    const rows = [];
    rows.push([t("examples.detail.kind"), kinds.label(example.kind)]);
    rows.push([t("examples.detail.place"), el("span", langAttributes(placeName.lang), placeName.text)]);
    const counties = Array.isArray(place.counties) ? place.counties : [];
    if (counties.length > 0) rows.push([t("examples.detail.counties"), counties.map((c) => places.county(c)).join(", ")]);
    if (place.country) rows.push([t("examples.detail.country"), places.country(place.country)]);
    const years = Array.isArray(example.years) ? example.years : [];
    if (years.length > 0) rows.push([t("examples.detail.years"), years.join(", ")]);
    const actors = Array.isArray(example.actors) ? example.actors : [];
    if (actors.length > 0) rows.push([t("examples.detail.actors"), actors.join(", ")]);
    const challenges = Array.isArray(example.challenges) ? example.challenges : [];
    rows.push([
      t("examples.detail.challenges"),
      challenges.length > 0
        ? el(
            "ul",
            { className: "tag-list tag-list-inline" },
            challenges.map((tag) =>
              el(
                "li",
                { className: "tag", dataset: { tag } },
                el("a", { href: `/examples.html?challenge=${encodeURIComponent(tag)}` }, codebook.label(tag)),
              ),
            ),
          )
        : t("examples.detail.noChallenges"),
    ]);
    ui.facts.replaceChildren(...rows.flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, value)]));

    const body = localized(example.body);
    ui.body.replaceChildren(...renderMarkdown(body.text, { headingLevel: 4 }));
    if (body.lang !== getLanguage()) ui.body.setAttribute("lang", body.lang);
    else ui.body.removeAttribute("lang");

    const lessons = localizedList(example.lessons);
    ui.lessons.replaceChildren(...lessons.items.map((lesson) => el("li", {}, lesson)));
    if (lessons.lang !== getLanguage()) ui.lessons.setAttribute("lang", lessons.lang);
    else ui.lessons.removeAttribute("lang");
    ui.lessonsSection.hidden = lessons.items.length === 0;

    const sources = (Array.isArray(example.sources) ? example.sources : []).filter((s) => typeof s?.title === "string");
    ui.sources.replaceChildren(
      ...sources.map((source) => {
        const href = safeHref(source.url);
        return el("li", {}, href ? externalLink(href, source.title) : source.title);
      }),
    );
    ui.sourcesSection.hidden = sources.length === 0;

    const updated = dateElement(example.updatedAt);
    ui.updated.replaceChildren(
      ...(example.updatedAt
        ? [
            t("examples.detail.updated"),
            " ",
            updated,
            // Who saved it is for the editors only.
            canEdit && example.updatedBy ? ` ${t("examples.detail.updatedBy", { by: example.updatedBy })}` : "",
          ]
        : []),
    );
  }

  render();
  ui.detail.hidden = false;
  onLanguageChange(render);
}

await main();
