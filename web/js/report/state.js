// The situation report page's state: what the live report on screen was asked
// for, the report on screen (live or issued) and the county's issued reports.
// One plain object, created here, changed by the entry module and the loader,
// read by the views.

/** A county code as the address may name it. */
export const COUNTY = /^\d{2}$/;
/** Quarters offered in the picker, this one and those before it. */
export const QUARTERS_OFFERED = 12;
/** Issued reports listed. */
export const ISSUED_SHOWN = 12;

export function createState() {
  return {
    /** @type {null | {county: string, period: string}} what the live report on screen was asked for */
    applied: null,
    /** @type {any} the report on screen */
    report: null,
    /** @type {any} the issue facts when the report on screen is an issued one */
    issued: null,
    /** @type {any[] | null} the county's issued reports */
    issuedList: null,
    issuedCounty: "",
    /** @type {string | null} the i18n key saying why the list could not be read */
    issuedFailure: null,
  };
}

/** The address of what is on screen: ?county=&issued= for an issued report, else ?county=&period=. */
export function writeAddress(state) {
  const params = new URLSearchParams();
  if (state.issued) {
    params.set("county", state.issued.county);
    params.set("issued", state.issued.id);
  } else if (state.applied) {
    params.set("county", state.applied.county);
    params.set("period", state.applied.period);
  }
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}
