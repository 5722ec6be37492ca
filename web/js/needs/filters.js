// The needs dashboard's pickers: county, a calendar year, quarter or month,
// size class, sector and source. Each picker applies at once and "Visa"
// fetches again: both raise onSubmit. Errors go next to their picker.
import { fillSelect } from "../county-page.js";
import { FieldErrors } from "../form-errors.js";
import { countyName, pickLocalized, t } from "../i18n.js";
import { calendarPeriod, periodMonths } from "../periods.js";
import { monthName } from "./format.js";
import { SOURCES, YEARS_OFFERED } from "./state.js";

/**
 * @param {{ui: Record<string, HTMLElement & {value: string}>, counties: {code: string, name: string}[],
 *   choices: {sizeClasses: any[], sectors: any[]}, onSubmit: (options: {focusErrors: boolean}) => void}} options
 */
export function createFilters({ ui, counties, choices, onSubmit }) {
  const fieldErrors = new FieldErrors({
    county: ui.county,
    year: ui.year,
    quarter: ui.quarter,
    month: ui.month,
    size: ui.size,
    sector: ui.sector,
    source: ui.source,
  });

  /** The options of every picker but the year's, in the UI language. */
  function render() {
    fillSelect(
      ui.county,
      counties.map((c) => ({ value: c.code, text: countyName(c) })),
      null,
    );
    fillSelect(
      ui.size,
      choices.sizeClasses.map((c) => ({ value: c.value, text: pickLocalized(c.text) })),
      t("needs.size.all"),
    );
    fillSelect(
      ui.sector,
      choices.sectors.map((c) => ({ value: c.value, text: pickLocalized(c.text) })),
      t("needs.sector.all"),
    );
    fillSelect(
      ui.quarter,
      [1, 2, 3, 4].map((quarter) => ({
        value: String(quarter),
        text: t("needs.quarterOption", { quarter, from: monthName(3 * quarter - 2, "short"), to: monthName(3 * quarter, "short") }),
      })),
      null,
    );
    fillSelect(
      ui.month,
      Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), text: monthName(i + 1, "long") })),
      null,
    );
  }

  /** This year and the ones before it, and the chosen year (from the address) when it is not among them. */
  function renderYears(chosen) {
    const thisYear = new Date().getFullYear();
    const years = Array.from({ length: YEARS_OFFERED }, (_, i) => thisYear - i);
    if (!years.includes(chosen)) years.push(chosen);
    fillSelect(
      ui.year,
      years.sort((a, b) => b - a).map((year) => ({ value: String(year), text: String(year) })),
      null,
    );
  }

  /** The period pickers in use: the year's quarter or month picker only for that kind. */
  function showPeriodKind() {
    ui.quarterField.hidden = ui.periodKind.value !== "quarter";
    ui.monthField.hidden = ui.periodKind.value !== "month";
  }

  /** @param {import("../periods.js").Period} period */
  function showPeriod({ kind, year, part }) {
    renderYears(year);
    ui.periodKind.value = kind;
    ui.year.value = String(year);
    if (kind === "quarter") ui.quarter.value = String(part);
    if (kind === "month") ui.month.value = String(part);
    showPeriodKind();
  }

  /** @returns {import("../periods.js").Period} */
  function readPeriod() {
    const kind = ui.periodKind.value;
    return { kind, year: Number(ui.year.value), part: Number(kind === "quarter" ? ui.quarter.value : ui.month.value) };
  }

  function read() {
    return {
      county: ui.county.value,
      ...periodMonths(readPeriod()),
      size: ui.size.value,
      sector: ui.sector.value,
      source: ui.source.value || "all",
    };
  }

  /** The checks the browser can make (the period pickers offer calendar periods only); the server checks everything again. */
  function validate(filters) {
    return filters.county ? {} : { county: [() => t("needs.error.county")] };
  }

  /** The pickers' filters, or null after showing what is wrong with them. */
  function check({ focusErrors }) {
    const filters = read();
    const errors = validate(filters);
    if (Object.keys(errors).length > 0) {
      fieldErrors.show(errors, { focus: focusErrors });
      return null;
    }
    fieldErrors.clear();
    return filters;
  }

  /** Set the pickers a filter names, when it is one they offer. */
  function apply(filters) {
    const set = (control, value, allowed) => {
      if (typeof value === "string" && allowed(value)) control.value = value;
    };
    set(ui.county, filters.county, (v) => counties.some((c) => c.code === v));
    set(ui.size, filters.size, (v) => v === "" || choices.sizeClasses.some((c) => c.value === v));
    set(ui.sector, filters.sector, (v) => v === "" || choices.sectors.some((c) => c.value === v));
    set(ui.source, filters.source, (v) => SOURCES.includes(v));
  }

  /** Show the server's errors by field; its "from" and "to" go next to the period picker in use. Answers the unmatched ones. */
  function showErrors(errors, { focus }) {
    const periodKey = ui.periodKind.value;
    const mapped = {};
    for (const [key, messages] of Object.entries(errors)) {
      const target = key === "from" || key === "to" ? periodKey : key;
      mapped[target] = [...(mapped[target] ?? []), ...messages];
    }
    return fieldErrors.show(mapped, { focus });
  }

  /** The pickers as the address sets them: its period (else this year) and filters (else the first county, all). */
  function restore(params) {
    const now = new Date();
    // Switching to a quarter or month starts from this one.
    ui.quarter.value = String(Math.floor(now.getMonth() / 3) + 1);
    ui.month.value = String(now.getMonth() + 1);
    showPeriod(calendarPeriod(params.get("from"), params.get("to")) ?? { kind: "year", year: now.getFullYear(), part: 0 });
    apply({ county: counties[0].code, size: "", sector: "", source: "all" });
    apply(Object.fromEntries(["county", "size", "sector", "source"].map((name) => [name, params.get(name) ?? undefined])));
  }

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSubmit({ focusErrors: true });
  });
  ui.periodKind.addEventListener("change", showPeriodKind);
  // Each picker applies at once; "Visa" fetches again.
  for (const control of [ui.county, ui.periodKind, ui.year, ui.quarter, ui.month, ui.size, ui.sector, ui.source]) {
    control.addEventListener("change", () => onSubmit({ focusErrors: false }));
  }

  return { render, check, restore, showErrors };
}
