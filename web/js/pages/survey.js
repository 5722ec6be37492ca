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
//
// A new answer may carry the office's own reference (#reference-input, a
// company name, say), which only the office sees; it is changed afterwards on
// "Mina svar", so the field is not offered when correcting or viewing.
//
// Viewing (survey.html?response=<id>&mode=view, "Visa" in "Mina svar"): the
// same answer read-only, every question on one page, with links to correct it
// and back to "Mina svar"; nothing is sent.
//
// Presentation (progress bar, yes/no as two options), the confirmation and the
// problems are in web/js/survey-form/.
import { api, ProblemError } from "../api.js";
import { hasRole, municipalityScopes, ROLES } from "../auth.js";
import { DraftStore, newResponseId } from "../draft-store.js";
import { FieldErrors } from "../form-errors.js";
import { getLanguage, onLanguageChange, pickLocalized, t } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { dateTimeElement } from "../notes-common.js";
import { authGate, homeActions, nodeRegion, problemNodes, signInAction as signInActionFor, textRegion } from "../page-messages.js";
import { createRetryingSubmitter } from "../retrying-submit.js";
import { createConfirmation } from "../survey-form/confirmation.js";
import { configureSurveyJs, keepSurveyLangInSync, presentSurvey } from "../survey-form/presentation.js";
import { createProblemHandler } from "../survey-form/problems.js";

const SURVEY_ID = "sme-needs";
const MUNICIPALITY_QUESTION = "municipality";
const PARAMS = new URLSearchParams(location.search);
const CORRECTING = PARAMS.get("response");
const VIEWING = Boolean(CORRECTING) && PARAMS.get("mode") === "view";
const RETURN_TO = CORRECTING
  ? `/survey.html?response=${encodeURIComponent(CORRECTING)}${VIEWING ? "&mode=view" : ""}`
  : "/survey.html";

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
  confirmationResponseId: $("confirmation-response-id"),
  confirmationMunicipality: $("confirmation-municipality"),
  confirmationSubmittedAt: $("confirmation-submitted-at"),
  newResponse: $("new-response"),
  viewActions: $("view-actions"),
  viewCorrect: $("view-correct"),
  referenceField: $("reference-field"),
  reference: $("reference-input"),
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

  configureSurveyJs(Survey, definition);
  const survey = new Survey.Model(definition);
  survey.locale = getLanguage();
  presentSurvey(survey, { viewing: VIEWING });

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
  if (VIEWING) {
    setPageStatus("survey.viewing", { when: dateTimeElement(correction.response.submittedAt).textContent, version });
    ui.viewCorrect.href = `/survey.html?response=${encodeURIComponent(responseId)}`;
    ui.viewActions.hidden = false;
  } else if (correction) {
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
      ui.reference.readOnly = true;
      referenceErrors.clear();
      setAlert(null);
    },
    onSuccess: ({ body }, { payload }) => onSubmitted(payload, body ?? {}),
    onProblem: (error) => {
      ui.reference.readOnly = false;
      onProblem(error);
    },
  });
  const referenceErrors = new FieldErrors({ reference: ui.reference });
  const onProblem = createProblemHandler({ survey, setAlert, setSubmitStatus, returnTo: RETURN_TO, fieldErrors: referenceErrors });

  survey.onCompleting.add((_, options) => {
    if (allowComplete) return;
    options.allow = false;
    if (!submitter.busy) submitter.submit(buildPayload());
  });

  function buildPayload() {
    const data = survey.data;
    const municipality = data[MUNICIPALITY_QUESTION] ?? (scopes.length === 1 ? scopes[0] : undefined);
    const reference = correction ? "" : ui.reference.value.trim();
    return {
      responseId,
      surveyVersion: version,
      municipality: municipality == null ? undefined : String(municipality),
      data,
      reference: reference === "" ? undefined : reference,
    };
  }

  const confirmedKey = correction ? "survey.corrected.title" : "survey.confirmation.title";
  const confirmation = createConfirmation({ ui, survey, municipalityNames, confirmedKey });

  function onSubmitted(payload, body) {
    keepDraft = false;
    drafts?.clear();
    allowComplete = true;
    survey.doComplete();
    ui.container.hidden = true;
    ui.referenceField.hidden = true;
    ui.retryButton.hidden = true;
    setPageStatus(null);
    // Announced through the status region; visually the confirmation box says it.
    ui.submitStatus.classList.add("visually-hidden");
    setSubmitStatus(confirmedKey);
    confirmation.show(payload, body);
  }

  // --- Rendering and language --------------------------------------------------
  renderTitle();
  onLanguageChange((language) => {
    survey.locale = language;
    renderTitle();
  });

  ui.newResponse.addEventListener("click", () => location.assign("/survey.html"));

  ui.gate.hidden = true;
  ui.referenceField.hidden = Boolean(correction);
  ui.container.hidden = false;
  SurveyUI.renderSurvey(survey, ui.container);
  keepSurveyLangInSync(ui.container);

  // Handy for end-to-end tests and debugging in the console.
  window.knowledgeSurvey = survey;
}

await main();
