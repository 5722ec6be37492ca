// What the review page says when saving a review fails for good: field errors
// at the tags, someone else's review first (412: the note is reloaded), or the
// problem with a sign-in button after a 401.
import { ProblemError } from "../api.js";
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { messageProblem, problemNodes, showFieldProblem, signInParagraph } from "../page-messages.js";

/**
 * @param {unknown} error
 * @param {object} context
 * @param {{show(render: null | (() => (Node|string)[])): void}} context.alertRegion
 * @param {import("../form-errors.js").FieldErrors} context.fieldErrors
 * @param {() => void} context.onReload reads the note again after a 412 (called at once)
 * @param {string} context.returnTo where sign-in comes back to
 */
export function showReviewProblem(error, { alertRegion, fieldErrors, onReload, returnTo }) {
  if (!(error instanceof ProblemError)) {
    console.error(error);
    alertRegion.show(() => problemNodes("review.problem.generic", messageProblem(error)));
    return;
  }

  if (error.status === 400 && Object.keys(error.errors).length > 0) {
    showFieldProblem({ alertRegion, fieldErrors, problem: error, leadKey: "review.fieldErrors", otherKey: "review.fieldErrors.other" });
    return;
  }

  if (error.status === 412) {
    // The note is read again at once (the other review's tags, a new ETag); the button is for a reload that failed.
    alertRegion.show(() => [
      ...problemNodes("review.problem.412", error),
      el("p", {}, el("button", { type: "button", id: "review-reload", className: "button button-secondary", onclick: onReload }, t("review.reload"))),
    ]);
    onReload();
    return;
  }

  const leadKey = { 401: "review.problem.401", 403: "review.problem.403", 404: "review.problem.404" }[error.status];
  alertRegion.show(() => [...problemNodes(leadKey ?? "review.problem.generic", error), ...(error.status === 401 ? [signInParagraph(returnTo)] : [])]);
}

/** Whether two lists hold the same tags, in any order. */
export function sameTags(a, b) {
  const left = new Set(a ?? []);
  const right = new Set(b ?? []);
  return left.size === right.size && [...left].every((tag) => right.has(tag));
}
