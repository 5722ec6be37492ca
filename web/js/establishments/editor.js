// Staff's form for creating and editing an establishment: slug (new ones
// only), name, company, municipalities, counties, sector, status (new ones
// only: later a status changes by an event), and phases, planned hires,
// procurement windows and sources as repeatable rows (editor-lists.js).
// The API's field errors ("phases[1].note", "procurementWindows[0].from",
// "sources[2].url") are shown at their controls; the rest in the alert.
import { FieldErrors } from "../form-errors.js";
import { statusLabel } from "../establishments-common.js";
import { countyName, t } from "../i18n.js";
import { el } from "../layout.js";
import { choiceText } from "../notes-common.js";
import { controlId, emptyRow, LISTS } from "./editor-lists.js";

const STATUSES = ["planned", "in_construction", "in_production", "paused", "bankrupt", "closed"];

const field = (id, label, control, hint) =>
  el("div", { className: "field" }, el("label", { for: id }, label), hint ? el("p", { id: `${id}-hint`, className: "hint" }, hint) : "", control);
const options = (values, text, selected) => values.map((v) => el("option", { value: v, selected: selected.includes(v) }, text(v)));

/**
 * @param {HTMLFormElement} form
 * @param {{counties: {code: string, name: string}[], municipalities: {code: string, name: string, countyCode: string}[], choices: any}} reference
 */
export function createEditor(form, { counties, municipalities, choices }) {
  /** @type {{mode: "create" | "edit", establishment: any, rows: Record<string, Record<string, string>[]>}} */
  let draft = { mode: "create", establishment: null, rows: rowsOf(null) };
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
    const body = { ...fields, ...Object.fromEntries(LISTS.map((list) => [list.key, draft.rows[list.key].map(list.toApi)])) };
    return draft.mode === "create" ? { slug, ...body, status } : body;
  }

  /** The repeatable rows' values, read back from the form before it is drawn again. */
  function collectRows() {
    for (const list of LISTS) {
      draft.rows[list.key] = [...form.querySelectorAll(`.${list.row}-row`)].map((row) =>
        Object.fromEntries(list.fields.map((f) => [f.name, row.querySelector(`[data-name=${f.name}]`)?.value.trim() ?? ""])),
      );
    }
  }

  function listRow(list, values, i) {
    const number = i + 1;
    return el(
      "fieldset",
      { className: `${list.row}-row repeat-row`, id: controlId(list, i, "row") },
      el("legend", {}, list.legend(number)),
      el(
        "div",
        { className: "repeat-grid" },
        list.fields.map((f) => {
          const control = f.control(values[f.name] ?? "");
          control.id = controlId(list, i, f.name);
          control.dataset.name = f.name;
          return field(control.id, f.label(), control);
        }),
      ),
      el("button", { type: "button", className: "button button-secondary", dataset: { remove: list.key, index: String(i) } }, list.remove(number)),
    );
  }

  const listFieldset = (list) =>
    el(
      "fieldset",
      { id: list.id, className: "repeat-list" },
      el("legend", {}, list.title()),
      draft.rows[list.key].map((values, i) => listRow(list, values, i)),
      el("button", { type: "button", className: "button button-secondary", dataset: { add: list.key } }, list.add()),
    );

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
      ...LISTS.map(listFieldset),
      el("p", { className: "actions" },
        el("button", { type: "submit", className: "button" }, t(creating ? "establishments.form.create" : "establishments.form.save")), " ",
        el("button", { type: "button", className: "button button-secondary", dataset: { cancel: "" } }, t("establishments.form.cancel"))),
    );
    errors = new FieldErrors(controls());
  }

  /** Error key → control: the fields, each row's fields (under each of the API's keys they show) and rows, and the lists. */
  function controls() {
    const $ = (id) => form.querySelector(`#${id}`);
    const map = { slug: $("est-slug"), name: $("est-name"), company: $("est-company"), municipalities: $("est-municipalities"), counties: $("est-counties"), sector: $("est-sector"), status: $("est-status") };
    for (const list of LISTS) {
      map[list.key] = $(list.id);
      draft.rows[list.key].forEach((_, i) => {
        map[`${list.key}[${i}]`] = $(controlId(list, i, "row"));
        for (const f of list.fields) {
          for (const key of f.errors ?? [f.name]) map[`${list.key}[${i}].${key}`] = $(controlId(list, i, f.name));
        }
      });
    }
    return map;
  }

  form.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-add], button[data-remove]") : null;
    if (!button) return;
    collectRows();
    const list = LISTS.find((l) => l.key === (button.dataset.add ?? button.dataset.remove));
    const rows = draft.rows[list.key];
    if (button.dataset.add) rows.push(emptyRow(list));
    else rows.splice(Number(button.dataset.index), 1);
    render();
    // A new row's first control, or after a removal the list's "add" button.
    const drawn = form.querySelectorAll(`.${list.row}-row`);
    (button.dataset.add ? drawn[drawn.length - 1]?.querySelector("select, input") : form.querySelector(`[data-add=${list.key}]`))?.focus();
  });

  return {
    /** Starts a new establishment, or an edit of the one given (as read with its ETag). */
    open(establishment) {
      draft = { mode: establishment ? "edit" : "create", establishment, rows: rowsOf(establishment) };
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

/** The repeatable rows of an establishment as the API gives it (none for a new one). */
function rowsOf(establishment) {
  return Object.fromEntries(LISTS.map((list) => [list.key, (establishment?.[list.key] ?? []).map(list.fromApi)]));
}
