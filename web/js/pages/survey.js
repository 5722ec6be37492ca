// The SME needs survey page.
//
// Flow: check the signed-in user (role "office" + at least one
// municipality-XXXX scope) → load the definition → fill the municipality
// dropdown from the user's scopes → render with SurveyJS → keep a draft in
// localStorage → on "Slutför" POST the answer (with retries on network
// failure, always with the same responseId) → confirmation, or field errors
// back in the form, or the problem shown in the alert region.
//
// Correction mode (survey.html?response=<id>, from "Mina svar"): the stored
// answer and its ETag are loaded with the definition of the answer's own
// version; the form starts from the answer (no draft is kept) and "Slutför"
// PUTs it with If-Match, so a change made elsewhere meanwhile answers 412.
import { api, ProblemError } from "../api.js";
import { hasRole, municipalityScopes, ROLES } from "../auth.js";
import { DraftStore, newResponseId } from "../draft-store.js";
import { getLanguage, onLanguageChange, otherLanguage, pickLocalized, t } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { dateTimeElement } from "../notes-common.js";
import {
  authGate,
  homeActions,
  messageProblem,
  nodeRegion,
  otherErrorNodes,
  problemNodes,
  signInAction as signInActionFor,
  signInParagraph,
  textRegion,
} from "../page-messages.js";
import { createRetryingSubmitter } from "../retrying-submit.js";

const SURVEY_ID = "sme-needs";
const MUNICIPALITY_QUESTION = "municipality";
const CORRECTING = new URLSearchParams(location.search).get("response");
const RETURN_TO = CORRECTING ? `/survey.html?response=${encodeURIComponent(CORRECTING)}` : "/survey.html";

const $ = (id) => document.getElementById(id);
const ui = {
  title: $("page-title"),
  description: $("survey-description"),
  pageStatus: $("page-status"),
  gate: $("auth-gate"),
  alert: $("problem-alert"),
  container: $("survey-container"),
  submitStatus: $("submit-status"),
  retryButton: $("retry-button"),
  confirmation: $("confirmation"),
  confirmationTitle: $("confirmation-title"),
  confirmationOther: $("confirmation-other"),
  confirmationResponseId: $("confirmation-response-id"),
  confirmationMunicipality: $("confirmation-municipality"),
  confirmationSubmittedAt: $("confirmation-submitted-at"),
  newResponse: $("new-response"),
};

// ---------------------------------------------------------------------------
// Language-aware message regions (page-messages.js): each keeps what it shows
// as data so it is re-rendered when the language changes.

const pageStatus = textRegion(ui.pageStatus);
const submitStatus = textRegion(ui.submitStatus);
const alertRegion = nodeRegion(ui.alert);
const gate = authGate();

const setPageStatus = (key, params) => pageStatus.show(key, params);
const setSubmitStatus = (key, params) => submitStatus.show(key, params);
const setAlert = (render) => alertRegion.show(render);

function showGate(titleKey, textKey, actions) {
  gate.show(titleKey, textKey, actions);
  ui.container.hidden = true;
}

// ---------------------------------------------------------------------------
// Startup

const { principal, authError } = await initPage({ returnTo: RETURN_TO });

const signInAction = signInActionFor(RETURN_TO);

async function main() {
  if (authError) {
    setAlert(() => problemNodes("auth.unavailable", null, [el("p", {}, t("survey.loadFailed.text"))]));
    return;
  }
  if (!principal) {
    showGate("survey.gate.signIn.title", "survey.gate.signIn.text", signInAction);
    return;
  }
  if (!hasRole(principal, ROLES.office)) {
    showGate("survey.gate.role.title", "survey.gate.role.text", homeActions);
    return;
  }
  const scopes = municipalityScopes(principal);
  if (scopes.length === 0) {
    showGate("survey.gate.scope.title", "survey.gate.scope.text", homeActions);
    return;
  }

  if (!window.Survey || !window.SurveyUI) {
    setAlert(() => problemNodes("survey.loadFailed.title", { title: "SurveyJS", detail: "vendor scripts missing" }));
    return;
  }

  setPageStatus("survey.loading");
  let surveyDoc;
  let municipalities;
  let correction = null;
  try {
    correction = CORRECTING ? await api.response(SURVEY_ID, CORRECTING) : null;
    [surveyDoc, municipalities] = await Promise.all([
      api.survey(SURVEY_ID, correction?.response.surveyVersion),
      api.municipalities().catch(() => []), // names are nice to have; codes still work without them
    ]);
  } catch (error) {
    setPageStatus(null);
    if (correction === null && CORRECTING && error instanceof ProblemError && error.status !== 401) {
      setAlert(() => problemNodes("survey.correct.missing", error));
    } else if (error instanceof ProblemError && error.status === 401) {
      showGate("survey.gate.signIn.title", "survey.gate.signIn.text", signInAction);
    } else if (error instanceof ProblemError && error.status === 403) {
      showGate("survey.gate.role.title", "survey.gate.role.text", homeActions);
    } else {
      setAlert(() =>
        problemNodes("survey.loadFailed.title", error instanceof ProblemError ? error : null, [
          el("p", {}, t("survey.loadFailed.text")),
        ]),
      );
    }
    return;
  }

  const names = new Map((Array.isArray(municipalities) ? municipalities : []).map((m) => [m.code, m.name]));
  startSurvey(surveyDoc, scopes, names, correction);
}

// ---------------------------------------------------------------------------
// Survey

function startSurvey(surveyDoc, scopes, municipalityNames, correction) {
  const { Survey, SurveyUI } = window;
  const version = Number(surveyDoc.version) || 1;
  const definition = surveyDoc.definition ?? {};
  const drafts = correction ? null : new DraftStore({ surveyId: SURVEY_ID, version, userId: principal.userId });

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

  const survey = new Survey.Model(definition);
  survey.locale = getLanguage();
  survey.showTitle = false; // the page's h1 carries the title
  survey.showCompletedPage = false; // the page shows its own confirmation
  survey.autoFocusFirstError = true;

  const renderTitle = () => {
    const title = pickLocalized(surveyDoc.title) || survey.title || t("survey.pageTitle");
    ui.title.textContent = title;
    document.title = `${title} – Knowledge`;
    const description = survey.description;
    ui.description.textContent = description || "";
    ui.description.hidden = !description;
  };

  // Municipality choices come from the user's municipality-XXXX roles.
  const municipalityQuestion = survey.getQuestionByName(MUNICIPALITY_QUESTION);
  if (municipalityQuestion) {
    municipalityQuestion.choices = scopes.map((code) => ({
      value: code,
      text: municipalityNames.get(code) ?? t("survey.municipality.unknown", { code }),
    }));
  } else {
    console.warn(`The survey definition has no "${MUNICIPALITY_QUESTION}" question.`);
  }

  // Start from the answer being corrected, or restore an unfinished answer, or start a new one with a fresh responseId.
  const draft = correction
    ? { responseId: correction.response.responseId, data: correction.response.data ?? {}, currentPageNo: 0 }
    : drafts.load();
  const responseId = draft?.responseId ?? newResponseId();
  if (draft) {
    survey.data = draft.data;
    if (draft.currentPageNo < survey.visiblePageCount) survey.currentPageNo = draft.currentPageNo;
  }
  if (correction) {
    setPageStatus("survey.correcting", { when: dateTimeElement(correction.response.submittedAt).textContent, version });
  } else {
    setPageStatus(draft && Object.keys(draft.data).length > 0 ? "survey.draftRestored" : null);
  }
  const chosen = survey.getValue(MUNICIPALITY_QUESTION);
  if (chosen !== undefined && !scopes.includes(String(chosen))) survey.clearValue(MUNICIPALITY_QUESTION);
  if (municipalityQuestion && scopes.length === 1 && survey.getValue(MUNICIPALITY_QUESTION) === undefined) {
    survey.setValue(MUNICIPALITY_QUESTION, scopes[0]);
  }

  let keepDraft = !correction;
  const saveDraft = () => {
    if (keepDraft) drafts.save({ responseId, data: survey.data, currentPageNo: survey.currentPageNo });
  };
  survey.onValueChanged.add(saveDraft);
  survey.onCurrentPageChanged.add(saveDraft);

  // --- Submission -----------------------------------------------------------
  // "Slutför" runs onCompleting; completion is refused until the server has
  // stored the answer, so the form stays on screen (with its data) for field
  // errors and retries. After a 200/201 the survey is completed for real.
  // The retry loop (same responseId every time) is retrying-submit.js.
  let allowComplete = false;

  const submitter = createRetryingSubmitter({
    send: (payload) =>
      correction ? api.reviseResponse(SURVEY_ID, responseId, payload, correction.etag) : api.submitResponse(SURVEY_ID, payload),
    setStatus: setSubmitStatus,
    messages: {
      sending: "survey.submitting",
      retrying: "survey.retrying",
      retryingNow: "survey.retryingNow",
      exhausted: "survey.retryExhausted",
    },
    retryButton: ui.retryButton,
    onStart: () => {
      saveDraft(); // make sure the responseId is stored before anything leaves the browser
      survey.readOnly = true; // the body must not change while the same responseId is retried
      setAlert(null);
    },
    onSuccess: ({ body }, { payload }) => onSubmitted(payload, body ?? {}),
    onProblem: (error) => onProblem(error),
  });

  survey.onCompleting.add((_, options) => {
    if (allowComplete) return;
    options.allow = false;
    if (!submitter.busy) submitter.submit(buildPayload());
  });

  function buildPayload() {
    const data = survey.data;
    const municipality = data[MUNICIPALITY_QUESTION] ?? (scopes.length === 1 ? scopes[0] : undefined);
    return { responseId, surveyVersion: version, municipality: municipality == null ? undefined : String(municipality), data };
  }

  const confirmedKey = correction ? "survey.corrected.title" : "survey.confirmation.title";

  function onSubmitted(payload, body) {
    keepDraft = false;
    drafts?.clear();
    allowComplete = true;
    survey.doComplete();
    ui.container.hidden = true;
    ui.retryButton.hidden = true;
    setPageStatus(null);
    // Announced through the status region; visually the confirmation box says it.
    ui.submitStatus.classList.add("visually-hidden");
    setSubmitStatus(confirmedKey);
    ui.confirmationTitle.dataset.i18n = confirmedKey;
    ui.confirmationTitle.textContent = t(confirmedKey);

    const id = body.responseId || payload.responseId;
    const code = body.municipality || payload.municipality || "";
    ui.confirmationResponseId.textContent = id;
    ui.confirmationMunicipality.textContent = municipalityNames.has(code) ? `${municipalityNames.get(code)} (${code})` : code;
    const submittedAt = body.submittedAt ? new Date(body.submittedAt) : null;
    const renderConfirmation = () => {
      ui.confirmationOther.lang = otherLanguage();
      ui.confirmationOther.textContent = t(confirmedKey, {}, otherLanguage());
      if (submittedAt && !Number.isNaN(submittedAt.getTime())) {
        ui.confirmationSubmittedAt.dateTime = submittedAt.toISOString();
        ui.confirmationSubmittedAt.textContent = submittedAt.toLocaleString(getLanguage() === "sv" ? "sv-SE" : "en-GB", {
          dateStyle: "long",
          timeStyle: "short",
        });
      }
    };
    renderConfirmation();
    onLanguageChange(renderConfirmation);
    ui.confirmation.hidden = false;
    ui.confirmation.focus();
  }

  function onProblem(error) {
    survey.readOnly = false;
    setSubmitStatus(null);

    if (!(error instanceof ProblemError)) {
      console.error(error);
      setAlert(() => problemNodes("survey.problem.generic", messageProblem(error)));
      return;
    }

    if (error.status === 400 && Object.keys(error.errors).length > 0) {
      const unmatched = showFieldErrors(error.errors);
      setAlert(() =>
        problemNodes(
          "survey.fieldErrors",
          unmatched.length > 0 ? error : null,
          otherErrorNodes("survey.fieldErrors.other", unmatched),
        ),
      );
      return;
    }

    const leadKey = {
      401: "survey.problem.401",
      403: "survey.problem.403",
      409: "survey.problem.409",
      410: "survey.problem.410",
      412: "survey.problem.412",
      413: "survey.problem.413",
    }[error.status];
    setAlert(() => [
      ...problemNodes(leadKey ?? "survey.problem.generic", error),
      ...(error.status === 401
        ? [signInParagraph(RETURN_TO)]
        : []),
    ]);
  }

  /**
   * Put server field errors on their questions ("data.<name>" or a top-level
   * name that is also a question, such as "municipality"). Returns the
   * entries that matched no visible question.
   */
  function showFieldErrors(errors) {
    const unmatched = [];
    const withErrors = [];
    for (const [key, messages] of Object.entries(errors)) {
      const path = key.startsWith("data.") ? key.slice("data.".length) : key;
      const name = path.split(/[.[]/)[0];
      const question = survey.getQuestionByName(path) ?? survey.getQuestionByName(name);
      if (question && question.isVisible) {
        for (const message of messages) question.addError(message);
        withErrors.push(question);
      } else {
        unmatched.push([key, messages]);
      }
    }
    if (withErrors.length > 0) {
      const order = survey.getAllQuestions();
      withErrors.sort((a, b) => order.indexOf(a) - order.indexOf(b));
      const first = withErrors[0];
      if (first.page && survey.currentPage !== first.page) survey.currentPage = first.page;
      // Let SurveyJS render the page before focusing.
      setTimeout(() => first.focus(true), 0);
    }
    return unmatched;
  }

  // --- Rendering and language --------------------------------------------------
  renderTitle();
  onLanguageChange((language) => {
    survey.locale = language;
    renderTitle();
  });

  ui.newResponse.addEventListener("click", () => location.assign("/survey.html"));

  ui.gate.hidden = true;
  ui.container.hidden = false;
  SurveyUI.renderSurvey(survey, ui.container);
  keepSurveyLangInSync(ui.container);

  // Handy for end-to-end tests and debugging in the console.
  window.knowledgeSurvey = survey;
}

/**
 * survey-js-ui renders lang={survey.locale || "en"} on its root, and
 * survey.locale is "" for the default locale (Swedish here), so Swedish
 * content would be announced as English. Keep the attribute equal to the
 * page language.
 */
function keepSurveyLangInSync(container) {
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

await main();
