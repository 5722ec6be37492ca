// Page chrome shared by every page: language switch, the signed-in user
// shown in the header (#user-status) and the menu links that depend on the
// user's roles.
import { getPrincipal, hasAnyRole, ROLES, signInUrl, signOutUrl } from "./auth.js";
import { initLanguageSwitch, onLanguageChange, t } from "./i18n.js";

/** Menu links for some roles only, added to .site-nav once the user is known. */
const ROLE_NAV_LINKS = [
  { href: "/notes.html", key: "nav.notes", roles: [ROLES.office] },
  { href: "/answers.html", key: "nav.answers", roles: [ROLES.office] },
  { href: "/notes-review.html", key: "nav.review", roles: [ROLES.staff, ROLES.admin] },
  { href: "/survey-authoring.html", key: "nav.authoring", roles: [ROLES.staff, ROLES.admin] },
  { href: "/needs.html", key: "nav.needs", roles: [ROLES.region, ROLES.admin] },
  { href: "/examples.html", key: "nav.examples", roles: [ROLES.office, ROLES.region, ROLES.staff, ROLES.admin] },
  { href: "/report.html", key: "nav.report", roles: [ROLES.region, ROLES.admin] },
  { href: "/establishments.html", key: "nav.establishments", roles: [ROLES.office, ROLES.region, ROLES.staff, ROLES.admin] },
  { href: "/exports.html", key: "nav.exports", roles: [ROLES.staff, ROLES.admin] },
];

/** Small DOM helper: el("a", {href: "/"}, "text", child…). */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "className") element.className = value;
    else if (name === "dataset") Object.assign(element.dataset, value);
    else if (name.startsWith("on") && typeof value === "function") element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/**
 * Initialise the language switch and load the principal.
 * @param {object} [options]
 * @param {string} [options.returnTo] path to come back to after sign-in
 * @returns {Promise<{principal: import("./auth.js").Principal|null, authError: unknown}>}
 */
export async function initPage({ returnTo = location.pathname } = {}) {
  initLanguageSwitch();
  markCurrentNavLink();

  let principal = null;
  let authError = null;
  try {
    principal = await getPrincipal();
  } catch (error) {
    authError = error;
  }

  addRoleNavLinks(principal);
  markCurrentNavLink();

  const render = () => renderUserStatus({ principal, authError, returnTo });
  render();
  onLanguageChange(render);
  return { principal, authError };
}

function addRoleNavLinks(principal) {
  const list = document.querySelector(".site-nav ul");
  if (!list || !principal) return;
  for (const link of ROLE_NAV_LINKS) {
    if (!hasAnyRole(principal, link.roles) || list.querySelector(`a[href="${link.href}"]`)) continue;
    // data-i18n: applyTranslations() keeps the text in the chosen language.
    list.append(el("li", {}, el("a", { href: link.href, "data-i18n": link.key }, t(link.key))));
  }
}

function markCurrentNavLink() {
  const here = location.pathname === "/" ? "/index.html" : location.pathname;
  for (const link of document.querySelectorAll(".site-nav a")) {
    const target = new URL(link.href, location.href).pathname;
    const normalised = target === "/" ? "/index.html" : target;
    if (normalised === here) link.setAttribute("aria-current", "page");
  }
}

function renderUserStatus({ principal, authError, returnTo }) {
  const container = document.getElementById("user-status");
  if (!container) return;
  if (principal) {
    container.replaceChildren(
      el("span", { className: "user-name" }, `${t("auth.signedInAs")} `, el("strong", {}, principal.userDetails || principal.userId)),
      " ",
      el("a", { href: signOutUrl("/"), id: "sign-out-link", className: "button button-secondary button-small" }, t("auth.signOut")),
    );
  } else {
    container.replaceChildren(
      authError ? el("span", {}, t("auth.unavailable"), " ") : "",
      el("a", { href: signInUrl(returnTo), id: "sign-in-link", className: "button button-small" }, t("auth.signIn")),
    );
  }
}
