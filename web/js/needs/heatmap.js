// The heat map: a municipality × challenge table of the county's figures,
// each share with a colour step beside it (a colour-blind-safe sequential
// scale), the note on how figures are adjusted and the legends. Column headers
// sort the rows; a municipality's row-header button, or any cell of its row,
// raises onOpen.
import { disclosureNote, withheldLegendNodes } from "../disclosure.js";
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { morphChildren } from "../morph.js";
import { figureFor, hasNoAnswers, heatRanges, noAnswersCell, respondentsCell, shareCell, tagsOf } from "./figures.js";
import { formatPeriod } from "./format.js";
import { DEFAULT_SORT, nextSort, sortMunicipalities } from "./sorting.js";
import { disclosed } from "./state.js";

/**
 * @param {{table: HTMLTableElement, disclosureNote: HTMLElement, heatLegend: HTMLElement, suppressedLegend: HTMLElement}} ui
 * @param {{codebook: any, countyName: (code: string) => string, onOpen: (code: string) => void}} options
 */
export function createHeatmap(ui, { codebook, countyName, onOpen }) {
  const tagLabel = (tag) => codebook.label(tag);
  let sort = DEFAULT_SORT;
  /** The state last drawn, drawn again when the sort changes. */
  let drawn = null;

  /** A column header with its sort button; aria-sort only on the sorted column. */
  function sortHeader(key, label, className) {
    const sorted = sort.key === key;
    return el(
      "th",
      { scope: "col", className, dataset: { key }, "aria-sort": sorted ? sort.direction : null },
      el(
        "button",
        { type: "button", className: "sort-button", dataset: { sort: key } },
        label,
        el("span", { className: "sort-mark", "aria-hidden": "true" }, sorted ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"),
      ),
    );
  }

  /** A row's cells after its header: respondents, then each challenge ("inga svar" when nobody answered). */
  function figureCells(answer, area, tags) {
    if (hasNoAnswers(area)) return [respondentsCell(answer, area), tags.map((tag) => noAnswersCell(tag))];
    return [respondentsCell(answer, area), tags.map((tag) => shareCell(answer, figureFor(area, tag), { heat: true }))];
  }

  function render(state) {
    drawn = state;
    const report = state.report;
    const answer = disclosed(state); // whose "disclosure" the "–" cells name
    const tags = tagsOf(codebook, report.total);
    if (sort.key !== "name" && sort.key !== "respondents" && !tags.includes(sort.key)) sort = DEFAULT_SORT;
    const period = formatPeriod(report.from, report.to);
    const municipalityRows = sortMunicipalities(report.municipalities ?? [], sort).map((m) =>
      el(
        "tr",
        { dataset: { key: m.code } },
        el(
          "th",
          { scope: "row" },
          el(
            "button",
            {
              type: "button",
              className: "link-button",
              dataset: { municipality: m.code },
              "aria-controls": "needs-municipality",
              "aria-expanded": state.municipality === m.code ? "true" : "false",
              "aria-describedby": "needs-heatmap-hint",
            },
            m.name,
          ),
        ),
        figureCells(answer, m, tags),
      ),
    );
    const total = report.total ?? {};
    morphChildren(ui.table, [
      el("caption", { id: "needs-heatmap-caption" }, t("needs.heatmap.caption", { county: countyName(report.county), period })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          sortHeader("name", t("needs.column.municipality")),
          sortHeader("respondents", t("needs.column.respondents"), "num"),
          tags.map((tag) => sortHeader(tag, tagLabel(tag))),
        ),
      ),
      el("tbody", {}, municipalityRows),
      el(
        "tfoot",
        {},
        el(
          "tr",
          { className: "total-row", dataset: { key: "total" } },
          el("th", { scope: "row" }, t("needs.total", { county: countyName(report.county) })),
          figureCells(answer, total, tags),
        ),
      ),
    ]);
  }

  /** The note on how the figures are adjusted, and the legends of "–" and of the colour steps. */
  function renderLegends(state) {
    ui.disclosureNote.textContent = disclosureNote(disclosed(state));
    ui.suppressedLegend.replaceChildren(...withheldLegendNodes(disclosed(state)));
    morphChildren(
      ui.heatLegend,
      heatRanges().map(([level, from, to]) =>
        el(
          "li",
          { dataset: { level: String(level) } },
          el("span", { className: `heat-swatch heat-${level}`, "aria-hidden": "true" }),
          level === 0 ? t("needs.heat.zero") : t("needs.heat.range", { from, to }),
        ),
      ),
    );
  }

  /** Which municipality's button has its panel open. */
  function markOpen(code) {
    for (const button of ui.table.querySelectorAll("button[data-municipality]")) {
      button.setAttribute("aria-expanded", button.dataset.municipality === code ? "true" : "false");
    }
  }

  function focusButton(code) {
    ui.table.querySelector(`button[data-municipality="${code}"]`)?.focus();
  }

  /** "loading", "ready" or "error" (tests and styles read it). */
  function setLoadState(value) {
    ui.table.dataset.state = value;
  }

  ui.table.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const sortButton = target?.closest("button[data-sort]");
    if (sortButton) {
      sort = nextSort(sort, sortButton.dataset.sort);
      if (drawn?.report) render(drawn);
      ui.table.querySelector(`button[data-sort="${CSS.escape(sort.key)}"]`)?.focus();
      return;
    }
    const button = target?.closest("button[data-municipality]");
    if (button) {
      onOpen(button.dataset.municipality);
      return;
    }
    // A click anywhere in a municipality's row opens it too (the row's button is the keyboard's way).
    const row = target?.closest("tbody tr[data-key]");
    if (row && !window.getSelection()?.toString()) onOpen(row.dataset.key);
  });

  return { render, renderLegends, markOpen, focusButton, setLoadState };
}
