// The good examples recommended for the open municipality's top challenges:
// a status line (loading, none, why they failed, or which challenges they
// answer) and the list of examples with the reason for each.
import { recommendedTitle } from "../county-figures.js";
import { pickLocalized, t } from "../i18n.js";
import { el } from "../layout.js";
import { morphChildren } from "../morph.js";
import { municipalityName } from "./state.js";
import { statusLine } from "./status.js";

/**
 * @param {{section: HTMLElement, status: HTMLElement, list: HTMLElement}} ui
 * @param {{codebook: any}} options
 */
export function createRecommendations(ui, { codebook }) {
  const tagLabel = (tag) => codebook.label(tag);
  const status = statusLine(ui.status);

  /** Nothing recommended (yet): no list, no status. */
  function reset() {
    ui.section.dataset.state = "idle";
    ui.list.replaceChildren();
    ui.list.hidden = true;
    status.set(null);
  }

  /** Asking; the examples on screen (state.recommendations) stay until the answer. */
  function loading(state) {
    ui.section.dataset.state = "loading";
    if (!state.recommendations) status.set(() => t("needs.examples.loading"));
  }

  function failed() {
    ui.list.replaceChildren();
    ui.list.hidden = true;
    ui.section.dataset.state = "error";
    status.set(() => t("needs.examples.failed"));
  }

  function render(state) {
    const answer = state.recommendations;
    if (!answer) return;
    const examples = (Array.isArray(answer.examples) ? answer.examples : []).filter((e) => typeof e?.slug === "string");
    const top = (Array.isArray(answer.topChallenges) ? answer.topChallenges : []).filter((c) => typeof c?.tag === "string");
    const municipality = answer.name || municipalityName(state, state.municipality);
    status.set(() => {
      if (examples.length > 0) return t("needs.examples.intro", { municipality, challenges: top.map((c) => tagLabel(c.tag)).join(", ") });
      return t(top.length === 0 ? "needs.examples.noNeeds" : "needs.examples.none", { municipality });
    });
    morphChildren(
      ui.list,
      examples.map((example) =>
        el(
          "li",
          { className: "recommended-example", dataset: { key: example.slug, slug: example.slug } },
          recommendedTitle(example),
          el("p", { className: "recommended-reason" }, pickLocalized(example.reason)),
        ),
      ),
    );
    ui.list.hidden = examples.length === 0;
  }

  /** New recommendations came (state.recommendations). */
  function loaded(state) {
    render(state);
    ui.section.dataset.state = "ready";
  }

  return { status, reset, loading, failed, render, loaded };
}
