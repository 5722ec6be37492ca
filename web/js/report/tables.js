// The report's pairs of challenges named together, and the municipalities
// that stand out from the county (with their interval and direction in words).
import { withheldCell } from "../disclosure.js";
import { formatNumber } from "../establishments-common.js";
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { formatConfidence as percent } from "../notes-common.js";

/**
 * @param {HTMLTableElement} table
 * @param {any} report
 * @param {{county: string, tagLabel: (tag: string) => string}} names the county's name and a tag's label
 */
export function renderPairs(table, report, { county, tagLabel }) {
  const pairs = (Array.isArray(report.pairs) ? report.pairs : []).filter((p) => Array.isArray(p?.tags));
  table.replaceChildren(
    el("caption", { id: "report-pairs-caption" }, t("report.pairs.caption", { county })),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, t("report.column.pair")), el("th", { scope: "col", className: "num" }, t("report.column.count")))),
    el(
      "tbody",
      {},
      pairs.length > 0
        ? pairs.map((p) =>
            el(
              "tr",
              { dataset: { key: p.tags.join("|") } },
              el("th", { scope: "row" }, p.tags.map(tagLabel).join(" + ")),
              p.suppressed || p.count === null ? withheldCell(report) : el("td", { className: "num" }, formatNumber(p.count)),
            ),
          )
        : el("tr", {}, el("td", { colspan: "2" }, t("report.pairs.none"))),
    ),
  );
}

/**
 * @param {HTMLTableElement} table
 * @param {any} report
 * @param {{county: string, tagLabel: (tag: string) => string}} names the county's name and a tag's label
 */
export function renderStandouts(table, report, { county, tagLabel }) {
  const standouts = Array.isArray(report.standouts) ? report.standouts : [];
  table.replaceChildren(
    el("caption", { id: "report-standouts-caption" }, t("report.standouts.caption", { county })),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, t("report.column.municipality")),
        el("th", { scope: "col" }, t("report.column.challenge")),
        el("th", { scope: "col", className: "num" }, t("report.column.municipalityShare")),
        el("th", { scope: "col", className: "num" }, t("report.column.interval")),
        el("th", { scope: "col", className: "num" }, t("report.column.countyShare")),
        el("th", { scope: "col" }, t("report.column.direction")),
      ),
    ),
    el(
      "tbody",
      {},
      standouts.length > 0
        ? standouts.map((s) =>
            el(
              "tr",
              { dataset: { key: `${s.municipality}|${s.tag}` } },
              el("th", { scope: "row" }, s.name),
              el("td", {}, tagLabel(s.tag)),
              el("td", { className: "num" }, percent(s.share)),
              el("td", { className: "num" }, t("report.interval", { low: percent(s.low), high: percent(s.high) })),
              el("td", { className: "num" }, percent(s.countyShare)),
              el(
                "td",
                { className: `direction direction-${s.direction}` },
                el("span", { "aria-hidden": "true" }, s.direction === "higher" ? "↑ " : "↓ "),
                t(s.direction === "higher" ? "report.direction.higher" : "report.direction.lower"),
              ),
            ),
          )
        : el("tr", {}, el("td", { colspan: "6" }, t("report.standouts.none"))),
    ),
  );
}
