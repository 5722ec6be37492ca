// What the example editor shows after a save or a delete (the confirmation with
// the ways on), and the text of the delete confirmation.
import { t } from "../i18n.js";
import { el } from "../layout.js";
import { lastSearchHref } from "./address.js";
import { localized } from "./common.js";

/** The example's title for the messages: in the UI language, else the slug. */
export const exampleTitle = ({ slug, example }) => localized(example?.title).text || slug;

/**
 * @param {ReturnType<typeof import("./editor-form.js").editorElements>} ui
 * @param {{what: "created" | "saved" | "deleted", title: string, published: boolean}} confirmation
 * @param {string} slug
 */
export function renderConfirmation(ui, { what, title, published }, slug) {
  ui.confirmationTitle.textContent = t(`examples.confirmation.${what}`);
  ui.confirmationText.textContent =
    what === "deleted"
      ? t("examples.confirmation.deletedText", { title })
      : t(published ? "examples.confirmation.published" : "examples.confirmation.draft", { title });
  ui.confirmationActions.replaceChildren(
    ...(what === "deleted"
      ? []
      : [
          el("a", { id: "example-confirmation-view", href: `/examples.html?slug=${encodeURIComponent(slug)}`, className: "button" }, t("examples.confirmation.view")),
          el("a", { href: `/examples.html?edit=${encodeURIComponent(slug)}`, className: "button button-secondary" }, t("examples.confirmation.editAgain")),
        ]),
    el("a", { id: "example-confirmation-search", href: lastSearchHref(), className: "button button-secondary" }, t("examples.back")),
    el("a", { href: "/examples.html?new=1", className: "button button-secondary" }, t("examples.confirmation.new")),
  );
}

/** @param {{slug: string, example: object | null}} state */
export function renderDeleteConfirmText(ui, state) {
  ui.deleteConfirmText.textContent = t("examples.delete.confirmText", { title: exampleTitle(state) });
}
