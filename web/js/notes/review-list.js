// The review page's way to a note: county and municipality selects, the
// municipality's notes as buttons (date, company, reviewed or not, tags) and
// the choice kept in the address.
// Rendered from the page's state; a click on a note calls onOpen.
import { countyName, t } from "../i18n.js";
import { el } from "../layout.js";
import { dateElement } from "../notes-common.js";
import { fillSelect } from "./select-options.js";

/**
 * @param {{county: HTMLSelectElement, municipality: HTMLSelectElement}} ui
 * @param {{county: string, municipalities: {code: string, name: string}[], municipality: string}} state
 * @param {{code: string, name: string}[]} counties
 * @param {boolean} busy a review is being saved (the choice is locked)
 */
export function renderPlaceSelects(ui, state, counties, busy) {
  fillSelect(
    ui.county,
    t("review.county.choose"),
    counties.map((c) => ({ value: c.code, text: countyName(c) })),
    state.county,
  );
  fillSelect(
    ui.municipality,
    t(state.county ? "review.municipality.choose" : "review.municipality.chooseCountyFirst"),
    state.municipalities.map((m) => ({ value: m.code, text: m.name })),
    state.municipality,
  );
  ui.municipality.disabled = !state.county || busy;
  ui.county.disabled = busy;
}

/**
 * @param {HTMLElement} list the <ul>
 * @param {{notes: object[] | null, noteId: string}} state
 * @param {import("../notes-common.js").Codebook} codebook
 * @param {(noteId: string) => void} onOpen
 */
export function renderNoteList(list, state, codebook, onOpen) {
  if (!state.notes) return;
  list.replaceChildren(
    ...state.notes.map((note) => {
      const tags = Array.isArray(note.tags) ? note.tags : [];
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
            onclick: () => onOpen(note.noteId),
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

/** The choice in the address (?county=25&municipality=2580&note=<id>), so that a reload or a link reopens it. */
export function writeChoiceToAddress({ county, municipality, noteId }) {
  const params = new URLSearchParams();
  if (county) params.set("county", county);
  if (municipality) params.set("municipality", municipality);
  if (noteId) params.set("note", noteId);
  const query = params.toString();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
}

/** The choice the address asks for; the county defaults to the municipality's (its code starts with it). */
export function readChoiceFromAddress() {
  const params = new URLSearchParams(location.search);
  const municipality = params.get("municipality") ?? "";
  return { county: params.get("county") || municipality.slice(0, 2), municipality, noteId: params.get("note") ?? "" };
}
