// Review of interview notes for staff (and admin).
//
// Flow: check the signed-in user (role "staff" or "admin") → pick county →
// municipality → list its notes → open one (GET with ETag): the masked text
// with the suggestion's evidence highlighted and one checkbox per codebook tag,
// prechecked from the latest review or else the suggestion → "Spara
// granskning" PUTs the tags with If-Match. A 412 (someone else changed the
// note) asks the user to reload it. The choice is kept in the address
// (?county=25&municipality=2580&note=<id>) so a reload or a link reopens it.
import { api, ProblemError } from "../api.js";
import { hasAnyRole, hasRole, ROLES, signInUrl } from "../auth.js";
import { FieldErrors } from "../form-errors.js";
import { onLanguageChange, t } from "../i18n.js";
import { el, initPage } from "../layout.js";
import {
  Codebook,
  companyRows,
  dateElement,
  dateTimeElement,
  formatConfidence,
  formatDate,
  loadCompanyChoices,
  renderEvidence,
} from "../notes-common.js";
import { authGate, homeActions, nodeRegion, otherErrorNodes, problemNodes, signInAction, textRegion } from "../page-messages.js";
import { createRetryingSubmitter } from "../retrying-submit.js";
import { mountTagModels } from "../tag-models.js";

const RETURN_TO = "/notes-review.html";

const $ = (id) => document.getElementById(id);
const ui = {
  pageStatus: $("page-status"),
  alert: $("review-alert"),
  workspace: $("review-workspace"),
  county: $("review-county"),
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
  save: $("review-save"),
  status: $("review-status"),
  retry: $("review-retry"),
};

const pageStatus = textRegion(ui.pageStatus);
const listStatus = textRegion(ui.listStatus);
const reviewStatus = textRegion(ui.status);
const alertRegion = nodeRegion(ui.alert);
const gate = authGate();

const { principal, authError } = await initPage({ returnTo: RETURN_TO + location.search });

async function main() {
  if (authError) {
    alertRegion.show(() => problemNodes("auth.unavailable", null, [el("p", {}, t("review.loadFailed.text"))]));
    return;
  }
  if (!principal) {
    gate.show("review.gate.signIn.title", "review.gate.signIn.text", signInAction(RETURN_TO + location.search));
    return;
  }
  if (!hasAnyRole(principal, [ROLES.staff, ROLES.admin])) {
    gate.show("review.gate.role.title", "review.gate.role.text", homeActions);
    return;
  }

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
  };
  const municipalityName = (code) => state.municipalities.find((m) => m.code === code)?.name ?? t("municipality.unknown", { code });

  // --- County and municipality ---------------------------------------------------
  function fillSelect(select, placeholder, options, value) {
    select.replaceChildren(el("option", { value: "" }, placeholder), ...options.map((o) => el("option", { value: o.value }, o.text)));
    select.value = options.some((o) => o.value === value) ? value : "";
  }

  function renderSelects() {
    fillSelect(
      ui.county,
      t("review.county.choose"),
      counties.map((c) => ({ value: c.code, text: c.name })),
      state.county,
    );
    fillSelect(
      ui.municipality,
      t(state.county ? "review.municipality.choose" : "review.municipality.chooseCountyFirst"),
      state.municipalities.map((m) => ({ value: m.code, text: m.name })),
      state.municipality,
    );
    ui.municipality.disabled = !state.county || submitter.busy;
    ui.county.disabled = submitter.busy;
  }

  let municipalitiesRequest = 0;
  async function chooseCounty(code) {
    const request = ++municipalitiesRequest;
    state.county = code;
    state.municipalities = [];
    await chooseMunicipality("");
    renderSelects();
    if (!code) return;
    try {
      const municipalities = await api.municipalities(code);
      if (request !== municipalitiesRequest) return;
      state.municipalities = Array.isArray(municipalities) ? municipalities : [];
    } catch (error) {
      if (request !== municipalitiesRequest) return;
      alertRegion.show(() => problemNodes("review.loadFailed.title", error instanceof ProblemError ? error : null));
    }
    renderSelects();
  }

  let listRequest = 0;
  async function chooseMunicipality(code) {
    const request = ++listRequest;
    state.municipality = code;
    state.notes = null;
    closeNote();
    ui.list.replaceChildren();
    updateAddress();
    if (!code) {
      listStatus.show("review.list.choose");
      return;
    }
    listStatus.show("review.list.loading");
    try {
      const notes = await api.notes(code);
      if (request !== listRequest) return;
      state.notes = Array.isArray(notes) ? notes : [];
      renderList();
      showListCount();
    } catch (error) {
      if (request !== listRequest) return;
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
  ui.municipality.addEventListener("change", () => {
    alertRegion.clear();
    void chooseMunicipality(ui.municipality.value);
  });

  // --- The list ----------------------------------------------------------------------
  function effectiveTags(note) {
    return Array.isArray(note.tags) ? note.tags : [];
  }

  function renderList() {
    if (!state.notes) return;
    ui.list.replaceChildren(
      ...state.notes.map((note) => {
        const tags = effectiveTags(note);
        return el(
          "li",
          {},
          el(
            "button",
            {
              type: "button",
              className: "note-button",
              dataset: { noteId: note.noteId },
              "aria-current": note.noteId === state.noteId ? "true" : undefined,
              onclick: () => void openNote(note.noteId, { focus: true }),
            },
            el("span", { className: "note-button-title" }, dateElement(note.interviewDate), " – ", note.company?.name || t("note.noCompany")),
            el(
              "span",
              { className: "note-button-meta" },
              el("span", { className: note.review ? "badge badge-reviewed" : "badge" }, t(note.review ? "note.reviewed" : "note.notReviewed")),
              " ",
              tags.length > 0 ? tags.map((tag) => codebook.label(tag)).join(", ") : t("tags.none"),
            ),
          ),
        );
      }),
    );
  }

  // --- One note ------------------------------------------------------------------------
  let noteRequest = 0;

  function closeNote() {
    noteRequest += 1;
    state.noteId = "";
    state.note = null;
    state.etag = null;
    ui.detail.hidden = true;
    reviewStatus.clear();
    fieldErrors.clear();
  }

  async function openNote(noteId, { focus = false } = {}) {
    if (submitter.busy) return;
    const request = ++noteRequest;
    state.noteId = noteId;
    updateAddress();
    renderList();
    alertRegion.clear();
    fieldErrors.clear();
    reviewStatus.show("review.note.loading");
    try {
      const { note, etag } = await api.note(noteId);
      if (request !== noteRequest) return;
      showNote(note, etag);
      reviewStatus.clear();
      ui.detail.hidden = false;
      if (focus) ui.detail.focus();
    } catch (error) {
      if (request !== noteRequest) return;
      reviewStatus.clear();
      ui.detail.hidden = true;
      const leadKey = error instanceof ProblemError && error.status === 404 ? "review.problem.404" : "review.note.failed";
      alertRegion.show(() => problemNodes(leadKey, error instanceof ProblemError ? error : null));
    }
  }

  function showNote(note, etag) {
    state.note = note;
    state.etag = etag;
    renderNote();
    renderTagOptions(new Set(note.review ? note.review.tags : (note.suggested?.tags ?? []).map((s) => s.tag)));
  }

  function renderNote() {
    const note = state.note;
    if (!note) return;
    ui.noteTitle.textContent = t("review.note.title", { date: formatDate(note.interviewDate) });
    const rows = [
      [t("review.municipality"), `${municipalityName(note.municipality)} (${note.municipality})`],
      [t("note.interviewDate"), dateElement(note.interviewDate)],
      ...companyRows(note.company, choices),
      [t("note.createdAt"), dateTimeElement(note.createdAt)],
      [t("review.note.suggestedBy"), el("code", {}, note.suggested?.tagger ?? "")],
      ...(note.review ? [[t("note.reviewedAt"), dateTimeElement(note.review.reviewedAt)]] : []),
    ];
    if (!note.company) rows.splice(2, 0, [t("note.company"), t("note.noCompany")]);
    ui.facts.replaceChildren(...rows.flatMap(([term, value]) => [el("dt", {}, term), el("dd", {}, value)]));
    renderEvidence(ui.text, note.text, note.suggested?.tags ?? [], codebook);
    ui.tagsHint.textContent = t(note.review ? "review.tags.fromReview" : "review.tags.fromSuggestion");
  }

  /** One checkbox per codebook tag (plus any tag of the note the codebook does not know). */
  function renderTagOptions(checked) {
    const note = state.note;
    const suggested = new Map((note?.suggested?.tags ?? []).map((s) => [s.tag, s.confidence]));
    const extra = [...suggested.keys(), ...(note?.review?.tags ?? [])].filter((tag) => !codebook.has(tag));
    const tags = [...codebook.tags.map((entry) => entry.tag), ...new Set(extra)];
    ui.tagOptions.replaceChildren(
      ...tags.map((tag) => {
        const id = `review-tag-${tag}`;
        const description = codebook.description(tag);
        const descriptionId = description ? `${id}-description` : undefined;
        return el(
          "div",
          { className: "checkbox-item" },
          el("input", {
            type: "checkbox",
            name: "tag",
            value: tag,
            id,
            checked: checked.has(tag),
            disabled: submitter.busy,
            "aria-describedby": descriptionId,
          }),
          el(
            "label",
            { for: id },
            el("span", { className: "tag-name" }, codebook.label(tag)),
            suggested.has(tag)
              ? [" ", el("span", { className: "tag-suggested" }, `(${t("review.tags.suggested", { value: formatConfidence(suggested.get(tag)) })})`)]
              : "",
          ),
          description ? el("p", { className: "hint", id: descriptionId }, description) : "",
        );
      }),
    );
  }

  function checkedTags() {
    return [...ui.tagOptions.querySelectorAll('input[name="tag"]:checked')].map((input) => input.value);
  }

  function setLocked(locked) {
    for (const input of ui.tagOptions.querySelectorAll('input[name="tag"]')) input.disabled = locked;
    if (locked) ui.save.setAttribute("aria-disabled", "true");
    else ui.save.removeAttribute("aria-disabled");
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
    send: ({ noteId, tags, etag }) => api.reviewNoteTags(noteId, tags, etag),
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
    submitter.submit({ noteId: state.note.noteId, tags: checkedTags(), etag: state.etag });
  });

  function onSaved(note, etag) {
    setLocked(false);
    const selected = new Set(checkedTags());
    state.note = note;
    state.etag = etag;
    if (state.notes) state.notes = state.notes.map((n) => (n.noteId === note.noteId ? note : n));
    renderNote();
    renderTagOptions(new Set(note.review?.tags ?? selected));
    renderList();
    reviewStatus.show("review.saved");
  }

  async function onProblem(error, { payload, hadRetryableFailure }) {
    // A lost answer to a review that did get stored makes the retry answer 412
    // (the ETag moved on). If the note now has exactly these tags, it was ours.
    if (error instanceof ProblemError && error.status === 412 && hadRetryableFailure) {
      try {
        const { note, etag } = await api.note(payload.noteId);
        if (note?.review && sameTags(note.review.tags, payload.tags)) {
          onSaved(note, etag);
          return;
        }
      } catch {
        // fall through to the 412 message
      }
    }

    setLocked(false);
    reviewStatus.clear();

    if (!(error instanceof ProblemError)) {
      console.error(error);
      alertRegion.show(() => problemNodes("review.problem.generic", { title: String(error?.message ?? error) }));
      return;
    }

    if (error.status === 400 && Object.keys(error.errors).length > 0) {
      const unmatched = fieldErrors.show(error.errors);
      alertRegion.show(() =>
        problemNodes("review.fieldErrors", unmatched.length > 0 ? error : null, otherErrorNodes("review.fieldErrors.other", unmatched)),
      );
      return;
    }

    if (error.status === 412) {
      alertRegion.show(() => [
        ...problemNodes("review.problem.412", error),
        el("p", {}, el("button", { type: "button", id: "review-reload", className: "button", onclick: reloadNote }, t("review.reload"))),
      ]);
      return;
    }

    const leadKey = { 401: "review.problem.401", 403: "review.problem.403", 404: "review.problem.404" }[error.status];
    alertRegion.show(() => [
      ...problemNodes(leadKey ?? "review.problem.generic", error),
      ...(error.status === 401
        ? [el("p", {}, el("a", { href: signInUrl(RETURN_TO + location.search), className: "button" }, t("auth.signIn")))]
        : []),
    ]);
  }

  function sameTags(a, b) {
    const left = new Set(a ?? []);
    const right = new Set(b ?? []);
    return left.size === right.size && [...left].every((tag) => right.has(tag));
  }

  /** After a 412: read the note again (new ETag, the other review's tags) and refresh its list entry. */
  async function reloadNote() {
    const noteId = state.noteId;
    await openNote(noteId, { focus: true });
    if (state.note && state.notes) {
      state.notes = state.notes.map((n) => (n.noteId === noteId ? state.note : n));
      renderList();
    }
  }

  // --- Address ------------------------------------------------------------------------
  function updateAddress() {
    const params = new URLSearchParams();
    if (state.county) params.set("county", state.county);
    if (state.municipality) params.set("municipality", state.municipality);
    if (state.noteId) params.set("note", state.noteId);
    const query = params.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  }

  async function restoreFromAddress() {
    const params = new URLSearchParams(location.search);
    const municipality = params.get("municipality") ?? "";
    // A municipality code starts with its county's code.
    const county = params.get("county") || municipality.slice(0, 2);
    const noteId = params.get("note") ?? "";
    if (!counties.some((c) => c.code === county)) {
      listStatus.show("review.list.choose");
      return;
    }
    await chooseCounty(county);
    if (!state.municipalities.some((m) => m.code === municipality)) return;
    renderSelects();
    ui.municipality.value = municipality;
    await chooseMunicipality(municipality);
    if (noteId) await openNote(noteId);
  }

  // --- Language ------------------------------------------------------------------------
  onLanguageChange(() => {
    renderSelects();
    renderList();
    if (state.note) {
      const selected = new Set(checkedTags());
      renderNote();
      renderTagOptions(selected);
    }
  });

  // --- Go -------------------------------------------------------------------------------
  renderSelects();
  ui.workspace.hidden = false;
  void restoreFromAddress();
}

await main();
