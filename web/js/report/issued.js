// The county's issued reports: a status line and a list of buttons, the one
// on screen marked aria-current; a button raises onOpen. For a county the
// account may issue for (a region's own, any for admins) "Utfärda nu" raises onIssue.
import { t, tCount } from "../i18n.js";
import { el } from "../layout.js";
import { formatDateTime, formatPeriod } from "./format.js";
import { ISSUED_SHOWN } from "./state.js";

/**
 * @param {{status: HTMLElement, list: HTMLElement, issue: HTMLElement, issueNow: HTMLButtonElement}} ui
 * @param {{mayIssue: (county: string) => boolean, countyName: (code: string) => string, onOpen: (county: string, id: string) => void, onIssue: () => void}} options
 */
export function createIssuedList(ui, { mayIssue, countyName, onOpen, onIssue }) {
  function render(state) {
    ui.issue.hidden = !mayIssue(state.issuedCounty);
    const list = state.issuedList;
    if (!list) {
      ui.list.replaceChildren();
      ui.list.hidden = true;
      ui.status.textContent = state.issuedFailure && state.issuedCounty ? t(state.issuedFailure, { county: countyName(state.issuedCounty) }) : "";
      return;
    }
    const shown = list.slice(0, ISSUED_SHOWN);
    ui.status.textContent =
      list.length === 0
        ? t("report.issued.none", { county: countyName(state.issuedCounty) })
        : tCount("report.issued.count", list.length, { county: countyName(state.issuedCounty), shown: shown.length });
    ui.list.replaceChildren(
      ...shown.map((item) =>
        el(
          "li",
          { dataset: { id: item.id } },
          el(
            "button",
            {
              type: "button",
              className: "link-button issued-open",
              dataset: { id: item.id, county: item.county },
              "aria-current": state.issued?.id === item.id ? "true" : undefined,
            },
            t("report.issued.item", { period: formatPeriod(item.period) }),
          ),
          " ",
          el("span", { className: "muted" }, t("report.issued.itemMeta", { issuedAt: formatDateTime(item.issuedAt) })),
        ),
      ),
    );
    ui.list.hidden = shown.length === 0;
  }

  /** While the list is asked for. */
  function loading() {
    ui.status.textContent = t("report.issued.loading");
  }

  /** While a report is issued, the button cannot be pressed again. */
  function setIssuing(busy) {
    ui.issueNow.disabled = busy;
  }

  ui.list.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-id]") : null;
    if (button) onOpen(button.dataset.county, button.dataset.id);
  });
  ui.issueNow.addEventListener("click", () => onIssue());

  return { render, loading, setIssuing };
}
