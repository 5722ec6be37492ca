// From what the example editor holds to the body of POST/PUT /api/examples,
// with the checks the browser can make (the server checks everything again).
// Nothing here touches the page: the form reads its controls into
// EditorValues, and this turns them into a payload and field errors.
import { t } from "../i18n.js";

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY = /^([A-Z]{2}|INT)$/;

/**
 * @typedef {object} EditorValues the texts of the editor's controls, as typed
 * @property {string} slug
 * @property {string} titleSv
 * @property {string} titleEn
 * @property {string} summarySv
 * @property {string} summaryEn
 * @property {string} bodySv
 * @property {string} bodyEn
 * @property {string} placeNameSv
 * @property {string} placeNameEn
 * @property {string} municipalities names or codes, comma separated
 * @property {string} counties
 * @property {string} country
 * @property {string} kind
 * @property {string} years
 * @property {string} actors one a line
 * @property {string[]} challenges
 * @property {string} lessonsSv one a line
 * @property {string} lessonsEn
 * @property {{title: string, url: string, row: unknown}[]} sources every source row, in page order
 * @property {boolean} published
 */

const lines = (text) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
const bilingual = (sv, en) => ({ sv: sv.trim(), en: en.trim() === "" ? null : en.trim() });

/**
 * @param {EditorValues} values
 * @param {{municipalities: import("./code-list.js").CodeList, counties: import("./code-list.js").CodeList}} places
 * @returns {{payload: object, errors: Record<string, (() => string)[]>, sentRows: unknown[]}} the body, the
 *   browser's field errors (keys as the server's), and the source rows sent (their index is the server's)
 */
export function examplePayload(values, { municipalities, counties }) {
  /** @type {Record<string, (() => string)[]>} */
  const errors = {};
  const add = (key, render) => (errors[key] ??= []).push(render);

  const slugValue = values.slug.trim();
  if (slugValue === "") add("slug", () => t("examples.error.slug.required"));
  else if (!SLUG.test(slugValue)) add("slug", () => t("examples.error.slug.pattern"));
  for (const [key, value] of [
    ["title.sv", values.titleSv],
    ["summary.sv", values.summarySv],
    ["body.sv", values.bodySv],
    ["place.name.sv", values.placeNameSv],
  ]) {
    if (value.trim() === "") add(key, () => t("examples.error.required"));
  }
  if (!values.kind) add("kind", () => t("examples.error.kind"));

  const municipalityCodes = municipalities.parse(values.municipalities);
  if (municipalityCodes.unknown.length > 0) {
    const list = municipalityCodes.unknown.join(", ");
    add("place.municipalities", () => t("examples.error.municipalities", { list }));
  }
  const countyCodes = counties.parse(values.counties);
  if (countyCodes.unknown.length > 0) {
    const list = countyCodes.unknown.join(", ");
    add("place.counties", () => t("examples.error.counties", { list }));
  }
  const country = values.country.trim().toUpperCase() || "SE";
  if (!COUNTRY.test(country)) add("place.country", () => t("examples.error.country"));

  const yearTexts = values.years.split(/[\s,;]+/).filter(Boolean);
  const years = yearTexts.map(Number);
  if (yearTexts.some((text, i) => !/^\d{4}$/.test(text) || years[i] < 1900 || years[i] > 2100)) add("years", () => t("examples.error.years"));

  const sent = values.sources.filter((source) => source.title.trim() !== "" || source.url.trim() !== "");
  const sources = sent.map((source) => {
    const url = source.url.trim();
    return { title: source.title.trim(), url: url === "" ? null : url };
  });

  const payload = {
    slug: slugValue,
    title: bilingual(values.titleSv, values.titleEn),
    summary: bilingual(values.summarySv, values.summaryEn),
    body: bilingual(values.bodySv, values.bodyEn),
    place: {
      municipalities: municipalityCodes.codes,
      counties: countyCodes.codes,
      country,
      name: bilingual(values.placeNameSv, values.placeNameEn),
    },
    kind: values.kind,
    years,
    actors: lines(values.actors),
    challenges: values.challenges,
    lessons: { sv: lines(values.lessonsSv), en: lines(values.lessonsEn) },
    sources,
    status: values.published ? "published" : "draft",
  };
  return { payload, errors, sentRows: sent.map((source) => source.row) };
}

/** Whether a stored example has the content of a payload (after a lost answer to a retried PUT). */
export function sameContent(example, payload) {
  if (!example || !payload) return false;
  const text = (v) => ({ sv: v?.sv ?? "", en: v?.en ?? null });
  const shape = (e) =>
    JSON.stringify({
      title: text(e.title),
      summary: text(e.summary),
      body: text(e.body),
      name: text(e.place?.name),
      municipalities: [...(e.place?.municipalities ?? [])].sort(),
      country: e.place?.country ?? "SE",
      kind: e.kind,
      years: [...new Set(e.years ?? [])].sort(),
      actors: e.actors ?? [],
      challenges: e.challenges ?? [],
      lessons: { sv: e.lessons?.sv ?? [], en: e.lessons?.en ?? [] },
      sources: (e.sources ?? []).map((s) => ({ title: s.title, url: s.url ?? null })),
      status: e.status,
    });
  return shape(example) === shape(payload);
}
