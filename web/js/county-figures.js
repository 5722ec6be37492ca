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

/** The lang attribute of an example's title and summary: they are Swedish (the catalogue's first language). */
export const catalogueLang = () => (getLanguage() === "sv" ? undefined : "sv");

/** The heading of a recommended example: its title linked to the catalogue (the reason beside it follows the UI language). */
export function recommendedTitle(example) {
  return el(
    "h4",
    { className: "recommended-title" },
    el("a", { href: `/examples.html?slug=${encodeURIComponent(example.slug)}`, lang: catalogueLang() }, example.title || example.slug),
  );
}
