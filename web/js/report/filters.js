// The situation report's pickers: county, and a quarter (from a list) or a
// month (typed, yyyy-mm). "Visa" raises onSubmit; choosing a county raises
// onCountyChange (its issued reports are listed at once).
import { fillSelect } from "../county-page.js";
import { FieldErrors } from "../form-errors.js";
import { countyName, t } from "../i18n.js";
import { el } from "../layout.js";
import { currentMonth, currentQuarter, MONTH, previousQuarter, QUARTER } from "../periods.js";
import { formatPeriod } from "./format.js";
import { QUARTERS_OFFERED } from "./state.js";

/**
 * @param {Record<string, HTMLElement & {value: string}>} ui
 * @param {{counties: {code: string, name: string}[], onSubmit: (options: {focusErrors: boolean}) => void, onCountyChange: (county: string) => void}} options
 */
export function createFilters(ui, { counties, onSubmit, onCountyChange }) {
  // The server's "period" error goes next to the control in use: the month field or the quarter picker.
  const fieldErrors = new FieldErrors({ county: ui.county, period: ui.month, quarter: ui.quarter });

  /** The county and quarter options (quarters in the UI language); state.applied's quarter is offered too. */
  function render(state) {
    fillSelect(
      ui.county,
      counties.map((c) => ({ value: c.code, text: countyName(c) })),
      null,
    );
    fillSelect(
      ui.quarter,
      offeredQuarters(state).map((q) => ({ value: q, text: formatPeriod(q) })),
      null,
    );
  }

  /** This quarter and the ones before it; a quarter from the address is added when it is older. */
  function offeredQuarters(state) {
    const quarters = [];
    let quarter = currentQuarter();
    for (let i = 0; i < QUARTERS_OFFERED; i++) {
      quarters.push(quarter);
      quarter = previousQuarter(quarter);
    }
    const wanted = state.applied?.period;
    if (wanted && QUARTER.test(wanted) && !quarters.includes(wanted)) quarters.push(wanted);
    return quarters;
  }

  function showPeriodKind() {
    const month = ui.periodKind.value === "month";
    ui.monthField.hidden = !month;
    ui.quarterField.hidden = month;
  }

  function read() {
    return { county: ui.county.value, period: ui.periodKind.value === "month" ? ui.month.value.trim() : ui.quarter.value };
  }

  /** Set the county and period a filter names, when they are ones the pickers can show. */
  function apply({ county, period }) {
    if (typeof county === "string" && counties.some((c) => c.code === county)) ui.county.value = county;
    if (typeof period === "string" && QUARTER.test(period)) {
      ui.periodKind.value = "quarter";
      if (![...ui.quarter.options].some((o) => o.value === period)) ui.quarter.append(el("option", { value: period }, formatPeriod(period)));
      ui.quarter.value = period;
    } else if (typeof period === "string" && MONTH.test(period)) {
      ui.periodKind.value = "month";
      ui.month.value = period;
    }
    showPeriodKind();
  }

  function validate(filters) {
    const errors = {};
    if (!filters.county) errors.county = [() => t("report.error.county")];
    if (!MONTH.test(filters.period) && !QUARTER.test(filters.period)) errors.period = [() => t("report.error.period")];
    return errors;
  }

  /** Show errors by field (the period's next to the picker in use); answers the ones no control shows. */
  function showErrors(errors, { focus }) {
    const mapped = {};
    for (const [key, messages] of Object.entries(errors)) {
      mapped[key === "period" && ui.periodKind.value !== "month" ? "quarter" : key] = messages;
    }
    return fieldErrors.show(mapped, { focus });
  }

  /** The pickers' filters, or null after showing what is wrong with them. */
  function check({ focusErrors }) {
    const filters = read();
    const errors = validate(filters);
    if (Object.keys(errors).length > 0) {
      showErrors(errors, { focus: focusErrors });
      return null;
    }
    return filters;
  }

  /** The pickers as the address sets them, else the first county and this quarter. */
  function restore(state, { county, period }) {
    render(state);
    apply({ county: counties[0].code, period: currentQuarter() });
    apply({ county, period });
    ui.month.value ||= currentMonth();
  }

  ui.periodKind.addEventListener("change", () => {
    if (ui.periodKind.value === "month" && !MONTH.test(ui.month.value)) ui.month.value = currentMonth();
    showPeriodKind();
    fieldErrors.clear();
  });
  ui.county.addEventListener("change", () => onCountyChange(ui.county.value));
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    onSubmit({ focusErrors: true });
  });

  return { render, restore, check, showErrors, clearErrors: () => fieldErrors.clear() };
}
