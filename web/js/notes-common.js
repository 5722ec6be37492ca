// What the notes page (offices) and the review page (staff) both show: tag
// labels from the codebook, suggested tags with their confidence, the masked
// note text with the suggestion's evidence highlighted, company facts and
// dates.
import { api } from "./api.js";
import { getLanguage, pickLocalized, t } from "./i18n.js";
import { el } from "./layout.js";

/** Size classes and SNI 2007 sections the notes API accepts (as the survey asks them). */
export const SIZE_CLASSES = ["0-9", "10-49", "50-249"];
export const SECTORS = [..."ABCDEFGHIJKLMNOPQRSTU"];

/** The survey whose definition carries the Swedish/English names of the size classes and sectors. */
const CHOICES_SURVEY_ID = "sme-needs";

/** Placeholders the server puts where it masked personal data. */
const MASKED = /\[(?:personnummer|samordningsnummer|e-post|telefon)\]/g;

// ---------------------------------------------------------------------------
// Codebook

/**
 * The codebook's tags with their labels. `tags` keeps the codebook's order.
 * Works without a codebook too (labels are then the tag ids).
 */
export class Codebook {
  constructor(document) {
    /** @type {{tag: string, label?: object, description?: object}[]} */
    this.tags = Array.isArray(document?.tags) ? document.tags.filter((entry) => typeof entry?.tag === "string") : [];
    this.byTag = new Map(this.tags.map((entry) => [entry.tag, entry]));
  }

  /** Load GET /api/codebook; an empty codebook if it cannot be read. */
  static async load() {
    try {
      return new Codebook(await api.codebook());
    } catch (error) {
      console.warn("The codebook could not be loaded; tags are shown by id.", error);
      return new Codebook(null);
    }
  }

  has(tag) {
    return this.byTag.has(tag);
  }

  label(tag) {
    const entry = this.byTag.get(tag);
    return entry ? pickLocalized(entry.label) || tag : tag;
  }

  description(tag) {
    return pickLocalized(this.byTag.get(tag)?.description);
  }

  /** Position in the codebook (unknown tags last), for sorting. */
  order(tag) {
    const index = this.tags.findIndex((entry) => entry.tag === tag);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  }
}

/** "80 %" / "80%" */
export function formatConfidence(confidence) {
  const value = Number(confidence);
  if (!Number.isFinite(value)) return "";
  return new Intl.NumberFormat(locale(), { style: "percent", maximumFractionDigits: 0 }).format(Math.min(1, Math.max(0, value)));
}

/**
 * <li data-tag="…"> items: the tag's label, and its confidence when given.
 * @param {Codebook} codebook
 * @param {{tag: string, confidence?: number}[] | string[]} tags
 */
export function tagItems(codebook, tags) {
  return (tags ?? []).map((item) => {
    const tag = typeof item === "string" ? item : item.tag;
    const confidence = typeof item === "string" ? undefined : item.confidence;
    return el(
      "li",
      { className: "tag", dataset: { tag } },
      el("span", { className: "tag-name" }, codebook.label(tag)),
      confidence === undefined ? "" : " ",
      confidence === undefined ? "" : el("span", { className: "tag-confidence" }, t("tags.confidence", { value: formatConfidence(confidence) })),
    );
  });
}

// ---------------------------------------------------------------------------
// Evidence

/**
 * Fill `container` with the (masked) text, each evidence span of the suggested
 * tags inside <mark data-tag="…"> (nested where spans of several tags
 * overlap) and, where a span starts, a label naming its tag(s) so that the
 * highlight does not rest on colour alone and screen readers hear it.
 * Masked personal data ("[telefon]") is set apart as well.
 * @param {HTMLElement} container
 * @param {string} text the masked text the evidence offsets point into
 * @param {{tag: string, evidence?: {start: number, end: number}[]}[]} suggestedTags
 * @param {Codebook} codebook
 */
export function renderEvidence(container, text, suggestedTags, codebook) {
  const source = typeof text === "string" ? text : "";
  const spans = [];
  for (const suggested of suggestedTags ?? []) {
    for (const evidence of suggested?.evidence ?? []) {
      const start = clampOffset(evidence?.start, source.length);
      const end = clampOffset(evidence?.end, source.length);
      if (start !== null && end !== null && end > start) spans.push({ tag: suggested.tag, start, end });
    }
  }

  const cuts = new Set([0, source.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byOrder = (a, b) => codebook.order(a) - codebook.order(b) || a.localeCompare(b);

  const nodes = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const from = points[i];
    const to = points[i + 1];
    const starting = unique(spans.filter((s) => s.start === from).map((s) => s.tag)).sort(byOrder);
    if (starting.length > 0) {
      nodes.push(
        el(
          "span",
          { className: "evidence-label" },
          el("span", { className: "visually-hidden" }, `${t("tags.evidenceFor")}: `),
          starting.map((tag) => codebook.label(tag)).join(", "),
        ),
        " ",
      );
    }
    const covering = unique(spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.tag)).sort(byOrder);
    /** @type {Node[]} */
    let content = maskedTextNodes(source.slice(from, to));
    for (const tag of covering.reverse()) content = [el("mark", { className: "evidence", dataset: { tag } }, content)];
    nodes.push(...content);
  }
  container.replaceChildren(...nodes);
}

function clampOffset(value, length) {
  const number = Number(value);
  if (!Number.isInteger(number)) return null;
  return Math.min(length, Math.max(0, number));
}

function unique(values) {
  return [...new Set(values)];
}

/** Text with the masking placeholders in <span class="masked-item">. */
function maskedTextNodes(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(MASKED)) {
    if (match.index > last) nodes.push(document.createTextNode(text.slice(last, match.index)));
    nodes.push(el("span", { className: "masked-item" }, match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
  return nodes;
}

// ---------------------------------------------------------------------------
// Company facts

/**
 * Names of the size classes and sectors, taken from the survey definition so
 * that notes and survey use the same words. Falls back to the codes.
 * @returns {Promise<{sizeClasses: {value: string, text: unknown}[], sectors: {value: string, text: unknown}[]}>}
 */
export async function loadCompanyChoices() {
  let definition = null;
  try {
    definition = (await api.survey(CHOICES_SURVEY_ID))?.definition ?? null;
  } catch (error) {
    console.warn("The survey definition could not be loaded; size classes and sectors are shown by code.", error);
  }
  return {
    sizeClasses: choicesFor(definition, "sizeClass", SIZE_CLASSES),
    sectors: choicesFor(definition, "sector", SECTORS),
  };
}

function choicesFor(definition, questionName, values) {
  const choices = findQuestion(definition, questionName)?.choices ?? [];
  const texts = new Map(choices.filter((c) => c && typeof c === "object").map((c) => [String(c.value), c.text]));
  return values.map((value) => ({ value, text: texts.get(value) ?? value }));
}

function findQuestion(node, name) {
  if (!node || typeof node !== "object") return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findQuestion(item, name);
      if (found) return found;
    }
    return null;
  }
  if (node.name === name && Array.isArray(node.choices)) return node;
  return findQuestion(node.pages, name) ?? findQuestion(node.elements, name) ?? findQuestion(node.templateElements, name);
}

/** The localized name of a choice value, or the value itself. */
export function choiceText(choices, value) {
  const choice = choices.find((c) => c.value === value);
  return choice ? pickLocalized(choice.text) || value : value;
}

/**
 * [term, value] rows describing the company of a note (empty when none).
 * @param {object|null} company
 * @param {{sizeClasses: object[], sectors: object[]}} choices
 */
export function companyRows(company, choices) {
  if (!company) return [];
  const rows = [];
  if (company.name) rows.push([t("note.company"), company.name]);
  if (company.organisationNumber) rows.push([t("note.organisationNumber"), company.organisationNumber]);
  if (company.sizeClass) rows.push([t("note.sizeClass"), choiceText(choices.sizeClasses, company.sizeClass)]);
  if (company.sector) rows.push([t("note.sector"), choiceText(choices.sectors, company.sector)]);
  return rows;
}

// ---------------------------------------------------------------------------
// Dates

function locale() {
  return getLanguage() === "sv" ? "sv-SE" : "en-GB";
}

/** Today's date in the browser's time zone, as yyyy-mm-dd. */
export function todayIso() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** <time> for a yyyy-mm-dd date ("20 november 2026"). */
export function dateElement(isoDate) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? "");
  if (!match) return el("span", {}, isoDate ?? "");
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return el("time", { datetime: isoDate }, date.toLocaleDateString(locale(), { dateStyle: "long" }));
}

/** "20 november 2026" for a yyyy-mm-dd date, as text. */
export function formatDate(isoDate) {
  return dateElement(isoDate).textContent;
}

/** <time> for an ISO timestamp ("20 november 2026 14:05"). */
export function dateTimeElement(isoTimestamp) {
  const date = isoTimestamp ? new Date(isoTimestamp) : null;
  if (!date || Number.isNaN(date.getTime())) return el("span", {}, isoTimestamp ?? "");
  return el("time", { datetime: date.toISOString() }, date.toLocaleString(locale(), { dateStyle: "long", timeStyle: "short" }));
}
