// Places and slugs in the example editor: municipality and county codes read
// from what an editor types ("Luleå, 2523, Kiruna (2584)", "Norrbotten"), and
// a slug made from a title.
import { countyName } from "../i18n.js";

/** Codes with names (municipalities or counties): parse "Luleå, 2523, Kiruna (2584)" into codes. */
export class CodeList {
  /**
   * @param {{code: string, name: string}[] | null} list
   * @param {RegExp} codePattern
   * @param {(item: any) => string[]} [otherNames] more names a place is known by ("Norrbotten" for "Norrbottens län")
   * @param {(item: any) => string} [nameOf] the name shown (in the UI language)
   */
  constructor(list, codePattern, otherNames = () => [], nameOf = (item) => item.name) {
    this.known = Array.isArray(list);
    this.codePattern = codePattern;
    this.nameOf = nameOf;
    this.items = new Map();
    this.byName = new Map();
    for (const item of Array.isArray(list) ? list : []) {
      if (typeof item?.code !== "string") continue;
      this.items.set(item.code, item);
      for (const name of [item.name, ...otherNames(item)]) if (name) this.byName.set(fold(name), item.code);
    }
  }

  name(code) {
    return this.items.has(code) ? this.nameOf(this.items.get(code)) : code;
  }

  describe(code) {
    return this.items.has(code) ? `${this.name(code)} (${code})` : code;
  }

  /** @returns {{codes: string[], unknown: string[]}} */
  parse(text) {
    const codes = [];
    const unknown = [];
    for (const raw of String(text ?? "").split(/[,;\n]/)) {
      const entry = raw.trim();
      if (entry === "") continue;
      const withCode = /\((\d+)\)\s*$/.exec(entry);
      const candidate = withCode ? withCode[1] : entry;
      let code = null;
      if (this.codePattern.test(candidate)) code = !this.known || this.items.has(candidate) ? candidate : null;
      else code = this.byName.get(fold(candidate)) ?? null;
      if (code === null) unknown.push(entry);
      else if (!codes.includes(code)) codes.push(code);
    }
    return { codes, unknown };
  }
}

/** Lower case without diacritics, for forgiving name matching ("lulea" finds Luleå). */
function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** "Gemensam rekryteringsmässa i Kalix" → "gemensam-rekryteringsmassa-i-kalix" */
export function slugify(text) {
  return fold(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

/** The municipality and county lists for the place fields; without them, codes are passed on and the server checks them. */
export async function loadPlaceLists(api) {
  const [municipalityList, countyList] = await Promise.all([api.municipalities().catch(() => null), api.counties().catch(() => null)]);
  return {
    municipalities: new CodeList(municipalityList, /^\d{4}$/),
    // "Norrbottens län", "Norrbotten", "Norrbotten County" all name county 25.
    counties: new CodeList(countyList, /^\d{2}$/, ({ name, nameEn }) => [name.replace(/ län$/i, ""), name.replace(/s län$/i, ""), nameEn], countyName),
  };
}
