// What the authoring page says about the open version: its number and status,
// the server's problems (each linking to its place in the editor) and the
// changes against the published version.
import { ProblemError } from "../api.js";
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { nodeRegion, problemNodes } from "../page-messages.js";

/**
 * @param {{versionStatus: HTMLElement, problems: HTMLElement, changes: HTMLElement}} ui
 * @param {(event: Event, key: string) => void} focusKey puts the editor's caret where a problem's key starts
 */
export function versionPanels(ui, focusKey) {
  const versionStatus = nodeRegion(ui.versionStatus);
  const problemsRegion = nodeRegion(ui.problems);
  const changesRegion = nodeRegion(ui.changes);

  return {
    /** @param {{version: number, status: string}} version */
    showStatus(version) {
      const isDraft = version.status === "draft";
      versionStatus.show(() => [
        t("authoring.status.status", {
          version: version.version,
          status: t(isDraft ? "authoring.status.draft" : "authoring.status.publishedState"),
        }),
      ]);
    },

    /** @param {Record<string, string[]>} problems server key → messages */
    showProblems(problems) {
      const entries = Object.entries(problems);
      problemsRegion.show(() =>
        entries.length === 0
          ? [el("p", {}, t("authoring.problems.none"))]
          : [
              el(
                "ul",
                { className: "field-errors" },
                entries.map(([key, messages]) =>
                  el(
                    "li",
                    {},
                    el("a", { href: "#definition-editor", onclick: (event) => focusKey(event, key) }, el("code", {}, key)),
                    `: ${messages.join(" ")}`,
                  ),
                ),
              ),
            ],
      );
    },

    /** @param {{against: number, added: object[], removed: object[], changed: {properties: string[]}[]}} changes */
    showChanges(changes) {
      const items = [
        ...changes.added.map((q) => t("authoring.changes.added", q)),
        ...changes.removed.map((q) => t("authoring.changes.removed", q)),
        ...changes.changed.map((q) => t("authoring.changes.changed", { ...q, properties: q.properties.join(", ") })),
      ];
      changesRegion.show(() => [
        el("p", {}, t("authoring.changes.against", { version: changes.against })),
        items.length === 0 ? el("p", {}, t("authoring.changes.none")) : el("ul", {}, items.map((text) => el("li", {}, text))),
      ]);
    },

    showChangesProblem(error) {
      changesRegion.show(() => problemNodes("authoring.problem.generic", error instanceof ProblemError ? error : null));
    },
  };
}
