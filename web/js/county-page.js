// What the county pages (the needs dashboard and the situation report) do
// alike: the start (sign-in and role checks, the codebook and the counties the
// user may choose), the pickers' options, and the alert for a failed request.
import { api, NetworkError, ProblemError } from "./api.js";
import { signInUrl } from "./auth.js";
import { countyName, t } from "./i18n.js";
import { el, initPage } from "./layout.js";
import { Codebook } from "./notes-common.js";
import { authGate, countyPageAccess, otherErrorNodes, problemNodes, textRegion } from "./page-messages.js";

/**
 * Start a county page: render the chrome, check the user ("<page>.gate.*" when the page is not theirs), then load
 * the codebook, the counties and the page's own extra (loadExtra). Regions choose among their own counties,
 * admins among all. Shows the alert and answers null when the page cannot be used.
 * @param {{page: string, returnTo: string, alertRegion: ReturnType<import("./page-messages.js").nodeRegion>, loadExtra?: () => Promise<any>}} options
 * @returns {Promise<null | {isAdmin: boolean, codebook: Codebook, counties: {code: string, name: string, nameEn?: string}[], known: Map<string, {code: string, name: string, nameEn: string}>, extra: any}>}
 */
export async function openCountyPage({ page, returnTo, alertRegion, loadExtra = async () => null }) {
  const pageStatus = textRegion(document.getElementById("page-status"));
  const gate = authGate();
  const { principal, authError } = await initPage({ returnTo: returnTo + location.search });
  const access = countyPageAccess({ page, principal, authError, alertRegion, gate, returnTo: returnTo + location.search });
  if (!access) return null;
  const { isAdmin, scopes } = access;

  pageStatus.show(`${page}.loading.page`);
  const [codebook, extra, allCounties] = await Promise.all([
    Codebook.load(),
    loadExtra(),
    api.counties().catch((error) => {
      console.warn("The counties could not be listed", error);
      return null;
    }),
  ]);
  pageStatus.clear();

  const known = new Map((Array.isArray(allCounties) ? allCounties : []).map((c) => [c.code, c]));
  const counties = isAdmin ? [...known.values()] : scopes.map((code) => known.get(code) ?? { code, name: t("county.unknown", { code }) });
  if (counties.length === 0) {
    alertRegion.show(() => problemNodes(`${page}.loadFailed.title`, null, [el("p", {}, t(`${page}.loadFailed.text`))]));
    return null;
  }
  return { isAdmin, codebook, counties, known, extra };
}

/**
 * A county's name in the UI language: from the full list when given (known), else the page's counties, else the
 * fallback given with the code (a report's own name), else "county XX".
 * @returns {(code: string, fallback?: string) => string}
 */
export function countyNamer(counties, known = new Map()) {
  return (code, fallback) => {
    const county = known.get(code) ?? counties.find((c) => c.code === code);
    return county ? countyName(county) : (fallback ?? t("county.unknown", { code }));
  };
}

/**
 * Give a <select> new options (after an optional "all" placeholder), keeping its value when it is still offered.
 * @param {HTMLSelectElement} select
 * @param {{value: string, text: string}[]} options
 * @param {string | null} placeholder
 */
export function fillSelect(select, options, placeholder) {
  const value = select.value;
  select.replaceChildren(
    ...(placeholder ? [el("option", { value: "" }, placeholder)] : []),
    ...options.map((o) => el("option", { value: o.value }, o.text)),
  );
  if (options.some((o) => o.value === value) || (placeholder && value === "")) select.value = value;
}

/**
 * The alert for a failed request: field errors by their controls (400; showErrors answers the ones no control
 * shows), else a lead text by status ("<prefix>.problem.<status>", leadKeys overriding) with the problem's title
 * and detail, and a sign-in link after a 401.
 * @param {{alertRegion: ReturnType<import("./page-messages.js").nodeRegion>, error: unknown, prefix: string, returnTo: string,
 *   showErrors: (errors: object, options: {focus: boolean}) => [string, string[]][], focus: boolean, leadKeys?: Record<number, string>}} options
 */
export function showProblem({ alertRegion, error, prefix, returnTo, showErrors, focus, leadKeys = {} }) {
  const problem = error instanceof ProblemError ? error : null;
  if (!problem && !(error instanceof NetworkError)) console.error(error);
  if (problem?.status === 400 && Object.keys(problem.errors).length > 0) {
    const unmatched = showErrors(problem.errors, { focus });
    alertRegion.show(() =>
      problemNodes(`${prefix}.problem.400`, unmatched.length > 0 ? problem : null, otherErrorNodes(`${prefix}.problem.400.other`, unmatched)),
    );
    return;
  }
  const known = [401, 403, 404];
  const leadKey = !problem
    ? `${prefix}.problem.network`
    : (leadKeys[problem.status] ?? (known.includes(problem.status) ? `${prefix}.problem.${problem.status}` : `${prefix}.problem.generic`));
  alertRegion.show(() => [
    ...problemNodes(leadKey, problem),
    ...(problem?.status === 401 ? [el("p", {}, el("a", { href: signInUrl(returnTo + location.search), className: "button" }, t("auth.signIn")))] : []),
  ]);
}
