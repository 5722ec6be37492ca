// One note on the review page: its facts, the masked text with the
// suggestion's evidence highlighted, and an accept/reject pair per tag (the
// codebook's plus any tag of the note the codebook does not know) with the
// suggestion's confidence beside the suggested ones.
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

/** The tags to accept when a note opens: its latest review's, else the suggestion's. */
export function initialTags(note) {
  return new Set(note.review ? note.review.tags : (note.suggested?.tags ?? []).map((s) => s.tag));
}

/** Rows with a shortcut digit (1–9). */
export const SHORTCUT_ROWS = 9;

/**
 * One row per tag with an explicit accept/reject radio pair: the suggested
 * tags first (so the digit shortcuts reach them), then the rest of the
 * codebook, then tags of the note the codebook does not know.
 * @param {HTMLElement} container
 * @param {object | null} note
 * @param {Set<string>} accepted
 * @param {{codebook: import("../notes-common.js").Codebook, disabled: boolean}} options
 */
export function renderTagOptions(container, note, accepted, { codebook, disabled }) {
  const suggested = new Map((note?.suggested?.tags ?? []).map((s) => [s.tag, s.confidence]));
  const tags = [...new Set([...suggested.keys(), ...codebook.tags.map((entry) => entry.tag), ...(note?.review?.tags ?? [])])];
  container.replaceChildren(
    ...tags.map((tag, index) => {
      const id = `review-tag-${tag}`;
      const key = index < SHORTCUT_ROWS ? String(index + 1) : undefined;
      const description = codebook.description(tag);
      const descriptionId = description ? `${id}-description` : undefined;
      const choice = (value, labelKey) => [
        el("input", { type: "radio", name: `tag:${tag}`, value, id: `${id}-${value}`, checked: accepted.has(tag) === (value === "accept"), disabled }),
        el("label", { for: `${id}-${value}` }, t(labelKey)),
      ];
      return el(
        "div",
        {
          className: "tag-choice",
          role: "radiogroup",
          dataset: { tag },
          "aria-labelledby": `${id}-name`,
          "aria-describedby": descriptionId,
          "aria-keyshortcuts": key,
        },
        el("span", { className: "tag-choice-key", "aria-hidden": "true" }, key ?? ""),
        el(
          "span",
          { id: `${id}-name`, className: "tag-choice-name" },
          el("span", { className: "tag-name" }, codebook.label(tag)),
          suggested.has(tag)
            ? [" ", el("span", { className: "tag-suggested" }, `(${t("review.tags.suggested", { value: formatConfidence(suggested.get(tag)) })})`)]
            : "",
        ),
        el("span", { className: "tag-choice-options" }, ...choice("accept", "review.tags.accept"), ...choice("reject", "review.tags.reject")),
        description ? el("p", { className: "hint", id: descriptionId }, description) : "",
      );
    }),
  );
}

/** The accepted tags. @param {HTMLElement} container */
export function checkedTags(container) {
  return [...container.querySelectorAll('input[type="radio"][value="accept"]:checked')].map((input) => input.name.slice("tag:".length));
}

/**
 * Flip the row's choice (the digit shortcuts); returns the row's tag name and new choice for the status, or null.
 * @param {HTMLElement} container
 * @param {number} index 0-based row
 */
export function toggleRow(container, index) {
  const row = container.querySelectorAll(".tag-choice")[index];
  const accept = row?.querySelector('input[value="accept"]');
  const reject = row?.querySelector('input[value="reject"]');
  if (!accept || !reject || accept.disabled) return null;
  const target = accept.checked ? reject : accept;
  target.checked = true;
  return { tag: row.querySelector(".tag-name")?.textContent ?? "", accepted: target === accept };
}
