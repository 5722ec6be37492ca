// The needs dashboard's figures: tags in codebook order, a tag's figure in an
// area (county total, municipality or quarter), ranks, and the table cells of
// counts and shares. Withheld figures become "–" with the reason, never 0.
import { isShown } from "../county-figures.js";
import { withheldCell } from "../disclosure.js";
import { formatNumber } from "../establishments-common.js";
import { el } from "../layout.js";
import { formatConfidence as percent } from "../notes-common.js";

/** Tag ids in codebook order (tags the codebook does not know last). */
export function tagsOf(codebook, area) {
  const tags = (area?.tags ?? []).map((f) => f.tag).filter((tag) => typeof tag === "string");
  return [...new Set(tags)].sort((a, b) => codebook.order(a) - codebook.order(b) || a.localeCompare(b));
}

export function figureFor(area, tag) {
  return (area?.tags ?? []).find((f) => f.tag === tag) ?? null;
}

/** Shown figures by rank (then codebook order), then the ones with count 0, then the suppressed ones. */
export function ranked(codebook, area) {
  const group = (f) => (!isShown(f) ? 2 : f.count > 0 ? 0 : 1);
  return [...(area?.tags ?? [])].sort(
    (a, b) =>
      group(a) - group(b) ||
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      codebook.order(a.tag) - codebook.order(b.tag),
  );
}

/** A count, or "–" with the reason that answer's "disclosure" gives. */
export function countCell(answer, count, suppressed, attributes = {}) {
  if (suppressed || count === null || count === undefined) {
    return withheldCell(answer, attributes);
  }
  return el("td", { ...attributes, className: "num" }, formatNumber(count));
}

/** Share and count of a tag (withheld: "–" with answer's reason); the background gets darker with the share (heat-0 … heat-5). */
export function shareCell(answer, figure, { heat = false } = {}) {
  if (!figure || figure.suppressed || figure.count === null || figure.count === undefined) {
    return withheldCell(answer, { className: heat ? "heat" : "", dataset: { key: figure?.tag } });
  }
  const className = `num${heat ? ` heat heat-${heatLevel(figure.share ?? 0)}` : ""}`;
  if (figure.share === null || figure.share === undefined) {
    return el("td", { className, dataset: { key: figure.tag } }, formatNumber(figure.count));
  }
  return el(
    "td",
    { className, dataset: { key: figure.tag } },
    el("span", { className: "cell-share" }, percent(figure.share)),
    " ",
    el("span", { className: "cell-count" }, `(${formatNumber(figure.count)})`),
  );
}

export function heatLevel(share) {
  if (!(share > 0)) return 0;
  return Math.min(5, 1 + Math.floor(share * 5));
}
