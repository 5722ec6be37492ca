// The challenges most often named together in the county, with how many named
// both; withheld pairs are left out and counted in a note.
import { formatNumber } from "../establishments-common.js";
import { t, tCount } from "../i18n.js";
import { el } from "../layout.js";
import { morphChildren } from "../morph.js";
import { formatConfidence as percent } from "../notes-common.js";
import { PAIRS_SHOWN } from "./state.js";

/**
 * @param {{table: HTMLTableElement, note: HTMLElement}} ui
 * @param {{codebook: any, countyName: (code: string) => string}} options
 */
export function createPairs(ui, { codebook, countyName }) {
  const tagLabel = (tag) => codebook.label(tag);

  /** Pairs of equal counts in codebook order. */
  function pairOrder(pair) {
    return Math.min(...pair.tags.map((tag) => codebook.order(tag))) * 1000 + Math.max(...pair.tags.map((tag) => codebook.order(tag)));
  }

  function render(state) {
    const report = state.report;
    const pairs = report.total?.pairs ?? [];
    const respondents = report.total?.suppressed ? null : report.total?.respondents;
    const shown = pairs
      .filter((p) => !p.suppressed && typeof p.count === "number" && p.count > 0)
      .sort((a, b) => b.count - a.count || pairOrder(a) - pairOrder(b))
      .slice(0, PAIRS_SHOWN);
    const hidden = pairs.filter((p) => p.suppressed).length;

    morphChildren(ui.table, [
      el("caption", { id: "needs-pairs-caption" }, t("needs.pairs.caption", { county: countyName(report.county), count: PAIRS_SHOWN })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, t("needs.column.pair")),
          el("th", { scope: "col", className: "num" }, t("needs.column.count")),
          el("th", { scope: "col", className: "num" }, t("needs.column.share")),
        ),
      ),
      el(
        "tbody",
        {},
        shown.length > 0
          ? shown.map((p) =>
              el(
                "tr",
                { dataset: { key: p.tags.join("|") } },
                el("th", { scope: "row" }, p.tags.map(tagLabel).join(" + ")),
                el("td", { className: "num" }, formatNumber(p.count)),
                el("td", { className: "num" }, respondents ? percent(p.count / respondents) : ""),
              ),
            )
          : el("tr", { dataset: { key: "none" } }, el("td", { colspan: "3" }, t("needs.pairs.none"))),
      ),
    ]);
    const note = hidden > 0 ? tCount("needs.pairs.hidden", hidden) : "";
    if (ui.note.textContent !== note) ui.note.textContent = note;
    ui.note.hidden = note === "";
  }

  return { render };
}
