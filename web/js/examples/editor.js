// The staff editor of the catalogue (examples.html?new=1 and ?edit=<slug>),
// started by pages/examples.js for staff and admins.
//
// New: POST /api/examples (idempotent on the slug: an identical retry answers
// 200, other content under a taken slug 409). Edit: GET with its ETag, PUT
// with If-Match (412 when someone else saved in between: the user is told and
// can reload). Delete asks for confirmation first. Server field errors are
// shown next to their controls (editor-errors.js).
//
// This module holds the editor's state (the example as stored, its ETag) and
// wires the form (editor-form.js), the field errors and the confirmations to
// the API.
import { api, ProblemError } from "../api.js";
import { onLanguageChange, t } from "../i18n.js";
import { el } from "../layout.js";
import { messageProblem, problemNodes, showFieldProblem, signInParagraph, textRegion } from "../page-messages.js";
import { createRetryingSubmitter } from "../retrying-submit.js";
import { lastSearchHref } from "./address.js";
import { loadPlaceLists } from "./code-list.js";
import { exampleTitle, renderConfirmation, renderDeleteConfirmText } from "./editor-confirmation.js";
import { editorFieldErrors } from "./editor-errors.js";
import { editorElements, editorForm } from "./editor-form.js";
import { examplePayload, sameContent } from "./editor-payload.js";

/**
 * @param {object} context
 * @param {string|null} context.slug the example to edit, or null for a new one
 */
export async function startEditor({ codebook, kinds, alertRegion, pageStatus, slug }) {
  const ui = editorElements();
  const saveStatus = textRegion(ui.status);

  // Names → codes for the place fields.
  pageStatus.show(slug ? "examples.editor.loading" : "examples.loading");
  const places = await loadPlaceLists(api);

  const state = {
    /** The example's slug once it is stored (null while a new one is not). */
    slug,
    /** @type {object | null} the example as stored */
    example: null,
    /** @type {string | null} */
    etag: null,
    deleted: false,
    deleting: false,
    /** @type {null | {what: string, title: string, published: boolean}} what the confirmation says, once shown */
    confirmation: null,
  };
  if (slug) {
    try {
      const loaded = await api.example(slug);
      state.example = loaded.example;
      state.etag = loaded.etag;
    } catch (error) {
      pageStatus.clear();
      showLoadProblem(error);
      return;
    }
  }
  pageStatus.clear();

  function showLoadProblem(error) {
    const problem = error instanceof ProblemError ? error : null;
    if (!problem) console.error(error);
    const leadKey = !problem
      ? "examples.problem.network"
      : ({ 401: "examples.problem.401", 403: "examples.problem.403.edit", 404: "examples.problem.404" }[problem.status] ?? "examples.problem.generic");
    alertRegion.show(() => [
      ...problemNodes(leadKey, problem),
      el("p", {}, el("a", { href: lastSearchHref(), className: "button button-secondary" }, t("examples.back"))),
    ]);
  }

  const form = editorForm(ui, state, {
    codebook,
    kinds,
    places,
    onSourceRemoved: (number) => saveStatus.show("examples.sources.removed", { number }),
  });
  const fieldErrors = editorFieldErrors(ui, form.sourceControls);

  // --- Saving ---------------------------------------------------------------------------------
  const submitter = createRetryingSubmitter({
    send: ({ payload, etag }) => (state.slug ? api.updateExample(state.slug, payload, etag) : api.createExample(payload)),
    setStatus: (key, params) => saveStatus.show(key, params),
    messages: { sending: "examples.saving", retrying: "examples.retrying", retryingNow: "examples.retryingNow", exhausted: "examples.retryExhausted" },
    retryButton: ui.retry,
    onStart: () => {
      form.setLocked(true);
      alertRegion.clear();
    },
    onSuccess: (result, { payload }) => onSaved(result, payload),
    onProblem: (error, context) => void onProblem(error, context),
  });

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (submitter.busy) return;
    hideDeleteConfirm();
    const { payload, errors, sentRows } = examplePayload(form.read(), places);
    fieldErrors.reset(sentRows);
    if (Object.keys(errors).length > 0) {
      saveStatus.clear();
      alertRegion.show(() => problemNodes("examples.fieldErrors", null));
      fieldErrors.show(errors);
      return;
    }
    submitter.submit({ payload, etag: state.etag });
  });

  function onSaved({ status, example, etag }, payload) {
    form.setLocked(false);
    ui.retry.hidden = true;
    const created = !state.slug && status === 201;
    state.example = example ?? { ...payload };
    state.etag = etag ?? state.etag;
    state.slug = state.example.slug ?? payload.slug;
    saveStatus.clear();
    showConfirmation(created ? "created" : "saved");
  }

  function showConfirmation(what) {
    state.confirmation = { what, title: exampleTitle(state), published: state.example?.status === "published" };
    renderConfirmation(ui, state.confirmation, state.slug);
    ui.editor.hidden = true;
    ui.confirmation.hidden = false;
    ui.confirmation.focus();
  }

  async function onProblem(error, { payload, hadRetryableFailure }) {
    // A lost answer to an edit that did get stored makes the retry answer 412 (the ETag moved on).
    if (error instanceof ProblemError && error.status === 412 && hadRetryableFailure && state.slug) {
      try {
        const { example, etag } = await api.example(state.slug);
        if (sameContent(example, payload)) {
          onSaved({ status: 200, example, etag }, payload);
          return;
        }
      } catch {
        // fall through to the 412 message
      }
    }

    form.setLocked(false);
    saveStatus.clear();

    if (!(error instanceof ProblemError)) {
      console.error(error);
      alertRegion.show(() => problemNodes("examples.problem.save", messageProblem(error)));
      return;
    }

    if (error.status === 400 && Object.keys(error.errors).length > 0) {
      const errors = fieldErrors.map(error.errors);
      showFieldProblem({ alertRegion, fieldErrors, problem: error, errors, leadKey: "examples.fieldErrors", otherKey: "examples.fieldErrors.other" });
      return;
    }

    if (error.status === 409) {
      const taken = payload.slug;
      fieldErrors.show({ slug: [() => t("examples.error.slug.taken", { slug: taken })] });
      alertRegion.show(() => [
        ...problemNodes("examples.problem.409", error),
        el("p", {}, el("a", { href: `/examples.html?slug=${encodeURIComponent(taken)}` }, t("examples.problem.409.view", { slug: taken }))),
      ]);
      return;
    }

    if (error.status === 412) {
      showStale(error);
      return;
    }

    const leadKey = { 401: "examples.problem.401", 403: "examples.problem.403.edit", 404: "examples.problem.404.edit" }[error.status];
    alertRegion.show(() => [
      ...problemNodes(leadKey ?? "examples.problem.save", error),
      ...(error.status === 401 ? [signInParagraph(location.pathname + location.search)] : []),
    ]);
  }

  function showStale(error) {
    alertRegion.show(() => [
      ...problemNodes("examples.problem.412", error),
      el("p", {}, el("button", { type: "button", id: "example-reload", className: "button", onclick: reload }, t("examples.reload"))),
    ]);
  }

  /** After a 412: read the example again (new ETag, the other person's content) into the form. */
  async function reload() {
    try {
      const loaded = await api.example(state.slug);
      state.example = loaded.example;
      state.etag = loaded.etag;
    } catch (error) {
      showLoadProblem(error);
      return;
    }
    fieldErrors.reset([]);
    form.fill(state.example);
    alertRegion.clear();
    saveStatus.show("examples.reloaded");
    ui.formTitle.focus();
  }

  // --- Deleting ----------------------------------------------------------------------------------
  function hideDeleteConfirm() {
    ui.deleteConfirm.hidden = true;
  }

  ui.delete.addEventListener("click", () => {
    renderDeleteConfirmText(ui, state);
    ui.deleteConfirm.hidden = false;
    ui.deleteConfirm.focus();
  });
  ui.deleteNo.addEventListener("click", () => {
    hideDeleteConfirm();
    ui.delete.focus();
  });
  ui.deleteYes.addEventListener("click", async () => {
    if (state.deleting) return;
    state.deleting = true;
    ui.deleteYes.setAttribute("aria-disabled", "true");
    saveStatus.show("examples.deleting");
    try {
      await api.deleteExample(state.slug, state.etag);
      state.deleted = true;
      hideDeleteConfirm();
      showConfirmation("deleted");
    } catch (error) {
      saveStatus.clear();
      hideDeleteConfirm();
      if (error instanceof ProblemError && error.status === 412) showStale(error);
      else if (error instanceof ProblemError && error.status === 404) {
        state.deleted = true;
        showConfirmation("deleted");
      } else {
        if (!(error instanceof ProblemError)) console.error(error);
        alertRegion.show(() => problemNodes("examples.problem.delete", error instanceof ProblemError ? error : messageProblem(error)));
      }
    } finally {
      state.deleting = false;
      ui.deleteYes.removeAttribute("aria-disabled");
    }
  });

  // --- Language ------------------------------------------------------------------------------------
  onLanguageChange(() => {
    form.render();
    if (!ui.deleteConfirm.hidden) renderDeleteConfirmText(ui, state);
    if (state.confirmation) renderConfirmation(ui, state.confirmation, state.slug);
  });

  // --- Go ----------------------------------------------------------------------------------------------
  form.fill(state.example);
  ui.delete.hidden = !state.slug;
  ui.editor.hidden = false;

  // Handy for end-to-end tests and debugging in the console.
  window.knowledgeExampleEditor = {
    get etag() {
      return state.etag;
    },
    get slug() {
      return state.slug;
    },
  };
}
