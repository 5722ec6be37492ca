// JSON with positions: the value, and where each path ("pages[1].elements[0].name") starts,
// so that server problems can be linked to the editor and syntax errors get a line and column.

export class JsonSyntaxError extends Error {
  constructor(message, offset, text) {
    super(message);
    const before = text.slice(0, offset).split("\n");
    this.line = before.length;
    this.column = before[before.length - 1].length + 1;
    this.offset = offset;
  }
}

export function parseJsonWithPositions(text) {
  const positions = new Map();
  let i = 0;
  const fail = (message) => {
    throw new JsonSyntaxError(message, Math.min(i, text.length), text);
  };
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const expect = (char) => {
    ws();
    if (text[i] !== char) fail(text[i] === undefined ? `"${char}" expected, the text ended` : `"${char}" expected, found "${text[i]}"`);
    i++;
  };
  const string = () => {
    const start = i;
    expect('"');
    let escaped = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (escaped) escaped = false;
      else if (c === "\\") escaped = true;
      else if (c === '"') break;
      else if (c === "\n") fail("line break inside a string");
    }
    if (i >= text.length) fail("unterminated string");
    i++;
    try {
      return JSON.parse(text.slice(start, i));
    } catch {
      i = start;
      return fail("invalid escape in a string");
    }
  };
  const value = (path) => {
    ws();
    positions.set(path, i);
    const c = text[i];
    if (c === "{") {
      i++;
      const object = {};
      ws();
      if (text[i] === "}") {
        i++;
        return object;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`a property name in double quotes expected, found "${text[i] ?? ""}"`);
        const keyStart = i;
        const key = string();
        const child = path ? `${path}.${key}` : key;
        expect(":");
        object[key] = value(child);
        positions.set(`${child}#key`, keyStart);
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        expect("}");
        return object;
      }
    }
    if (c === "[") {
      i++;
      const array = [];
      ws();
      if (text[i] === "]") {
        i++;
        return array;
      }
      for (;;) {
        array.push(value(`${path}[${array.length}]`));
        ws();
        if (text[i] === ",") {
          i++;
          continue;
        }
        expect("]");
        return array;
      }
    }
    if (c === '"') return string();
    const literal = /^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!literal) fail(c === undefined ? "a value expected, the text ended" : `unexpected "${c}"`);
    i += literal[0].length;
    return JSON.parse(literal[0]);
  };
  const result = value("");
  ws();
  if (i < text.length) fail(`unexpected "${text[i]}" after the end of the JSON`);
  return { value: result, positions };
}

/** Where a server key ("definition.pages[1].elements[0].name") starts in the text, or the closest enclosing path. */
export function offsetOf(positions, key) {
  let path = key.replace(/^definition\.?/, "");
  for (;;) {
    if (positions.has(`${path}#key`)) return positions.get(`${path}#key`);
    if (positions.has(path)) return positions.get(path);
    if (path === "") return 0;
    const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
    path = cut > 0 ? path.slice(0, cut) : "";
  }
}
