// The county's top challenges: a table of every challenge by rank and a bar
// chart of the published shares beside it (its label says them too).
import { wrapLabel } from "../charts.js";
import { chartLabel, chartValue, isShown, shareBarChart } from "../county-figures.js";
import { withheldCell } from "../disclosure.js";
import { formatNumber } from "../establishments-common.js";
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { morphChildren } from "../morph.js";
import { formatConfidence as percent } from "../notes-common.js";
import { showChartOrEmpty } from "./chart-empty.js";
import { countCell, ranked } from "./figures.js";
import { formatPeriod } from "./format.js";
import { disclosed } from "./state.js";

/**
 * @param {{table: HTMLTableElement, canvas: HTMLCanvasElement, empty: HTMLElement}} ui
 * @param {{codebook: any, countyName: (code: string) => string}} options
 */
export function createTopChallenges(ui, { codebook, countyName }) {
  const tagLabel = (tag) => codebook.label(tag);
  const chart = shareBarChart(ui.canvas);

  function render(state, { animate }) {
    const report = state.report;
    const county = countyName(report.county);
    const period = formatPeriod(report.from, report.to);
    const figures = ranked(codebook, report.total);
    const shown = figures.filter((f) => isShown(f) && f.share !== null && f.share !== undefined);
    const hidden = figures.filter((f) => !isShown(f)).length;

    morphChildren(ui.table, [
      el("caption", { id: "needs-top-caption" }, t("needs.top.caption", { county, period })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col", className: "num" }, t("needs.column.rank")),
          el("th", { scope: "col" }, t("needs.column.challenge")),
          el("th", { scope: "col", className: "num" }, t("needs.column.count")),
          el("th", { scope: "col", className: "num" }, t("needs.column.share")),
        ),
      ),
      el(
        "tbody",
        {},
        figures.map((f) =>
          el(
            "tr",
            { dataset: { key: f.tag } },
            el("td", { className: "num" }, isShown(f) && f.rank ? formatNumber(f.rank) : ""),
            el("th", { scope: "row" }, tagLabel(f.tag)),
            countCell(disclosed(state), f.count, !isShown(f)),
            isShown(f) && f.share !== null && f.share !== undefined
              ? el("td", { className: "num" }, percent(f.share))
              : isShown(f)
                ? el("td", { className: "num" }, "")
                : withheldCell(disclosed(state)),
          ),
        ),
      ),
    ]);

    const parts = shown.map((f) => `${tagLabel(f.tag)} ${percent(f.share)}`);
    const ariaLabel = chartLabel(
      [shown.length > 0 ? t("needs.top.chartLabel", { county, period, figures: parts.join(", ") }) : t("needs.top.chartEmpty", { county, period })],
      hidden,
    );
    showChartOrEmpty(ui, shown.length > 0 ? null : t("needs.top.empty", { county, period }));
    chart.update(
      {
        labels: shown.map((f) => wrapLabel(tagLabel(f.tag))),
        datasets: [{ label: t("needs.column.share"), data: shown.map((f) => chartValue(f.share)), figures: shown }],
        ariaLabel,
      },
      { animate },
    );
  }

  return { render };
}
