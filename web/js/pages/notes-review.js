// Review of interview notes for staff (and admin).
//
// Flow: check the signed-in user (role "staff" or "admin") → pick a county (or
// take it from the address or the user's one county scope) → its review queue
// opens at the oldest unreviewed note (GET with ETag): the masked text with the
// suggestion's evidence highlighted and an accept/reject pair per tag, the
// suggested ones accepted (or the latest review's) → "Spara och nästa" PUTs the
// accepted tags and the optional comment with If-Match, says what was saved
// and opens the next note in the queue. A 412 (someone else reviewed first)
// says so and reloads that note. Picking a municipality and one of its notes
// is the other way in. The choice is kept in the address
// (?county=25&municipality=2580&note=<id>) so a reload or a link reopens it.
//
// The views are in js/notes/review-*.js and render from this module's state
// (the choice, the queue, the list, the open note and its ETag).
import { api, ProblemError } from "../api.js";
import { countyScopes, hasRole, ROLES } from "../auth.js";
import { FieldErrors } from "../form-errors.js";
import { onLanguageChange, t } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { Codebook, loadCompanyChoices } from "../notes-common.js";
import { readChoiceFromAddress, renderNoteList, renderPlaceSelects, writeChoiceToAddress } from "../notes/review-list.js";
import { bindReviewKeys } from "../notes/review-keys.js";
import { checkedTags, initialTags, renderReviewNote, renderTagOptions, toggleRow } from "../notes/review-note.js";
import { sameTags, showReviewProblem } from "../notes/review-problems.js";
import { createReviewQueue, queueMessage } from "../notes/review-queue.js";
import { authGate, nodeRegion, problemNodes, signedInWithRole, textRegion } from "../page-messages.js";
import { createRetryingSubmitter } from "../retrying-submit.js";
import { mountTagModels } from "../tag-models.js";

const RETURN_TO = "/notes-review.html";

const $ = (id) => document.getElementById(id);
const ui = {
  pageStatus: $("page-status"),
  alert: $("review-alert"),
  workspace: $("review-workspace"),
  county: $("review-county"),
  queueStatus: $("review-queue-status"),
  municipality: $("review-municipality"),
  listStatus: $("review-list-status"),
  list: $("review-list"),
  detail: $("review-detail"),
  noteTitle: $("review-note-title"),
  facts: $("review-facts"),
  text: $("review-text"),
  form: $("review-form"),
  tags: $("review-tags"),
  tagsHint: $("review-tags-hint"),
  tagOptions: $("review-tag-options"),
  comment: $("review-comment"),
  save: $("review-save"),
  skip: $("review-skip"),
  status: $("review-status"),
  retry: $("review-retry"),
};

const pageStatus = textRegion(ui.pageStatus);
const listStatus = textRegion(ui.listStatus);
const queueStatus = textRegion(ui.queueStatus);
const reviewStatus = textRegion(ui.status);
const alertRegion = nodeRegion(ui.alert);
const gate = authGate();

const { principal, authError } = await initPage({ returnTo: RETURN_TO + location.search });

async function main() {
  const access = { page: "review", principal, authError, alertRegion, gate, returnTo: RETURN_TO + location.search };
  if (!signedInWithRole(access, [ROLES.staff, ROLES.admin])) return;

  pageStatus.show("review.loading");
  let codebook;
  let choices;
  let counties;
  try {
    [codebook, choices, counties] = await Promise.all([Codebook.load(), loadCompanyChoices(), api.counties()]);
  } catch (error) {
    pageStatus.clear();
    alertRegion.show(() =>
      problemNodes("review.loadFailed.title", error instanceof ProblemError ? error : null, [el("p", {}, t("review.loadFailed.text"))]),
    );
    return;
  }
  pageStatus.clear();
  if (hasRole(principal, ROLES.admin)) mountTagModels($("main"), alertRegion);
  startReview({ codebook, choices, counties: Array.isArray(counties) ? counties : [] });
}

function startReview({ codebook, choices, counties }) {
  const state = {
    county: "",
    /** @type {{code: string, name: string}[]} */
    municipalities: [],
    municipality: "",
    /** @type {object[] | null} */
    notes: null,
    noteId: "",
    /** @type {object | null} */
    note: null,
    /** @type {string | null} */
    etag: null,
    /** Numbers of the latest requests: an answer to an older one is dropped. */
    requests: { municipalities: 0, list: 0, note: 0 },
  };
  const municipalityName = (code) => state.municipalities.find((m) => m.code === code)?.name ?? t("municipality.unknown", { code });
  const noteContext = { codebook, choices, municipalityName };

  const renderSelects = () => renderPlaceSelects(ui, state, counties, submitter.busy);
  const renderList = () => renderNoteList(ui.list, state, codebook, (noteId) => void openNote(noteId, { focus: true }));
  const renderNote = () => renderReviewNote(ui, state.note, noteContext);
  const renderTags = (checked) => renderTagOptions(ui.tagOptions, state.note, checked, { codebook, disabled: submitter.busy });

  // --- County and municipality ---------------------------------------------------
  async function chooseCounty(code, { openQueue = true } = {}) {
    const request = ++state.requests.municipalities;
    state.county = code;
    state.municipalities = [];
    await chooseMunicipality("");
    renderSelects();
    const queueRead = loadQueue({ open: openQueue });
    if (!code) return;
    try {
      const municipalities = await api.municipalities(code);
      if (request !== state.requests.municipalities) return;
      state.municipalities = Array.isArray(municipalities) ? municipalities : [];
    } catch (error) {
      if (request !== state.requests.municipalities) return;
      alertRegion.show(() => problemNodes("review.loadFailed.title", error instanceof ProblemError ? error : null));
    }
    renderSelects();
    await queueRead;
  }

  // --- The queue --------------------------------------------------------------------
  const queue = createReviewQueue();

  /** Read the county's queue and show its length; open: then open its oldest note (saved: the note just saved). */
  async function loadQueue({ open = false, focus = false, saved = null } = {}) {
    if (!state.county) {
      await queue.load("");
      queueStatus.show("review.queue.choose");
      return;
    }
    if (!saved) queueStatus.show("review.queue.loading");
    try {
      if (!(await queue.load(state.county))) return;
    } catch (error) {
      queueStatus.show("review.queue.failed");
      alertRegion.show(() => problemNodes("review.queue.failed", error instanceof ProblemError ? error : null));
      return;
    }
    if (saved) queue.drop(saved.noteId);
    queueStatus.show(...queueMessage(queue.count, saved));
    if (!open) return;
    const next = queue.next(saved?.noteId ?? "");
    if (next) await openNote(next.noteId, { focus });
    else if (saved) {
      closeNote();
      writeChoiceToAddress(state);
      ui.queueStatus.focus();
    }
  }

  /** "Hoppa över": the next note in the queue; the skipped one waits behind the rest. */
  function skipNote() {
    if (submitter.busy || !state.note) return;
    queue.skip(state.noteId);
    const next = queue.next(state.noteId);
    if (next) void openNote(next.noteId, { focus: true });
    else reviewStatus.show("review.queue.noOther");
  }

  async function chooseMunicipality(code) {
    const request = ++state.requests.list;
    state.municipality = code;
    state.notes = null;
    closeNote();
    ui.list.replaceChildren();
    writeChoiceToAddress(state);
    if (!code) {
      listStatus.show("review.list.choose");
      return;
    }
    listStatus.show("review.list.loading");
    try {
      const notes = await api.notes(code);
      if (request !== state.requests.list) return;
      state.notes = Array.isArray(notes) ? notes : [];
      renderList();
      showListCount();
    } catch (error) {
      if (request !== state.requests.list) return;
      listStatus.show("review.list.failed");
      alertRegion.show(() => problemNodes("review.list.failed", error instanceof ProblemError ? error : null));
    }
  }

  function showListCount() {
    const count = state.notes?.length ?? 0;
    if (count === 0) listStatus.show("review.list.empty");
    else listStatus.show(count === 1 ? "review.list.count.one" : "review.list.count.other", { count });
  }

  ui.county.addEventListener("change", () => {
    alertRegion.clear();
    void chooseCounty(ui.county.value);
  });
  ui.skip.addEventListener("click", skipNote);
  ui.municipality.addEventListener("change", () => {
    alertRegion.clear();
    void chooseMunicipality(ui.municipality.value);
  });

  // --- One note ------------------------------------------------------------------------
  function closeNote() {
    state.requests.note += 1;
    state.noteId = "";
    state.note = null;
    state.etag = null;
    ui.detail.hidden = true;
    reviewStatus.clear();
    fieldErrors.clear();
  }

  /** keepAlert: the alert explains why the note is read again (a 412). */
  async function openNote(noteId, { focus = false, keepAlert = false } = {}) {
    if (submitter.busy) return;
    const request = ++state.requests.note;
    state.noteId = noteId;
    writeChoiceToAddress(state);
    renderList();
    if (!keepAlert) alertRegion.clear();
    fieldErrors.clear();
    reviewStatus.show("review.note.loading");
    try {
      const { note, etag } = await api.note(noteId);
      if (request !== state.requests.note) return;
      state.note = note;
      state.etag = etag;
      renderNote();
      renderTags(initialTags(note));
      ui.comment.value = note.review?.comment ?? "";
      reviewStatus.clear();
      ui.detail.hidden = false;
      if (focus) ui.noteTitle.focus();
    } catch (error) {
      if (request !== state.requests.note) return;
      reviewStatus.clear();
      ui.detail.hidden = true;
      const leadKey = error instanceof ProblemError && error.status === 404 ? "review.problem.404" : "review.note.failed";
      alertRegion.show(() => problemNodes(leadKey, error instanceof ProblemError ? error : null));
    }
  }

  function setLocked(locked) {
    for (const input of ui.tagOptions.querySelectorAll('input[type="radio"]')) input.disabled = locked;
    ui.comment.readOnly = locked;
    for (const button of [ui.save, ui.skip]) {
      if (locked) button.setAttribute("aria-disabled", "true");
      else button.removeAttribute("aria-disabled");
    }
    ui.county.disabled = locked;
    ui.municipality.disabled = locked || !state.county;
    for (const button of ui.list.querySelectorAll("button")) {
      if (locked) button.setAttribute("aria-disabled", "true");
      else button.removeAttribute("aria-disabled");
    }
  }

  // --- Saving the review -------------------------------------------------------------
  const fieldErrors = new FieldErrors({ tags: ui.tags });

  const submitter = createRetryingSubmitter({
    send: ({ noteId, tags, etag, comment }) => api.reviewNoteTags(noteId, tags, etag, comment),
    setStatus: (key, params) => reviewStatus.show(key, params),
    messages: { sending: "review.saving", retrying: "review.retrying", retryingNow: "review.retryingNow", exhausted: "review.retryExhausted" },
    retryButton: ui.retry,
    onStart: () => {
      setLocked(true);
      alertRegion.clear();
      fieldErrors.clear();
    },
    onSuccess: ({ note, etag }) => onSaved(note, etag),
    onProblem: (error, context) => void onProblem(error, context),
  });

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (submitter.busy || !state.note) return;
    const comment = ui.comment.value.trim();
    submitter.submit({ noteId: state.note.noteId, tags: checkedTags(ui.tagOptions), etag: state.etag, comment });
  });

  bindReviewKeys({
    active: () => Boolean(state.note) && !ui.detail.hidden && !submitter.busy,
    toggle: (row) => {
      const flipped = toggleRow(ui.tagOptions, row);
      if (flipped) reviewStatus.show(flipped.accepted ? "review.tags.nowAccepted" : "review.tags.nowRejected", { tag: flipped.tag });
    },
    save: () => ui.form.requestSubmit(),
    skip: skipNote,
  });

  /** Saved: say which note, then open the next one in the queue (or say the queue is empty). */
  function onSaved(note, etag) {
    setLocked(false);
    state.note = note;
    state.etag = etag;
    if (state.notes) state.notes = state.notes.map((n) => (n.noteId === note.noteId ? note : n));
    renderList();
    reviewStatus.show("review.saved");
    void loadQueue({ open: true, focus: true, saved: note });
  }

  async function onProblem(error, { payload, hadRetryableFailure }) {
    // A lost answer to a review that did get stored makes the retry answer 412
    // (the ETag moved on). If the note now has exactly these tags, it was ours.
    if (error instanceof ProblemError && error.status === 412 && hadRetryableFailure) {
      try {
        const { note, etag } = await api.note(payload.noteId);
        if (note?.review && sameTags(note.review.tags, payload.tags) && (note.review.comment ?? "") === payload.comment) {
          onSaved(note, etag);
          return;
        }
      } catch {
        // fall through to the 412 message
      }
    }

    setLocked(false);
    reviewStatus.clear();
    showReviewProblem(error, { alertRegion, fieldErrors, onReload: () => void reloadNote(), returnTo: RETURN_TO + location.search });
  }

  /** After a 412: read the note again (new ETag, the other review's tags) and refresh its list entry. */
  async function reloadNote() {
    const noteId = state.noteId;
    await openNote(noteId, { focus: true, keepAlert: true });
    if (state.note && state.notes) {
      state.notes = state.notes.map((n) => (n.noteId === noteId ? state.note : n));
      renderList();
    }
  }

  // --- Address ------------------------------------------------------------------------
  async function restoreFromAddress() {
    const { county: asked, municipality, noteId } = readChoiceFromAddress();
    const scopes = countyScopes(principal);
    const county = asked || (scopes.length === 1 ? scopes[0] : "");
    if (!counties.some((c) => c.code === county)) {
      listStatus.show("review.list.choose");
      queueStatus.show("review.queue.choose");
      return;
    }
    await chooseCounty(county, { openQueue: !noteId });
    if (state.municipalities.some((m) => m.code === municipality)) {
      renderSelects();
      ui.municipality.value = municipality;
      await chooseMunicipality(municipality);
    }
    if (noteId) await openNote(noteId);
  }

  // --- Language ------------------------------------------------------------------------
  onLanguageChange(() => {
    renderSelects();
    renderList();
    if (state.note) {
      const selected = new Set(checkedTags(ui.tagOptions));
      renderNote();
      renderTags(selected);
    }
  });

  // --- Go -------------------------------------------------------------------------------
  renderSelects();
  ui.workspace.hidden = false;
  void restoreFromAddress();
}

await main();
