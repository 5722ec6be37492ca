// How published figures are protected (the API's "disclosure": the cell key method),
// said as Statistics Sweden says it under its tables, and the "–" of a withheld
// figure. Shared by the needs dashboard and the situation report.
import { locale } from "./establishments-common.js";
import { t } from "./i18n.js";
import { el } from "./layout.js";

// Used when a response carries no parameters of its own.
const FALLBACK = { maxDeviation: 3, smallestPublished: 3, minimumPopulation: 5 };

// Issued reports stored before disclosure control carry "suppressionThreshold" instead: they are said as they were made.
const legacyThreshold = (report) => (!report?.disclosure && Number.isInteger(report?.suppressionThreshold) ? report.suppressionThreshold : null);

/** The text of a key, in the words of the report's own rule. */
function explain(report, key) {
  const threshold = legacyThreshold(report);
  return threshold === null ? t(`disclosure.${key}`, disclosureParameters(report)) : t(`disclosure.legacy.${key}`, { threshold });
}

/** The parameters the texts name, from a report's "disclosure" (or the fallback). */
export function disclosureParameters(report) {
  const given = report?.disclosure ?? {};
  const pick = (name) => (Number.isInteger(given[name]) ? given[name] : FALLBACK[name]);
  const smallestPublished = pick("smallestPublished");
  // The counts never shown: 1 up to the smallest published one ("1 och 2", "1 and 2").
  const neverShown = Array.from({ length: smallestPublished - 1 }, (_, i) => String(i + 1));
  return {
    maxDeviation: pick("maxDeviation"),
    minimumPopulation: pick("minimumPopulation"),
    neverShown: new Intl.ListFormat(locale(), { type: "conjunction" }).format(neverShown),
  };
}

/** The note beside the figures: how they are adjusted, and why a total may differ from its parts. */
export const disclosureNote = (report) => explain(report, "note");

/** Why a figure is withheld: the tooltip and screen-reader text of its "–". */
export const withheldReason = (report) => explain(report, "withheld");

/** A visible dash, and the reason for screen readers. */
export const withheldNodes = (report) => [
  el("span", { "aria-hidden": "true" }, "–"),
  el("span", { className: "visually-hidden" }, withheldReason(report)),
];

/** A table cell for a withheld figure. */
export const withheldCell = (report, { className = "", ...attributes } = {}) =>
  el("td", { ...attributes, className: `num suppressed ${className}`.trim(), title: withheldReason(report) }, withheldNodes(report));

/** The legend of "–" under a table. */
export const withheldLegendNodes = (report) => [
  el("span", { className: "suppressed-mark", "aria-hidden": "true" }, "–"),
  " ",
  explain(report, "legend"),
];
