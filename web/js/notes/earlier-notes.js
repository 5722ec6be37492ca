// The office's earlier notes for the chosen municipality, below the note form:
// date, company, whether staff reviewed it, its tags and the start of its text.
import { api } from "../api.js";
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { dateElement, tagItems } from "../notes-common.js";
import { textRegion } from "../page-messages.js";

const EXCERPT_LENGTH = 300;

/**
 * @param {{history: HTMLElement, listTitle: HTMLElement, listStatus: HTMLElement, list: HTMLElement}} ui
 * @param {{codebook: import("../notes-common.js").Codebook, municipalityName: (code: string) => string}} options
 */
export function earlierNotes(ui, { codebook, municipalityName }) {
  const listStatus = textRegion(ui.listStatus);
  /** @type {{request: number, municipality: string, notes: object[] | null}} */
  const state = { request: 0, municipality: "", notes: null };

  async function load(code) {
    const request = ++state.request;
    state.municipality = code;
    state.notes = null;
    ui.list.replaceChildren();
    ui.history.hidden = !code;
    renderTitle();
    if (!code) return;
    listStatus.show("notes.list.loading");
    try {
      const notes = await api.notes(code);
      if (request !== state.request) return;
      state.notes = Array.isArray(notes) ? notes : [];
      renderList();
      listStatus.show(state.notes.length === 0 ? "notes.list.empty" : null);
    } catch (error) {
      if (request !== state.request) return;
      console.warn("Notes could not be listed", error);
      listStatus.show("notes.list.failed");
    }
  }

  function renderTitle() {
    ui.listTitle.textContent = state.municipality
      ? t("notes.list.titleFor", { municipality: municipalityName(state.municipality) })
      : t("notes.list.title");
  }

  function renderList() {
    if (!state.notes) return;
    ui.list.replaceChildren(...state.notes.map((note) => noteItem(note, codebook)));
  }

  return {
    load,
    render() {
      renderTitle();
      renderList();
    },
  };
}

function noteItem(note, codebook) {
  const titleId = `note-item-${note.noteId}`;
  const text = typeof note.text === "string" ? note.text : "";
  const excerpt = text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH).trimEnd()}…` : text;
  return el(
    "li",
    { className: "note-item", dataset: { noteId: note.noteId } },
    el("h3", { className: "note-item-title", id: titleId }, dateElement(note.interviewDate), " – ", note.company?.name || t("note.noCompany")),
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
}
