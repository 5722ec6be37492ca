// Message areas shared by the pages: status lines, the problem alert and the
// sign-in/permission gate. Each keeps what it shows as data (i18n keys or a
// render function) and renders it again when the UI language changes.
import { countyScopes, hasAnyRole, hasRole, municipalityScopes, ROLES, signInUrl, signOutUrl } from "./auth.js";
import { onLanguageChange, t } from "./i18n.js";
import { el } from "./layout.js";

/**
 * A region showing one translatable message (e.g. a role="status" line).
 * @param {HTMLElement} element
 */
export function textRegion(element) {
  /** @type {{key: string, params?: object} | null} */
  let message = null;
  onLanguageChange(() => {
    if (message) element.textContent = t(message.key, message.params);
  });
  return {
    /** Show the message for key (null clears). */
    show(key, params) {
      message = key ? { key, params } : null;
      element.textContent = key ? t(key, params) : "";
    },
    clear() {
      this.show(null);
    },
    get key() {
      return message?.key ?? null;
    },
  };
}

/**
 * A region whose content is built by a render function (e.g. the role="alert" box).
 * @param {HTMLElement} element
 */
export function nodeRegion(element) {
  /** @type {null | (() => Node[])} */
  let content = null;
  onLanguageChange(() => {
    if (content) element.replaceChildren(...content());
  });
  return {
    /** @param {null | (() => (Node|string)[])} render */
    show(render) {
      content = render;
      element.replaceChildren(...(render ? render() : []));
    },
    clear() {
      this.show(null);
    },
  };
}

/** Title + detail of a problem (problem+json), after a lead text, then any extra nodes. */
export function problemNodes(leadKey, problem, extra = []) {
  const nodes = [el("p", { className: "alert-lead" }, t(leadKey))];
  if (problem && (problem.title || problem.detail)) {
    nodes.push(
      el(
        "p",
        { className: "alert-detail" },
        el("span", { className: "visually-hidden" }, `${t("problem.details")}: `),
        problem.title ? el("strong", { className: "problem-title" }, problem.title) : "",
        problem.title && problem.detail ? " – " : "",
        problem.detail ? el("span", { className: "problem-detail" }, problem.detail) : "",
      ),
    );
  }
  return [...nodes, ...extra];
}

/** Live regions only get new text when the message really changes (no repeats while typing). */
export function setLiveText(element, text) {
  if (element.textContent !== text) element.textContent = text;
}

/** Problem details for problemNodes from an error that is no ProblemError: its message as the title. */
export const messageProblem = (error) => ({ title: String(error?.message ?? error) });

/**
 * A 400 with field errors: each at its control (focusing the first unless focus is false), the alert with the
 * lead and the problem details plus the errors no control shows, when there are any.
 * @param {{show(errors: object, options?: object): [string, string[]][]}} fieldErrors
 */
export function showFieldProblem({ alertRegion, fieldErrors, problem, errors = problem.errors, leadKey, otherKey, focus = true }) {
  const unmatched = fieldErrors.show(errors, { focus });
  alertRegion.show(() => problemNodes(leadKey, unmatched.length > 0 ? problem : null, otherErrorNodes(otherKey, unmatched)));
}

/** Field errors that no control on the page shows, as a list for the alert. */
export function otherErrorNodes(introKey, entries) {
  if (entries.length === 0) return [];
  return [
    el("p", {}, t(introKey)),
    el(
      "ul",
      { className: "field-errors" },
      entries.map(([key, messages]) => el("li", {}, el("code", {}, key), `: ${messages.join(" ")}`)),
    ),
  ];
}

/**
 * The "you cannot use this page" section (#auth-gate with its title, text and actions).
 * @returns {{show(titleKey: string, textKey: string, actions: () => (Node|string)[]): void}}
 */
export function authGate({ section = "auth-gate", title = "auth-gate-title", text = "auth-gate-text", actions = "auth-gate-actions" } = {}) {
  const $ = (id) => document.getElementById(id);
  const ui = { section: $(section), title: $(title), text: $(text), actions: $(actions) };
  /** @type {null | (() => void)} */
  let renderer = null;
  onLanguageChange(() => renderer?.());
  return {
    show(titleKey, textKey, actionNodes) {
      renderer = () => {
        ui.title.textContent = t(titleKey);
        ui.text.textContent = t(textKey);
        ui.actions.replaceChildren(...actionNodes());
      };
      renderer();
      ui.section.hidden = false;
    },
  };
}

/** Gate action: sign in and come back to returnTo. */
export const signInAction = (returnTo) => () => [
  el("a", { href: signInUrl(returnTo), id: "gate-sign-in", className: "button" }, t("auth.signIn")),
];

/** A "sign in" button in a paragraph, for an alert after a 401. */
export const signInParagraph = (returnTo) => el("p", {}, el("a", { href: signInUrl(returnTo), className: "button" }, t("auth.signIn")));

/** Gate actions for a signed-in user without access: home page, sign out. */
export const homeActions = () => [
  el("a", { href: "/", className: "button button-secondary" }, t("gate.home")),
  " ",
  el("a", { href: signOutUrl("/"), className: "button button-secondary" }, t("auth.signOut")),
];

/**
 * Signed in with one of roles; else shows the alert or the gate ("<page>.gate.*", "<page>.loadFailed.text"
 * unless loadFailedText is false) and answers false.
 */
export function signedInWithRole({ page, principal, authError, alertRegion, gate, returnTo, loadFailedText = true }, roles) {
  if (authError) {
    alertRegion.show(() => problemNodes("auth.unavailable", null, loadFailedText ? [el("p", {}, t(`${page}.loadFailed.text`))] : []));
    return false;
  }
  if (!principal) {
    gate.show(`${page}.gate.signIn.title`, `${page}.gate.signIn.text`, signInAction(returnTo));
    return false;
  }
  if (!hasAnyRole(principal, roles)) {
    gate.show(`${page}.gate.role.title`, `${page}.gate.role.text`, homeActions);
    return false;
  }
  return true;
}

/**
 * The checks of the county pages (needs, situation report): signed in, role region or admin, and a region
 * with at least one county. Shows the alert or gate for the first that fails and returns null; else the
 * caller's admin flag and county scopes.
 * @returns {null | {isAdmin: boolean, scopes: string[]}}
 */
export function countyPageAccess(options) {
  if (!signedInWithRole(options, [ROLES.region, ROLES.admin])) return null;
  const isAdmin = hasRole(options.principal, ROLES.admin);
  const scopes = countyScopes(options.principal);
  if (!isAdmin && scopes.length === 0) {
    options.gate.show(`${options.page}.gate.scope.title`, `${options.page}.gate.scope.text`, homeActions);
    return null;
  }
  return { isAdmin, scopes };
}

/**
 * The checks of the office pages (notes, my answers): signed in, role office, and at least one municipality.
 * Shows the alert or gate for the first that fails and returns null; else the office's municipality scopes.
 * @returns {null | string[]}
 */
export function officePageAccess(options) {
  if (!signedInWithRole(options, [ROLES.office])) return null;
  const scopes = municipalityScopes(options.principal);
  if (scopes.length === 0) {
    options.gate.show(`${options.page}.gate.scope.title`, `${options.page}.gate.scope.text`, homeActions);
    return null;
  }
  return scopes;
}
