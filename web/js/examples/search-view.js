// The search view of the catalogue, rendered from the search's state (what is
// asked) and the answer on show: the announced number of hits, the hits with
// their snippets, the facet groups with counts, and paging. Snippets come
// HTML-escaped with <mark> around the matched words; only the <mark> elements
// are kept (snippetNodes in common.js).
import { getLanguage, t, tCount } from "../i18n.js";
import { el } from "../layout.js";
import { morphChildren } from "../morph.js";
import { setLiveText } from "../page-messages.js";
import { snippetNodes } from "./common.js";

export const FACETS = ["challenge", "kind", "county"];

const locale = () => (getLanguage() === "sv" ? "sv-SE" : "en-GB");
const formatNumber = (value) => new Intl.NumberFormat(locale()).format(value);

/**
 * @typedef {object} SearchState what is asked (and kept in the address)
 * @property {string} q
 * @property {string} challenge
 * @property {string} kind
 * @property {string} county
 * @property {number} page
 */

/**
 * @typedef {object} Shown the answer on show, for the search it answers
 * @property {SearchState & {lang: string}} search
 * @property {number} total
 * @property {number} page
 * @property {number} pageSize
 * @property {object[]} results
 * @property {Record<string, Record<string, number>>} facets
 */

/**
 * @param {Record<string, any>} ui the search view's elements
 * @param {SearchState} state
 * @param {Shown | null} shown
 * @param {{codebook: object, kinds: object, places: object}} labels
 */
export function renderSearch(ui, state, shown, labels) {
  if (shown) {
    renderCount(ui.count, shown);
    renderResults(ui.results, shown, labels);
  }
  renderFacets(ui.facet, state, shown, labels);
  if (shown) renderPaging(ui, shown);
  ui.clear.hidden = !FACETS.some((facet) => state[facet]);
}

/** loading | pending | ready | error on the result list (tests and styles wait for "ready"). */
export function setResultsState(results, value) {
  results.dataset.state = value;
  if (value === "loading") results.setAttribute("aria-busy", "true");
  else results.removeAttribute("aria-busy");
}

/** The live region with the number of hits says the search failed. */
export function announceFailure(count) {
  setLiveText(count, t("examples.search.failed"));
}

function renderCount(count, { total, search: wanted }) {
  const filtered = FACETS.some((facet) => wanted[facet]);
  let text;
  if (total === 0) text = t(wanted.q ? "examples.count.noneFor" : "examples.count.none", { q: wanted.q });
  else text = tCount(wanted.q ? "examples.countFor" : "examples.count", total, { count: formatNumber(total), q: wanted.q });
  if (filtered) text = `${text} ${t("examples.count.filtered")}`;
  setLiveText(count, text);
}

function renderResults(results, shown, { codebook, kinds }) {
  morphChildren(
    results,
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
        snippet.length > 0 ? el("p", { className: "example-snippet" }, snippet) : el("p", { className: "example-snippet" }, hit.summary),
      );
    }),
  );
}

function facetEntries(facet, state, shown, { codebook, kinds, places }) {
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

/** One radio group per facet: "all" first, then the values with their counts. */
function renderFacets(fieldsets, state, shown, labels) {
  for (const facet of FACETS) {
    const fieldset = fieldsets[facet];
    const options = fieldset.querySelector(".facet-options");
    const entries = facetEntries(facet, state, shown, labels);
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
    morphChildren(options, [option("", t("examples.facet.all"), null), ...entries.map((entry) => option(entry.value, entry.label, entry.count))]);
    for (const input of options.querySelectorAll("input[type=radio]")) input.checked = input.value === state[facet];
    fieldset.hidden = entries.length === 0 && !state[facet];
  }
}

function renderPaging(ui, shown) {
  const pages = Math.max(1, Math.ceil(shown.total / shown.pageSize));
  ui.paging.hidden = pages <= 1 && shown.page <= 1;
  ui.pageInfo.textContent = t("examples.paging.info", { page: formatNumber(shown.page), pages: formatNumber(pages) });
  ui.prev.disabled = shown.page <= 1;
  ui.next.disabled = shown.page >= pages;
}

/** Keep only what the page uses of an answer of GET /api/examples, in the shape it expects. */
export function normaliseResults(body) {
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
