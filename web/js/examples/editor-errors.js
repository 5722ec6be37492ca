// Field errors of the example editor next to their controls. Server keys
// ("title.sv", "challenges[1]", "sources[0].url", "place.municipalities[0]" …)
// are mapped to the controls; source rows map by their position in what was
// sent, so the rows of each save are registered anew.
import { FieldErrors } from "../form-errors.js";

/** Aliases: a whole object's error goes to its first field. */
const ALIASES = { title: "title.sv", summary: "summary.sv", body: "body.sv", place: "place.name.sv", "place.name": "place.name.sv", lessons: "lessons.sv" };

/**
 * @param {ReturnType<typeof import("./editor-form.js").editorElements>} ui
 * @param {(row: HTMLElement) => {title: HTMLInputElement, url: HTMLInputElement}} sourceControls
 */
export function editorFieldErrors(ui, sourceControls) {
  const fixedControls = {
    slug: ui.slug,
    "title.sv": ui.titleSv,
    "title.en": ui.titleEn,
    "summary.sv": ui.summarySv,
    "summary.en": ui.summaryEn,
    "body.sv": ui.bodySv,
    "body.en": ui.bodyEn,
    "place.name.sv": ui.placeNameSv,
    "place.name.en": ui.placeNameEn,
    "place.municipalities": ui.municipalities,
    "place.counties": ui.counties,
    "place.country": ui.country,
    kind: ui.kind,
    years: ui.years,
    actors: ui.actors,
    challenges: ui.challenges,
    "lessons.sv": ui.lessonsSv,
    "lessons.en": ui.lessonsEn,
    sources: ui.sourcesGroup,
    status: ui.statusGroup,
  };
  const state = { fieldErrors: new FieldErrors(fixedControls), sentRows: [] };

  /** Server keys → the keys of the controls: "challenges[1]" → "challenges", "place.municipalities[0]" → "place.municipalities" … */
  function mapErrors(errors) {
    const known = new Set([...Object.keys(fixedControls), ...state.sentRows.flatMap((_, i) => [`sources[${i}]`, `sources[${i}].title`, `sources[${i}].url`])]);
    const mapped = {};
    for (const [key, messages] of Object.entries(errors)) {
      let target = key;
      while (!known.has(target)) {
        if (ALIASES[target]) target = ALIASES[target];
        else if (/\[\d+\]$/.test(target)) target = target.replace(/\[\d+\]$/, "");
        else if (/^sources\[\d+\]\./.test(target)) target = target.replace(/\..*$/, "");
        else break;
      }
      if (!known.has(target)) target = key;
      const prefix = target !== key && /\[\d+\]$/.test(key) ? `${key}: ` : "";
      (mapped[target] ??= []).push(...messages.map((m) => (typeof m === "function" ? m : `${prefix}${m}`)));
    }
    return mapped;
  }

  return {
    /** Clear the errors and register the source rows that are sent now (their index is the server's). */
    reset(rows) {
      state.fieldErrors.clear();
      state.sentRows = rows;
      const controls = { ...fixedControls };
      rows.forEach((row, index) => {
        const { title, url } = sourceControls(row);
        controls[`sources[${index}]`] = title;
        controls[`sources[${index}].title`] = title;
        controls[`sources[${index}].url`] = url;
      });
      state.fieldErrors = new FieldErrors(controls);
    },
    /** Show errors by the keys of the controls (as FieldErrors.show); answers the entries no control shows. */
    show(errors, options) {
      return state.fieldErrors.show(errors, options);
    },
    map: mapErrors,
  };
}
