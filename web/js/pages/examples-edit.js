// The staff editor of the catalogue (examples.html?new=1 and ?edit=<slug>),
// started by examples.js for staff and admins.
//
// New: POST /api/examples (idempotent on the slug: an identical retry answers
// 200, other content under a taken slug 409). Edit: GET with its ETag, PUT
// with If-Match (412 when someone else saved in between: the user is told and
// can reload). Delete asks for confirmation first. Server field errors
// ("title.sv", "challenges[1]", "sources[0].url", "place.municipalities[0]" …)
// are shown next to their controls; source rows map by their position in
// what was sent.
import { api, ProblemError } from "../api.js";
import { signInUrl } from "../auth.js";
import { localized } from "../examples/common.js";
import { FieldErrors } from "../form-errors.js";
import { onLanguageChange, t } from "../i18n.js";
import { el } from "../layout.js";
import { otherErrorNodes, problemNodes, textRegion } from "../page-messages.js";
import { createRetryingSubmitter } from "../retrying-submit.js";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY = /^([A-Z]{2}|INT)$/;

const $ = (id) => document.getElementById(id);

/**
 * @param {object} context
 * @param {string|null} context.slug the example to edit, or null for a new one
 */
export async function startEditor({ codebook, kinds, alertRegion, pageStatus, lastSearchHref, slug }) {
  const ui = {
    editor: $("example-editor"),
    form: $("example-form"),
    formTitle: $("example-form-title"),
    slug: $("example-slug"),
    titleSv: $("example-title-sv"),
    titleEn: $("example-title-en"),
    summarySv: $("example-summary-sv"),
    summaryEn: $("example-summary-en"),
    bodySv: $("example-body-sv"),
    bodyEn: $("example-body-en"),
    placeNameSv: $("example-place-name-sv"),
    placeNameEn: $("example-place-name-en"),
    municipalities: $("example-municipalities"),
    municipalitiesParsed: $("example-municipalities-parsed"),
    counties: $("example-counties"),
    countiesParsed: $("example-counties-parsed"),
    country: $("example-country"),
    kind: $("example-kind"),
    years: $("example-years"),
    actors: $("example-actors"),
    challenges: $("example-challenges"),
    challengeOptions: $("example-challenge-options"),
    lessonsSv: $("example-lessons-sv"),
    lessonsEn: $("example-lessons-en"),
    sourcesGroup: $("example-sources-group"),
    sourceRows: $("example-source-rows"),
    sourceAdd: $("example-source-add"),
    statusGroup: $("example-status-group"),
    statusDraft: $("example-status-draft"),
    statusPublished: $("example-status-published"),
    save: $("example-save"),
    delete: $("example-delete"),
    status: $("example-status"),
    retry: $("example-retry"),
    deleteConfirm: $("example-delete-confirm"),
    deleteConfirmText: $("example-delete-confirm-text"),
    deleteYes: $("example-delete-yes"),
    deleteNo: $("example-delete-no"),
    confirmation: $("example-confirmation"),
    confirmationTitle: $("example-confirmation-title"),
    confirmationText: $("example-confirmation-text"),
    confirmationActions: $("example-confirmation-actions"),
  };
  const saveStatus = textRegion(ui.status);

  // Names → codes for the place fields; without the lists, codes are passed on and the server checks them.
  pageStatus.show(slug ? "examples.editor.loading" : "examples.loading");
  const [municipalityList, countyList] = await Promise.all([
    api.municipalities().catch(() => null),
    api.counties().catch(() => null),
  ]);
  const municipalities = new CodeList(municipalityList, /^\d{4}$/);
  const counties = new CodeList(countyList, /^\d{2}$/, (name) => [name.replace(/ län$/i, ""), name.replace(/s län$/i, "")]);

  /** The example as stored (edit mode) and its ETag. */
  const state = { slug, example: null, etag: null, deleted: false };
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

  // --- Controls -------------------------------------------------------------------------
  for (const control of [ui.slug, ui.titleSv, ui.summarySv, ui.bodySv, ui.placeNameSv, ui.kind]) control.setAttribute("aria-required", "true");

  function renderKinds() {
    const value = ui.kind.value;
    ui.kind.replaceChildren(
      el("option", { value: "" }, t("examples.field.kind.choose")),
      ...kinds.all.map((kind) => el("option", { value: kind.id }, kinds.label(kind.id))),
    );
    ui.kind.value = value;
  }

  function renderChallengeOptions() {
    const checked = new Set(checkedChallenges());
    ui.challengeOptions.replaceChildren(
      ...codebook.tags.map((entry) => {
        const id = `example-challenge-${entry.tag}`;
        const description = codebook.description(entry.tag);
        return el(
          "div",
          { className: "checkbox-item" },
          el("input", {
            type: "checkbox",
            id,
            name: "challenge",
            value: entry.tag,
            checked: checked.has(entry.tag),
            "aria-describedby": description ? `${id}-hint` : undefined,
          }),
          el("label", { for: id }, codebook.label(entry.tag)),
          description ? el("p", { id: `${id}-hint`, className: "hint" }, description) : "",
        );
      }),
    );
  }

  const checkedChallenges = () => [...ui.challengeOptions.querySelectorAll('input[name="challenge"]:checked')].map((input) => input.value);

  // Source rows: each has a stable id; labels carry the row number.
  let nextRow = 0;
  function addSourceRow(source = { title: "", url: "" }, { focus = false } = {}) {
    const id = `example-source-${(nextRow += 1)}`;
    const row = el(
      "li",
      { className: "source-row", dataset: { row: id } },
      el(
        "div",
        { className: "field" },
        el("label", { for: `${id}-title`, className: "source-title-label" }),
        el("input", { id: `${id}-title`, type: "text", maxlength: "300", className: "source-title", value: source.title ?? "" }),
      ),
      el(
        "div",
        { className: "field" },
        el("label", { for: `${id}-url`, className: "source-url-label" }),
        el("input", {
          id: `${id}-url`,
          type: "url",
          maxlength: "2000",
          className: "source-url",
          inputmode: "url",
          autocomplete: "off",
          spellcheck: "false",
          value: source.url ?? "",
        }),
      ),
      el("button", { type: "button", className: "button button-secondary button-small source-remove" }),
    );
    ui.sourceRows.append(row);
    renumberSources();
    if (focus) row.querySelector(".source-title").focus();
  }

  function renumberSources() {
    const rows = [...ui.sourceRows.querySelectorAll(".source-row")];
    rows.forEach((row, index) => {
      const number = index + 1;
      row.querySelector(".source-title-label").textContent = t("examples.sources.title", { number });
      row.querySelector(".source-url-label").textContent = t("examples.sources.url", { number });
      row.querySelector(".source-remove").textContent = t("examples.sources.remove", { number });
    });
  }

  ui.sourceAdd.addEventListener("click", () => addSourceRow(undefined, { focus: true }));
  ui.sourceRows.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest(".source-remove") : null;
    if (!button) return;
    const row = button.closest(".source-row");
    const rows = [...ui.sourceRows.querySelectorAll(".source-row")];
    const index = rows.indexOf(row);
    row.remove();
    renumberSources();
    // Focus goes to the next row's remove button, else the previous one's, else "add".
    const remaining = [...ui.sourceRows.querySelectorAll(".source-remove")];
    (remaining[index] ?? remaining[index - 1] ?? ui.sourceAdd).focus();
    saveStatus.show("examples.sources.removed", { number: index + 1 });
  });

  // Place codes: what the text is read as, shown under the field.
  function renderParsed() {
    const describe = (list, text) => {
      const { codes, unknown } = list.parse(text);
      if (codes.length === 0 && unknown.length === 0) return "";
      const parts = [];
      if (codes.length > 0) parts.push(t("examples.place.readAs", { list: codes.map((code) => list.describe(code)).join(", ") }));
      if (unknown.length > 0) parts.push(t("examples.place.unknown", { list: unknown.join(", ") }));
      return parts.join(" ");
    };
    ui.municipalitiesParsed.textContent = describe(municipalities, ui.municipalities.value);
    ui.countiesParsed.textContent = describe(counties, ui.counties.value);
  }
  ui.municipalities.addEventListener("input", renderParsed);
  ui.counties.addEventListener("input", renderParsed);

  // A new example's slug follows its Swedish title until it is edited by hand.
  let slugEdited = Boolean(slug);
  ui.slug.addEventListener("input", () => {
    slugEdited = ui.slug.value !== "";
  });
  ui.titleSv.addEventListener("input", () => {
    if (!slugEdited && !state.slug) ui.slug.value = slugify(ui.titleSv.value);
  });

  // --- Filling and reading ----------------------------------------------------------------
  function fill(example) {
    const e = example ?? {};
    ui.slug.value = e.slug ?? "";
    ui.slug.readOnly = Boolean(state.slug);
    ui.titleSv.value = e.title?.sv ?? "";
    ui.titleEn.value = e.title?.en ?? "";
    ui.summarySv.value = e.summary?.sv ?? "";
    ui.summaryEn.value = e.summary?.en ?? "";
    ui.bodySv.value = e.body?.sv ?? "";
    ui.bodyEn.value = e.body?.en ?? "";
    ui.placeNameSv.value = e.place?.name?.sv ?? "";
    ui.placeNameEn.value = e.place?.name?.en ?? "";
    ui.municipalities.value = (e.place?.municipalities ?? []).map((code) => municipalities.name(code)).join(", ");
    ui.counties.value = (e.place?.counties ?? []).map((code) => counties.name(code)).join(", ");
    ui.country.value = e.place?.country ?? "SE";
    renderKinds();
    ui.kind.value = e.kind ?? "";
    ui.years.value = (e.years ?? []).join(", ");
    ui.actors.value = (e.actors ?? []).join("\n");
    renderChallengeOptions();
    const tags = new Set(e.challenges ?? []);
    for (const input of ui.challengeOptions.querySelectorAll('input[name="challenge"]')) input.checked = tags.has(input.value);
    ui.lessonsSv.value = (e.lessons?.sv ?? []).join("\n");
    ui.lessonsEn.value = (e.lessons?.en ?? []).join("\n");
    ui.sourceRows.replaceChildren();
    for (const source of e.sources ?? []) addSourceRow({ title: source.title ?? "", url: source.url ?? "" });
    if ((e.sources ?? []).length === 0) addSourceRow();
    (e.status === "published" ? ui.statusPublished : ui.statusDraft).checked = true;
    renderParsed();
    renderTitle();
  }

  function renderTitle() {
    ui.formTitle.textContent = state.slug
      ? t("examples.editor.editTitle", { title: localized(state.example?.title).text || state.slug })
      : t("examples.editor.newTitle");
    document.title = `${ui.formTitle.textContent} – ${t("examples.pageTitle")} – Knowledge`;
  }

  const lines = (text) =>
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
  const bilingual = (sv, en) => ({ sv: sv.trim(), en: en.trim() === "" ? null : en.trim() });

  /** The body to send, the checks the browser can make (the server checks everything again), and the source rows sent. */
  function read() {
    /** @type {Record<string, (() => string)[]>} */
    const errors = {};
    const add = (key, render) => (errors[key] ??= []).push(render);

    const slugValue = ui.slug.value.trim();
    if (slugValue === "") add("slug", () => t("examples.error.slug.required"));
    else if (!SLUG.test(slugValue)) add("slug", () => t("examples.error.slug.pattern"));
    for (const [key, control] of [
      ["title.sv", ui.titleSv],
      ["summary.sv", ui.summarySv],
      ["body.sv", ui.bodySv],
      ["place.name.sv", ui.placeNameSv],
    ]) {
      if (control.value.trim() === "") add(key, () => t("examples.error.required"));
    }
    if (!ui.kind.value) add("kind", () => t("examples.error.kind"));

    const municipalityCodes = municipalities.parse(ui.municipalities.value);
    if (municipalityCodes.unknown.length > 0) {
      const list = municipalityCodes.unknown.join(", ");
      add("place.municipalities", () => t("examples.error.municipalities", { list }));
    }
    const countyCodes = counties.parse(ui.counties.value);
    if (countyCodes.unknown.length > 0) {
      const list = countyCodes.unknown.join(", ");
      add("place.counties", () => t("examples.error.counties", { list }));
    }
    const country = ui.country.value.trim().toUpperCase() || "SE";
    if (!COUNTRY.test(country)) add("place.country", () => t("examples.error.country"));

    const yearTexts = ui.years.value.split(/[\s,;]+/).filter(Boolean);
    const years = yearTexts.map(Number);
    if (yearTexts.some((text, i) => !/^\d{4}$/.test(text) || years[i] < 1900 || years[i] > 2100)) add("years", () => t("examples.error.years"));

    const rows = [...ui.sourceRows.querySelectorAll(".source-row")];
    const sentRows = rows.filter((row) => row.querySelector(".source-title").value.trim() !== "" || row.querySelector(".source-url").value.trim() !== "");
    const sources = sentRows.map((row) => {
      const url = row.querySelector(".source-url").value.trim();
      return { title: row.querySelector(".source-title").value.trim(), url: url === "" ? null : url };
    });

    const payload = {
      slug: slugValue,
      title: bilingual(ui.titleSv.value, ui.titleEn.value),
      summary: bilingual(ui.summarySv.value, ui.summaryEn.value),
      body: bilingual(ui.bodySv.value, ui.bodyEn.value),
      place: {
        municipalities: municipalityCodes.codes,
        counties: countyCodes.codes,
        country,
        name: bilingual(ui.placeNameSv.value, ui.placeNameEn.value),
      },
      kind: ui.kind.value,
      years,
      actors: lines(ui.actors.value),
      challenges: checkedChallenges(),
      lessons: { sv: lines(ui.lessonsSv.value), en: lines(ui.lessonsEn.value) },
      sources,
      status: ui.statusPublished.checked ? "published" : "draft",
    };
    return { payload, errors, sentRows };
  }

  // --- Field errors -------------------------------------------------------------------------
  const fixedControls = {
    slug: ui.slug,
    "title.sv": ui.titleSv,
    "title.en": ui.titleEn,
    "summary.sv": ui.summarySv,
    "summary.en": ui.summaryEn,
    "body.sv": ui.bodySv,
    "body.en": ui.bodyEn,
    "place.name.sv": ui.placeNameSv,
    "place.name.en": ui.placeNameEn,
    "place.municipalities": ui.municipalities,
    "place.counties": ui.counties,
    "place.country": ui.country,
    kind: ui.kind,
    years: ui.years,
    actors: ui.actors,
    challenges: ui.challenges,
    "lessons.sv": ui.lessonsSv,
    "lessons.en": ui.lessonsEn,
    sources: ui.sourcesGroup,
    status: ui.statusGroup,
  };
  /** Aliases: a whole object's error goes to its first field. */
  const aliases = { title: "title.sv", summary: "summary.sv", body: "body.sv", place: "place.name.sv", "place.name": "place.name.sv", lessons: "lessons.sv" };
  let fieldErrors = new FieldErrors(fixedControls);
  let sentRows = [];

  /** A FieldErrors over the fixed controls and the source rows that were sent (their index is the server's). */
  function resetFieldErrors(rows) {
    fieldErrors.clear();
    sentRows = rows;
    const controls = { ...fixedControls };
    rows.forEach((row, index) => {
      controls[`sources[${index}]`] = row.querySelector(".source-title");
      controls[`sources[${index}].title`] = row.querySelector(".source-title");
      controls[`sources[${index}].url`] = row.querySelector(".source-url");
    });
    fieldErrors = new FieldErrors(controls);
  }

  /** Server keys → the keys of the controls: "challenges[1]" → "challenges", "place.municipalities[0]" → "place.municipalities" … */
  function mapErrors(errors) {
    const known = new Set([...Object.keys(fixedControls), ...sentRows.flatMap((_, i) => [`sources[${i}]`, `sources[${i}].title`, `sources[${i}].url`])]);
    const mapped = {};
    for (const [key, messages] of Object.entries(errors)) {
      let target = key;
      while (!known.has(target)) {
        if (aliases[target]) target = aliases[target];
        else if (/\[\d+\]$/.test(target)) target = target.replace(/\[\d+\]$/, "");
        else if (/^sources\[\d+\]\./.test(target)) target = target.replace(/\..*$/, "");
        else break;
      }
      if (!known.has(target)) target = key;
      const prefix = target !== key && /\[\d+\]$/.test(key) ? `${key}: ` : "";
      (mapped[target] ??= []).push(...messages.map((m) => (typeof m === "function" ? m : `${prefix}${m}`)));
    }
    return mapped;
  }

  // --- Saving ---------------------------------------------------------------------------------
  function setLocked(locked) {
    for (const control of ui.form.querySelectorAll("input[type=text], input[type=url], textarea")) {
      if (control === ui.slug && state.slug) continue;
      control.readOnly = locked;
    }
    for (const control of ui.form.querySelectorAll("select, input[type=checkbox], input[type=radio], .source-remove, #example-source-add")) {
      control.disabled = locked;
    }
    if (locked) ui.save.setAttribute("aria-disabled", "true");
    else ui.save.removeAttribute("aria-disabled");
  }

  const submitter = createRetryingSubmitter({
    send: ({ payload, etag }) => (state.slug ? api.updateExample(state.slug, payload, etag) : api.createExample(payload)),
    setStatus: (key, params) => saveStatus.show(key, params),
    messages: { sending: "examples.saving", retrying: "examples.retrying", retryingNow: "examples.retryingNow", exhausted: "examples.retryExhausted" },
    retryButton: ui.retry,
    onStart: () => {
      setLocked(true);
      alertRegion.clear();
    },
    onSuccess: (result, { payload }) => onSaved(result, payload),
    onProblem: (error, context) => void onProblem(error, context),
  });

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (submitter.busy) return;
    hideDeleteConfirm();
    const { payload, errors, sentRows: rows } = read();
    resetFieldErrors(rows);
    if (Object.keys(errors).length > 0) {
      saveStatus.clear();
      alertRegion.show(() => problemNodes("examples.fieldErrors", null));
      fieldErrors.show(errors);
      return;
    }
    submitter.submit({ payload, etag: state.etag });
  });

  function onSaved({ status, example, etag }, payload) {
    setLocked(false);
    ui.retry.hidden = true;
    const created = !state.slug && status === 201;
    state.example = example ?? { ...payload };
    state.etag = etag ?? state.etag;
    state.slug = state.example.slug ?? payload.slug;
    saveStatus.clear();
    showConfirmation(created ? "created" : "saved");
  }

  function showConfirmation(what) {
    const title = localized(state.example?.title).text || state.slug;
    const published = state.example?.status === "published";
    const render = () => {
      ui.confirmationTitle.textContent = t(`examples.confirmation.${what}`);
      ui.confirmationText.textContent =
        what === "deleted"
          ? t("examples.confirmation.deletedText", { title })
          : t(published ? "examples.confirmation.published" : "examples.confirmation.draft", { title });
      ui.confirmationActions.replaceChildren(
        ...(what === "deleted"
          ? []
          : [
              el("a", { id: "example-confirmation-view", href: `/examples.html?slug=${encodeURIComponent(state.slug)}`, className: "button" }, t("examples.confirmation.view")),
              el(
                "a",
                { href: `/examples.html?edit=${encodeURIComponent(state.slug)}`, className: "button button-secondary" },
                t("examples.confirmation.editAgain"),
              ),
            ]),
        el("a", { id: "example-confirmation-search", href: lastSearchHref(), className: "button button-secondary" }, t("examples.back")),
        el("a", { href: "/examples.html?new=1", className: "button button-secondary" }, t("examples.confirmation.new")),
      );
    };
    confirmationRender = render;
    render();
    ui.editor.hidden = true;
    ui.confirmation.hidden = false;
    ui.confirmation.focus();
  }
  /** @type {null | (() => void)} */
  let confirmationRender = null;

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

    setLocked(false);
    saveStatus.clear();

    if (!(error instanceof ProblemError)) {
      console.error(error);
      alertRegion.show(() => problemNodes("examples.problem.save", { title: String(error?.message ?? error) }));
      return;
    }

    if (error.status === 400 && Object.keys(error.errors).length > 0) {
      const unmatched = fieldErrors.show(mapErrors(error.errors));
      alertRegion.show(() =>
        problemNodes("examples.fieldErrors", unmatched.length > 0 ? error : null, otherErrorNodes("examples.fieldErrors.other", unmatched)),
      );
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
      ...(error.status === 401 ? [el("p", {}, el("a", { href: signInUrl(location.pathname + location.search), className: "button" }, t("auth.signIn")))] : []),
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
    resetFieldErrors([]);
    fill(state.example);
    alertRegion.clear();
    saveStatus.show("examples.reloaded");
    ui.formTitle.focus();
  }

  // --- Deleting ----------------------------------------------------------------------------------
  function hideDeleteConfirm() {
    ui.deleteConfirm.hidden = true;
  }

  function renderDeleteConfirm() {
    ui.deleteConfirmText.textContent = t("examples.delete.confirmText", { title: localized(state.example?.title).text || state.slug });
  }

  ui.delete.addEventListener("click", () => {
    renderDeleteConfirm();
    ui.deleteConfirm.hidden = false;
    ui.deleteConfirm.focus();
  });
  ui.deleteNo.addEventListener("click", () => {
    hideDeleteConfirm();
    ui.delete.focus();
  });
  let deleting = false;
  ui.deleteYes.addEventListener("click", async () => {
    if (deleting) return;
    deleting = true;
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
        alertRegion.show(() => problemNodes("examples.problem.delete", error instanceof ProblemError ? error : { title: String(error?.message ?? error) }));
      }
    } finally {
      deleting = false;
      ui.deleteYes.removeAttribute("aria-disabled");
    }
  });

  // --- Language ------------------------------------------------------------------------------------
  onLanguageChange(() => {
    renderKinds();
    renderChallengeOptions();
    renumberSources();
    renderParsed();
    renderTitle();
    if (!ui.deleteConfirm.hidden) renderDeleteConfirm();
    confirmationRender?.();
  });

  // --- Go ----------------------------------------------------------------------------------------------
  fill(state.example);
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

/** Codes with names (municipalities or counties): parse "Luleå, 2523, Kiruna (2584)" into codes. */
class CodeList {
  /**
   * @param {{code: string, name: string}[] | null} list
   * @param {RegExp} codePattern
   * @param {(name: string) => string[]} [otherNames] more names a place is known by ("Norrbotten" for "Norrbottens län")
   */
  constructor(list, codePattern, otherNames = () => []) {
    this.known = Array.isArray(list);
    this.codePattern = codePattern;
    this.names = new Map();
    this.byName = new Map();
    for (const item of Array.isArray(list) ? list : []) {
      if (typeof item?.code !== "string") continue;
      this.names.set(item.code, item.name);
      for (const name of [item.name, ...otherNames(item.name ?? "")]) if (name) this.byName.set(fold(name), item.code);
    }
  }

  name(code) {
    return this.names.get(code) ?? code;
  }

  describe(code) {
    return this.names.has(code) ? `${this.names.get(code)} (${code})` : code;
  }

  /** @returns {{codes: string[], unknown: string[]}} */
  parse(text) {
    const codes = [];
    const unknown = [];
    for (const raw of String(text ?? "").split(/[,;\n]/)) {
      const entry = raw.trim();
      if (entry === "") continue;
      const withCode = /\((\d+)\)\s*$/.exec(entry);
      const candidate = withCode ? withCode[1] : entry;
      let code = null;
      if (this.codePattern.test(candidate)) code = !this.known || this.names.has(candidate) ? candidate : null;
      else code = this.byName.get(fold(candidate)) ?? null;
      if (code === null) unknown.push(entry);
      else if (!codes.includes(code)) codes.push(code);
    }
    return { codes, unknown };
  }
}

/** Lower case without diacritics, for forgiving name matching ("lulea" finds Luleå). */
function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** "Gemensam rekryteringsmässa i Kalix" → "gemensam-rekryteringsmassa-i-kalix" */
export function slugify(text) {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** Whether a stored example has the content of a payload (after a lost answer to a retried PUT). */
function sameContent(example, payload) {
  if (!example || !payload) return false;
  const text = (v) => ({ sv: v?.sv ?? "", en: v?.en ?? null });
  const shape = (e) =>
    JSON.stringify({
      title: text(e.title),
      summary: text(e.summary),
      body: text(e.body),
      name: text(e.place?.name),
      municipalities: [...(e.place?.municipalities ?? [])].sort(),
      country: e.place?.country ?? "SE",
      kind: e.kind,
      years: [...new Set(e.years ?? [])].sort(),
      actors: e.actors ?? [],
      challenges: e.challenges ?? [],
      lessons: { sv: e.lessons?.sv ?? [], en: e.lessons?.en ?? [] },
      sources: (e.sources ?? []).map((s) => ({ title: s.title, url: s.url ?? null })),
      status: e.status,
    });
  return shape(example) === shape(payload);
}
