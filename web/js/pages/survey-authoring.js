// Survey authoring (staff, admin): create the next draft version of a survey,
// edit its SurveyJS JSON with a live preview (the MIT Form Library), see the
// changes against the published version and the server's problems, save
// (If-Match) and publish after a confirm step.
//
// The views are in js/surveys/: the JSON editor with its syntax line, the
// preview, and the panels about the open version; this module holds what is
// open and wires the buttons to the API.
import { api, ProblemError } from "../api.js";
import { ROLES } from "../auth.js";
import { onLanguageChange, t } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { authGate, messageProblem, nodeRegion, problemNodes, signedInWithRole, textRegion } from "../page-messages.js";
import { definitionEditor } from "../surveys/definition-editor.js";
import { surveyPreview } from "../surveys/preview.js";
import { versionPanels } from "../surveys/version-panels.js";

const RETURN_TO = "/survey-authoring.html";

const $ = (id) => document.getElementById(id);
const ui = {
  section: $("authoring"),
  surveySelect: $("survey-select"),
  versionInput: $("version-input"),
  open: $("open-button"),
  newDraft: $("new-draft-button"),
  versionStatus: $("version-status"),
  editor: $("definition-editor"),
  syntax: $("syntax-status"),
  save: $("save-button"),
  publish: $("publish-button"),
  confirm: $("publish-confirm"),
  confirmText: $("publish-confirm-text"),
  confirmYes: $("confirm-yes"),
  confirmNo: $("confirm-no"),
  problems: $("problems-list"),
  changes: $("changes-list"),
  preview: $("preview"),
  previewStatus: $("preview-status"),
  alert: $("problem-alert"),
};

const pageStatus = textRegion($("page-status"));
const alertRegion = nodeRegion(ui.alert);
const gate = authGate();
const editor = definitionEditor(ui);
const preview = surveyPreview(ui, editor.parse);
const panels = versionPanels(ui, editor.focusKey);

/** What is open: {surveyId, version, status, etag}, or null. */
const state = { current: null };

// ---------------------------------------------------------------------------
// Versions

function show(version, etag) {
  state.current = { surveyId: version.id, version: version.version, status: version.status, etag };
  ui.versionInput.value = String(version.version);
  const isDraft = version.status === "draft";
  panels.showStatus(version);
  editor.load(version.definition, isDraft);
  ui.save.disabled = !isDraft;
  ui.publish.disabled = !isDraft;
  ui.confirm.hidden = true;
  editor.parse();
  panels.showProblems(version.problems ?? {});
  preview.render();
  loadChanges();
}

async function loadChanges() {
  if (!state.current) return;
  try {
    panels.showChanges(await api.surveyVersionChanges(state.current.surveyId, state.current.version));
  } catch (error) {
    panels.showChangesProblem(error);
  }
}

function showProblem(error) {
  if (!(error instanceof ProblemError)) {
    console.error(error);
    alertRegion.show(() => problemNodes("authoring.problem.generic", messageProblem(error)));
    return;
  }
  const lead = { 400: "authoring.problem.400", 409: "authoring.problem.409", 412: "authoring.problem.412" }[error.status];
  alertRegion.show(() => problemNodes(lead ?? "authoring.problem.generic", error));
  if (error.status === 400 && Object.keys(error.errors).length > 0) panels.showProblems(error.errors);
  ui.alert.focus();
}

async function run(action) {
  alertRegion.show(null);
  try {
    await action();
  } catch (error) {
    showProblem(error);
  }
}

async function openVersion() {
  await run(async () => {
    const { version, etag } = await api.surveyVersion(ui.surveySelect.value, ui.versionInput.value);
    show(version, etag);
  });
}

async function createDraft() {
  await run(async () => {
    try {
      const { version, etag } = await api.createSurveyDraft(ui.surveySelect.value);
      show(version, etag);
      pageStatus.show("authoring.status.draftCreated", { version: version.version });
    } catch (error) {
      if (error instanceof ProblemError && error.status === 409 && error.body?.draft) {
        // The existing draft is the one to go on with; read it again for its ETag.
        const { version, etag } = await api.surveyVersion(ui.surveySelect.value, error.body.draft.version);
        show(version, etag);
        pageStatus.show("authoring.status.draftExists", { version: version.version });
        return;
      }
      throw error;
    }
    editor.focus();
  });
}

async function save() {
  const definition = editor.parse();
  if (definition === undefined || !state.current) {
    editor.focus();
    return;
  }
  await run(async () => {
    const { surveyId, version: number, etag: ifMatch } = state.current;
    const { version, etag } = await api.saveSurveyDraft(surveyId, number, definition, ifMatch);
    state.current.etag = etag;
    panels.showProblems(version.problems ?? {});
    pageStatus.show("authoring.status.saved");
    await loadChanges();
  });
}

function renderConfirmText() {
  ui.confirmText.textContent = t("authoring.confirm.text", { version: state.current.version });
}

function askPublish() {
  if (!state.current) return;
  renderConfirmText();
  ui.confirm.hidden = false;
  ui.confirmYes.focus();
}

async function publish() {
  ui.confirm.hidden = true;
  await run(async () => {
    const { surveyId, version: number, etag: ifMatch } = state.current;
    const published = await api.publishSurveyVersion(surveyId, number, ifMatch);
    const { version, etag } = await api.surveyVersion(surveyId, published.version);
    show(version, etag);
    pageStatus.show("authoring.status.published", { version: published.version });
  });
  // The publish button is disabled once the version is published: focus moves to what is open now.
  (ui.publish.disabled ? ui.versionStatus : ui.publish).focus();
}

// ---------------------------------------------------------------------------
// Startup

const { principal, authError } = await initPage({ returnTo: RETURN_TO });

async function main() {
  const access = { page: "authoring", principal, authError, alertRegion, gate, returnTo: RETURN_TO, loadFailedText: false };
  if (!signedInWithRole(access, [ROLES.staff, ROLES.admin])) return;

  const { Survey } = window;
  Survey.surveyLocalization.defaultLocale = "sv";
  Object.assign(Survey.settings.titleTags, { survey: "h3", page: "h3", panel: "h4", question: "h4" });
  if (window.matchMedia?.("(prefers-reduced-motion: reduce)").matches) Survey.settings.animationEnabled = false;

  pageStatus.show("authoring.status.loading");
  await run(async () => {
    const surveys = await api.surveys();
    ui.surveySelect.replaceChildren(...surveys.map((s) => el("option", { value: s.id }, s.id)));
    ui.section.hidden = false;
    pageStatus.show(null);
    const first = surveys[0];
    if (first) {
      const { version, etag } = await api.surveyVersion(first.id, first.version);
      show(version, etag);
    }
  });

  ui.open.addEventListener("click", openVersion);
  ui.newDraft.addEventListener("click", createDraft);
  ui.editor.addEventListener("input", preview.schedule);
  ui.save.addEventListener("click", save);
  ui.publish.addEventListener("click", askPublish);
  ui.confirmYes.addEventListener("click", publish);
  ui.confirmNo.addEventListener("click", () => {
    ui.confirm.hidden = true;
    ui.publish.focus();
  });
  onLanguageChange((language) => {
    preview.setLanguage(language);
    if (!ui.confirm.hidden && state.current) renderConfirmText();
  });
  preview.keepPageLanguage();
}

await main();
