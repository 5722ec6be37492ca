// Staff's form for creating and editing an establishment: slug (new ones
// only), name, company, municipalities, counties, sector, status (new ones
// only: later a status changes by an event), phases and planned hires as
// repeatable rows. Procurement windows and sources are kept as they are.
// The API's field errors ("phases[1].note", "plannedHires[0].year") are shown
// at their controls; the rest in the alert.
import { FieldErrors } from "../form-errors.js";
import { phaseLabel, statusLabel } from "../establishments-common.js";
import { countyName, t } from "../i18n.js";
import { el } from "../layout.js";
import { choiceText } from "../notes-common.js";

const PHASES = ["announced", "permits", "construction", "production_start", "expansion"];
const STATUSES = ["planned", "in_construction", "in_production", "paused", "bankrupt", "closed"];

const field = (id, label, control, hint) =>
  el("div", { className: "field" }, el("label", { for: id }, label), hint ? el("p", { id: `${id}-hint`, className: "hint" }, hint) : "", control);
const options = (values, text, selected) => values.map((v) => el("option", { value: v, selected: selected.includes(v) }, text(v)));

/**
 * @param {HTMLFormElement} form
 * @param {{counties: {code: string, name: string}[], municipalities: {code: string, name: string, countyCode: string}[], choices: any}} reference
 */
export function createEditor(form, { counties, municipalities, choices }) {
  /** @type {{mode: "create" | "edit", establishment: any, phases: any[], hires: any[]}} */
  let draft = { mode: "create", establishment: null, phases: [], hires: [] };
  let errors = new FieldErrors({});

  /** The single fields' values, as typed. */
  function readFields() {
    const value = (id) => form.querySelector(`#${id}`)?.value.trim() ?? "";
    const selected = (id) => [...(form.querySelector(`#${id}`)?.selectedOptions ?? [])].map((o) => o.value);
    return {
      slug: value("est-slug"),
      name: value("est-name"),
      company: value("est-company"),
      municipalities: selected("est-municipalities"),
      counties: selected("est-counties"),
      sector: value("est-sector"),
      status: value("est-status"),
    };
  }

  /** The form's values as the API takes them. */
  function payload() {
    collectRows();
    const { slug, status, ...fields } = readFields();
    const body = {
      ...fields,
      phases: draft.phases.map((p) => {
        const phase = { kind: p.kind, from: p.from };
        if (p.to) phase.to = p.to;
        if (p.noteSv || p.noteEn) phase.note = p.noteEn ? { sv: p.noteSv, en: p.noteEn } : { sv: p.noteSv };
        return phase;
      }),
      plannedHires: draft.hires.map((h) => ({ ...(h.year === "" ? {} : { year: Number(h.year) }), ...(h.count === "" ? {} : { count: Number(h.count) }) })),
      procurementWindows: draft.establishment?.procurementWindows ?? [],
      sources: draft.establishment?.sources ?? [],
    };
    return draft.mode === "create" ? { slug, ...body, status } : body;
  }

  /** The repeatable rows' values, read back from the form before it is drawn again. */
  function collectRows() {
    const read = (row, name) => row.querySelector(`[data-name=${name}]`)?.value.trim() ?? "";
    draft.phases = [...form.querySelectorAll(".phase-row")].map((row) => ({
      kind: read(row, "kind"),
      from: read(row, "from"),
      to: read(row, "to"),
      noteSv: read(row, "noteSv"),
      noteEn: read(row, "noteEn"),
    }));
    draft.hires = [...form.querySelectorAll(".hires-row")].map((row) => ({ year: read(row, "year"), count: read(row, "count") }));
  }

  function phaseRow(p, i) {
    const id = (name) => `est-phase-${i}-${name}`;
    const input = (name, attrs = {}) => el("input", { id: id(name), dataset: { name }, value: p[name] ?? "", ...attrs });
    return el(
      "fieldset",
      { className: "phase-row repeat-row", id: id("row") },
      el("legend", {}, t("establishments.form.phase", { number: i + 1 })),
      el(
        "div",
        { className: "repeat-grid" },
        field(id("kind"), t("report.column.phase"), el("select", { id: id("kind"), dataset: { name: "kind" } }, options(PHASES, phaseLabel, [p.kind || PHASES[0]]))),
        field(id("from"), t("establishments.form.from"), input("from", { type: "month" })),
        field(id("to"), t("establishments.form.to"), input("to", { type: "month" })),
        field(id("noteSv"), t("establishments.form.noteSv"), input("noteSv", { lang: "sv" })),
        field(id("noteEn"), t("establishments.form.noteEn"), input("noteEn", { lang: "en" })),
      ),
      el("button", { type: "button", className: "button button-secondary", dataset: { remove: "phases", index: String(i) } }, t("establishments.form.removePhase", { number: i + 1 })),
    );
  }

  function hiresRow(h, i) {
    const id = (name) => `est-hires-${i}-${name}`;
    return el(
      "fieldset",
      { className: "hires-row repeat-row", id: id("row") },
      el("legend", {}, t("establishments.form.hiresRow", { number: i + 1 })),
      el(
        "div",
        { className: "repeat-grid" },
        field(id("year"), t("establishments.column.year"), el("input", { id: id("year"), type: "number", min: "2000", max: "2100", dataset: { name: "year" }, value: h.year ?? "" })),
        field(id("count"), t("establishments.column.hires"), el("input", { id: id("count"), type: "number", min: "0", dataset: { name: "count" }, value: h.count ?? "" })),
      ),
      el("button", { type: "button", className: "button button-secondary", dataset: { remove: "hires", index: String(i) } }, t("establishments.form.removeHires", { number: i + 1 })),
    );
  }

  /** Draws the form from the draft (values typed so far are kept when it is drawn again). */
  function render() {
    const e = draft.establishment;
    const keep = form.childElementCount > 0 ? readFields() : null;
    const values = keep ?? {
      slug: "",
      name: e?.name ?? "",
      company: e?.company ?? "",
      municipalities: e?.municipalities ?? [],
      counties: e?.counties ?? [],
      sector: e?.sector ?? "",
      status: e?.status ?? "planned",
    };
    const creating = draft.mode === "create";
    const byCounty = counties.filter((c) => municipalities.some((m) => m.countyCode === c.code));
    form.replaceChildren(
      creating ? field("est-slug", t("establishments.form.slug"), el("input", { id: "est-slug", value: values.slug ?? "", "aria-describedby": "est-slug-hint", autocomplete: "off" }), t("establishments.form.slug.hint")) : "",
      field("est-name", t("establishments.form.name"), el("input", { id: "est-name", value: values.name, "aria-describedby": creating ? undefined : "est-name-hint" }), creating ? "" : t("establishments.form.name.hint")),
      field("est-company", t("establishments.fact.company"), el("input", { id: "est-company", value: values.company })),
      field(
        "est-municipalities",
        t("establishments.fact.municipalities"),
        el(
          "select",
          { id: "est-municipalities", multiple: true, size: "6", "aria-describedby": "est-municipalities-hint" },
          byCounty.map((c) => el("optgroup", { label: countyName(c) }, options(municipalities.filter((m) => m.countyCode === c.code).map((m) => m.code), (code) => municipalities.find((m) => m.code === code).name, values.municipalities))),
        ),
        t("establishments.form.multiple.hint"),
      ),
      field("est-counties", t("establishments.fact.counties"), el("select", { id: "est-counties", multiple: true, size: "4" }, options(counties.map((c) => c.code), (code) => countyName(counties.find((c) => c.code === code)), values.counties))),
      field("est-sector", t("establishments.fact.sector"), el("select", { id: "est-sector" }, el("option", { value: "" }, t("establishments.form.choose")), options(choices.sectors.map((s) => s.value), (v) => `${v} ${choiceText(choices.sectors, v)}`, [values.sector]))),
      creating ? field("est-status", t("establishments.fact.status"), el("select", { id: "est-status" }, options(STATUSES, statusLabel, [values.status]))) : "",
      el("fieldset", { id: "est-phases", className: "repeat-list" }, el("legend", {}, t("establishments.phases.title")), draft.phases.map(phaseRow),
        el("button", { type: "button", className: "button button-secondary", dataset: { add: "phases" } }, t("establishments.form.addPhase"))),
      el("fieldset", { id: "est-hires", className: "repeat-list" }, el("legend", {}, t("establishments.hires.title")), draft.hires.map(hiresRow),
        el("button", { type: "button", className: "button button-secondary", dataset: { add: "hires" } }, t("establishments.form.addHires"))),
      e && !creating ? el("p", { className: "hint" }, t("establishments.form.kept")) : "",
      el("p", { className: "actions" },
        el("button", { type: "submit", className: "button" }, t(creating ? "establishments.form.create" : "establishments.form.save")), " ",
        el("button", { type: "button", className: "button button-secondary", dataset: { cancel: "" } }, t("establishments.form.cancel"))),
    );
    errors = new FieldErrors(controls());
  }

  /** Error key → control: the fields, each phase's and year's fields, and the lists. */
  function controls() {
    const $ = (id) => form.querySelector(`#${id}`);
    const map = { slug: $("est-slug"), name: $("est-name"), company: $("est-company"), municipalities: $("est-municipalities"), counties: $("est-counties"), sector: $("est-sector"), status: $("est-status"), phases: $("est-phases"), plannedHires: $("est-hires") };
    draft.phases.forEach((_, i) => {
      for (const name of ["kind", "from", "to"]) map[`phases[${i}].${name}`] = $(`est-phase-${i}-${name}`);
      map[`phases[${i}].note`] = $(`est-phase-${i}-noteSv`);
      map[`phases[${i}].note.sv`] = $(`est-phase-${i}-noteSv`);
      map[`phases[${i}].note.en`] = $(`est-phase-${i}-noteEn`);
      map[`phases[${i}]`] = $(`est-phase-${i}-row`);
    });
    draft.hires.forEach((_, i) => {
      map[`plannedHires[${i}].year`] = $(`est-hires-${i}-year`);
      map[`plannedHires[${i}].count`] = $(`est-hires-${i}-count`);
      map[`plannedHires[${i}]`] = $(`est-hires-${i}-row`);
    });
    return map;
  }

  form.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-add], button[data-remove]") : null;
    if (!button) return;
    collectRows();
    const list = (button.dataset.add ?? button.dataset.remove) === "phases" ? draft.phases : draft.hires;
    if (button.dataset.add) list.push(button.dataset.add === "phases" ? { kind: PHASES[0], from: "", to: "", noteSv: "", noteEn: "" } : { year: "", count: "" });
    else list.splice(Number(button.dataset.index), 1);
    render();
    const rows = form.querySelectorAll(button.dataset.add === "phases" || button.dataset.remove === "phases" ? ".phase-row" : ".hires-row");
    (button.dataset.add ? rows[rows.length - 1]?.querySelector("select, input") : form.querySelector(`[data-add=${button.dataset.remove}]`))?.focus();
  });

  return {
    /** Starts a new establishment, or an edit of the one given (as read with its ETag). */
    open(establishment) {
      draft = {
        mode: establishment ? "edit" : "create",
        establishment,
        phases: (establishment?.phases ?? []).map((p) => ({ kind: p.kind, from: p.from, to: p.to ?? "", noteSv: p.note?.sv ?? "", noteEn: p.note?.en ?? "" })),
        hires: (establishment?.plannedHires ?? []).map((h) => ({ year: String(h.year), count: String(h.count) })),
      };
      form.replaceChildren();
      render();
    },
    get mode() {
      return draft.mode;
    },
    payload,
    /** Draws the form again in the new language, keeping what was typed. */
    refresh() {
      if (form.childElementCount === 0) return;
      collectRows();
      render();
    },
    /** @returns {[string, string[]][]} the errors no control shows */
    showErrors: (problemErrors) => errors.show(problemErrors),
    fieldErrors: () => errors,
  };
}
