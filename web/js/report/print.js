// The printed report's running header and page numbers: CSS paged-media
// margin boxes (@page @top-left, @bottom-right), which Chromium prints since
// version 131. Their text is the report's county, period and whether it is
// issued or live, in the UI language, so the @page rule is written here (a
// constructed style sheet: CSSOM, which a style-src policy does not block)
// each time the report or the language changes.
import { t } from "../i18n.js";
import { formatDateTime, formatPeriod } from "./format.js";

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text) {
  return `"${String(text)
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/[\r\n\f]+/g, " ")}"`;
}

/**
 * The @page rule for a report: "Nulägesbild · Norrbottens län · kvartal 4 2026 · Aktuell …" at the top,
 * "Sida X av Y" at the bottom.
 */
export function pageRule(report, issued, county) {
  const period = formatPeriod(report.period);
  const kind = issued
    ? t("report.print.issued", { issuedAt: formatDateTime(issued.issuedAt) })
    : t("report.print.live", { dataAsOf: formatDateTime(report.dataAsOf) });
  const header = t("report.print.header", { county, period, kind });
  // "Sida {page} av {pages}" becomes "Sida " counter(page) " av " counter(pages).
  const footer = t("report.print.page")
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== "")
    .map((part) => (part === "{page}" ? "counter(page)" : part === "{pages}" ? "counter(pages)" : cssString(part)))
    .join(" ");
  return `@media print { @page {
  @top-left { content: ${cssString(header)}; font: 8pt system-ui, sans-serif; color: #000; vertical-align: bottom; }
  @bottom-right { content: ${footer}; font: 8pt system-ui, sans-serif; color: #000; vertical-align: top; }
} }`;
}

/** One style sheet for the page, adopted by the document; show() replaces its rule. */
export function createPrintHeader() {
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return {
    show: (report, issued, county) => sheet.replaceSync(pageRule(report, issued, county)),
    clear: () => sheet.replaceSync(""),
  };
}
