// Field errors next to plain HTML form controls: the message goes into
// <p id="<control id>-error" class="field-error"> (created before the control
// when the page has none), which is added to the control's aria-describedby,
// and the control gets aria-invalid="true". Keys are the server's `errors`
// keys ("text", "company.organisationNumber", "tags" …).
import { onLanguageChange } from "./i18n.js";
import { el } from "./layout.js";

/** @typedef {string | (() => string)} FieldMessage a text, or a function for a text that follows the UI language */

const CAN_BE_INVALID = new Set(["INPUT", "SELECT", "TEXTAREA"]);

export class FieldErrors {
  /**
   * @param {Record<string, HTMLElement>} controls error key → input, select, textarea or fieldset
   */
  constructor(controls) {
    /** @type {Map<string, HTMLElement>} */
    this.controls = new Map(Object.entries(controls).filter(([, control]) => control));
    /** @type {Map<string, FieldMessage[]>} */
    this.shown = new Map();
    /** aria-describedby as the page had it, per control */
    this.describedBy = new Map();
    for (const [key, control] of this.controls) {
      this.describedBy.set(control, control.getAttribute("aria-describedby") ?? "");
      // Editing a field takes its error away; the alert above the form stays.
      const clear = () => this.clear(key);
      control.addEventListener("input", clear);
      control.addEventListener("change", clear);
    }
    onLanguageChange(() => {
      for (const [key, messages] of this.shown) this.#render(this.controls.get(key), messages);
    });
  }

  /**
   * Replace the shown errors. Focuses the first control (in page order) that got one.
   * @param {Record<string, FieldMessage[]>} errors
   * @param {{focus?: boolean}} [options]
   * @returns {[string, string[]][]} the entries no control shows (for the alert)
   */
  show(errors, { focus = true } = {}) {
    this.clear();
    const unmatched = [];
    const matched = [];
    for (const [key, messages] of Object.entries(errors ?? {})) {
      const control = this.controls.get(key);
      if (!control) {
        unmatched.push([key, messages.map(text)]);
        continue;
      }
      const all = [...(this.shown.get(key) ?? []), ...messages];
      this.shown.set(key, all);
      this.#render(control, all);
      matched.push(control);
    }
    if (focus && matched.length > 0) {
      matched.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      const first = matched[0];
      const target = CAN_BE_INVALID.has(first.tagName) ? first : first.querySelector("input, select, textarea") ?? first;
      target.focus();
    }
    return unmatched;
  }

  /** Remove the error of one key, or all of them. */
  clear(key) {
    const keys = key === undefined ? [...this.shown.keys()] : [key];
    for (const k of keys) {
      const control = this.controls.get(k);
      if (!control || !this.shown.has(k)) continue;
      this.shown.delete(k);
      const message = errorElement(control);
      message.hidden = true;
      message.textContent = "";
      control.removeAttribute("aria-invalid");
      const original = this.describedBy.get(control);
      if (original) control.setAttribute("aria-describedby", original);
      else control.removeAttribute("aria-describedby");
    }
  }

  get hasErrors() {
    return this.shown.size > 0;
  }

  #render(control, messages) {
    const message = errorElement(control);
    message.textContent = messages.map(text).join(" ");
    message.hidden = false;
    if (CAN_BE_INVALID.has(control.tagName)) control.setAttribute("aria-invalid", "true");
    const ids = [this.describedBy.get(control), message.id].filter(Boolean).join(" ");
    control.setAttribute("aria-describedby", ids);
  }
}

function text(message) {
  return typeof message === "function" ? message() : String(message);
}

function errorElement(control) {
  const id = `${control.id}-error`;
  let message = document.getElementById(id);
  if (!message) {
    message = el("p", { id, className: "field-error", hidden: true });
    const legend = control.tagName === "FIELDSET" ? control.querySelector("legend") : null;
    if (legend) legend.after(message);
    else control.before(message);
  }
  return message;
}
