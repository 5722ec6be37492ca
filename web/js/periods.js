// Periods as the county pages (needs dashboard, situation report) take them:
// months "yyyy-mm", quarters "yyyy-Qn" and the calendar periods the needs API
// publishes (a year, quarter or month, asked for as its first and last month).
// Pure functions: no DOM, no texts.

/** A month, yyyy-mm. */
export const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** A quarter, yyyy-Qn. */
export const QUARTER = /^(\d{4})-Q([1-4])$/;
/** A month as the needs API takes it (years 2000–2099). */
const API_MONTH = /^(20\d\d)-(0[1-9]|1[0-2])$/;

/** This month in the browser's time zone, yyyy-mm. */
export function currentMonth() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

/** This quarter in the browser's time zone, yyyy-Qn. */
export function currentQuarter() {
  const now = new Date();
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}

export function previousQuarter(quarter) {
  const [, year, q] = QUARTER.exec(quarter).map(Number);
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

/** yyyy-mm moved by a number of months. */
export function shiftMonth(month, months) {
  const match = MONTH.exec(month ?? "");
  if (!match) return month;
  const date = new Date(Number(match[1]), Number(match[2]) - 1 + months, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}`;
}

/**
 * A calendar year, quarter or month: the only periods the needs API publishes.
 * @typedef {{kind: "year" | "quarter" | "month", year: number, part: number}} Period part: the quarter (1–4) or month (1–12)
 */

/** @param {Period} period @returns {{from: string, to: string}} its first and last month, as the API takes them */
export function periodMonths({ kind, year, part }) {
  const [first, last] = kind === "month" ? [part, part] : kind === "quarter" ? [3 * part - 2, 3 * part] : [1, 12];
  const month = (number) => `${year}-${String(number).padStart(2, "0")}`;
  return { from: month(first), to: month(last) };
}

/**
 * The calendar period of from/to, or null when neither is a month. Addresses from before periods were calendar
 * ones may hold any range: it becomes the smallest calendar period holding it within one year, else the year of
 * its end (a single month given alone: its year).
 * @returns {Period | null}
 */
export function calendarPeriod(from, to) {
  const parse = (month) => {
    const match = API_MONTH.exec(month ?? "");
    return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
  };
  const first = parse(from);
  const last = parse(to);
  if (!first || !last) {
    const only = first ?? last;
    return only ? { kind: "year", year: only.year, part: 0 } : null;
  }
  const quarter = (m) => Math.ceil(m.month / 3);
  if (first.year !== last.year || first.month > last.month) return { kind: "year", year: last.year, part: 0 };
  if (first.month === last.month) return { kind: "month", year: first.year, part: first.month };
  if (quarter(first) === quarter(last)) return { kind: "quarter", year: first.year, part: quarter(first) };
  return { kind: "year", year: first.year, part: 0 };
}
