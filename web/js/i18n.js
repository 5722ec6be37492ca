// UI language handling shared by all pages: Swedish is the default, English
// is available through a labelled <select>. Static texts carry a
// data-i18n="key" attribute and are filled from the dictionaries in
// web/i18n/{sv,en}.json; pages register for changes with onLanguageChange().
//
// The dictionaries load with a top-level await, so every module that imports
// this one (every page, through layout.js) runs only once both are here, and
// t() stays synchronous.

export const LANGUAGES = ["sv", "en"];
export const DEFAULT_LANGUAGE = "sv";
const STORAGE_KEY = "knowledge.language";

/** One language's dictionary, or an empty one (t() then falls back to Swedish, or to the key) if it cannot load. */
async function loadStrings(language) {
  try {
    const response = await fetch(new URL(`../i18n/${language}.json`, import.meta.url), { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.json();
  } catch (error) {
    console.error(`i18n: the ${language} texts could not be loaded`, error);
    return {};
  }
}

/** {sv: {key: text}, en: {key: text}} */
const strings = Object.fromEntries(await Promise.all(LANGUAGES.map(async (language) => [language, await loadStrings(language)])));

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

function hasText(key) {
  return strings[current]?.[key] !== undefined || strings[DEFAULT_LANGUAGE][key] !== undefined;
}

/** Translate "<key>.one" when count is 1, else "<key>.other"; {count} is available to both. */
export function tCount(key, count, params = {}, language = current) {
  return t(`${key}.${count === 1 ? "one" : "other"}`, { count, ...params }, language);
}

/** Pick the right text out of a {sv, en} object (or a {default, en} SurveyJS-style one). */
export function pickLocalized(value, language = current) {
  if (value == null) return "";
  if (typeof value === "string") return value;
  return value[language] ?? (language === "sv" ? value.default : undefined) ?? value.sv ?? value.default ?? value.en ?? "";
}

/** A county as /api/counties lists it, by its name in the UI language ("Norrbottens län", "Norrbotten County"). */
export function countyName(county, language = current) {
  return (language === "en" && county?.nameEn) || county?.name || "";
}

/** Fill every [data-i18n] element (textContent) and [data-i18n-attr] ("attr:key;attr:key"). */
export function applyTranslations(root = document) {
  document.documentElement.lang = current;
  for (const element of root.querySelectorAll("[data-i18n]")) {
    // A key without a text (dictionaries that failed to load) keeps the page's own Swedish text.
    if (hasText(element.dataset.i18n)) element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of element.dataset.i18nAttr.split(";")) {
      const [attribute, key] = pair.split(":").map((part) => part.trim());
      if (attribute && key && hasText(key)) element.setAttribute(attribute, t(key));
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
