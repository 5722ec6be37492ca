// Words and formatting shared by the establishments page and the situation
// report: statuses, phases, procurement categories and event kinds (the API's
// snake_case words, shown in the UI language), months and month ranges, and
// source links.
import { getLanguage, t } from "./i18n.js";
import { el } from "./layout.js";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const locale = () => (getLanguage() === "sv" ? "sv-SE" : "en-GB");

/** A word of the API in the UI language, or the word itself when the dictionary does not know it. */
function term(prefix, word) {
  if (typeof word !== "string" || word === "") return "";
  const key = `${prefix}.${word}`;
  const text = t(key);
  return text === key ? word.replaceAll("_", " ") : text;
}

export const statusLabel = (status) => term("establishment.status", status);
export const phaseLabel = (kind) => term("establishment.phase", kind);
export const categoryLabel = (category) => term("establishment.category", category);
export const eventKindLabel = (kind) => term("establishment.event", kind);

/** "november 2026" for 2026-11 (the UI language). */
export function formatMonth(month) {
  const match = MONTH.exec(month ?? "");
  if (!match) return month ?? "";
  return new Date(Number(match[1]), Number(match[2]) - 1, 1).toLocaleDateString(locale(), { year: "numeric", month: "long" });
}

/** "februari 2027 – juni 2027", "från februari 2027" (no end), or one month. */
export function formatMonthRange(from, to) {
  if (!to) return t("establishment.from", { month: formatMonth(from) });
  if (to === from) return formatMonth(from);
  return `${formatMonth(from)} – ${formatMonth(to)}`;
}

/** <time> for a month. */
export function monthElement(month) {
  return MONTH.test(month ?? "") ? el("time", { datetime: month }, formatMonth(month)) : el("span", {}, month ?? "");
}

/** Start and end month as <time> elements, as formatMonthRange reads. */
export function monthRangeNodes(from, to) {
  if (!to) return [t("establishment.fromPrefix"), " ", monthElement(from)];
  if (to === from) return [monthElement(from)];
  return [monthElement(from), " – ", monthElement(to)];
}

/** A number in the UI language's format. */
export const formatNumber = (value) => new Intl.NumberFormat(locale()).format(value);

/**
 * A source as a list item: the title linked to its address (class "source-link", which the print
 * stylesheet follows with the address), or the title alone.
 * @param {{title?: string, url?: string | null}} source
 */
export function sourceItem(source) {
  const title = source?.title || source?.url || "";
  const url = typeof source?.url === "string" && /^https?:\/\//i.test(source.url) ? source.url : null;
  return el("li", {}, url ? el("a", { href: url, className: "source-link", lang: "sv" }, title) : el("span", { lang: "sv" }, title));
}
