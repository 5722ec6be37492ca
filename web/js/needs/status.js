// The lines above the needs figures: status lines that speak only when their
// text changes (a refresh with the same figures says nothing), when the
// figures were fetched, and the CSV link of the applied filters.
import { api } from "../api.js";
import { t } from "../i18n.js";
import { formatTime } from "./format.js";

/**
 * A live region whose text is rendered from a function, again when the UI language changes.
 * @param {HTMLElement} element
 */
export function statusLine(element) {
  /** @type {null | (() => string)} */
  let render = null;
  return {
    /** @param {null | (() => string)} next */
    set(next) {
      render = next;
      const text = next ? next() : "";
      if (element.textContent !== text) element.textContent = text;
    },
    /** Render the same message again (in the new language). */
    refresh() {
      if (render) this.set(render);
    },
  };
}

export function renderUpdated(element, fetchedAt) {
  element.textContent = fetchedAt ? t("needs.updated", { time: formatTime(fetchedAt) }) : "";
}

/** The CSV download of the figures on screen, named by county and period. */
export function renderCsvLink(link, applied) {
  if (!applied) {
    link.hidden = true;
    return;
  }
  link.href = api.needsCsvUrl(applied);
  link.setAttribute("download", `behov-${applied.county}-${applied.from}-${applied.to}.csv`);
  link.hidden = false;
}
