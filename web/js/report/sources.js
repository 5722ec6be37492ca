// The other surveys' sources as numbered notes: a figure in the challenges
// table carries a superscript number linking to its note, and the notes list
// at the end of the report gives each citation once (source, year, address),
// instead of the full citation in every row.
import { getLanguage, t } from "../i18n.js";
import { el } from "../layout.js";

/** A fresh numbering for one rendering of the report. */
export function createSourceNotes() {
  /** @type {Map<string, {number: number, source: string, year: any, url: string | null}>} */
  const notes = new Map();

  /** The note number of a figure's source, numbered in order of first use. */
  function number(figure) {
    const url = typeof figure?.url === "string" && /^https?:\/\//i.test(figure.url) ? figure.url : null;
    const key = `${figure?.source}|${figure?.year}|${url ?? ""}`;
    if (!notes.has(key)) notes.set(key, { number: notes.size + 1, source: figure?.source ?? "", year: figure?.year ?? "", url });
    return notes.get(key).number;
  }

  /** The superscript link to a figure's note. */
  function reference(figure) {
    const n = number(figure);
    return el(
      "sup",
      { className: "note-ref" },
      el("a", { href: `#report-source-${n}`, "aria-label": t("report.sources.reference", { number: n }) }, String(n)),
    );
  }

  /** The notes list (an ordered list numbered as the references); empty when no figure has a source. */
  function render(list) {
    const english = getLanguage() === "en";
    const items = [...notes.values()].map((note) =>
      el(
        "li",
        { id: `report-source-${note.number}`, value: String(note.number) },
        note.url
          ? el("a", { href: note.url, className: "source-link", lang: english ? "sv" : undefined }, `${note.source} ${note.year}`)
          : el("span", { lang: english ? "sv" : undefined }, `${note.source} ${note.year}`),
        ` (${t("report.otherSurvey.weighted")}).`,
      ),
    );
    list.replaceChildren(...items);
    return items.length;
  }

  return { reference, render };
}
