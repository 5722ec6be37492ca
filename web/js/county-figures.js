// Challenge figures as the county pages (needs dashboard, situation report)
// show them: whether a figure is published, the bar chart of shares beside its
// table, what a chart's label says, and a recommended good example's title.
import { AccessibleChart } from "./charts.js";
import { formatNumber } from "./establishments-common.js";
import { getLanguage, t, tCount } from "./i18n.js";
import { el } from "./layout.js";
import { formatConfidence as percent } from "./notes-common.js";

/** A figure with a published count (not withheld, not missing). */
export const isShown = (figure) => figure && !figure.suppressed && figure.count !== null && figure.count !== undefined;

/** A share (0–1) as the charts plot it: percent with one decimal. */
export const chartValue = (share) => Math.round(share * 1000) / 10;

/** A horizontal bar chart of shares; the tooltip says share and count. */
export function shareBarChart(canvas) {
  return new AccessibleChart(canvas, "bar", {
    horizontal: true,
    percent: true,
    formatValue: (value) => percent(value / 100),
    tooltipLabel: (context) => {
      const figure = context.dataset.figures?.[context.dataIndex];
      return figure ? t("needs.chart.tooltip", { share: percent(figure.share), count: formatNumber(figure.count) }) : "";
    },
  });
}

/** A chart's aria-label: its parts (empty ones left out), how many figures it leaves out, and where the table is. */
export function chartLabel(parts, hidden = 0) {
  return [...parts, hidden > 0 ? tCount("needs.chart.hidden", hidden) : "", t("needs.chart.seeTable")].filter(Boolean).join(" ");
}

/**
 * A recommended example's title or summary in the UI language, with the lang attribute it needs: {sv, en}, the Swedish
 * marked as such where English is missing; a plain string (a report issued before examples had English) is Swedish.
 */
function catalogueText(value) {
  const english = getLanguage() === "en";
  if (english && typeof value?.en === "string" && value.en) return { text: value.en, lang: undefined };
  return { text: (typeof value === "string" ? value : value?.sv) ?? "", lang: english ? "sv" : undefined };
}

/** The heading of a recommended example: its title linked to the catalogue. */
export function recommendedTitle(example) {
  const title = catalogueText(example.title);
  return el(
    "h4",
    { className: "recommended-title" },
    el("a", { href: `/examples.html?slug=${encodeURIComponent(example.slug)}`, lang: title.lang }, title.text || example.slug),
  );
}

/** A recommended example's summary, or nothing when it has none. */
export function recommendedSummary(example) {
  const summary = catalogueText(example.summary);
  return summary.text ? el("p", { className: "recommended-summary", lang: summary.lang }, summary.text) : "";
}
