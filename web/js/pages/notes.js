// Interview notes for business offices.
//
// Flow: check the signed-in user (role "office" + at least one
// municipality-XXXX scope) → load the codebook, the size class/sector names
// and the municipality names → fill the form, restoring a draft (kept in
// localStorage with its client-generated noteId) → while the user types,
// ask /api/tags/suggest (debounced, stale requests aborted) and show the
// suggested tags and the masked text with the evidence highlighted → "Spara"
// POSTs the note (retried with the same noteId on network failure) →
// confirmation with the stored tags, field errors at their fields, or the
// problem in the alert. Below: the office's earlier notes for the municipality.
//
// The views are in js/notes/ (the form, the suggestions, the earlier notes);
// this module keeps the note's id and draft and wires saving.
import { api, ProblemError } from "../api.js";
import { DraftStore, newResponseId } from "../draft-store.js";
import { onLanguageChange, t } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { Codebook, loadCompanyChoices, tagItems, todayIso } from "../notes-common.js";
import { earlierNotes } from "../notes/earlier-notes.js";
import { hasContent, noteForm, notePayload, validateNote } from "../notes/note-form.js";
import { noteSuggestions } from "../notes/suggestions.js";
import {
  authGate,
  messageProblem,
  nodeRegion,
  officePageAccess,
  problemNodes,
  showFieldProblem,
  signInParagraph,
  textRegion,
} from "../page-messages.js";
import { createRetryingSubmitter } from "../retrying-submit.js";

const RETURN_TO = "/notes.html";
/** Draft key: knowledge.draft.note.v1.<userId> (see draft-store.js); its responseId is the noteId. */
const DRAFT = { surveyId: "note", version: 1 };

const $ = (id) => document.getElementById(id);
const ui = {
  alert: $("note-alert"),
  pageStatus: $("page-status"),
  workspace: $("note-workspace"),
  form: $("note-form"),
  municipality: $("note-municipality"),
  date: $("note-date"),
  company: $("note-company"),
  companyName: $("note-company-name"),
  orgNumber: $("note-org-number"),
  sizeClass: $("note-size-class"),
  sector: $("note-sector"),
  establishments: $("note-establishments"),
  establishmentsList: $("note-establishments-list"),
  text: $("note-text"),
  maskedNotice: $("note-masked-notice"),
  save: $("note-save"),
  status: $("note-status"),
  retry: $("note-retry"),
  suggestStatus: $("note-suggest-status"),
  suggestions: $("note-suggestions"),
  previewBlock: $("note-preview-block"),
  preview: $("note-preview"),
  confirmation: $("note-confirmation"),
  confirmationId: $("note-confirmation-id"),
  confirmationMunicipality: $("note-confirmation-municipality"),
  savedTags: $("note-saved-tags"),
  newNote: $("note-new"),
  history: $("note-history"),
  listTitle: $("note-list-title"),
  listStatus: $("note-list-status"),
  list: $("note-list"),
};

const pageStatus = textRegion(ui.pageStatus);
const saveStatus = textRegion(ui.status);
const alertRegion = nodeRegion(ui.alert);
const gate = authGate();

const { principal, authError } = await initPage({ returnTo: RETURN_TO });

async function main() {
  const scopes = officePageAccess({ page: "notes", principal, authError, alertRegion, gate, returnTo: RETURN_TO });
  if (!scopes) return;

  pageStatus.show("notes.loading");
  // Each of these falls back (tag ids, codes) rather than failing the page.
  const [codebook, choices, municipalities, establishments] = await Promise.all([
    Codebook.load(),
    loadCompanyChoices(),
    api.municipalities().catch(() => []),
    api.establishments(null).catch(() => []),
  ]);
  pageStatus.clear();
  const names = new Map((Array.isArray(municipalities) ? municipalities : []).map((m) => [m.code, m.name]));
  startNotes({ scopes, names, codebook, choices, establishments: Array.isArray(establishments) ? establishments : [] });
}

function startNotes({ scopes, names, codebook, choices, establishments }) {
  const municipalityName = (code) => (names.has(code) ? names.get(code) : t("municipality.unknown", { code }));
  const form = noteForm(ui, { scopes, choices, establishments, municipalityName });
  const earlier = earlierNotes(ui, { codebook, municipalityName });
  ui.municipality.addEventListener("change", () => void earlier.load(ui.municipality.value));

  // --- Draft (with the noteId that makes the save idempotent) ---------------
  const drafts = new DraftStore({ ...DRAFT, userId: principal.userId });
  const draft = drafts.load();
  const state = {
    noteId: draft?.responseId ?? newResponseId(),
    /** False from a save until "new note": the saved text is no draft any more. */
    keepDraft: true,
    /** @type {null | {noteId: string, municipality: string, tags: object[]}} */
    saved: null,
  };
  if (scopes.length === 1) ui.municipality.value = scopes[0];
  ui.date.value = todayIso();
  if (draft) {
    form.apply(draft.data);
    if (hasContent(draft.data)) pageStatus.show("notes.draftRestored");
  }

  const saveDraft = () => {
    if (state.keepDraft) drafts.save({ responseId: state.noteId, data: form.read() });
  };
  ui.form.addEventListener("input", saveDraft);
  ui.form.addEventListener("change", saveDraft);

  const suggestions = noteSuggestions(ui, codebook);
  ui.text.addEventListener("input", suggestions.schedule);

  // --- Saving ------------------------------------------------------------------
  const submitter = createRetryingSubmitter({
    send: (payload) => api.createNote(payload),
    setStatus: (key, params) => saveStatus.show(key, params),
    messages: { sending: "notes.saving", retrying: "notes.retrying", retryingNow: "notes.retryingNow", exhausted: "notes.retryExhausted" },
    retryButton: ui.retry,
    onStart: () => {
      saveDraft(); // the noteId is stored before anything leaves the browser
      form.setLocked(true); // the body must not change while the same noteId is retried
      alertRegion.clear();
      form.fieldErrors.clear();
    },
    onSuccess: ({ body }, { payload }) => onSaved(payload, body ?? {}),
    onProblem: (error) => onProblem(error),
  });

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (submitter.busy) return;
    const values = form.read();
    const errors = validateNote(values);
    if (Object.keys(errors).length > 0) {
      saveStatus.clear();
      alertRegion.show(() => problemNodes("notes.fieldErrors", null));
      form.fieldErrors.show(errors);
      return;
    }
    submitter.submit(notePayload(state.noteId, values));
  });

  function onSaved(payload, note) {
    state.keepDraft = false;
    drafts.clear();
    suggestions.cancel();
    form.setLocked(false);
    ui.retry.hidden = true;
    pageStatus.clear();
    // Announced through the status region; visually the confirmation box says it.
    ui.status.classList.add("visually-hidden");
    saveStatus.show("notes.confirmation.title");

    const suggested = new Map((note.suggested?.tags ?? []).map((s) => [s.tag, s.confidence]));
    const tags = (Array.isArray(note.tags) ? note.tags : []).map((tag) =>
      suggested.has(tag) && !note.review ? { tag, confidence: suggested.get(tag) } : { tag },
    );
    state.saved = { noteId: note.noteId || payload.noteId, municipality: note.municipality || payload.municipality, tags };
    renderSaved();
    ui.workspace.hidden = true;
    ui.confirmation.hidden = false;
    ui.confirmation.focus();
    void earlier.load(state.saved.municipality);
  }

  function renderSaved() {
    const { saved } = state;
    if (!saved) return;
    ui.confirmationId.textContent = saved.noteId;
    ui.confirmationMunicipality.textContent = `${municipalityName(saved.municipality)} (${saved.municipality})`;
    ui.savedTags.replaceChildren(
      ...(saved.tags.length > 0 ? tagItems(codebook, saved.tags) : [el("li", { className: "tag tag-none" }, t("tags.none"))]),
    );
  }

  function onProblem(error) {
    form.setLocked(false);
    saveStatus.clear();

    if (!(error instanceof ProblemError)) {
      console.error(error);
      alertRegion.show(() => problemNodes("notes.problem.generic", messageProblem(error)));
      return;
    }

    if (error.status === 400 && Object.keys(error.errors).length > 0) {
      showFieldProblem({
        alertRegion,
        fieldErrors: form.fieldErrors,
        problem: error,
        leadKey: "notes.fieldErrors",
        otherKey: "notes.fieldErrors.other",
      });
      return;
    }

    const leadKey = { 401: "notes.problem.401", 403: "notes.problem.403", 409: "notes.problem.409", 413: "notes.problem.413" }[error.status];
    alertRegion.show(() => [
      ...problemNodes(leadKey ?? "notes.problem.generic", error),
      ...(error.status === 401 ? [signInParagraph(RETURN_TO)] : []),
      ...(error.status === 409
        ? [el("p", {}, el("button", { type: "button", id: "note-save-as-new", className: "button", onclick: saveAsNew }, t("notes.saveAsNew")))]
        : []),
    ]);
  }

  /** After a 409: the id is taken by other content, so this text gets an id of its own. */
  function saveAsNew() {
    state.noteId = newResponseId();
    saveDraft();
    alertRegion.clear();
    ui.form.requestSubmit();
  }

  ui.newNote.addEventListener("click", () => {
    state.noteId = newResponseId();
    state.keepDraft = true;
    state.saved = null;
    form.clearNote();
    form.fieldErrors.clear();
    alertRegion.clear();
    saveStatus.clear();
    ui.status.classList.remove("visually-hidden");
    suggestions.reset();
    ui.confirmation.hidden = true;
    ui.workspace.hidden = false;
    ui.text.focus();
  });

  // --- Language ------------------------------------------------------------------
  onLanguageChange(() => {
    form.renderSelects();
    suggestions.render();
    renderSaved();
    earlier.render();
  });

  // --- Go ----------------------------------------------------------------------------
  ui.workspace.hidden = false;
  suggestions.render();
  if (ui.text.value.trim() !== "") void suggestions.suggest();
  void earlier.load(ui.municipality.value);

  // Handy for end-to-end tests and debugging in the console.
  window.knowledgeNotes = {
    get noteId() {
      return state.noteId;
    },
  };
}

await main();
