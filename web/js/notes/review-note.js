// One note on the review page: its facts, the masked text with the
// suggestion's evidence highlighted, and one checkbox per codebook tag (plus
// any tag of the note the codebook does not know) with the suggestion's
// confidence beside the suggested ones.
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { companyRows, dateElement, dateTimeElement, formatConfidence, formatDate, renderEvidence } from "../notes-common.js";

/**
 * @param {{noteTitle: HTMLElement, facts: HTMLElement, text: HTMLElement, tagsHint: HTMLElement}} ui
 * @param {object} note
 * @param {{codebook: import("../notes-common.js").Codebook, choices: object, municipalityName: (code: string) => string}} context
 */
export function renderReviewNote(ui, note, { codebook, choices, municipalityName }) {
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

/** The tags to check when a note opens: its latest review's, else the suggestion's. */
export function initialTags(note) {
  return new Set(note.review ? note.review.tags : (note.suggested?.tags ?? []).map((s) => s.tag));
}

/**
 * @param {HTMLElement} container
 * @param {object | null} note
 * @param {Set<string>} checked
 * @param {{codebook: import("../notes-common.js").Codebook, disabled: boolean}} options
 */
export function renderTagOptions(container, note, checked, { codebook, disabled }) {
  const suggested = new Map((note?.suggested?.tags ?? []).map((s) => [s.tag, s.confidence]));
  const extra = [...suggested.keys(), ...(note?.review?.tags ?? [])].filter((tag) => !codebook.has(tag));
  const tags = [...codebook.tags.map((entry) => entry.tag), ...new Set(extra)];
  container.replaceChildren(
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
          disabled,
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

/** @param {HTMLElement} container */
export function checkedTags(container) {
  return [...container.querySelectorAll('input[name="tag"]:checked')].map((input) => input.value);
}
