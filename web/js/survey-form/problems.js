// What the survey page shows when storing an answer failed: the server's
// field errors at their questions (the rest listed in the alert), or a lead
// text by status with the problem's title and detail.
import { ProblemError } from "../api.js";
import { messageProblem, otherErrorNodes, problemNodes, signInParagraph } from "../page-messages.js";

const LEAD_KEYS = {
  401: "survey.problem.401",
  403: "survey.problem.403",
  409: "survey.problem.409",
  410: "survey.problem.410",
  412: "survey.problem.412",
  413: "survey.problem.413",
};

/**
 * Put server field errors on their questions ("data.<name>" or a top-level name that is also a question, such as
 * "municipality"), focusing the first. Returns the entries that matched no visible question.
 */
export function showFieldErrors(survey, errors) {
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

/**
 * @param {{survey: any, setAlert: (render: null | (() => Node[])) => void, setSubmitStatus: (key: string | null) => void,
 *   returnTo: string, fieldErrors?: import("../form-errors.js").FieldErrors}} options fieldErrors: the page's own controls
 *   beside the survey (the reference), which show their errors first
 * @returns {(error: unknown) => void}
 */
export function createProblemHandler({ survey, setAlert, setSubmitStatus, returnTo, fieldErrors }) {
  return (error) => {
    survey.readOnly = false;
    setSubmitStatus(null);

    if (!(error instanceof ProblemError)) {
      console.error(error);
      setAlert(() => problemNodes("survey.problem.generic", messageProblem(error)));
      return;
    }

    if (error.status === 400 && Object.keys(error.errors).length > 0) {
      const forQuestions = fieldErrors ? Object.fromEntries(fieldErrors.show(error.errors)) : error.errors;
      const unmatched = showFieldErrors(survey, forQuestions);
      setAlert(() => problemNodes("survey.fieldErrors", unmatched.length > 0 ? error : null, otherErrorNodes("survey.fieldErrors.other", unmatched)));
      return;
    }

    setAlert(() => [
      ...problemNodes(LEAD_KEYS[error.status] ?? "survey.problem.generic", error),
      ...(error.status === 401 ? [signInParagraph(returnTo)] : []),
    ]);
  };
}
