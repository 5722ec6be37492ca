// Page chrome shared by every page: the one header (brand, menu, language
// switch, the signed-in user in #user-status), rendered into the page's
// <header class="site-header" data-layout> placeholder from NAV_LINKS below.
// The menu shows only the pages the signed-in role can open.
import { getPrincipal, hasAnyRole, ROLES, signInUrl, signOutUrl } from "./auth.js";
import { initLanguageSwitch, onLanguageChange, t } from "./i18n.js";

/**
 * The menu, in order. `key` names the label in web/i18n/{sv,en}.json; `roles` are the roles that can open the
 * page (each page's own role check in js/pages/*.js), no `roles`: everyone; `anonymous`: also shown to a visitor
 * who is not signed in (the page then offers the sign-in). Not the "anonymous" role: every principal has that one.
 */
export const NAV_LINKS = [
  { href: "/", key: "nav.home" },
  { href: "/survey.html", key: "nav.survey", roles: [ROLES.office], anonymous: true },
  { href: "/notes.html", key: "nav.notes", roles: [ROLES.office] },
  { href: "/answers.html", key: "nav.answers", roles: [ROLES.office] },
  { href: "/notes-review.html", key: "nav.review", roles: [ROLES.staff, ROLES.admin] },
  { href: "/survey-authoring.html", key: "nav.authoring", roles: [ROLES.staff, ROLES.admin] },
  { href: "/needs.html", key: "nav.needs", roles: [ROLES.office, ROLES.region, ROLES.admin] },
  { href: "/examples.html", key: "nav.examples", roles: [ROLES.office, ROLES.region, ROLES.staff, ROLES.admin] },
  { href: "/report.html", key: "nav.report", roles: [ROLES.region, ROLES.admin] },
  { href: "/establishments.html", key: "nav.establishments", roles: [ROLES.office, ROLES.region, ROLES.staff, ROLES.admin] },
  { href: "/exports.html", key: "nav.exports", roles: [ROLES.staff, ROLES.admin] },
];

/** The links the principal can open; `undefined` while the user is not yet known (only links open to everyone). */
export function navLinksFor(principal) {
  return NAV_LINKS.filter((link) => {
    if (!link.roles) return true;
    if (principal === undefined) return false;
    if (principal === null) return link.anonymous === true;
    return hasAnyRole(principal, link.roles);
  });
}

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

/** Renders the header into the page's placeholder (once); the menu then holds only the links open to everyone. */
function renderHeader() {
  const header = document.querySelector("header.site-header[data-layout]");
  if (!header || header.childElementCount > 0) return;
  // Wide pages (tables, dashboards) line the header up with their wide <main>.
  const wide = document.querySelector("main.container-wide") !== null;
  header.replaceChildren(
    el(
      "div",
      { className: wide ? "container container-wide header-inner" : "container header-inner" },
      el(
        "div",
        { className: "brand" },
        el("a", { className: "brand-name", href: "/", "data-i18n": "site.name" }, t("site.name")),
        el("span", { className: "brand-tagline", "data-i18n": "site.tagline" }, t("site.tagline")),
      ),
      // On a phone the menu and the tools fold behind this button, so the header keeps to one row (CSS shows it there).
      el(
        "button",
        {
          type: "button",
          className: "menu-toggle",
          "aria-expanded": "false",
          "aria-controls": "site-nav header-tools",
          "data-i18n": "nav.menu",
          onclick: (event) => toggleMenu(header, event.currentTarget),
        },
        t("nav.menu"),
      ),
      el("nav", { id: "site-nav", className: "site-nav", "aria-label": t("nav.label"), "data-i18n-attr": "aria-label:nav.label" }, el("ul")),
      el(
        "div",
        { id: "header-tools", className: "header-tools" },
        el(
          "div",
          { className: "language-switch" },
          el("label", { for: "language-select", "data-i18n": "language.label" }, t("language.label")),
          el(
            "select",
            { id: "language-select", name: "language" },
            el("option", { value: "sv", lang: "sv" }, "Svenska"),
            el("option", { value: "en", lang: "en" }, "English"),
          ),
        ),
        el("div", { id: "user-status", className: "user-status" }, el("span", { "data-i18n": "auth.checking" }, t("auth.checking"))),
      ),
    ),
  );
}

function toggleMenu(header, button) {
  const open = button.getAttribute("aria-expanded") !== "true";
  button.setAttribute("aria-expanded", String(open));
  header.classList.toggle("menu-open", open);
}

/** Fills the menu with the links the principal can open and marks the current page. */
function renderNav(principal) {
  const list = document.querySelector(".site-nav ul");
  if (!list) return;
  const here = normalisePath(location.pathname);
  list.replaceChildren(
    ...navLinksFor(principal).map((link) =>
      el(
        "li",
        {},
        // data-i18n: applyTranslations() keeps the text in the chosen language.
        el("a", { href: link.href, "data-i18n": link.key, "aria-current": normalisePath(link.href) === here ? "page" : null }, t(link.key)),
      ),
    ),
  );
}

function normalisePath(path) {
  return path === "/" ? "/index.html" : path;
}

/**
 * Render the header, initialise the language switch and load the principal.
 * @param {object} [options]
 * @param {string} [options.returnTo] path to come back to after sign-in
 * @returns {Promise<{principal: import("./auth.js").Principal|null, authError: unknown}>}
 */
export async function initPage({ returnTo = location.pathname } = {}) {
  renderHeader();
  renderNav(undefined);
  initLanguageSwitch();

  let principal = null;
  let authError = null;
  try {
    principal = await getPrincipal();
  } catch (error) {
    authError = error;
  }

  renderNav(principal);

  const render = () => renderUserStatus({ principal, authError, returnTo });
  render();
  onLanguageChange(render);
  return { principal, authError };
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
