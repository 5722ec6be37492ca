// UI language handling shared by all pages: Swedish is the default, English
// is available through a labelled <select>. Static texts carry a
// data-i18n="key" attribute and are filled from the dictionaries below;
// pages register for changes with onLanguageChange().

export const LANGUAGES = ["sv", "en"];
export const DEFAULT_LANGUAGE = "sv";
const STORAGE_KEY = "knowledge.language";

const strings = {
  sv: {
    "skip.main": "Hoppa till huvudinnehållet",
    "site.name": "Knowledge",
    "site.tagline": "Näringslivskontorens bild av småföretagens behov",
    "nav.label": "Huvudmeny",
    "nav.home": "Start",
    "nav.survey": "Enkäten",
    "language.label": "Språk / Language",
    "language.sv": "Svenska",
    "language.en": "English",
    "auth.checking": "Kontrollerar inloggning…",
    "auth.signedInAs": "Inloggad som",
    "auth.notSignedIn": "Du är inte inloggad.",
    "auth.signIn": "Logga in",
    "auth.signOut": "Logga ut",
    "auth.unavailable": "Det gick inte att kontrollera inloggningen just nu.",
    "auth.roles": "Behörighet",
    "auth.municipalities": "Kommuner",
    "auth.counties": "Län",
    "role.office": "näringslivskontor",
    "role.region": "region",
    "role.staff": "handläggare",
    "role.admin": "administratör",
    "footer.text": "Knowledge – en tjänst för kommunernas näringslivskontor.",

    "home.title": "Knowledge",
    "home.lead":
      "Knowledge samlar in kommunernas näringslivskontors bild av vilka behov små och medelstora företag (SME) har – till exempel kompetensförsörjning, finansiering, lokaler och digitalisering.",
    "home.how.title": "Så fungerar det",
    "home.how.1": "Logga in med ditt organisationskonto.",
    "home.how.2": "Besvara behovsenkäten för din kommun. Ett påbörjat svar sparas i webbläsaren tills du skickar det.",
    "home.how.3": "Svaren sammanställs per kommun och län och används för att planera stöd till företagen.",
    "home.account.title": "Ditt konto",
    "home.survey.title": "Behovsenkäten",
    "home.survey.text": "Enkäten besvaras av näringslivskontoret i varje kommun.",
    "home.survey.link": "Gå till enkäten",
    "home.survey.needsOffice": "För att besvara enkäten behöver ditt konto behörigheten näringslivskontor.",

    "survey.pageTitle": "Behovsenkät",
    "survey.loading": "Laddar enkäten…",
    "survey.gate.signIn.title": "Logga in för att besvara enkäten",
    "survey.gate.signIn.text":
      "Enkäten besvaras av kommunernas näringslivskontor. Logga in med ditt organisationskonto för att fortsätta.",
    "survey.gate.role.title": "Ditt konto saknar behörighet",
    "survey.gate.role.text":
      "Enkäten kan bara besvaras av konton med behörigheten näringslivskontor. Kontakta din administratör om du behöver behörighet.",
    "survey.gate.scope.title": "Ditt konto är inte kopplat till någon kommun",
    "survey.gate.scope.text":
      "För att besvara enkäten måste ditt konto vara kopplat till minst en kommun. Kontakta din administratör.",
    "survey.gate.home": "Till startsidan",
    "survey.loadFailed.title": "Enkäten kunde inte laddas",
    "survey.loadFailed.text": "Försök igen om en stund genom att ladda om sidan.",
    "survey.draftRestored": "Ditt påbörjade svar har återställts från den här webbläsaren.",
    "survey.submitting": "Skickar…",
    "survey.retrying": "Ingen kontakt med servern. Försöker igen om {seconds} s (försök {attempt} av {max})…",
    "survey.retryingNow": "Försöker skicka igen (försök {attempt} av {max})…",
    "survey.retryExhausted":
      "Svaret kunde inte skickas eftersom servern inte svarar. Ditt svar finns kvar i webbläsaren. Kontrollera anslutningen och försök igen.",
    "survey.retryButton": "Försök igen",
    "survey.fieldErrors": "Svaret kunde inte sparas. Rätta de markerade frågorna och skicka igen.",
    "survey.fieldErrors.other": "Övriga fel:",
    "survey.problem.generic": "Svaret kunde inte skickas.",
    "survey.problem.401": "Du är inte inloggad längre. Logga in igen – ditt svar finns kvar i webbläsaren.",
    "survey.problem.403": "Ditt konto har inte behörighet att skicka svar för den valda kommunen.",
    "survey.problem.409": "Ett svar med samma id har redan skickats med ett annat innehåll.",
    "survey.problem.413": "Svaret är för stort för att skickas. Korta ner långa fritextsvar.",
    "survey.problem.details": "Serverns svar",
    "survey.confirmation.title": "Tack! Ditt svar är mottaget.",
    "survey.confirmation.text": "Svaret är sparat. Spara gärna svars-id:t om du behöver hänvisa till svaret.",
    "survey.confirmation.responseId": "Svars-id",
    "survey.confirmation.municipality": "Kommun",
    "survey.confirmation.submittedAt": "Mottaget",
    "survey.confirmation.other": "Thank you! Your response has been received.",
    "survey.confirmation.new": "Besvara enkäten igen",
    "survey.municipality.unknown": "Kommun {code}",
  },
  en: {
    "skip.main": "Skip to main content",
    "site.name": "Knowledge",
    "site.tagline": "Municipal business offices on the needs of small businesses",
    "nav.label": "Main menu",
    "nav.home": "Home",
    "nav.survey": "Survey",
    "language.label": "Language / Språk",
    "language.sv": "Svenska",
    "language.en": "English",
    "auth.checking": "Checking sign-in…",
    "auth.signedInAs": "Signed in as",
    "auth.notSignedIn": "You are not signed in.",
    "auth.signIn": "Sign in",
    "auth.signOut": "Sign out",
    "auth.unavailable": "Could not check your sign-in right now.",
    "auth.roles": "Access",
    "auth.municipalities": "Municipalities",
    "auth.counties": "Counties",
    "role.office": "business office",
    "role.region": "region",
    "role.staff": "staff",
    "role.admin": "administrator",
    "footer.text": "Knowledge – a service for municipal business offices in Sweden.",

    "home.title": "Knowledge",
    "home.lead":
      "Knowledge collects how Swedish municipal business offices see the needs of small and medium-sized enterprises (SMEs) – for example skills supply, financing, premises and digitalisation.",
    "home.how.title": "How it works",
    "home.how.1": "Sign in with your organisation account.",
    "home.how.2": "Answer the needs survey for your municipality. An unfinished answer is kept in your browser until you submit it.",
    "home.how.3": "Answers are compiled per municipality and county and used to plan support for businesses.",
    "home.account.title": "Your account",
    "home.survey.title": "The needs survey",
    "home.survey.text": "The survey is answered by the business office of each municipality.",
    "home.survey.link": "Go to the survey",
    "home.survey.needsOffice": "To answer the survey your account needs the business office permission.",

    "survey.pageTitle": "Needs survey",
    "survey.loading": "Loading the survey…",
    "survey.gate.signIn.title": "Sign in to answer the survey",
    "survey.gate.signIn.text":
      "The survey is answered by municipal business offices. Sign in with your organisation account to continue.",
    "survey.gate.role.title": "Your account does not have access",
    "survey.gate.role.text":
      "Only accounts with the business office permission can answer the survey. Contact your administrator if you need access.",
    "survey.gate.scope.title": "Your account is not linked to a municipality",
    "survey.gate.scope.text":
      "To answer the survey your account must be linked to at least one municipality. Contact your administrator.",
    "survey.gate.home": "Back to the home page",
    "survey.loadFailed.title": "The survey could not be loaded",
    "survey.loadFailed.text": "Please try again in a while by reloading the page.",
    "survey.draftRestored": "Your unfinished answer has been restored from this browser.",
    "survey.submitting": "Sending…",
    "survey.retrying": "No connection to the server. Retrying in {seconds} s (attempt {attempt} of {max})…",
    "survey.retryingNow": "Retrying (attempt {attempt} of {max})…",
    "survey.retryExhausted":
      "The answer could not be sent because the server is not responding. Your answer is kept in this browser. Check your connection and try again.",
    "survey.retryButton": "Try again",
    "survey.fieldErrors": "The answer could not be saved. Correct the marked questions and submit again.",
    "survey.fieldErrors.other": "Other errors:",
    "survey.problem.generic": "The answer could not be sent.",
    "survey.problem.401": "You are no longer signed in. Sign in again – your answer is kept in this browser.",
    "survey.problem.403": "Your account is not allowed to submit answers for the selected municipality.",
    "survey.problem.409": "An answer with the same id has already been submitted with different content.",
    "survey.problem.413": "The answer is too large to send. Please shorten long free-text answers.",
    "survey.problem.details": "Server response",
    "survey.confirmation.title": "Thank you! Your response has been received.",
    "survey.confirmation.text": "The response is saved. Keep the response id if you need to refer to it.",
    "survey.confirmation.responseId": "Response id",
    "survey.confirmation.municipality": "Municipality",
    "survey.confirmation.submittedAt": "Received",
    "survey.confirmation.other": "Tack! Ditt svar är mottaget.",
    "survey.confirmation.new": "Answer the survey again",
    "survey.municipality.unknown": "Municipality {code}",
  },
};

const listeners = new Set();
let current = readStoredLanguage();

function readStoredLanguage() {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (LANGUAGES.includes(stored)) return stored;
  } catch {
    // Storage can be unavailable (privacy mode); fall back to Swedish.
  }
  return DEFAULT_LANGUAGE;
}

export function getLanguage() {
  return current;
}

/** The other UI language (used to show the confirmation in both languages). */
export function otherLanguage(language = current) {
  return language === "sv" ? "en" : "sv";
}

/** Translate a key; {name} placeholders are replaced from params. */
export function t(key, params = {}, language = current) {
  const template = strings[language]?.[key] ?? strings[DEFAULT_LANGUAGE][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** Pick the right text out of a {sv, en} object (or a {default, en} SurveyJS-style one). */
export function pickLocalized(value, language = current) {
  if (value == null) return "";
  if (typeof value === "string") return value;
  return value[language] ?? (language === "sv" ? value.default : undefined) ?? value.sv ?? value.default ?? value.en ?? "";
}

/** Fill every [data-i18n] element (textContent) and [data-i18n-attr] ("attr:key;attr:key"). */
export function applyTranslations(root = document) {
  document.documentElement.lang = current;
  for (const element of root.querySelectorAll("[data-i18n]")) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of element.dataset.i18nAttr.split(";")) {
      const [attribute, key] = pair.split(":").map((part) => part.trim());
      if (attribute && key) element.setAttribute(attribute, t(key));
    }
  }
}

export function setLanguage(language) {
  if (!LANGUAGES.includes(language) || language === current) return;
  current = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not fatal: the choice just is not remembered.
  }
  applyTranslations();
  for (const listener of listeners) listener(language);
}

export function onLanguageChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Wire the page's language <select id="language-select"> to setLanguage(). */
export function initLanguageSwitch(select = document.getElementById("language-select")) {
  applyTranslations();
  if (!select) return;
  select.value = current;
  select.addEventListener("change", () => setLanguage(select.value));
  onLanguageChange((language) => {
    if (select.value !== language) select.value = language;
  });
}
