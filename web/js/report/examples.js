// The good examples the report recommends: title, summary, why it is
// recommended and which of the county's challenges it addresses.
import { recommendedSummary, recommendedTitle } from "../county-figures.js";
import { pickLocalized, t } from "../i18n.js";
import { el } from "../layout.js";

/**
 * @param {{intro: HTMLElement, list: HTMLElement}} ui
 * @param {any} report
 * @param {(tag: string) => string} tagLabel
 */
export function renderExamples(ui, report, tagLabel) {
  const examples = (Array.isArray(report.examples) ? report.examples : []).filter((e) => typeof e?.slug === "string");
  ui.intro.textContent = examples.length > 0 ? t("report.examples.intro") : t("report.examples.none");
  ui.list.replaceChildren(
    ...examples.map((example) =>
      el(
        "li",
        { className: "recommended-example", dataset: { slug: example.slug } },
        recommendedTitle(example),
        recommendedSummary(example),
        el("p", { className: "recommended-reason" }, el("strong", {}, `${t("report.examples.reason")}: `), pickLocalized(example.reason)),
        Array.isArray(example.addresses) && example.addresses.length > 0
          ? el("p", { className: "recommended-addresses muted" }, t("report.examples.addresses", { challenges: example.addresses.map(tagLabel).join(", ") }))
          : "",
      ),
    ),
  );
  ui.list.hidden = examples.length === 0;
}
