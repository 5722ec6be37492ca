// The catalogue's address, and the last search kept for "back to the search".
import { examplesQuery } from "../api.js";

export const EXAMPLES_PAGE = "/examples.html";
/** The address of the last search, so that "back to the search" from an example restores it. */
const LAST_SEARCH_KEY = "knowledge.examples.lastSearch";

/** The search page as the user left it (the plain search page when nothing is kept). */
export function lastSearchHref() {
  let stored = "";
  try {
    stored = sessionStorage.getItem(LAST_SEARCH_KEY) ?? "";
  } catch {
    // Storage can be unavailable; the plain search page will do.
  }
  return `${EXAMPLES_PAGE}${stored.startsWith("?") ? stored : ""}`;
}

/** Put a search in the address (a reload or a link restores it) and keep it for "back to the search". */
export function showSearchInAddress(search) {
  const query = examplesQuery({ ...search, lang: undefined });
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
  try {
    sessionStorage.setItem(LAST_SEARCH_KEY, query ? `?${query}` : "");
  } catch {
    // Not fatal: "back to the search" then starts afresh.
  }
}
