// The heat map: a municipality × challenge table of the county's figures,
// darker with the share, with the note on how figures are adjusted and the
// legends. A municipality's row-header button raises onOpen.
import { disclosureNote, withheldLegendNodes } from "../disclosure.js";
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { morphChildren } from "../morph.js";
import { countCell, figureFor, shareCell, tagsOf } from "./figures.js";
import { formatPeriod } from "./format.js";
import { disclosed } from "./state.js";

/**
 * @param {{table: HTMLTableElement, disclosureNote: HTMLElement, heatLegend: HTMLElement, suppressedLegend: HTMLElement}} ui
 * @param {{codebook: any, countyName: (code: string) => string, onOpen: (code: string) => void}} options
 */
export function createHeatmap(ui, { codebook, countyName, onOpen }) {
  const tagLabel = (tag) => codebook.label(tag);

  function render(state) {
    const report = state.report;
    const answer = disclosed(state); // whose "disclosure" the "–" cells name
    const tags = tagsOf(codebook, report.total);
    const period = formatPeriod(report.from, report.to);
    const tagHeaders = tags.map((tag) => el("th", { scope: "col", dataset: { key: tag } }, tagLabel(tag)));
    const municipalityRows = (report.municipalities ?? []).map((m) =>
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
        countCell(answer, m.respondents, m.suppressed),
        tags.map((tag) => shareCell(answer, figureFor(m, tag), { heat: true })),
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
          el("th", { scope: "col" }, t("needs.column.municipality")),
          el("th", { scope: "col", className: "num" }, t("needs.column.respondents")),
          tagHeaders,
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
          countCell(answer, total.respondents, total.suppressed),
          tags.map((tag) => shareCell(answer, figureFor(total, tag), { heat: true })),
        ),
      ),
    ]);
  }

  /** The note on how the figures are adjusted, and the legends of "–" and of the colours. */
  function renderLegends(state) {
    ui.disclosureNote.textContent = disclosureNote(disclosed(state));
    ui.suppressedLegend.replaceChildren(...withheldLegendNodes(disclosed(state)));
    morphChildren(
      ui.heatLegend,
      [0, 1, 2, 3, 4, 5].map((level) =>
        el("li", {}, el("span", { className: `heat-swatch heat heat-${level}`, "aria-hidden": "true" }), t(`needs.heat.${level}`)),
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
    const button = event.target instanceof Element ? event.target.closest("button[data-municipality]") : null;
    if (button) onOpen(button.dataset.municipality);
  });

  return { render, renderLegends, markOpen, focusButton, setLoadState };
}
