// The situation report's words for periods, times, changes and texts given in
// Swedish and English.
import { formatMonth, locale } from "../establishments-common.js";
import { getLanguage, pickLocalized, t } from "../i18n.js";
import { el } from "../layout.js";
import { dateTimeElement } from "../notes-common.js";
import { MONTH, QUARTER } from "../periods.js";

/** "kvartal 4 2026" for 2026-Q4, "november 2026" for 2026-11. */
export function formatPeriod(period) {
  const quarter = QUARTER.exec(period ?? "");
  if (quarter) return t("report.quarterName", { year: quarter[1], quarter: quarter[2] });
  return MONTH.test(period ?? "") ? formatMonth(period) : (period ?? "");
}

export const formatDateTime = (iso) => dateTimeElement(iso).textContent;

/** Change in percentage points, with arrow and words (never colour alone). */
export function changeNodes(change) {
  if (change === null || change === undefined) return [el("span", { className: "muted" }, t("report.change.none"))];
  const points = new Intl.NumberFormat(locale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(Math.abs(change));
  if (change > 0) return [el("span", { className: "change-arrow", "aria-hidden": "true" }, "↑"), " ", t("report.change.up", { points })];
  if (change < 0) return [el("span", { className: "change-arrow", "aria-hidden": "true" }, "↓"), " ", t("report.change.down", { points })];
  return [el("span", { className: "change-arrow", "aria-hidden": "true" }, "→"), " ", t("report.change.same")];
}

/** A {sv, en} text in the UI language; Swedish marked as such when English is missing. */
export function localizedNodes(text) {
  if (!text) return "";
  const english = getLanguage() === "en";
  if (english && !text.en && text.sv) return el("span", { lang: "sv" }, text.sv);
  return pickLocalized(text);
}
