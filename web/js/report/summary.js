// The report's head and plain figures: its title, whether it is live or
// issued (with the times of issue and of its data), its months and previous
// period, the key figures with the note on how they are adjusted, and the
// notes awaiting review. A withheld figure is "–" with the reason.
import { disclosureNote, withheldLegendNodes, withheldReason } from "../disclosure.js";
import { formatMonth, formatNumber } from "../establishments-common.js";
import { t, tCount } from "../i18n.js";
import { el } from "../layout.js";
import { dateTimeElement } from "../notes-common.js";
import { formatPeriod } from "./format.js";

/**
 * @param {{title: HTMLElement, kind: HTMLElement, meta: HTMLElement}} ui
 * @param {any} report
 * @param {any} issued the issue facts, or null for a live report
 * @param {string} county the county's name
 */
export function renderHead(ui, report, issued, county) {
  ui.title.textContent = t("report.title", { county, period: formatPeriod(report.period) });
  const range = report.from === report.to ? formatMonth(report.from) : `${formatMonth(report.from)} – ${formatMonth(report.to)}`;
  if (issued) {
    ui.kind.className = "report-kind report-kind-issued";
    ui.kind.replaceChildren(
      el("strong", {}, t("report.kind.issued")),
      " ",
      t("report.kind.issuedAt"),
      " ",
      dateTimeElement(issued.issuedAt),
      ". ",
      t("report.kind.dataAsOf"),
      " ",
      dateTimeElement(issued.dataAsOf ?? report.dataAsOf),
      ".",
    );
  } else {
    ui.kind.className = "report-kind report-kind-live";
    ui.kind.replaceChildren(el("strong", {}, t("report.kind.live")), " ", t("report.kind.dataAsOf"), " ", dateTimeElement(report.dataAsOf), ".");
  }
  ui.meta.textContent = t("report.meta", { range, previous: formatPeriod(report.previousPeriod) });
}

function figureNodes(report, count) {
  if (!count || count.suppressed || count.count === null || count.count === undefined) {
    return [el("span", { className: "suppressed-mark", "aria-hidden": "true" }, "–"), " ", el("span", { className: "suppressed-reason" }, withheldReason(report))];
  }
  return [el("span", { className: "key-figure-value" }, formatNumber(count.count))];
}

/** @param {{figures: HTMLElement, disclosureNote: HTMLElement, suppressedLegend: HTMLElement}} ui */
export function renderFigures(ui, report) {
  const rows = [
    ["report.figures.respondents", report.respondents],
    ["report.figures.survey", report.surveyRespondents],
    ["report.figures.notes", report.notes],
  ];
  ui.figures.replaceChildren(
    ...rows.map(([key, count]) =>
      el("div", { className: "key-figure", dataset: { key: key.split(".").pop() } }, el("dt", {}, t(key)), el("dd", {}, figureNodes(report, count))),
    ),
  );
  ui.disclosureNote.textContent = disclosureNote(report);
  ui.suppressedLegend.replaceChildren(...withheldLegendNodes(report));
}

/** @param {HTMLElement} element */
export function renderReview(element, report) {
  const count = report.notesAwaitingReview;
  if (!count || count.suppressed || count.count === null || count.count === undefined) {
    element.replaceChildren(el("span", { className: "suppressed-mark", "aria-hidden": "true" }, "–"), " ", t("report.review.suppressed"));
  } else {
    element.textContent = count.count === 0 ? t("report.review.none") : tCount("report.review.count", count.count, { count: formatNumber(count.count) });
  }
}
