// "Mina svar": an office's answers to the needs survey, per municipality.
//
// Flow: check the signed-in user (role "office" + at least one
// municipality-XXXX scope) → choose one of its municipalities (the first by
// default) → list its answers from the JSON export (current revision of each,
// withdrawn ones left out), newest first → per answer "Visa" opens it
// read-only (survey.html?response=<id>&mode=view), "Rätta" opens the survey
// in correction mode (survey.html?response=<id>), "Dra tillbaka" asks first,
// then DELETEs it, removes the row and announces it. "Ändra referens" edits
// the office's own reference for the answer (answers/reference-editor.js),
// which only the office sees. The CSV and JSON links download the same export
// (the CSV without references).
import { createReferenceEditor } from "../answers/reference-editor.js";
import { api, ProblemError } from "../api.js";
import { onLanguageChange, t, tCount } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { choiceText, dateTimeElement, loadCompanyChoices } from "../notes-common.js";
import { authGate, nodeRegion, officePageAccess, problemNodes, textRegion } from "../page-messages.js";

const SURVEY_ID = "sme-needs";
const RETURN_TO = "/answers.html";

const $ = (id) => document.getElementById(id);
const ui = {
  alert: $("answers-alert"),
  pageStatus: $("page-status"),
  workspace: $("answers-workspace"),
  municipality: $("answers-municipality"),
  csv: $("answers-csv"),
  json: $("answers-json"),
  confirm: $("withdraw-confirm"),
  confirmText: $("withdraw-confirm-text"),
  confirmYes: $("withdraw-yes"),
  confirmNo: $("withdraw-no"),
  listStatus: $("answers-list-status"),
  table: $("answers-table"),
  caption: $("answers-caption"),
  rows: $("answers-rows"),
  referenceForm: $("reference-editor"),
  referenceTitle: $("reference-editor-title"),
  referenceInput: $("reference-input"),
  referenceCancel: $("reference-cancel"),
};

const pageStatus = textRegion(ui.pageStatus);
const listStatus = textRegion(ui.listStatus);
const alertRegion = nodeRegion(ui.alert);
const gate = authGate();

const { principal, authError } = await initPage({ returnTo: RETURN_TO });

async function main() {
  const scopes = officePageAccess({ page: "answers", principal, authError, alertRegion, gate, returnTo: RETURN_TO });
  if (!scopes) return;

  // Both fall back (codes) rather than failing the page.
  const [choices, municipalities] = await Promise.all([loadCompanyChoices(), api.municipalities().catch(() => [])]);
  const names = new Map((Array.isArray(municipalities) ? municipalities : []).map((m) => [m.code, m.name]));
  startAnswers({ scopes, names, choices });
}

function startAnswers({ scopes, names, choices }) {
  const municipalityName = (code) => (names.has(code) ? names.get(code) : t("municipality.unknown", { code }));
  const list = { municipality: scopes[0], answers: null };
  let listRequest = 0;
  /** The answer waiting for the user to confirm its withdrawal, and the button that asked. */
  let pending = null;
  const references = createReferenceEditor({
    surveyId: SURVEY_ID,
    ui: { form: ui.referenceForm, title: ui.referenceTitle, input: ui.referenceInput, cancel: ui.referenceCancel },
    alertRegion,
    pageStatus,
    describe: (answer) => t("answers.of", { when: dateTimeElement(answer.submittedAt).textContent }),
    // The list is drawn again, so focus goes to the new row's button.
    onSaved: (saved) => {
      list.answers = list.answers.map((a) => (a.responseId === saved.responseId ? saved : a));
      renderList();
      ui.rows.querySelector(`tr[data-response-id="${CSS.escape(saved.responseId)}"] .reference-edit`)?.focus();
    },
  });

  function renderSelect() {
    ui.municipality.replaceChildren(...scopes.map((code) => el("option", { value: code }, municipalityName(code))));
    ui.municipality.value = list.municipality;
  }

  async function loadList(code) {
    const request = ++listRequest;
    list.municipality = code;
    list.answers = null;
    hideConfirm();
    references.close();
    ui.csv.href = api.responsesExportUrl(SURVEY_ID, code, "csv");
    ui.json.href = api.responsesExportUrl(SURVEY_ID, code, "json");
    ui.table.hidden = true;
    ui.rows.replaceChildren();
    listStatus.show("answers.list.loading");
    try {
      const exported = await api.responses(SURVEY_ID, code);
      if (request !== listRequest) return;
      list.answers = (exported?.items ?? []).sort((a, b) => String(b.submittedAt).localeCompare(String(a.submittedAt)));
      renderList();
    } catch (error) {
      if (request !== listRequest) return;
      listStatus.show(null);
      alertRegion.show(() => problemNodes("answers.list.failed", error instanceof ProblemError ? error : null));
    }
  }

  function summary(answer) {
    const data = answer.data ?? {};
    const challenges = Array.isArray(data.challenges) ? data.challenges.filter((c) => c !== "none").length : 0;
    return [
      data.sizeClass ? choiceText(choices.sizeClasses, data.sizeClass) : t("answers.summary.noSize"),
      data.sector ? choiceText(choices.sectors, data.sector) : t("answers.summary.noSector"),
      tCount("answers.summary.challenges", challenges),
    ].join(" · ");
  }

  function renderList() {
    if (!list.answers) return;
    ui.caption.textContent = t("answers.caption", { municipality: municipalityName(list.municipality) });
    ui.table.hidden = list.answers.length === 0;
    listStatus.show(list.answers.length === 0 ? "answers.list.empty" : null);
    ui.rows.replaceChildren(
      ...list.answers.map((answer) => {
        const when = dateTimeElement(answer.submittedAt);
        // The time names the answer for screen readers, so each row's buttons say which answer they act on.
        const which = el("span", { className: "visually-hidden" }, ` ${t("answers.of", { when: when.textContent })}`);
        return el(
          "tr",
          { dataset: { responseId: answer.responseId } },
          el("td", {}, when),
          el("td", {}, answer.reference ?? el("span", { className: "muted" }, t("answerReference.none"))),
          el("td", { className: "num" }, String(answer.surveyVersion)),
          el("td", { className: "num" }, String(answer.revision)),
          el("td", {}, summary(answer)),
          el(
            "td",
            { className: "row-actions" },
            el(
              "a",
              { className: "button button-secondary button-small", href: `/survey.html?response=${encodeURIComponent(answer.responseId)}&mode=view` },
              t("answers.view"),
              which.cloneNode(true),
            ),
            " ",
            el(
              "a",
              { className: "button button-small", href: `/survey.html?response=${encodeURIComponent(answer.responseId)}` },
              t("answers.correct"),
              which.cloneNode(true),
            ),
            " ",
            el(
              "button",
              { type: "button", className: "button button-secondary button-small reference-edit", onclick: (event) => editReference(answer, event.currentTarget) },
              t("answerReference.edit"),
              which.cloneNode(true),
            ),
            " ",
            el(
              "button",
              { type: "button", className: "button button-secondary button-small", onclick: (event) => askWithdraw(answer, event.currentTarget) },
              t("answers.withdraw"),
              which,
            ),
          ),
        );
      }),
    );
  }

  function editReference(answer, button) {
    hideConfirm();
    references.open(answer, button);
  }

  function askWithdraw(answer, button) {
    references.close();
    pending = { answer, button };
    renderConfirm();
    ui.confirm.hidden = false;
    ui.confirmYes.focus();
  }

  function renderConfirm() {
    if (pending) ui.confirmText.textContent = t("answers.withdraw.confirm", { when: dateTimeElement(pending.answer.submittedAt).textContent });
  }

  function hideConfirm() {
    pending = null;
    ui.confirm.hidden = true;
  }

  async function withdraw() {
    if (!pending) return;
    const { answer } = pending;
    hideConfirm();
    alertRegion.show(null);
    pageStatus.show("answers.withdraw.sending");
    try {
      await api.withdrawResponse(SURVEY_ID, answer.responseId);
    } catch (error) {
      pageStatus.show(null);
      alertRegion.show(() => problemNodes("answers.withdraw.failed", error instanceof ProblemError ? error : null));
      return;
    }
    list.answers = list.answers.filter((a) => a.responseId !== answer.responseId);
    renderList();
    pageStatus.show("answers.withdraw.done");
    ui.municipality.focus();
  }

  ui.confirmYes.addEventListener("click", () => void withdraw());
  ui.confirmNo.addEventListener("click", () => {
    const button = pending?.button;
    hideConfirm();
    button?.focus();
  });
  ui.municipality.addEventListener("change", () => void loadList(ui.municipality.value));
  onLanguageChange(() => {
    renderSelect();
    renderList();
    renderConfirm();
  });

  renderSelect();
  ui.workspace.hidden = false;
  void loadList(list.municipality);
}

await main();
