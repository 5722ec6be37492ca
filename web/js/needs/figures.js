// The needs dashboard's figures: tags in codebook order, a tag's figure in an
// area (county total, municipality or quarter), ranks, and the table cells of
// counts and shares. Withheld figures become "–" with the reason, never 0.
import { isShown } from "../county-figures.js";
import { withheldCell } from "../disclosure.js";
import { formatNumber } from "../establishments-common.js";
import { t } from "../i18n.js";
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

/** No answers at all in an area: the respondents' cell says so in words, never as 0. */
export const hasNoAnswers = (area) => Boolean(area) && !area.suppressed && area.respondents === 0;

/** The respondents' cell of an area: "inga svar", the count, or "–" with the reason. */
export function respondentsCell(answer, area) {
  if (hasNoAnswers(area)) return el("td", { className: "no-answers" }, t("needs.noAnswers"));
  return countCell(answer, area?.respondents, area?.suppressed);
}

/** A challenge's cell in an area without answers: nothing to colour; screen readers hear "inga svar". */
export function noAnswersCell(tag) {
  return el("td", { className: "no-answers", dataset: { key: tag } }, el("span", { className: "visually-hidden" }, t("needs.noAnswers")));
}

/** Share and count of a tag (withheld: "–" with answer's reason); with heat, the background follows the share (heat-0 … heat-7). */
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

/** Steps of the colour scale above 0 %: 15 percentage points each, the last 90–100 %. */
export const HEAT_STEPS = 7;
const HEAT_WIDTH = 15;

/** The colour step of a share: 0 for 0 %, else 1 … 7 by the rounded percentage shown beside it. */
export function heatLevel(share) {
  if (!(share > 0)) return 0;
  return Math.min(HEAT_STEPS, 1 + Math.floor(Math.round(share * 100) / HEAT_WIDTH));
}

/** The legend's ranges: [level, from %, to %] for 0 %, 1–14 %, …, 90–100 %. */
export function heatRanges() {
  return Array.from({ length: HEAT_STEPS + 1 }, (_, level) =>
    level === 0 ? [0, 0, 0] : [level, level === 1 ? 1 : (level - 1) * HEAT_WIDTH, level === HEAT_STEPS ? 100 : level * HEAT_WIDTH - 1],
  );
}
