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
import { api, ProblemError } from "../api.js";
import { signInUrl } from "../auth.js";
import { DraftStore, newResponseId } from "../draft-store.js";
import { FieldErrors } from "../form-errors.js";
import { onLanguageChange, pickLocalized, t, tCount } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { Codebook, dateElement, loadCompanyChoices, renderEvidence, tagItems, todayIso } from "../notes-common.js";
import { authGate, nodeRegion, officePageAccess, otherErrorNodes, problemNodes, textRegion } from "../page-messages.js";
import { createRetryingSubmitter } from "../retrying-submit.js";

const RETURN_TO = "/notes.html";
/** Draft key: knowledge.draft.note.v1.<userId> (see draft-store.js); its responseId is the noteId. */
const DRAFT = { surveyId: "note", version: 1 };
const EXCERPT_LENGTH = 300;

/** Pause after the last keystroke before asking for suggestions (tests may set window.knowledgeConfig.suggestDelayMs). */
function suggestDelayMs() {
  const configured = Number(globalThis.knowledgeConfig?.suggestDelayMs);
  return Number.isFinite(configured) && configured >= 0 ? configured : 400;
}

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
const listStatus = textRegion(ui.listStatus);
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

  // --- Form controls ---------------------------------------------------------
  function fillSelect(select, placeholderKey, options) {
    const value = select.value;
    select.replaceChildren(
      ...(placeholderKey ? [el("option", { value: "" }, t(placeholderKey))] : []),
      ...options.map(({ value: optionValue, text }) => el("option", { value: optionValue }, text)),
    );
    select.value = options.some((o) => o.value === value) ? value : "";
  }

  function renderSelects() {
    fillSelect(
      ui.municipality,
      scopes.length > 1 ? "notes.municipality.choose" : null,
      scopes.map((code) => ({ value: code, text: municipalityName(code) })),
    );
    fillSelect(ui.sizeClass, "notes.company.notGiven", choices.sizeClasses.map((c) => ({ value: c.value, text: pickLocalized(c.text) })));
    fillSelect(ui.sector, "notes.company.notGiven", choices.sectors.map((c) => ({ value: c.value, text: pickLocalized(c.text) })));
  }

  renderSelects();
  ui.date.max = todayIso();

  // Establishments the note may name (names are proper nouns: the same in both languages).
  ui.establishmentsList.replaceChildren(
    ...establishments.map((e) =>
      el(
        "div",
        { className: "checkbox-item" },
        el("input", { type: "checkbox", id: `note-establishment-${e.slug}`, name: "establishments", value: e.slug }),
        el("label", { for: `note-establishment-${e.slug}` }, e.company && e.company !== e.name ? `${e.name} (${e.company})` : e.name),
      ),
    ),
  );
  ui.establishments.hidden = establishments.length === 0;
  const establishmentBoxes = () => [...ui.establishmentsList.querySelectorAll("input[type=checkbox]")];

  const fieldErrors = new FieldErrors({
    municipality: ui.municipality,
    interviewDate: ui.date,
    company: ui.company,
    "company.name": ui.companyName,
    "company.organisationNumber": ui.orgNumber,
    "company.sizeClass": ui.sizeClass,
    "company.sector": ui.sector,
    text: ui.text,
    establishments: ui.establishments,
    ...Object.fromEntries(establishments.map((_, i) => [`establishments[${i}]`, ui.establishments])),
  });

  function readValues() {
    return {
      municipality: ui.municipality.value,
      interviewDate: ui.date.value,
      companyName: ui.companyName.value,
      organisationNumber: ui.orgNumber.value,
      sizeClass: ui.sizeClass.value,
      sector: ui.sector.value,
      establishments: establishmentBoxes().filter((box) => box.checked).map((box) => box.value),
      text: ui.text.value,
    };
  }

  function applyValues(values) {
    const setIf = (control, value, allowed = () => true) => {
      if (typeof value === "string" && allowed(value)) control.value = value;
    };
    setIf(ui.municipality, values.municipality, (v) => scopes.includes(v));
    setIf(ui.date, values.interviewDate, (v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
    setIf(ui.companyName, values.companyName);
    setIf(ui.orgNumber, values.organisationNumber);
    setIf(ui.sizeClass, values.sizeClass, (v) => v === "" || choices.sizeClasses.some((c) => c.value === v));
    setIf(ui.sector, values.sector, (v) => v === "" || choices.sectors.some((c) => c.value === v));
    setIf(ui.text, values.text);
    if (Array.isArray(values.establishments)) {
      for (const box of establishmentBoxes()) box.checked = values.establishments.includes(box.value);
    }
  }

  // --- Draft (with the noteId that makes the save idempotent) ---------------
  const drafts = new DraftStore({ ...DRAFT, userId: principal.userId });
  const draft = drafts.load();
  let noteId = draft?.responseId ?? newResponseId();
  if (scopes.length === 1) ui.municipality.value = scopes[0];
  ui.date.value = todayIso();
  if (draft) {
    applyValues(draft.data);
    const d = draft.data;
    const named = Array.isArray(d.establishments) && d.establishments.length > 0;
    if (named || [d.text, d.companyName, d.organisationNumber, d.sizeClass, d.sector].some((v) => typeof v === "string" && v.trim() !== "")) {
      pageStatus.show("notes.draftRestored");
    }
  }

  let keepDraft = true;
  const saveDraft = () => {
    if (keepDraft) drafts.save({ responseId: noteId, data: readValues() });
  };
  ui.form.addEventListener("input", saveDraft);
  ui.form.addEventListener("change", saveDraft);

  // --- Suggestions while typing ---------------------------------------------
  /** @type {null | {tagger: string, text: string, maskedItems: number, tags: object[]}} */
  let suggestion = null;
  let suggestState = "idle"; // idle | pending | loading | ready | error
  let suggestTimer = 0;
  /** @type {AbortController | null} */
  let suggestController = null;
  /** The text the shown suggestion belongs to. */
  let suggestedText = "";

  function setSuggestState(state) {
    suggestState = state;
    ui.suggestions.dataset.state = state;
    renderSuggestStatus();
  }

  /** Live regions only get new text when the message really changes (no repeats while typing). */
  function setLiveText(element, text) {
    if (element.textContent !== text) element.textContent = text;
  }

  function renderSuggestStatus() {
    let text;
    if (suggestState === "error") text = t("notes.suggest.failed");
    else if (!suggestion) text = t("notes.suggest.idle");
    else if (suggestion.tags.length === 0) text = t("notes.suggest.none");
    else text = tCount("notes.suggest.count", suggestion.tags.length);
    // While a request is under way the last message stays.
    if (suggestState === "pending" || suggestState === "loading") {
      if (ui.suggestStatus.textContent !== "") return;
    }
    setLiveText(ui.suggestStatus, text);
  }

  function renderSuggestion() {
    if (!suggestion) {
      ui.suggestions.replaceChildren();
      ui.preview.replaceChildren();
      ui.previewBlock.hidden = true;
      setLiveText(ui.maskedNotice, "");
      renderSuggestStatus();
      return;
    }
    ui.suggestions.replaceChildren(...tagItems(codebook, suggestion.tags));
    renderEvidence(ui.preview, suggestion.text, suggestion.tags, codebook);
    ui.previewBlock.hidden = false;
    const masked = suggestion.maskedItems;
    setLiveText(ui.maskedNotice, masked > 0 ? tCount("note.masked", masked) : "");
    renderSuggestStatus();
  }

  function scheduleSuggest() {
    clearTimeout(suggestTimer);
    setSuggestState("pending");
    suggestTimer = setTimeout(() => void suggest(), suggestDelayMs());
  }

  async function suggest() {
    clearTimeout(suggestTimer);
    const text = ui.text.value;
    suggestController?.abort(); // a newer text replaces whatever is still on its way
    suggestController = null;
    if (text.trim() === "") {
      suggestion = null;
      suggestedText = text;
      setSuggestState("idle");
      renderSuggestion();
      return;
    }
    if (suggestion && text === suggestedText) {
      setSuggestState("ready");
      return;
    }
    const controller = new AbortController();
    suggestController = controller;
    setSuggestState("loading");
    try {
      const result = await api.suggestTags(text, { signal: controller.signal });
      if (controller !== suggestController) return;
      suggestion = normaliseSuggestion(result);
      suggestedText = text;
      suggestState = ui.text.value === text ? "ready" : "pending";
      ui.suggestions.dataset.state = suggestState;
      renderSuggestion();
    } catch (error) {
      if (controller.signal.aborted || controller !== suggestController) return;
      console.warn("Tag suggestions failed", error);
      setSuggestState("error");
    } finally {
      if (controller === suggestController) suggestController = null;
    }
  }

  function cancelSuggest() {
    clearTimeout(suggestTimer);
    suggestController?.abort();
    suggestController = null;
  }

  ui.text.addEventListener("input", scheduleSuggest);

  // --- Saving ------------------------------------------------------------------
  function setLocked(locked) {
    for (const control of [ui.companyName, ui.orgNumber, ui.text, ui.date]) control.readOnly = locked;
    for (const control of [ui.municipality, ui.sizeClass, ui.sector, ...establishmentBoxes()]) control.disabled = locked;
    if (locked) ui.save.setAttribute("aria-disabled", "true");
    else ui.save.removeAttribute("aria-disabled");
  }

  function buildPayload(values) {
    const company = {};
    if (values.companyName.trim()) company.name = values.companyName.trim();
    if (values.organisationNumber.trim()) company.organisationNumber = values.organisationNumber.trim();
    if (values.sizeClass) company.sizeClass = values.sizeClass;
    if (values.sector) company.sector = values.sector;
    return {
      noteId,
      municipality: values.municipality,
      interviewDate: values.interviewDate,
      ...(Object.keys(company).length > 0 ? { company } : {}),
      ...(values.establishments.length > 0 ? { establishments: values.establishments } : {}),
      text: values.text,
    };
  }

  /** The checks the browser can make; the server checks everything again. */
  function validate(values) {
    const errors = {};
    if (!values.municipality) errors.municipality = [() => t("notes.required.municipality")];
    if (!values.interviewDate) errors.interviewDate = [() => t("notes.required.date")];
    if (values.text.trim() === "") errors.text = [() => t("notes.required.text")];
    return errors;
  }

  const submitter = createRetryingSubmitter({
    send: (payload) => api.createNote(payload),
    setStatus: (key, params) => saveStatus.show(key, params),
    messages: { sending: "notes.saving", retrying: "notes.retrying", retryingNow: "notes.retryingNow", exhausted: "notes.retryExhausted" },
    retryButton: ui.retry,
    onStart: () => {
      saveDraft(); // the noteId is stored before anything leaves the browser
      setLocked(true); // the body must not change while the same noteId is retried
      alertRegion.clear();
      fieldErrors.clear();
    },
    onSuccess: ({ body }, { payload }) => onSaved(payload, body ?? {}),
    onProblem: (error) => onProblem(error),
  });

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (submitter.busy) return;
    const values = readValues();
    const errors = validate(values);
    if (Object.keys(errors).length > 0) {
      saveStatus.clear();
      alertRegion.show(() => problemNodes("notes.fieldErrors", null));
      fieldErrors.show(errors);
      return;
    }
    submitter.submit(buildPayload(values));
  });

  /** @type {null | {noteId: string, municipality: string, tags: object[]}} */
  let saved = null;

  function onSaved(payload, note) {
    keepDraft = false;
    drafts.clear();
    cancelSuggest();
    setLocked(false);
    ui.retry.hidden = true;
    pageStatus.clear();
    // Announced through the status region; visually the confirmation box says it.
    ui.status.classList.add("visually-hidden");
    saveStatus.show("notes.confirmation.title");

    const suggested = new Map((note.suggested?.tags ?? []).map((s) => [s.tag, s.confidence]));
    const tags = (Array.isArray(note.tags) ? note.tags : []).map((tag) =>
      suggested.has(tag) && !note.review ? { tag, confidence: suggested.get(tag) } : { tag },
    );
    saved = { noteId: note.noteId || payload.noteId, municipality: note.municipality || payload.municipality, tags };
    renderSaved();
    ui.workspace.hidden = true;
    ui.confirmation.hidden = false;
    ui.confirmation.focus();
    void loadList(saved.municipality);
  }

  function renderSaved() {
    if (!saved) return;
    ui.confirmationId.textContent = saved.noteId;
    ui.confirmationMunicipality.textContent = `${municipalityName(saved.municipality)} (${saved.municipality})`;
    ui.savedTags.replaceChildren(
      ...(saved.tags.length > 0 ? tagItems(codebook, saved.tags) : [el("li", { className: "tag tag-none" }, t("tags.none"))]),
    );
  }

  function onProblem(error) {
    setLocked(false);
    saveStatus.clear();

    if (!(error instanceof ProblemError)) {
      console.error(error);
      alertRegion.show(() => problemNodes("notes.problem.generic", { title: String(error?.message ?? error) }));
      return;
    }

    if (error.status === 400 && Object.keys(error.errors).length > 0) {
      const unmatched = fieldErrors.show(error.errors);
      alertRegion.show(() =>
        problemNodes("notes.fieldErrors", unmatched.length > 0 ? error : null, otherErrorNodes("notes.fieldErrors.other", unmatched)),
      );
      return;
    }

    const leadKey = { 401: "notes.problem.401", 403: "notes.problem.403", 409: "notes.problem.409", 413: "notes.problem.413" }[error.status];
    alertRegion.show(() => [
      ...problemNodes(leadKey ?? "notes.problem.generic", error),
      ...(error.status === 401 ? [el("p", {}, el("a", { href: signInUrl(RETURN_TO), className: "button" }, t("auth.signIn")))] : []),
      ...(error.status === 409
        ? [el("p", {}, el("button", { type: "button", id: "note-save-as-new", className: "button", onclick: saveAsNew }, t("notes.saveAsNew")))]
        : []),
    ]);
  }

  /** After a 409: the id is taken by other content, so this text gets an id of its own. */
  function saveAsNew() {
    noteId = newResponseId();
    saveDraft();
    alertRegion.clear();
    ui.form.requestSubmit();
  }

  ui.newNote.addEventListener("click", () => {
    noteId = newResponseId();
    keepDraft = true;
    saved = null;
    for (const control of [ui.companyName, ui.orgNumber, ui.text]) control.value = "";
    ui.sizeClass.value = "";
    ui.sector.value = "";
    for (const box of establishmentBoxes()) box.checked = false;
    fieldErrors.clear();
    alertRegion.clear();
    saveStatus.clear();
    ui.status.classList.remove("visually-hidden");
    suggestion = null;
    suggestedText = "";
    setSuggestState("idle");
    renderSuggestion();
    ui.confirmation.hidden = true;
    ui.workspace.hidden = false;
    ui.text.focus();
  });

  // --- Earlier notes ------------------------------------------------------------
  let listRequest = 0;
  /** @type {{municipality: string, notes: object[] | null}} */
  const list = { municipality: "", notes: null };

  async function loadList(code) {
    const request = ++listRequest;
    list.municipality = code;
    list.notes = null;
    ui.list.replaceChildren();
    ui.history.hidden = !code;
    renderListTitle();
    if (!code) return;
    listStatus.show("notes.list.loading");
    try {
      const notes = await api.notes(code);
      if (request !== listRequest) return;
      list.notes = Array.isArray(notes) ? notes : [];
      renderList();
      listStatus.show(list.notes.length === 0 ? "notes.list.empty" : null);
    } catch (error) {
      if (request !== listRequest) return;
      console.warn("Notes could not be listed", error);
      listStatus.show("notes.list.failed");
    }
  }

  function renderListTitle() {
    ui.listTitle.textContent = list.municipality
      ? t("notes.list.titleFor", { municipality: municipalityName(list.municipality) })
      : t("notes.list.title");
  }

  function renderList() {
    if (!list.notes) return;
    ui.list.replaceChildren(
      ...list.notes.map((note) => {
        const titleId = `note-item-${note.noteId}`;
        const text = typeof note.text === "string" ? note.text : "";
        const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text;
        return el(
          "li",
          { className: "note-item", dataset: { noteId: note.noteId } },
          el(
            "h3",
            { className: "note-item-title", id: titleId },
            dateElement(note.interviewDate),
            " – ",
            note.company?.name || t("note.noCompany"),
          ),
          el(
            "p",
            { className: "note-item-meta" },
            el("span", { className: note.review ? "badge badge-reviewed" : "badge" }, t(note.review ? "note.reviewed" : "note.notReviewed")),
          ),
          el(
            "ul",
            { className: "tag-list tag-list-inline", "aria-label": t("note.tags") },
            (note.tags ?? []).length > 0 ? tagItems(codebook, note.tags) : el("li", { className: "tag tag-none" }, t("tags.none")),
          ),
          el("p", { className: "note-item-text" }, excerpt),
        );
      }),
    );
  }

  ui.municipality.addEventListener("change", () => void loadList(ui.municipality.value));

  // --- Language ------------------------------------------------------------------
  onLanguageChange(() => {
    renderSelects();
    renderSuggestion();
    renderSaved();
    renderListTitle();
    renderList();
  });

  // --- Go ----------------------------------------------------------------------------
  ui.workspace.hidden = false;
  renderSuggestion();
  if (ui.text.value.trim() !== "") void suggest();
  void loadList(ui.municipality.value);

  // Handy for end-to-end tests and debugging in the console.
  window.knowledgeNotes = {
    get noteId() {
      return noteId;
    },
  };
}

/** Keep only what the page uses, in the shape it expects. */
function normaliseSuggestion(result) {
  return {
    tagger: typeof result?.tagger === "string" ? result.tagger : "",
    text: typeof result?.text === "string" ? result.text : "",
    maskedItems: Number.isInteger(result?.maskedItems) ? result.maskedItems : 0,
    tags: Array.isArray(result?.tags) ? result.tags.filter((s) => typeof s?.tag === "string") : [],
  };
}

await main();
