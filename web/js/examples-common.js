// What the catalogue pages (search, detail, editor) share: a small safe
// Markdown renderer for the example bodies, search snippets with only their
// <mark> tags kept, texts of an example in the chosen language (falling back
// to Swedish), the kinds of example and readable names of counties and
// countries.
//
// Nothing here ever assigns untrusted text to innerHTML: everything becomes
// text nodes or elements built with el().
import { api } from "./api.js";
import { getLanguage, t } from "./i18n.js";
import { el } from "./layout.js";

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
// Markdown

/** http(s) addresses only; anything else (javascript:, data:, relative) is not a link. */
export function safeHref(url) {
  if (typeof url !== "string") return null;
  const trimmed = url.trim();
  if (!/^https?:\/\//i.test(trimmed)) return null;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** An external link: opens in the same tab, never gives the target page a handle on this one. */
export function externalLink(href, ...children) {
  return el("a", { href, rel: "noopener noreferrer" }, ...children);
}

const LIST_ITEM = /^(\s*)([-*+]|(\d{1,9})[.)])\s+(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const BLANK = /^\s*$/;

/**
 * A small, safe subset of Markdown: paragraphs, # headings, - and 1. lists,
 * **bold**, *italic*, `code`, [links](https://…) and <https://…>. Everything
 * else is shown as the text it is.
 * @param {string} source
 * @param {{headingLevel?: number}} [options] the level of the shallowest heading (default 3: the page has h1 and h2 above)
 * @returns {Node[]}
 */
export function renderMarkdown(source, { headingLevel = 3 } = {}) {
  const lines = String(source ?? "").replace(/\r\n?/g, "\n").split("\n");
  const blocks = [];
  // The shallowest heading becomes headingLevel and none skips a level, whatever number of # the author used.
  const depths = lines.map((line) => HEADING.exec(line)?.[1].length).filter(Boolean);
  const shallowest = depths.length > 0 ? Math.min(...depths) : 1;
  let previousLevel = headingLevel - 1;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (BLANK.test(line)) {
      i += 1;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = Math.min(6, headingLevel + heading[1].length - shallowest, previousLevel + 1);
      previousLevel = level;
      blocks.push(el(`h${level}`, {}, inline(heading[2])));
      i += 1;
      continue;
    }
    const first = listItem(line);
    if (first) {
      const { node, next } = readList(lines, i, first.ordered);
      blocks.push(node);
      i = next;
      continue;
    }
    const paragraph = [];
    while (i < lines.length && !BLANK.test(lines[i]) && !HEADING.test(lines[i]) && !listItem(lines[i])) {
      paragraph.push(lines[i].trim());
      i += 1;
    }
    blocks.push(el("p", {}, inline(paragraph.join(" "))));
  }
  return blocks;
}

function listItem(line) {
  const match = LIST_ITEM.exec(line);
  if (!match) return null;
  return { ordered: match[3] !== undefined, start: match[3] !== undefined ? Number(match[3]) : 1, text: match[4] };
}

/** A list from line `start`: items of the same type, indented or lazy continuation lines, blank lines between items. */
function readList(lines, start, ordered) {
  const items = [];
  let current = null;
  let i = start;
  const first = listItem(lines[start]);
  while (i < lines.length) {
    const line = lines[i];
    const item = listItem(line);
    if (item && item.ordered === ordered) {
      current = [item.text];
      items.push(current);
      i += 1;
      continue;
    }
    if (item || HEADING.test(line)) break;
    if (BLANK.test(line)) {
      let j = i + 1;
      while (j < lines.length && BLANK.test(lines[j])) j += 1;
      if (j < lines.length && listItem(lines[j])?.ordered === ordered) {
        i = j;
        continue;
      }
      break;
    }
    current.push(line.trim());
    i += 1;
  }
  const list = el(ordered ? "ol" : "ul", ordered && first.start !== 1 ? { start: first.start } : {});
  for (const parts of items) list.append(el("li", {}, inline(parts.join(" "))));
  return { node: list, next: i };
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** Inline Markdown of one block as nodes. */
function inline(text) {
  const nodes = [];
  let buffer = "";
  const flush = () => {
    if (buffer) nodes.push(document.createTextNode(buffer));
    buffer = "";
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\" && i + 1 < text.length && ESCAPABLE.test(text[i + 1])) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (c === "`") {
      const end = text.indexOf("`", i + 1);
      if (end > i + 1) {
        flush();
        nodes.push(el("code", {}, text.slice(i + 1, end)));
        i = end + 1;
        continue;
      }
    }
    if (c === "*" || c === "_") {
      const double = text[i + 1] === c;
      const delimiter = double ? c + c : c;
      const opensInsideWord = c === "_" && i > 0 && /[\p{L}\p{N}]/u.test(text[i - 1]);
      const start = i + delimiter.length;
      if (!opensInsideWord && start < text.length && !/\s/.test(text[start])) {
        const end = findClosing(text, delimiter, start);
        if (end !== -1) {
          flush();
          nodes.push(el(double ? "strong" : "em", {}, inline(text.slice(start, end))));
          i = end + delimiter.length;
          continue;
        }
      }
      buffer += delimiter;
      i += delimiter.length;
      continue;
    }
    if (c === "[") {
      const link = readLink(text, i);
      if (link) {
        flush();
        const href = safeHref(link.url);
        nodes.push(href ? externalLink(href, inline(link.label)) : el("span", {}, inline(link.label)));
        i = link.end;
        continue;
      }
    }
    if (c === "<") {
      const auto = /^<(https?:\/\/[^\s<>]+)>/i.exec(text.slice(i));
      const href = auto ? safeHref(auto[1]) : null;
      if (href) {
        flush();
        nodes.push(externalLink(href, auto[1]));
        i += auto[0].length;
        continue;
      }
    }
    buffer += c;
    i += 1;
  }
  flush();
  return nodes;
}

/** Where `delimiter` closes an emphasis opened before `from` (-1 if it does not). */
function findClosing(text, delimiter, from) {
  const c = delimiter[0];
  for (let j = from + 1; j <= text.length - delimiter.length; j += 1) {
    if (text[j - 1] === "\\") continue;
    if (text.startsWith(delimiter, j)) {
      if (delimiter.length === 1 && text[j + 1] === c) {
        // "**" inside "*…*": skip the pair (it belongs to a nested strong).
        const inner = findClosing(text, c + c, j + 2);
        if (inner === -1) return -1;
        j = inner + 1;
        continue;
      }
      if (/\s/.test(text[j - 1])) continue;
      if (c === "_" && j + delimiter.length < text.length && /[\p{L}\p{N}]/u.test(text[j + delimiter.length])) continue;
      return j;
    }
  }
  return -1;
}

/** [label](url) starting at `start`: {label, url, end} or null. */
function readLink(text, start) {
  let depth = 0;
  let close = -1;
  for (let j = start; j < text.length; j += 1) {
    if (text[j] === "\\") {
      j += 1;
      continue;
    }
    if (text[j] === "[") depth += 1;
    else if (text[j] === "]") {
      depth -= 1;
      if (depth === 0) {
        close = j;
        break;
      }
    }
  }
  if (close === -1 || text[close + 1] !== "(") return null;
  const match = /^\(\s*<?([^\s()<>]+)>?(?:\s+"[^"]*")?\s*\)/.exec(text.slice(close + 1));
  if (!match) return null;
  return { label: text.slice(start + 1, close), url: match[1], end: close + 1 + match[0].length };
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
  /** @param {{code: string, name: string}[] | null} counties */
  constructor(counties) {
    this.counties = new Map((Array.isArray(counties) ? counties : []).map((c) => [c.code, c.name]));
  }

  static async load() {
    try {
      return new PlaceNames(await api.counties());
    } catch (error) {
      console.warn("The counties could not be listed; they are shown by code.", error);
      return new PlaceNames(null);
    }
  }

  /** "Norrbottens län", "Sverige (hela landet)", "Internationellt", "Finland" … */
  area(code) {
    if (/^\d{2}$/.test(code)) return this.counties.get(code) ?? t("county.unknown", { code });
    if (code === "SE") return t("examples.area.SE");
    if (code === "INT") return t("examples.area.INT");
    return countryName(code);
  }

  county(code) {
    return this.counties.get(code) ?? t("county.unknown", { code });
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
