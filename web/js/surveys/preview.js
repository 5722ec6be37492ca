// The live preview of the definition with the SurveyJS Form Library (window.Survey,
// window.SurveyUI): rebuilt a moment after the last keystroke, never submitting.
import { getLanguage } from "../i18n.js";
import { el } from "../layout.js";
import { textRegion } from "../page-messages.js";
import { presentYesNoAsOptions } from "../survey-form/presentation.js";

const PREVIEW_DELAY_MS = 400;

/**
 * @param {{preview: HTMLElement, previewStatus: HTMLElement}} ui
 * @param {() => object | undefined} parseDefinition the definition, or undefined when the text is no JSON
 */
export function surveyPreview(ui, parseDefinition) {
  const previewStatus = textRegion(ui.previewStatus);
  const state = { timer: null, model: null };

  function render() {
    const definition = parseDefinition();
    if (definition === undefined) return;
    const { Survey, SurveyUI } = window;
    try {
      state.model?.dispose?.();
      state.model = new Survey.Model(definition);
      state.model.locale = getLanguage();
      state.model.showCompletedPage = false;
      presentYesNoAsOptions(state.model); // as the survey page shows them
      state.model.onCompleting.add((_, options) => {
        options.allow = false; // a preview never submits
      });
      // A fresh host each time: the UI library keeps its root on the element it rendered into.
      const host = el("div");
      ui.preview.replaceChildren(host);
      SurveyUI.renderSurvey(state.model, host);
      previewStatus.show(null);
      window.knowledgePreview = state.model;
    } catch (error) {
      previewStatus.show("authoring.previewFailed", { message: String(error?.message ?? error) });
    }
  }

  return {
    render,
    /** From now on the library's roots get the page's language, whatever lang the library sets on them. */
    keepPageLanguage() {
      new MutationObserver(() => {
        for (const root of ui.preview.querySelectorAll(".sd-root-modern[lang]")) {
          if (root.getAttribute("lang") !== getLanguage()) root.setAttribute("lang", getLanguage());
        }
      }).observe(ui.preview, { childList: true, subtree: true, attributes: true, attributeFilter: ["lang"] });
    },
    schedule() {
      clearTimeout(state.timer);
      state.timer = setTimeout(render, PREVIEW_DELAY_MS);
    },
    setLanguage(language) {
      if (state.model) state.model.locale = language;
    },
  };
}
