// The challenges ranked: a table with each one's count, share, change since
// the previous period and other surveys' figures for it, a bar chart of the
// published shares, and the challenges nobody named.
import { wrapLabel } from "../charts.js";
import { chartLabel, chartValue, isShown, shareBarChart } from "../county-figures.js";
import { withheldCell, withheldNodes } from "../disclosure.js";
import { formatNumber } from "../establishments-common.js";
import { getLanguage, t } from "../i18n.js";
import { el } from "../layout.js";
import { formatConfidence as percent } from "../notes-common.js";
import { changeNodes, formatPeriod } from "./format.js";

/**
 * @param {{intro: HTMLElement, canvas: HTMLCanvasElement, table: HTMLTableElement, none: HTMLElement}} ui
 * @param {{codebook: any}} options
 */
export function createChallenges(ui, { codebook }) {
  const tagLabel = (tag) => codebook.label(tag);
  const chart = shareBarChart(ui.canvas);

  /**
   * @param {string} county the county's name
   * @param {{notes: ReturnType<import("./sources.js").createSourceNotes>}} options where the figures' sources are numbered
   */
  function render(report, county, { animate, notes }) {
    const period = formatPeriod(report.period);
    const all = Array.isArray(report.challenges) ? report.challenges : [];
    const group = (c) => (!isShown(c) ? 1 : c.count > 0 ? 0 : 2);
    const listed = all
      .filter((c) => group(c) < 2)
      .sort((a, b) => group(a) - group(b) || (a.rank ?? 1e9) - (b.rank ?? 1e9) || codebook.order(a.tag) - codebook.order(b.tag));
    const unmentioned = all.filter((c) => group(c) === 2).map((c) => tagLabel(c.tag));
    const shown = listed.filter((c) => isShown(c) && typeof c.share === "number");
    const hidden = listed.length - shown.length;
    const previous = formatPeriod(report.previousPeriod);

    ui.intro.textContent = t("report.challenges.intro", { previous });
    ui.table.replaceChildren(
      el("caption", { id: "report-challenges-caption" }, t("report.challenges.caption", { county, period })),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col", className: "num" }, t("report.column.rank")),
          el("th", { scope: "col" }, t("report.column.challenge")),
          el("th", { scope: "col", className: "num" }, t("report.column.count")),
          el("th", { scope: "col", className: "num" }, t("report.column.share")),
          el("th", { scope: "col" }, t("report.column.change", { previous })),
          el("th", { scope: "col" }, t("report.column.otherSurveys")),
        ),
      ),
      el(
        "tbody",
        {},
        listed.length > 0
          ? listed.map((c) =>
              el(
                "tr",
                { dataset: { key: c.tag } },
                el("td", { className: "num" }, isShown(c) && c.rank ? formatNumber(c.rank) : ""),
                el("th", { scope: "row" }, tagLabel(c.tag)),
                isShown(c) ? el("td", { className: "num" }, formatNumber(c.count)) : withheldCell(report),
                isShown(c) && typeof c.share === "number" ? el("td", { className: "num" }, percent(c.share)) : withheldCell(report),
                el("td", { className: "change" }, isShown(c) ? changeNodes(c.change) : withheldNodes(report)),
                el("td", { className: "other-surveys" }, otherSurveyNodes(c.otherSurveys, notes)),
              ),
            )
          : el("tr", {}, el("td", { colspan: "6" }, t("report.challenges.empty"))),
      ),
    );
    ui.none.textContent = unmentioned.length > 0 ? t("report.challenges.unmentioned", { challenges: unmentioned.join(", ") }) : "";
    ui.none.hidden = unmentioned.length === 0;

    const parts = shown.map((c) => `${tagLabel(c.tag)} ${percent(c.share)}`);
    const ariaLabel = chartLabel(
      [shown.length > 0 ? t("report.chart.label", { county, period, figures: parts.join(", ") }) : t("report.chart.empty", { county, period })],
      hidden,
    );
    const box = ui.canvas.closest(".chart-box");
    if (box) box.style.setProperty("--bars", String(Math.max(shown.length, 1)));
    chart.update(
      {
        labels: shown.map((c) => wrapLabel(tagLabel(c.tag))),
        datasets: [{ label: t("report.column.share"), data: shown.map((c) => chartValue(c.share)), figures: shown }],
        ariaLabel,
      },
      { animate },
    );
  }

  return {
    render,
    /** The chart's texts in the new UI language. */
    refreshTexts: () => chart.refreshTexts(),
    /** Redraw the chart at its box's size (the printed one). */
    resize: () => chart.chart?.resize(),
  };
}

/** Other surveys' figures for a challenge, each labelled as such, with a numbered note giving its source, year and link. */
function otherSurveyNodes(figures, notes) {
  const list = (Array.isArray(figures) ? figures : []).filter((f) => typeof f?.share === "number");
  if (list.length === 0) return el("span", { className: "muted" }, t("report.otherSurvey.none"));
  const english = getLanguage() === "en";
  return el(
    "ul",
    { className: "other-survey-list" },
    list.map((f) =>
      el(
        "li",
        { className: "other-survey" },
        el("span", { className: "other-survey-label" }, t("report.otherSurvey.label")),
        " ",
        el("strong", {}, percent(f.share)),
        " ",
        t("report.otherSurvey.area", { area: (english && f.areaEn) || f.area }),
        ": ",
        english && f.indicatorEn ? f.indicatorEn : el("span", { lang: english ? "sv" : undefined }, f.indicatorSv),
        notes.reference(f),
      ),
    ),
  );
}
