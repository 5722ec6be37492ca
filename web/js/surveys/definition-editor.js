// The definition's JSON textarea and its syntax line. Its state is where each
// path started in the last text that parsed, so that the server's problems
// link to the right place even after the text changed.
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { nodeRegion } from "../page-messages.js";
import { JsonSyntaxError, offsetOf, parseJsonWithPositions } from "./json-positions.js";

/**
 * @param {{editor: HTMLTextAreaElement, syntax: HTMLElement}} ui
 */
export function definitionEditor(ui) {
  const syntaxRegion = nodeRegion(ui.syntax);
  const state = { positions: new Map() };

  /** The definition, or undefined when the text is no JSON (the syntax line then links to the spot). */
  function parse() {
    try {
      const parsed = parseJsonWithPositions(ui.editor.value);
      state.positions = parsed.positions;
      syntaxRegion.show(() => [el("span", {}, t("authoring.syntax.ok"))]);
      ui.editor.removeAttribute("aria-invalid");
      return parsed.value;
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      syntaxRegion.show(() => [
        el(
          "a",
          { href: "#definition-editor", className: "syntax-error", onclick: (event) => focusOffset(event, error.offset) },
          t("authoring.syntax", { line: error.line, column: error.column, message: error.message }),
        ),
      ]);
      ui.editor.setAttribute("aria-invalid", "true");
      return undefined;
    }
  }

  function focusOffset(event, offset) {
    event?.preventDefault();
    ui.editor.focus();
    ui.editor.setSelectionRange(offset, offset);
    // Scroll the caret's line into view.
    const line = ui.editor.value.slice(0, offset).split("\n").length;
    ui.editor.scrollTop = Math.max(0, (line - 5) * parseFloat(getComputedStyle(ui.editor).lineHeight || "20"));
  }

  return {
    parse,
    /** Show a version's text; read-only unless it is a draft. */
    load(definition, editable) {
      ui.editor.value = JSON.stringify(definition, null, 2);
      ui.editor.readOnly = !editable;
    },
    /** Click handler target: put the caret where a server key ("definition.pages[0]…") starts. */
    focusKey(event, key) {
      focusOffset(event, offsetOf(state.positions, key));
    },
    focus() {
      ui.editor.focus();
    },
  };
}
