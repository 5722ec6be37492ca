// The repeatable parts of the establishment editor: phases, planned hires per
// year, procurement windows and sources. Each list says how a row is drawn
// (labelled controls with ids "est-{row}-{i}-{name}"), how the API's items
// become rows and rows become items again, and which of the API's error keys
// ("procurementWindows[0].description.en") each control shows.
import { categoryLabel, phaseLabel } from "../establishments-common.js";
import { t } from "../i18n.js";
import { el } from "../layout.js";

const PHASES = ["announced", "permits", "construction", "production_start", "expansion"];
const CATEGORIES = ["construction", "maintenance", "transport", "services"];

// Controls for a value; an empty row's select shows its first choice.
const choose = (values, text) => (value) => el("select", {}, values.map((v) => el("option", { value: v, selected: v === (value || values[0]) }, text(v))));
const input = (attributes) => (value) => el("input", { ...attributes, value });
const month = input({ type: "month" });

/** {sv} or {sv, en} from two fields, or nothing when both are empty. */
function bilingual(sv, en) {
  if (!sv && !en) return undefined;
  return en ? { sv, en } : { sv };
}

/**
 * @typedef {object} ListField
 * @property {string} name the row's value (data-name)
 * @property {() => string} label
 * @property {(value: string) => HTMLElement} control
 * @property {string[]} [errors] the API's keys within the item shown here (default: [name])
 */

/**
 * @typedef {object} EditorList
 * @property {string} key the API's field, its error prefix and the fieldset's data-list
 * @property {string} row the rows' class ("{row}-row") and id part
 * @property {string} id the fieldset's id
 * @property {() => string} title
 * @property {(number: number) => string} legend
 * @property {(number: number) => string} remove
 * @property {() => string} add
 * @property {ListField[]} fields
 * @property {(item: any) => Record<string, string>} fromApi
 * @property {(row: Record<string, string>) => object} toApi
 */

/** @type {EditorList[]} */
export const LISTS = [
  {
    key: "phases",
    row: "phase",
    id: "est-phases",
    title: () => t("establishments.phases.title"),
    legend: (number) => t("establishments.form.phase", { number }),
    remove: (number) => t("establishments.form.removePhase", { number }),
    add: () => t("establishments.form.addPhase"),
    fields: [
      { name: "kind", label: () => t("report.column.phase"), control: choose(PHASES, phaseLabel) },
      { name: "from", label: () => t("establishments.form.from"), control: month },
      { name: "to", label: () => t("establishments.form.to"), control: month },
      { name: "noteSv", label: () => t("establishments.form.noteSv"), control: input({ lang: "sv" }), errors: ["note", "note.sv"] },
      { name: "noteEn", label: () => t("establishments.form.noteEn"), control: input({ lang: "en" }), errors: ["note.en"] },
    ],
    fromApi: (p) => ({ kind: p.kind, from: p.from, to: p.to ?? "", noteSv: p.note?.sv ?? "", noteEn: p.note?.en ?? "" }),
    toApi: (p) => ({ kind: p.kind, from: p.from, ...(p.to ? { to: p.to } : {}), ...(bilingual(p.noteSv, p.noteEn) ? { note: bilingual(p.noteSv, p.noteEn) } : {}) }),
  },
  {
    key: "plannedHires",
    row: "hires",
    id: "est-hires",
    title: () => t("establishments.hires.title"),
    legend: (number) => t("establishments.form.hiresRow", { number }),
    remove: (number) => t("establishments.form.removeHires", { number }),
    add: () => t("establishments.form.addHires"),
    fields: [
      { name: "year", label: () => t("establishments.column.year"), control: input({ type: "number", min: "2000", max: "2100" }) },
      { name: "count", label: () => t("establishments.column.hires"), control: input({ type: "number", min: "0" }) },
    ],
    fromApi: (h) => ({ year: String(h.year), count: String(h.count) }),
    toApi: (h) => ({ ...(h.year === "" ? {} : { year: Number(h.year) }), ...(h.count === "" ? {} : { count: Number(h.count) }) }),
  },
  {
    key: "procurementWindows",
    row: "window",
    id: "est-windows",
    title: () => t("establishments.procurement.title"),
    legend: (number) => t("establishments.form.window", { number }),
    remove: (number) => t("establishments.form.removeWindow", { number }),
    add: () => t("establishments.form.addWindow"),
    fields: [
      { name: "category", label: () => t("report.column.category"), control: choose(CATEGORIES, categoryLabel) },
      { name: "phase", label: () => t("report.column.phase"), control: choose(PHASES, phaseLabel) },
      { name: "from", label: () => t("establishments.form.from"), control: month },
      { name: "to", label: () => t("establishments.form.to"), control: month },
      { name: "descriptionSv", label: () => t("establishments.form.descriptionSv"), control: input({ lang: "sv" }), errors: ["description", "description.sv"] },
      { name: "descriptionEn", label: () => t("establishments.form.descriptionEn"), control: input({ lang: "en" }), errors: ["description.en"] },
    ],
    fromApi: (w) => ({
      category: w.category,
      phase: w.phase,
      from: w.from,
      to: w.to ?? "",
      descriptionSv: w.description?.sv ?? "",
      descriptionEn: w.description?.en ?? "",
    }),
    toApi: (w) => ({
      category: w.category,
      phase: w.phase,
      from: w.from,
      ...(w.to ? { to: w.to } : {}),
      ...(bilingual(w.descriptionSv, w.descriptionEn) ? { description: bilingual(w.descriptionSv, w.descriptionEn) } : {}),
    }),
  },
  {
    key: "sources",
    row: "source",
    id: "est-sources",
    title: () => t("establishments.sources.title"),
    legend: (number) => t("establishments.form.source", { number }),
    remove: (number) => t("establishments.form.removeSource", { number }),
    add: () => t("establishments.form.addSource"),
    fields: [
      { name: "title", label: () => t("establishments.form.sourceTitle"), control: input({ maxlength: "300" }) },
      {
        name: "url",
        label: () => t("establishments.form.sourceUrl"),
        control: input({ type: "url", maxlength: "2000", inputmode: "url", autocomplete: "off", spellcheck: "false" }),
      },
    ],
    fromApi: (s) => ({ title: s.title ?? "", url: s.url ?? "" }),
    toApi: (s) => ({ title: s.title, ...(s.url ? { url: s.url } : {}) }),
  },
];

/** An empty row of the list. */
export const emptyRow = (list) => Object.fromEntries(list.fields.map((f) => [f.name, ""]));

/** The id of a row's control. */
export const controlId = (list, index, name) => `est-${list.row}-${index}-${name}`;
