// Staff's form for adding a dated event to an establishment: date, kind
// (a status change asks for the new status, a renaming for the new name),
// the text in Swedish and English, and a source. The event gets its id here,
// once per form, so a retry of the same event is recognised by the API.
import { eventKindLabel, statusLabel } from "../establishments-common.js";
import { FieldErrors } from "../form-errors.js";
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { todayIso } from "../notes-common.js";

const KINDS = ["status_change", "renamed", "milestone"];
const STATUSES = ["planned", "in_construction", "in_production", "paused", "bankrupt", "closed"];

const field = (id, label, control, hint) =>
  el("div", { className: "field", id: `${id}-field` }, el("label", { for: id }, label), hint ? el("p", { id: `${id}-hint`, className: "hint" }, hint) : "", control);

/** @param {HTMLFormElement} form */
export function createEventForm(form) {
  let eventId = "";
  let establishment = null;
  let errors = new FieldErrors({});

  const $ = (id) => form.querySelector(`#${id}`);
  const value = (id) => $(id)?.value.trim() ?? "";

  function readFields() {
    return {
      date: value("event-date"),
      kind: value("event-kind"),
      status: value("event-status"),
      name: value("event-name"),
      textSv: value("event-text-sv"),
      textEn: value("event-text-en"),
      sourceTitle: value("event-source-title"),
      sourceUrl: value("event-source-url"),
    };
  }

  function render(values) {
    form.replaceChildren(
      field("event-date", t("establishments.event.date"), el("input", { id: "event-date", type: "date", value: values.date })),
      field("event-kind", t("establishments.event.kind"), el("select", { id: "event-kind" }, KINDS.map((k) => el("option", { value: k, selected: k === values.kind }, eventKindLabel(k))))),
      field("event-status", t("establishments.event.status"), el("select", { id: "event-status" }, STATUSES.map((s) => el("option", { value: s, selected: s === values.status }, statusLabel(s))))),
      field("event-name", t("establishments.event.name"), el("input", { id: "event-name", value: values.name, "aria-describedby": "event-name-hint" }), t("establishments.event.name.hint", { name: establishment?.name ?? "" })),
      field("event-text-sv", t("establishments.event.textSv"), el("textarea", { id: "event-text-sv", rows: "2", lang: "sv" }, values.textSv)),
      field("event-text-en", t("establishments.event.textEn"), el("textarea", { id: "event-text-en", rows: "2", lang: "en" }, values.textEn)),
      field("event-source-title", t("establishments.event.sourceTitle"), el("input", { id: "event-source-title", value: values.sourceTitle })),
      field("event-source-url", t("establishments.event.sourceUrl"), el("input", { id: "event-source-url", type: "url", value: values.sourceUrl })),
      el("p", { className: "actions" },
        el("button", { type: "submit", className: "button" }, t("establishments.event.add")), " ",
        el("button", { type: "button", className: "button button-secondary", dataset: { cancel: "" } }, t("establishments.form.cancel"))),
    );
    showFor(values.kind);
    const text = $("event-text-sv");
    errors = new FieldErrors({
      eventId: $("event-date"),
      date: $("event-date"),
      kind: $("event-kind"),
      status: $("event-status"),
      name: $("event-name"),
      text: text,
      "text.sv": text,
      "text.en": $("event-text-en"),
      source: $("event-source-title"),
      "source.title": $("event-source-title"),
      "source.url": $("event-source-url"),
    });
  }

  /** Only a status change asks for a status, only a renaming for a name. */
  function showFor(kind) {
    $("event-status-field").hidden = kind !== "status_change";
    $("event-name-field").hidden = kind !== "renamed";
  }

  form.addEventListener("change", (event) => {
    if (event.target instanceof Element && event.target.id === "event-kind") showFor(value("event-kind"));
  });

  return {
    /** A new event for the establishment given. */
    open(target) {
      establishment = target;
      eventId = crypto.randomUUID();
      render({ date: todayIso(), kind: "milestone", status: target.status, name: "", textSv: "", textEn: "", sourceTitle: "", sourceUrl: "" });
    },
    get establishment() {
      return establishment;
    },
    /** The event as the API takes it. */
    payload() {
      const v = readFields();
      const body = { eventId, date: v.date, kind: v.kind, text: v.textEn ? { sv: v.textSv, en: v.textEn } : { sv: v.textSv } };
      if (v.kind === "status_change") body.status = v.status;
      if (v.kind === "renamed") body.name = v.name;
      if (v.sourceTitle || v.sourceUrl) body.source = v.sourceUrl ? { title: v.sourceTitle, url: v.sourceUrl } : { title: v.sourceTitle };
      return body;
    },
    refresh() {
      if (establishment && form.childElementCount > 0) render(readFields());
    },
    showErrors: (problemErrors) => errors.show(problemErrors),
    fieldErrors: () => errors,
  };
}
