// The note form of the notes page: its selects (municipality, size class,
// sector), the establishments the note may name, reading and filling its
// values (a draft is such values), locking it while a save is under way, and
// the payload and browser-side checks of a save.
import { FieldErrors } from "../form-errors.js";
import { pickLocalized, t } from "../i18n.js";
import { el } from "../layout.js";
import { todayIso } from "../notes-common.js";
import { fillSelect } from "./select-options.js";

/**
 * @typedef {object} NoteValues what the form holds (and a draft keeps)
 * @property {string} municipality
 * @property {string} interviewDate yyyy-mm-dd
 * @property {string} companyName
 * @property {string} organisationNumber
 * @property {string} sizeClass
 * @property {string} sector
 * @property {string[]} establishments slugs
 * @property {string} text
 */

/**
 * @param {Record<string, HTMLElement>} ui the page's elements (note-form controls)
 * @param {object} options
 * @param {string[]} options.scopes the office's municipality codes
 * @param {{sizeClasses: {value: string, text: unknown}[], sectors: {value: string, text: unknown}[]}} options.choices
 * @param {{slug: string, name: string, company?: string}[]} options.establishments
 * @param {(code: string) => string} options.municipalityName
 */
export function noteForm(ui, { scopes, choices, establishments, municipalityName }) {
  function renderSelects() {
    fillSelect(
      ui.municipality,
      scopes.length > 1 ? t("notes.municipality.choose") : null,
      scopes.map((code) => ({ value: code, text: municipalityName(code) })),
    );
    fillSelect(ui.sizeClass, t("notes.company.notGiven"), choices.sizeClasses.map((c) => ({ value: c.value, text: pickLocalized(c.text) })));
    fillSelect(ui.sector, t("notes.company.notGiven"), choices.sectors.map((c) => ({ value: c.value, text: pickLocalized(c.text) })));
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

  /** @returns {NoteValues} */
  function read() {
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

  /** Fill in the values that are valid here (a draft may be from another municipality or codebook). */
  function apply(values) {
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

  /** Empty for the next note; municipality and date stay. */
  function clearNote() {
    for (const control of [ui.companyName, ui.orgNumber, ui.text]) control.value = "";
    ui.sizeClass.value = "";
    ui.sector.value = "";
    for (const box of establishmentBoxes()) box.checked = false;
  }

  function setLocked(locked) {
    for (const control of [ui.companyName, ui.orgNumber, ui.text, ui.date]) control.readOnly = locked;
    for (const control of [ui.municipality, ui.sizeClass, ui.sector, ...establishmentBoxes()]) control.disabled = locked;
    if (locked) ui.save.setAttribute("aria-disabled", "true");
    else ui.save.removeAttribute("aria-disabled");
  }

  return { fieldErrors, renderSelects, read, apply, clearNote, setLocked };
}

/** Whether a draft holds anything the user wrote or chose (then the page says it was restored). */
export function hasContent(values) {
  const named = Array.isArray(values.establishments) && values.establishments.length > 0;
  return named || [values.text, values.companyName, values.organisationNumber, values.sizeClass, values.sector].some((v) => typeof v === "string" && v.trim() !== "");
}

/** The body of POST /api/notes. */
export function notePayload(noteId, values) {
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
export function validateNote(values) {
  const errors = {};
  if (!values.municipality) errors.municipality = [() => t("notes.required.municipality")];
  if (!values.interviewDate) errors.interviewDate = [() => t("notes.required.date")];
  if (values.text.trim() === "") errors.text = [() => t("notes.required.text")];
  return errors;
}
