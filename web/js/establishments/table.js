// The establishments as a compact table: one row per establishment (name with
// its earlier names and status, company, municipalities, its phases as a bar
// on a time axis shared by every row with the months in words, and the next
// event), each expandable to its details (details.js). The bar is drawing
// only (aria-hidden); the cell's words say the same for screen readers.
import { eventKindLabel, formatMonth, formatMonthRange, phaseLabel, statusLabel } from "../establishments-common.js";
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { formatDate, todayIso } from "../notes-common.js";
import { establishmentDetails, eventHeadline } from "./details.js";

const MONTH = /^(\d{4})-(\d{2})$/;
const monthIndex = (month) => {
  const match = MONTH.exec(month ?? "");
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
};

/** The months every row's bar spans: the earliest phase start to the latest end (a phase with no end counts a year). */
export function timeAxis(establishments) {
  const starts = [];
  const ends = [];
  for (const p of establishments.flatMap((e) => e.phases ?? [])) {
    const from = monthIndex(p.from);
    if (from === null) continue;
    starts.push(from);
    ends.push(monthIndex(p.to) ?? from + 11);
  }
  return starts.length === 0 ? null : { first: Math.min(...starts), last: Math.max(...ends) };
}

/** The next dated thing: an event, a phase start or a procurement window from today on; else the latest event. */
export function nextEvent(e, today = todayIso()) {
  const thisMonth = today.slice(0, 7);
  const coming = [
    ...(e.events ?? []).filter((ev) => ev.date > today).map((ev) => ({ when: ev.date, text: eventHeadline(ev), date: ev.date })),
    ...(e.phases ?? []).filter((p) => p.from >= thisMonth).map((p) => ({ when: p.from, text: phaseLabel(p.kind), month: p.from })),
    ...(e.procurementWindows ?? []).filter((w) => w.from >= thisMonth).map((w) => ({ when: w.from, text: t("establishments.next.procurement"), month: w.from })),
  ].sort((a, b) => a.when.localeCompare(b.when));
  if (coming.length > 0) return { ...coming[0], upcoming: true };
  const past = [...(e.events ?? [])].sort((a, b) => String(b.date).localeCompare(String(a.date)))[0];
  return past ? { when: past.date, text: past.status || past.name ? eventHeadline(past) : eventKindLabel(past.kind), date: past.date, upcoming: false } : null;
}

function nextCell(e) {
  const next = nextEvent(e);
  if (!next) return el("td", { className: "muted" }, t("establishments.next.none"));
  const when = next.date ? formatDate(next.date) : formatMonth(next.month);
  return el("td", {}, next.upcoming ? "" : el("span", { className: "muted" }, `${t("establishments.next.latest")} `), el("strong", {}, when), ": ", next.text);
}

function phasesCell(e, axis) {
  const phases = [...(e.phases ?? [])].sort((a, b) => String(a.from).localeCompare(String(b.from)));
  if (phases.length === 0 || !axis) return el("td", { className: "muted" }, t("establishments.phases.none"));
  const span = axis.last - axis.first + 1;
  const today = monthIndex(todayIso().slice(0, 7));
  const bar = el(
    "div",
    { className: "phase-bar", "aria-hidden": "true" },
    phases.map((p) => {
      const from = monthIndex(p.from);
      const to = monthIndex(p.to) ?? from + 11;
      return el("span", {
        className: `phase-segment phase-${p.kind}`,
        title: `${phaseLabel(p.kind)}: ${formatMonthRange(p.from, p.to)}`,
        style: `left: ${((from - axis.first) / span) * 100}%; width: ${Math.max(((to - from + 1) / span) * 100, 1.5)}%`,
      });
    }),
    today >= axis.first && today <= axis.last ? el("span", { className: "phase-today", style: `left: ${((today - axis.first + 0.5) / span) * 100}%` }) : "",
  );
  const words = phases.map((p) => `${phaseLabel(p.kind)} ${formatMonthRange(p.from, p.to)}`).join("; ");
  return el("td", { className: "phases-cell" }, bar, el("span", { className: "phase-words" }, words));
}

/**
 * @param {HTMLElement} container
 * @param {{choices: any, countyName: (code: string) => string, municipalityName: (code: string) => string,
 *   mayEdit: boolean, onEdit: (slug: string) => void, onAddEvent: (slug: string) => void}} options
 */
export function createEstablishmentTable(container, options) {
  const { countyName, municipalityName, mayEdit } = options;
  /** Expanded rows (their slugs) and the charts drawn in them. */
  const expanded = new Set();
  const charts = new Map();

  function render(list, { caption }) {
    for (const chart of charts.values()) chart?.destroy();
    charts.clear();
    if (list.length === 0) {
      container.replaceChildren();
      return;
    }
    const axis = timeAxis(list);
    const columns = ["establishments.column.name", "establishments.fact.company", "establishments.fact.municipalities", "establishments.phases.title", "establishments.column.next"];
    container.replaceChildren(
      el(
        "div",
        { className: "table-scroll", role: "region", tabindex: "0", "aria-labelledby": "establishments-table-caption" },
        el(
          "table",
          { className: "data-table establishments-table", id: "establishments-table" },
          el("caption", { id: "establishments-table-caption" }, caption),
          el("thead", {}, el("tr", {}, columns.map((key) => el("th", { scope: "col" }, t(key))))),
          list.map((e) => rowGroup(e, axis, columns.length)),
        ),
      ),
    );
    for (const slug of expanded) draw(list.find((e) => e.slug === slug));
  }

  function rowGroup(e, axis, width) {
    const open = expanded.has(e.slug);
    const detailsId = `establishment-${e.slug}-details`;
    const former = e.formerNames ?? [];
    const places = (e.municipalities ?? []).length > 0 ? e.municipalities.map(municipalityName) : (e.counties ?? []).map(countyName);
    const { nodes } = establishmentDetails(e, options);
    return el(
      "tbody",
      { className: "establishment", dataset: { slug: e.slug } },
      el(
        "tr",
        { id: `establishment-${e.slug}`, className: "establishment-row" },
        el(
          "th",
          { scope: "row" },
          el(
            "button",
            { type: "button", className: "link-button establishment-toggle", "aria-expanded": String(open), "aria-controls": detailsId, dataset: { slug: e.slug } },
            el("span", { className: "establishment-name" }, e.name),
          ),
          former.length > 0 ? el("span", { className: "former-names muted" }, ` ${t("establishments.formerNames", { names: former.join(", ") })}`) : "",
          " ",
          el("span", { className: `badge badge-status status-${e.status}` }, statusLabel(e.status)),
        ),
        el("td", {}, e.company),
        el("td", {}, places.join(", ")),
        phasesCell(e, axis),
        nextCell(e),
      ),
      el(
        "tr",
        { className: "establishment-details-row", hidden: !open },
        el(
          "td",
          { colspan: String(width) },
          el(
            "div",
            { id: detailsId, className: "establishment-details" },
            mayEdit
              ? el(
                  "p",
                  { className: "actions establishment-actions" },
                  el("button", { type: "button", className: "button button-secondary", dataset: { action: "edit", slug: e.slug } }, t("establishments.edit")),
                  " ",
                  el("button", { type: "button", className: "button button-secondary", dataset: { action: "event", slug: e.slug } }, t("establishments.addEvent")),
                )
              : "",
            nodes,
          ),
        ),
      ),
    );
  }

  let current = [];
  function draw(e) {
    if (!e || charts.has(e.slug)) return;
    charts.set(e.slug, establishmentDetails(e, options).draw());
  }

  container.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const action = target?.closest("button[data-action]");
    if (action) {
      if (action.dataset.action === "edit") options.onEdit(action.dataset.slug);
      else options.onAddEvent(action.dataset.slug);
      return;
    }
    const toggle = target?.closest("button.establishment-toggle");
    if (toggle) setOpen(toggle.dataset.slug, toggle.getAttribute("aria-expanded") !== "true");
  });

  /** Expand or collapse a row; the chart is drawn when its details first show. */
  function setOpen(slug, open) {
    const group = [...container.querySelectorAll("tbody.establishment")].find((g) => g.dataset.slug === slug);
    if (!group) return;
    group.querySelector(".establishment-toggle")?.setAttribute("aria-expanded", String(open));
    group.querySelector(".establishment-details-row").hidden = !open;
    if (open) {
      expanded.add(slug);
      draw(current.find((e) => e.slug === slug));
    } else {
      expanded.delete(slug);
      charts.get(slug)?.destroy();
      charts.delete(slug);
    }
  }

  return {
    render(list, opts) {
      current = list;
      render(list, opts);
    },
    setOpen,
    focusRow: (slug) => container.querySelector(`#establishment-${CSS.escape(slug)} .establishment-toggle`)?.focus(),
  };
}
