// "Mina svar": the office's own reference for one of its answers (a company
// name, say), edited in a small form above the list. Only the office sees it;
// the server masks identity numbers, phone numbers and e-mail addresses in it,
// so what comes back is what is shown. An empty field clears it.
import { api, ProblemError } from "../api.js";
import { FieldErrors } from "../form-errors.js";
import { onLanguageChange, t } from "../i18n.js";
import { problemNodes, showFieldProblem } from "../page-messages.js";

/**
 * @param {object} options
 * @param {string} options.surveyId
 * @param {{form: HTMLFormElement, title: HTMLElement, input: HTMLInputElement, cancel: HTMLButtonElement}} options.ui
 * @param {{show(render: null | (() => Node[])): void}} options.alertRegion
 * @param {{show(key: string | null): void}} options.pageStatus
 * @param {(answer: object) => string} options.describe the answer's name in text ("svaret från 3 dec. 2026 14:05")
 * @param {(answer: object) => void} options.onSaved the answer as stored, with its new reference (or none)
 */
export function createReferenceEditor({ surveyId, ui, alertRegion, pageStatus, describe, onSaved }) {
  const fieldErrors = new FieldErrors({ reference: ui.input });
  /** The answer being edited and the button that opened the form (focus goes back to it). */
  let editing = null;
  let saving = false;

  const renderTitle = () => {
    if (editing) ui.title.textContent = t("answerReference.editing", { which: describe(editing.answer) });
  };

  function open(answer, button) {
    editing = { answer, button };
    fieldErrors.clear();
    ui.input.value = answer.reference ?? "";
    renderTitle();
    ui.form.hidden = false;
    ui.input.focus();
  }

  function close({ restoreFocus }) {
    const button = editing?.button;
    editing = null;
    fieldErrors.clear();
    ui.form.hidden = true;
    if (restoreFocus && button?.isConnected) button.focus();
  }

  async function save() {
    if (!editing || saving) return;
    const { answer } = editing;
    const reference = ui.input.value.trim();
    saving = true;
    alertRegion.show(null);
    pageStatus.show("answerReference.saving");
    try {
      const stored = await api.setResponseReference(surveyId, answer.responseId, reference === "" ? null : reference);
      close({ restoreFocus: false });
      onSaved({ ...answer, reference: stored?.reference });
      pageStatus.show(stored?.reference ? "answerReference.saved" : "answerReference.cleared");
    } catch (error) {
      pageStatus.show(null);
      const problem = error instanceof ProblemError ? error : null;
      if (problem?.status === 400 && Object.keys(problem.errors).length > 0) {
        showFieldProblem({ alertRegion, fieldErrors, problem, leadKey: "answerReference.failed", otherKey: "answerReference.failed.other" });
      } else {
        alertRegion.show(() => problemNodes("answerReference.failed", problem));
      }
    } finally {
      saving = false;
    }
  }

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    void save();
  });
  ui.cancel.addEventListener("click", () => close({ restoreFocus: true }));
  onLanguageChange(renderTitle);

  return {
    open,
    /** Close without saving (another municipality chosen). */
    close: () => close({ restoreFocus: false }),
  };
}
