// Sorting the heat map's municipalities by name, respondents or a challenge's
// share. Rows without a figure to compare (withheld, no answers) always come
// last, whichever the direction, so a sort never mixes them in with real 0 %.
import { getLanguage } from "../i18n.js";
import { figureFor, hasNoAnswers } from "./figures.js";

/** The sort before the user chooses one: by name, A to Ö. */
export const DEFAULT_SORT = Object.freeze({ key: "name", direction: "ascending" });

/**
 * The next sort after a click on a column's button: the same column turns around; a new column starts
 * ascending for names and descending (largest first) for figures.
 */
export function nextSort(current, key) {
  if (current.key === key) return { key, direction: current.direction === "ascending" ? "descending" : "ascending" };
  return { key, direction: key === "name" ? "ascending" : "descending" };
}

/** The value a municipality is compared by, or null when it has none (withheld, no answers). */
function valueOf(municipality, key) {
  if (key === "name") return municipality.name ?? municipality.code;
  if (key === "respondents") {
    return municipality.suppressed || typeof municipality.respondents !== "number" ? null : municipality.respondents;
  }
  if (hasNoAnswers(municipality)) return null;
  const figure = figureFor(municipality, key);
  if (!figure || figure.suppressed || typeof figure.share !== "number") return null;
  return figure.share;
}

/** The municipalities in the sort's order (a copy); ties by name. */
export function sortMunicipalities(municipalities, sort) {
  const collator = new Intl.Collator(getLanguage() === "sv" ? "sv-SE" : "en-GB");
  const byName = (a, b) => collator.compare(a.name ?? a.code, b.name ?? b.code);
  const sign = sort.direction === "ascending" ? 1 : -1;
  return [...municipalities].sort((a, b) => {
    const x = valueOf(a, sort.key);
    const y = valueOf(b, sort.key);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    const order = sort.key === "name" ? collator.compare(x, y) : x - y;
    return sign * order || byName(a, b);
  });
}
