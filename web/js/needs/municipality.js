// One municipality's panel: its per-quarter series of the top challenges as a
// table and a line chart (whose label says the first and last share of each),
// and its status line. "Stäng" raises onClose.
import { AccessibleChart } from "../charts.js";
import { chartLabel, chartValue, isShown } from "../county-figures.js";
import { disclosureNote } from "../disclosure.js";
import { formatNumber } from "../establishments-common.js";
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { morphChildren } from "../morph.js";
import { formatConfidence as percent } from "../notes-common.js";
import { showChartOrEmpty } from "./chart-empty.js";
import { figureFor, hasNoAnswers, noAnswersCell, ranked, respondentsCell, shareCell, tagsOf } from "./figures.js";
import { formatPeriod, formatQuarter } from "./format.js";
import { disclosed, municipalityName, TREND_TAGS } from "./state.js";
import { statusLine } from "./status.js";

/**
 * @param {{panel: HTMLElement, title: HTMLElement, close: HTMLButtonElement, status: HTMLElement, trend: HTMLElement,
 *   canvas: HTMLCanvasElement, empty: HTMLElement, table: HTMLTableElement, note: HTMLElement}} ui
 * @param {{codebook: any, onClose: () => void}} options
 */
export function createMunicipalityPanel(ui, { codebook, onClose }) {
  const tagLabel = (tag) => codebook.label(tag);
  const status = statusLine(ui.status);
  const chart = new AccessibleChart(ui.canvas, "line", {
    percent: true,
    formatValue: (value) => percent(value / 100),
    tooltipLabel: (context) => {
      const figure = context.dataset.figures?.[context.dataIndex];
      return figure
        ? `${context.dataset.label}: ${t("needs.chart.tooltip", { share: percent(figure.share), count: formatNumber(figure.count) })}`
        : "";
    },
  });

  function renderTitle(state) {
    ui.title.textContent = t("needs.municipality.title", { municipality: municipalityName(state, state.municipality) });
  }

  /** A municipality was chosen: its title, no series until its figures come. */
  function prepare(state) {
    renderTitle(state);
    ui.trend.hidden = true;
    ui.panel.dataset.municipality = state.municipality;
  }

  function show({ focus }) {
    ui.panel.hidden = false;
    if (focus) ui.panel.focus();
  }

  function hide() {
    ui.panel.hidden = true;
    ui.panel.dataset.state = "idle";
    delete ui.panel.dataset.municipality;
    status.set(null);
    chart.destroy();
  }

  /** "loading", "ready", "error" or "idle" (tests and styles read it). */
  function setLoadState(value) {
    ui.panel.dataset.state = value;
  }

  /** The tags of the chart: the municipality's top ones, else the county's, else the codebook's first. */
  function trendTags(state) {
    const report = state.municipalityReport;
    const fromRanks = (area) => ranked(codebook, area).filter((f) => isShown(f) && f.count > 0).map((f) => f.tag);
    let tags = fromRanks(report.total);
    if (tags.length === 0 && state.report) tags = fromRanks(state.report.total);
    if (tags.length === 0) tags = tagsOf(codebook, report.total);
    return tags.slice(0, TREND_TAGS);
  }

  /** A quarter's (or the total's) cells: respondents, then each tag ("inga svar" when nobody answered). */
  const cells = (answer, area, tags) => [
    respondentsCell(answer, area),
    tags.map((tag) => (hasNoAnswers(area) ? noAnswersCell(tag) : shareCell(answer, figureFor(area, tag)))),
  ];

  function render(state, { animate }) {
    const report = state.municipalityReport;
    if (!report) return;
    const answer = disclosed(state); // whose "disclosure" the "–" cells name
    ui.title.textContent = t("needs.municipality.title", { municipality: report.name });
    ui.trend.hidden = false;
    // Without the county's figures above (an office), the panel says itself how its figures are adjusted.
    ui.note.textContent = state.report ? "" : disclosureNote(answer);
    ui.note.hidden = Boolean(state.report);
    const tags = trendTags(state);
    const quarters = report.quarters ?? [];
    const period = formatPeriod(report.from, report.to);

    morphChildren(ui.table, [
      el("caption", { id: "needs-trend-caption" }, t("needs.trend.caption", { municipality: report.name, period })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, t("needs.column.quarter")),
          el("th", { scope: "col", className: "num" }, t("needs.column.respondents")),
          tags.map((tag) => el("th", { scope: "col", dataset: { key: tag } }, tagLabel(tag))),
        ),
      ),
      el(
        "tbody",
        {},
        quarters.map((q) =>
          el(
            "tr",
            { dataset: { key: q.quarter } },
            el("th", { scope: "row" }, formatQuarter(q.quarter)),
            cells(answer, q, tags),
          ),
        ),
      ),
      el(
        "tfoot",
        {},
        el(
          "tr",
          { className: "total-row", dataset: { key: "total" } },
          el("th", { scope: "row" }, t("needs.trend.total")),
          cells(answer, report.total, tags),
        ),
      ),
    ]);

    const series = tags.map((tag) => {
      const figures = quarters.map((q) => {
        const f = figureFor(q, tag);
        return isShown(f) && f.share !== null && f.share !== undefined ? f : null;
      });
      return { tag, figures };
    });
    const describe = ({ tag, figures }) => {
      const values = figures.filter(Boolean);
      if (values.length === 0) return t("needs.trend.seriesHidden", { tag: tagLabel(tag) });
      const first = values[0];
      const last = values[values.length - 1];
      return values.length === 1
        ? t("needs.trend.seriesOne", { tag: tagLabel(tag), share: percent(first.share) })
        : t("needs.trend.series", { tag: tagLabel(tag), first: percent(first.share), last: percent(last.share) });
    };
    const hasPoints = series.some((s) => s.figures.some(Boolean));
    const ariaLabel = chartLabel([
      hasPoints
        ? t("needs.trend.chartLabel", {
            municipality: report.name,
            from: formatQuarter(quarters[0]?.quarter),
            to: formatQuarter(quarters[quarters.length - 1]?.quarter),
          })
        : t("needs.trend.chartEmpty", { municipality: report.name }),
      hasPoints ? `${series.map(describe).join("; ")}.` : "",
    ]);
    showChartOrEmpty(ui, hasPoints ? null : t("needs.trend.empty", { municipality: report.name, period }));
    chart.update(
      {
        labels: quarters.map((q) => formatQuarter(q.quarter)),
        datasets: series.map(({ tag, figures }) => ({
          label: tagLabel(tag),
          data: figures.map((f) => (f ? chartValue(f.share) : null)),
          figures,
        })),
        ariaLabel,
      },
      { animate },
    );
  }

  ui.close.addEventListener("click", () => onClose());

  return { status, prepare, show, hide, setLoadState, renderTitle, render };
}
