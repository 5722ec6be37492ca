// How the survey page presents a SurveyJS model, whatever version of the
// definition it shows: headings that follow the page's h1, a progress bar,
// yes/no questions as two labelled options, and the root's lang kept equal
// to the page language. Presentation only: the answer's data keep their shape
// (a yes/no answer stays a boolean).
import { getLanguage, onLanguageChange } from "../i18n.js";

/** Global SurveyJS settings for a definition: Swedish as the default locale, heading levels, motion. */
export function configureSurveyJs(Survey, definition) {
  // Localizable strings in the definition are {"default": Swedish, "en": English}.
  Survey.surveyLocalization.defaultLocale = "sv";
  // Heading levels that follow the page's h1 without skipping levels.
  const hasPageTitles = (definition.pages ?? []).some((page) => page.title);
  Object.assign(Survey.settings.titleTags, {
    survey: "h2",
    page: "h2",
    panel: hasPageTitles ? "h3" : "h2",
    question: hasPageTitles ? "h3" : "h2",
  });
  // Respect "reduce motion" (also makes automated scans see settled colours).
  if (window.matchMedia?.("(prefers-reduced-motion: reduce)").matches) Survey.settings.animationEnabled = false;
}

/**
 * The model as the page shows it. Answering: a progress bar over the pages. Viewing (read-only): every question on
 * one page, no progress bar.
 * @param {any} survey a Survey.Model
 * @param {{viewing: boolean}} options
 */
export function presentSurvey(survey, { viewing }) {
  survey.showTitle = false; // the page's h1 carries the title
  survey.showCompletedPage = false; // the page shows its own confirmation
  survey.autoFocusFirstError = true;
  if (viewing) {
    survey.mode = "display";
    survey.questionsOnPageMode = "singlePage";
  } else {
    survey.showProgressBar = true;
    survey.progressBarType = "pages";
    survey.progressBarLocation = "belowheader";
  }
  presentYesNoAsOptions(survey);
}

/**
 * Yes/no questions as two labelled radio options, "Ja" first: a switch starts with neither side chosen and reads
 * as "off". The survey page and the authoring preview both show them so.
 */
export function presentYesNoAsOptions(survey) {
  for (const question of survey.getAllQuestions()) {
    if (question.getType() === "boolean") {
      question.renderAs = "radio";
      question.swapOrder = true;
    }
  }
}

/**
 * survey-js-ui renders lang={survey.locale || "en"} on its root, and
 * survey.locale is "" for the default locale (Swedish here), so Swedish
 * content would be announced as English. Keep the attribute equal to the
 * page language.
 */
export function keepSurveyLangInSync(container) {
  const sync = () => {
    const language = getLanguage();
    for (const root of container.querySelectorAll("[lang]")) {
      if (root.classList.contains("sd-root-modern") && root.getAttribute("lang") !== language) root.setAttribute("lang", language);
    }
  };
  new MutationObserver(sync).observe(container, { childList: true, subtree: true, attributes: true, attributeFilter: ["lang"] });
  onLanguageChange(sync);
  sync();
}
