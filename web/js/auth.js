// Reads the signed-in user the way Azure Static Web Apps exposes it
// (GET /.auth/me) and offers helpers for the app's roles and scope roles.
//
// Roles: office, region, staff, admin. Scope roles: municipality-<4 digits>
// and county-<2 digits>.

export const ROLES = Object.freeze({ office: "office", region: "region", staff: "staff", admin: "admin" });
const APP_ROLES = Object.values(ROLES);

const MUNICIPALITY_ROLE = /^municipality-(\d{4})$/;
const COUNTY_ROLE = /^county-(\d{2})$/;

/**
 * @typedef {object} Principal
 * @property {string} identityProvider
 * @property {string} userId
 * @property {string} userDetails
 * @property {string[]} userRoles
 */

/**
 * Fetch the current principal. Resolves with null when nobody is signed in.
 * Rejects (with the fetch error or an Error carrying .status) when /.auth/me
 * itself could not be read, so callers can tell "signed out" from "unknown".
 * @returns {Promise<Principal|null>}
 */
export async function getPrincipal() {
  const response = await fetch("/.auth/me", {
    headers: { Accept: "application/json" },
    credentials: "same-origin",
    cache: "no-store",
  });
  if (!response.ok) {
    const error = new Error(`/.auth/me answered ${response.status}`);
    error.status = response.status;
    throw error;
  }
  const body = await response.json();
  const principal = body?.clientPrincipal;
  if (!principal || typeof principal !== "object") return null;
  return {
    identityProvider: String(principal.identityProvider ?? ""),
    userId: String(principal.userId ?? ""),
    userDetails: String(principal.userDetails ?? ""),
    userRoles: Array.isArray(principal.userRoles) ? principal.userRoles.map(String) : [],
  };
}

export function isSignedIn(principal) {
  return Boolean(principal);
}

export function hasRole(principal, role) {
  return Boolean(principal?.userRoles.includes(role));
}

export function hasAnyRole(principal, roles) {
  return roles.some((role) => hasRole(principal, role));
}

/** The app roles (office/region/staff/admin) the user has, in that order. */
export function appRoles(principal) {
  return APP_ROLES.filter((role) => hasRole(principal, role));
}

/** Municipality codes from municipality-XXXX roles, sorted and unique. */
export function municipalityScopes(principal) {
  return scopeCodes(principal, MUNICIPALITY_ROLE);
}

/** County codes from county-XX roles, sorted and unique. */
export function countyScopes(principal) {
  return scopeCodes(principal, COUNTY_ROLE);
}

function scopeCodes(principal, pattern) {
  const codes = new Set();
  for (const role of principal?.userRoles ?? []) {
    const match = pattern.exec(role);
    if (match) codes.add(match[1]);
  }
  return [...codes].sort();
}

/** Sign-in link that comes back to `returnTo` (a same-origin path). */
export function signInUrl(returnTo = location.pathname) {
  const path = typeof returnTo === "string" && returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/";
  return `/login?post_login_redirect_uri=${encodeURIComponent(path).replace(/%2F/gi, "/")}`;
}

export function signOutUrl(returnTo = "/") {
  return `/.auth/logout?post_logout_redirect_uri=${encodeURIComponent(returnTo).replace(/%2F/gi, "/")}`;
}
