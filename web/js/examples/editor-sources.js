// The source rows of the example editor: a title and an address each, added
// and removed by the editor. Every row has an id of its own (so that its
// field errors stay with it); the labels carry the row's number.
import { t } from "../i18n.js";
import { el } from "../layout.js";

/**
 * @param {{sourceRows: HTMLElement, sourceAdd: HTMLButtonElement}} ui
 * @param {(number: number) => void} onRemoved after a row was removed (number: its position, from 1)
 */
export function sourceRows(ui, onRemoved) {
  const state = { lastId: 0 };
  const rows = () => [...ui.sourceRows.querySelectorAll(".source-row")];

  function add(source = { title: "", url: "" }, { focus = false } = {}) {
    const id = `example-source-${(state.lastId += 1)}`;
    const row = el(
      "li",
      { className: "source-row", dataset: { row: id } },
      el(
        "div",
        { className: "field" },
        el("label", { for: `${id}-title`, className: "source-title-label" }),
        el("input", { id: `${id}-title`, type: "text", maxlength: "300", className: "source-title", value: source.title ?? "" }),
      ),
      el(
        "div",
        { className: "field" },
        el("label", { for: `${id}-url`, className: "source-url-label" }),
        el("input", {
          id: `${id}-url`,
          type: "url",
          maxlength: "2000",
          className: "source-url",
          inputmode: "url",
          autocomplete: "off",
          spellcheck: "false",
          value: source.url ?? "",
        }),
      ),
      el("button", { type: "button", className: "button button-secondary button-small source-remove" }),
    );
    ui.sourceRows.append(row);
    renumber();
    if (focus) row.querySelector(".source-title").focus();
  }

  function renumber() {
    rows().forEach((row, index) => {
      const number = index + 1;
      row.querySelector(".source-title-label").textContent = t("examples.sources.title", { number });
      row.querySelector(".source-url-label").textContent = t("examples.sources.url", { number });
      row.querySelector(".source-remove").textContent = t("examples.sources.remove", { number });
    });
  }

  ui.sourceAdd.addEventListener("click", () => add(undefined, { focus: true }));
  ui.sourceRows.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest(".source-remove") : null;
    if (!button) return;
    const row = button.closest(".source-row");
    const index = rows().indexOf(row);
    row.remove();
    renumber();
    // Focus goes to the next row's remove button, else the previous one's, else "add".
    const remaining = [...ui.sourceRows.querySelectorAll(".source-remove")];
    (remaining[index] ?? remaining[index - 1] ?? ui.sourceAdd).focus();
    onRemoved(index + 1);
  });

  return {
    renumber,
    /** One row per source, or one empty row when there are none. */
    fill(sources) {
      ui.sourceRows.replaceChildren();
      for (const source of sources) add({ title: source.title ?? "", url: source.url ?? "" });
      if (sources.length === 0) add();
    },
    /** @returns {{title: string, url: string, row: HTMLElement}[]} */
    read() {
      return rows().map((row) => ({ title: row.querySelector(".source-title").value, url: row.querySelector(".source-url").value, row }));
    },
    /** The title and address inputs of a row. */
    controls(row) {
      return { title: row.querySelector(".source-title"), url: row.querySelector(".source-url") };
    },
  };
}
