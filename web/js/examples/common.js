// What the catalogue pages (search, detail, editor) share (the Markdown of
// the example bodies is in markdown.js): search snippets with only their
// <mark> tags kept, texts of an example in the chosen language (falling back
// to Swedish), the kinds of example and readable names of counties and
// countries.
//
// Nothing here ever assigns untrusted text to innerHTML: everything becomes
// text nodes or elements built with el().
import { api } from "../api.js";
import { countyName, getLanguage, t } from "../i18n.js";
import { el } from "../layout.js";

// ---------------------------------------------------------------------------
// Texts in the chosen language

/**
 * The text of a {sv, en} value in the UI language; Swedish when the English
 * text is missing. `lang` is the language the text really is in, so that the
 * page can mark a Swedish fallback with lang="sv".
 * @param {{sv?: string|null, en?: string|null} | string | null | undefined} value
 * @returns {{text: string, lang: string}}
 */
export function localized(value, language = getLanguage()) {
  if (value == null) return { text: "", lang: language };
  if (typeof value === "string") return { text: value, lang: "sv" };
  const wanted = value[language];
  if (typeof wanted === "string" && wanted.trim() !== "") return { text: wanted, lang: language };
  const swedish = typeof value.sv === "string" ? value.sv : "";
  return { text: swedish, lang: "sv" };
}

/** Attributes for an element holding text in `lang`: lang="sv" only where it differs from the page. */
export function langAttributes(lang) {
  return lang && lang !== getLanguage() ? { lang } : {};
}

/** The lessons of an example in the UI language, else the Swedish ones. */
export function localizedList(value, language = getLanguage()) {
  const pick = (l) => (Array.isArray(value?.[l]) ? value[l].filter((item) => typeof item === "string" && item.trim() !== "") : []);
  const wanted = pick(language);
  if (wanted.length > 0) return { items: wanted, lang: language };
  return { items: pick("sv"), lang: "sv" };
}

// ---------------------------------------------------------------------------
// Search snippets

/**
 * The server's snippet is HTML-escaped except for <mark> around the matched
 * words. It is parsed in an inert document and rebuilt: text stays text,
 * <mark> becomes <mark class="hit">, any other element is reduced to its text.
 * @param {string} html
 * @returns {Node[]}
 */
export function snippetNodes(html) {
  if (typeof html !== "string" || html === "") return [];
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, "text/html");
  return rebuildSnippet(parsed.body.childNodes);
}

function rebuildSnippet(nodes) {
  const result = [];
  for (const node of nodes) {
    if (node.nodeType === Node.TEXT_NODE) result.push(document.createTextNode(node.nodeValue ?? ""));
    else if (node.nodeType === Node.ELEMENT_NODE && node.tagName === "MARK") result.push(el("mark", { className: "hit" }, rebuildSnippet(node.childNodes)));
    else if (node.nodeType === Node.ELEMENT_NODE) result.push(...rebuildSnippet(node.childNodes));
  }
  return result;
}

// ---------------------------------------------------------------------------
// Kinds of example

export class ExampleKinds {
  constructor(list) {
    /** @type {{id: string, sv?: string, en?: string}[]} */
    this.all = Array.isArray(list) ? list.filter((k) => typeof k?.id === "string") : [];
    this.byId = new Map(this.all.map((k) => [k.id, k]));
  }

  /** GET /api/example-kinds; the ids are shown when it cannot be read. */
  static async load() {
    try {
      return new ExampleKinds(await api.exampleKinds());
    } catch (error) {
      console.warn("The kinds of example could not be loaded; they are shown by id.", error);
      return new ExampleKinds(null);
    }
  }

  label(id) {
    const kind = this.byId.get(id);
    if (!kind) return id ?? "";
    return (getLanguage() === "en" ? kind.en : kind.sv) || kind.sv || kind.en || id;
  }

  order(id) {
    const index = this.all.findIndex((k) => k.id === id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  }
}

// ---------------------------------------------------------------------------
// Counties and countries

/** Names of the places in the county facet: SCB county codes, SE (all of Sweden), INT, or ISO country codes. */
export class PlaceNames {
  /** @param {{code: string, name: string, nameEn: string}[] | null} counties */
  constructor(counties) {
    this.counties = new Map((Array.isArray(counties) ? counties : []).map((c) => [c.code, c]));
  }

  static async load() {
    try {
      return new PlaceNames(await api.counties());
    } catch (error) {
      console.warn("The counties could not be listed; they are shown by code.", error);
      return new PlaceNames(null);
    }
  }

  /** "Norrbottens län" (Norrbotten County), "Sverige (hela landet)", "Internationellt", "Finland" … */
  area(code) {
    if (/^\d{2}$/.test(code)) return this.county(code);
    if (code === "SE") return t("examples.area.SE");
    if (code === "INT") return t("examples.area.INT");
    return countryName(code);
  }

  county(code) {
    return this.counties.has(code) ? countyName(this.counties.get(code)) : t("county.unknown", { code });
  }

  country(code) {
    if (code === "INT") return t("examples.area.INT");
    return countryName(code);
  }

  /** Sort key: counties by code, then Sweden, then other countries by name, international last. */
  order(code) {
    if (/^\d{2}$/.test(code)) return `0-${code}`;
    if (code === "SE") return "1";
    if (code === "INT") return "3";
    return `2-${countryName(code)}`;
  }
}

/** A country's name in the UI language (Intl.DisplayNames), or the code. */
export function countryName(code) {
  try {
    const names = new Intl.DisplayNames([getLanguage() === "sv" ? "sv-SE" : "en-GB"], { type: "region", fallback: "code" });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

// ---------------------------------------------------------------------------
// Dates

/** <time> for an ISO timestamp ("20 november 2026"). */
export function dateElement(isoTimestamp) {
  const date = isoTimestamp ? new Date(isoTimestamp) : null;
  if (!date || Number.isNaN(date.getTime())) return el("span", {}, isoTimestamp ?? "");
  return el("time", { datetime: date.toISOString() }, date.toLocaleDateString(getLanguage() === "sv" ? "sv-SE" : "en-GB", { dateStyle: "long" }));
}
