// The form of the example editor: its controls filled from an example and
// read back as EditorValues, the kinds and challenges offered, what the place
// fields are read as, the slug following the Swedish title of a new example,
// and the lock while a save is under way. It works on the editor's state
// ({slug, example}: the example being edited, null slug for a new one).
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { slugify } from "./code-list.js";
import { localized } from "./common.js";
import { sourceRows } from "./editor-sources.js";

const $ = (id) => document.getElementById(id);

/** The editor's elements, by their ids in examples.html. */
export const editorElements = () => ({
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
});

/**
 * @param {ReturnType<typeof editorElements>} ui
 * @param {{slug: string | null, example: object | null}} state
 * @param {object} context
 * @param {object} context.codebook
 * @param {object} context.kinds
 * @param {{municipalities: import("./code-list.js").CodeList, counties: import("./code-list.js").CodeList}} context.places
 * @param {(number: number) => void} context.onSourceRemoved
 */
export function editorForm(ui, state, { codebook, kinds, places, onSourceRemoved }) {
  const { municipalities, counties } = places;
  const sources = sourceRows(ui, onSourceRemoved);

  for (const control of [ui.slug, ui.titleSv, ui.summarySv, ui.bodySv, ui.placeNameSv, ui.kind]) control.setAttribute("aria-required", "true");

  function renderKinds() {
    const value = ui.kind.value;
    ui.kind.replaceChildren(
      el("option", { value: "" }, t("examples.field.kind.choose")),
      ...kinds.all.map((kind) => el("option", { value: kind.id }, kinds.label(kind.id))),
    );
    ui.kind.value = value;
  }

  const checkedChallenges = () => [...ui.challengeOptions.querySelectorAll('input[name="challenge"]:checked')].map((input) => input.value);

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
  let slugEdited = Boolean(state.slug);
  ui.slug.addEventListener("input", () => {
    slugEdited = ui.slug.value !== "";
  });
  ui.titleSv.addEventListener("input", () => {
    if (!slugEdited && !state.slug) ui.slug.value = slugify(ui.titleSv.value);
  });

  function renderTitle() {
    ui.formTitle.textContent = state.slug
      ? t("examples.editor.editTitle", { title: localized(state.example?.title).text || state.slug })
      : t("examples.editor.newTitle");
    document.title = `${ui.formTitle.textContent} – ${t("examples.pageTitle")} – Knowledge`;
  }

  /** Fill the controls from an example (null: an empty form). */
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
    sources.fill(e.sources ?? []);
    (e.status === "published" ? ui.statusPublished : ui.statusDraft).checked = true;
    renderParsed();
    renderTitle();
  }

  /** @returns {import("./editor-payload.js").EditorValues} */
  function read() {
    return {
      slug: ui.slug.value,
      titleSv: ui.titleSv.value,
      titleEn: ui.titleEn.value,
      summarySv: ui.summarySv.value,
      summaryEn: ui.summaryEn.value,
      bodySv: ui.bodySv.value,
      bodyEn: ui.bodyEn.value,
      placeNameSv: ui.placeNameSv.value,
      placeNameEn: ui.placeNameEn.value,
      municipalities: ui.municipalities.value,
      counties: ui.counties.value,
      country: ui.country.value,
      kind: ui.kind.value,
      years: ui.years.value,
      actors: ui.actors.value,
      challenges: checkedChallenges(),
      lessonsSv: ui.lessonsSv.value,
      lessonsEn: ui.lessonsEn.value,
      sources: sources.read(),
      published: ui.statusPublished.checked,
    };
  }

  /** Read-only texts and disabled choices while a save is under way (the slug of a stored example stays read-only). */
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

  return {
    fill,
    read,
    setLocked,
    sourceControls: sources.controls,
    /** After a language change. */
    render() {
      renderKinds();
      renderChallengeOptions();
      sources.renumber();
      renderParsed();
      renderTitle();
    },
  };
}
