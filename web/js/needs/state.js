// The needs dashboard's state: what is asked for, the answers on screen and
// when they came. One plain object, created here, changed by the entry module
// and the loader, read by the views.
import { t } from "../i18n.js";

export const SOURCES = ["all", "survey", "notes"];
/** Years in the picker: this one and those before it. */
export const YEARS_OFFERED = 10;
/** Series in the municipality chart. */
export const TREND_TAGS = 5;
/** Rows in the pairs table. */
export const PAIRS_SHOWN = 10;

/** Pause between automatic refreshes (tests may set window.knowledgeConfig.needsRefreshMs). */
export function refreshMs() {
  const configured = Number(globalThis.knowledgeConfig?.needsRefreshMs);
  return Number.isFinite(configured) && configured > 0 ? configured : 30_000;
}

/**
 * applied: the filters of the figures on screen (what a refresh asks for again).
 * report / municipalityReport / recommendations: the last answers; *Signature: their JSON, to tell a change.
 */
export function createState() {
  return {
    /** @type {null | {county: string, from: string, to: string, size: string, sector: string, source: string}} */
    applied: null,
    /** @type {any} */
    report: null,
    reportSignature: "",
    municipality: "",
    /** @type {any} */
    municipalityReport: null,
    municipalitySignature: "",
    /** @type {any} the good examples recommended for the municipality's top challenges */
    recommendations: null,
    recommendationsSignature: "",
    /** @type {Date | null} */
    fetchedAt: null,
    /** When the county figures were last asked for (a refresh comes refreshMs() after it). */
    askedAt: 0,
    /** A refresh failed and the status line said so (said once until one works again). */
    refreshFailed: false,
  };
}

/** The answer whose "disclosure" the notes and the reasons of "–" name. */
export const disclosed = (state) => state.report ?? state.municipalityReport;

/** The address of what is on screen: the applied filters (source "all" left out) and the open municipality. */
export function writeAddress(state) {
  const params = new URLSearchParams();
  if (state.applied) {
    for (const [name, value] of Object.entries(state.applied)) if (value && !(name === "source" && value === "all")) params.set(name, value);
  }
  if (state.municipality) params.set("municipality", state.municipality);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

/** A municipality's name: from its own answer, else the county's, else "municipality XXXX". */
export function municipalityName(state, code) {
  return (
    state.municipalityReport?.name ??
    state.report?.municipalities?.find((m) => m.code === code)?.name ??
    t("municipality.unknown", { code })
  );
}
