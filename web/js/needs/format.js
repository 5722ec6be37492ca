// The needs dashboard's words for times, periods and how many answered.
import { disclosureParameters } from "../disclosure.js";
import { formatNumber, locale } from "../establishments-common.js";
import { t, tCount } from "../i18n.js";
import { calendarPeriod, QUARTER } from "../periods.js";

export const formatTime = (date) => date.toLocaleTimeString(locale(), { hour: "2-digit", minute: "2-digit", second: "2-digit" });

/** A calendar period in words: "2026", "kv. 3 2026", "september 2026". */
export function formatPeriod(from, to) {
  const { kind, year, part } = calendarPeriod(from, to) ?? {};
  if (kind === "quarter") return t("needs.quarter", { year, quarter: part });
  if (kind === "month") return new Date(year, part - 1, 1).toLocaleDateString(locale(), { year: "numeric", month: "long" });
  return String(year ?? "");
}

/** "kv. 3 2026" for 2026-Q3. */
export function formatQuarter(quarter) {
  const match = QUARTER.exec(quarter ?? "");
  return match ? t("needs.quarter", { year: match[1], quarter: match[2] }) : (quarter ?? "");
}

/** A month's name in the UI language ("short" or "long"). */
export const monthName = (month, style) => new Date(2000, month - 1, 1).toLocaleDateString(locale(), { month: style });

/** How many answered in a county's or municipality's figures, that none did, or why no figure is shown. */
function summary(report, place, keys) {
  const params = { place, period: formatPeriod(report.from, report.to) };
  const respondents = report.total?.respondents;
  if (report.total?.suppressed || respondents === null || respondents === undefined) {
    return t("needs.summary.withheld", { ...params, ...disclosureParameters(report) });
  }
  if (respondents === 0) return t(`${keys}.none`, params);
  return tCount(keys, respondents, { ...params, count: formatNumber(respondents) });
}

export const countySummary = (report, countyName) => summary(report, countyName(report.county), "needs.summary");
export const municipalitySummary = (report) => summary(report, report.name, "needs.municipality.summary");
