// Filling a <select> from data, as the notes and review pages do on load and on a language change.
import { el } from "../layout.js";

/**
 * Replace the options of a select; the value stays when it is still offered, else "" is chosen.
 * @param {HTMLSelectElement} select
 * @param {string | null} placeholder text of a first option with value "", or null for none
 * @param {{value: string, text: string}[]} options
 * @param {string} [value] the value to choose (by default the one chosen now)
 */
export function fillSelect(select, placeholder, options, value = select.value) {
  select.replaceChildren(
    ...(placeholder === null ? [] : [el("option", { value: "" }, placeholder)]),
    ...options.map((option) => el("option", { value: option.value }, option.text)),
  );
  select.value = options.some((option) => option.value === value) ? value : "";
}
