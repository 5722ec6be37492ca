// The confirmation after an answer is stored: in the chosen language only,
// with what was answered (municipality, size, sector, challenges, as the form
// words them) and a link to "Mina svar".
import { getLanguage, onLanguageChange, t } from "../i18n.js";

const SUMMARY = [
  ["sizeClass", "confirmation-size"],
  ["sector", "confirmation-sector"],
  ["challenges", "confirmation-challenges"],
];

/** A question's answer in the survey's current language ("" when unanswered). */
function displayed(survey, name) {
  const question = survey.getQuestionByName(name);
  if (!question || question.isEmpty()) return "";
  const value = question.displayValue;
  return Array.isArray(value) ? value.join(", ") : String(value ?? "");
}

/**
 * @param {{ui: Record<string, HTMLElement>, survey: any, municipalityNames: Map<string, string>, confirmedKey: string}} options
 */
export function createConfirmation({ ui, survey, municipalityNames, confirmedKey }) {
  /** Show the confirmation of the stored answer (payload as sent, body as the server answered). */
  function show(payload, body) {
    ui.confirmationTitle.dataset.i18n = confirmedKey;
    ui.confirmationTitle.textContent = t(confirmedKey);
    const id = body.responseId || payload.responseId;
    const code = body.municipality || payload.municipality || "";
    ui.confirmationResponseId.textContent = id;
    ui.confirmationMunicipality.textContent = municipalityNames.has(code) ? `${municipalityNames.get(code)} (${code})` : code;
    const submittedAt = body.submittedAt ? new Date(body.submittedAt) : null;
    const render = () => {
      if (submittedAt && !Number.isNaN(submittedAt.getTime())) {
        ui.confirmationSubmittedAt.dateTime = submittedAt.toISOString();
        ui.confirmationSubmittedAt.textContent = submittedAt.toLocaleString(getLanguage() === "sv" ? "sv-SE" : "en-GB", {
          dateStyle: "long",
          timeStyle: "short",
        });
      }
      for (const [name, id] of SUMMARY) {
        const dd = document.getElementById(id);
        dd.textContent = displayed(survey, name) || t("survey.confirmation.unanswered");
      }
    };
    render();
    // The survey's locale follows the language first (its listener was added earlier), so the answers' words do too.
    onLanguageChange(render);
    ui.confirmation.hidden = false;
    ui.confirmation.focus();
  }

  return { show };
}
