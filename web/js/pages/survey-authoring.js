// Survey authoring (staff, admin): create the next draft version of a survey,
// edit its SurveyJS JSON with a live preview (the MIT Form Library), see the
// changes against the published version and the server's problems, save
// (If-Match) and publish after a confirm step.
import { api, ProblemError } from "../api.js";
import { hasAnyRole, ROLES } from "../auth.js";
import { getLanguage, onLanguageChange, t } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { authGate, homeActions, nodeRegion, problemNodes, signInAction, textRegion } from "../page-messages.js";

const RETURN_TO = "/survey-authoring.html";
const PREVIEW_DELAY_MS = 400;

const $ = (id) => document.getElementById(id);
const ui = {
  section: $("authoring"),
  surveySelect: $("survey-select"),
  versionInput: $("version-input"),
  open: $("open-button"),
  newDraft: $("new-draft-button"),
  versionStatus: $("version-status"),
  editor: $("definition-editor"),
  syntax: $("syntax-status"),
  save: $("save-button"),
  publish: $("publish-button"),
  confirm: $("publish-confirm"),
  confirmText: $("publish-confirm-text"),
  confirmYes: $("confirm-yes"),
  confirmNo: $("confirm-no"),
  problems: $("problems-list"),
  changes: $("changes-list"),
  preview: $("preview"),
  previewStatus: $("preview-status"),
  alert: $("problem-alert"),
};

const pageStatus = textRegion($("page-status"));
const versionStatus = nodeRegion(ui.versionStatus);
const alertRegion = nodeRegion(ui.alert);
const problemsRegion = nodeRegion(ui.problems);
const changesRegion = nodeRegion(ui.changes);
const syntaxRegion = nodeRegion(ui.syntax);
const previewStatus = textRegion(ui.previewStatus);
const gate = authGate();

/** What is open: {surveyId, version, status, etag}. */
let current = null;
let lastPositions = new Map();

// ---------------------------------------------------------------------------
// JSON with positions: the value, and where each path ("pages[1].elements[0].name") starts,
// so server problems can be linked to the editor and syntax errors get a line and column.

class JsonSyntaxError extends Error {
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

function parseEditor() {
  try {
    const parsed = parseJsonWithPositions(ui.editor.value);
    lastPositions = parsed.positions;
    syntaxRegion.show(() => [el("span", {}, t("authoring.syntax.ok"))]);
    ui.editor.removeAttribute("aria-invalid");
    return parsed.value;
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    syntaxRegion.show(() => [
      el(
        "a",
        { href: "#definition-editor", className: "syntax-error", onclick: (event) => focusOffset(event, error.offset) },
        t("authoring.syntax", { line: error.line, column: error.column, message: error.message }),
      ),
    ]);
    ui.editor.setAttribute("aria-invalid", "true");
    return undefined;
  }
}

function focusOffset(event, offset) {
  event?.preventDefault();
  ui.editor.focus();
  ui.editor.setSelectionRange(offset, offset);
  // Scroll the caret's line into view.
  const line = ui.editor.value.slice(0, offset).split("\n").length;
  ui.editor.scrollTop = Math.max(0, (line - 5) * parseFloat(getComputedStyle(ui.editor).lineHeight || "20"));
}

/** Where a server key ("definition.pages[1].elements[0].name") starts in the editor, or the closest enclosing path. */
function offsetOf(key) {
  let path = key.replace(/^definition\.?/, "");
  for (;;) {
    if (lastPositions.has(`${path}#key`)) return lastPositions.get(`${path}#key`);
    if (lastPositions.has(path)) return lastPositions.get(path);
    if (path === "") return 0;
    const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
    path = cut > 0 ? path.slice(0, cut) : "";
  }
}

// ---------------------------------------------------------------------------
// Preview

let previewTimer = null;
let previewModel = null;

function schedulePreview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(renderPreview, PREVIEW_DELAY_MS);
}

function renderPreview() {
  const definition = parseEditor();
  if (definition === undefined) return;
  const { Survey, SurveyUI } = window;
  try {
    previewModel?.dispose?.();
    previewModel = new Survey.Model(definition);
    previewModel.locale = getLanguage();
    previewModel.showCompletedPage = false;
    previewModel.onCompleting.add((_, options) => {
      options.allow = false; // a preview never submits
    });
    // A fresh host each time: the UI library keeps its root on the element it rendered into.
    const host = el("div");
    ui.preview.replaceChildren(host);
    SurveyUI.renderSurvey(previewModel, host);
    previewStatus.show(null);
    window.knowledgePreview = previewModel;
  } catch (error) {
    previewStatus.show("authoring.previewFailed", { message: String(error?.message ?? error) });
  }
}

// ---------------------------------------------------------------------------
// Versions

function show(version, etag) {
  current = { surveyId: version.id, version: version.version, status: version.status, etag };
  ui.versionInput.value = String(version.version);
  const isDraft = version.status === "draft";
  versionStatus.show(() => [
    t("authoring.status.status", {
      version: version.version,
      status: t(isDraft ? "authoring.status.draft" : "authoring.status.publishedState"),
    }),
  ]);
  ui.editor.value = JSON.stringify(version.definition, null, 2);
  ui.editor.readOnly = !isDraft;
  ui.save.disabled = !isDraft;
  ui.publish.disabled = !isDraft;
  ui.confirm.hidden = true;
  parseEditor();
  showProblems(version.problems ?? {});
  renderPreview();
  loadChanges();
}

function showProblems(problems) {
  const entries = Object.entries(problems);
  problemsRegion.show(() =>
    entries.length === 0
      ? [el("p", {}, t("authoring.problems.none"))]
      : [
          el(
            "ul",
            { className: "field-errors" },
            entries.map(([key, messages]) =>
              el(
                "li",
                {},
                el("a", { href: "#definition-editor", onclick: (event) => focusOffset(event, offsetOf(key)) }, el("code", {}, key)),
                `: ${messages.join(" ")}`,
              ),
            ),
          ),
        ],
  );
}

async function loadChanges() {
  if (!current) return;
  try {
    const changes = await api.surveyVersionChanges(current.surveyId, current.version);
    const items = [
      ...changes.added.map((q) => t("authoring.changes.added", q)),
      ...changes.removed.map((q) => t("authoring.changes.removed", q)),
      ...changes.changed.map((q) => t("authoring.changes.changed", { ...q, properties: q.properties.join(", ") })),
    ];
    changesRegion.show(() => [
      el("p", {}, t("authoring.changes.against", { version: changes.against })),
      items.length === 0 ? el("p", {}, t("authoring.changes.none")) : el("ul", {}, items.map((text) => el("li", {}, text))),
    ]);
  } catch (error) {
    changesRegion.show(() => problemNodes("authoring.problem.generic", error instanceof ProblemError ? error : null));
  }
}

function showProblem(error) {
  if (!(error instanceof ProblemError)) {
    console.error(error);
    alertRegion.show(() => problemNodes("authoring.problem.generic", { title: String(error?.message ?? error) }));
    return;
  }
  const lead = { 400: "authoring.problem.400", 409: "authoring.problem.409", 412: "authoring.problem.412" }[error.status];
  alertRegion.show(() => problemNodes(lead ?? "authoring.problem.generic", error));
  if (error.status === 400 && Object.keys(error.errors).length > 0) showProblems(error.errors);
  ui.alert.focus();
}

async function run(action) {
  alertRegion.show(null);
  try {
    await action();
  } catch (error) {
    showProblem(error);
  }
}

async function openVersion() {
  await run(async () => {
    const { version, etag } = await api.surveyVersion(ui.surveySelect.value, ui.versionInput.value);
    show(version, etag);
  });
}

async function createDraft() {
  await run(async () => {
    try {
      const { version, etag } = await api.createSurveyDraft(ui.surveySelect.value);
      show(version, etag);
      pageStatus.show("authoring.status.draftCreated", { version: version.version });
    } catch (error) {
      if (error instanceof ProblemError && error.status === 409 && error.body?.draft) {
        // The existing draft is the one to go on with; read it again for its ETag.
        const { version, etag } = await api.surveyVersion(ui.surveySelect.value, error.body.draft.version);
        show(version, etag);
        pageStatus.show("authoring.status.draftExists", { version: version.version });
        return;
      }
      throw error;
    }
    ui.editor.focus();
  });
}

async function save() {
  const definition = parseEditor();
  if (definition === undefined || !current) {
    ui.editor.focus();
    return;
  }
  await run(async () => {
    const { version, etag } = await api.saveSurveyDraft(current.surveyId, current.version, definition, current.etag);
    current.etag = etag;
    showProblems(version.problems ?? {});
    pageStatus.show("authoring.status.saved");
    await loadChanges();
  });
}

function askPublish() {
  if (!current) return;
  ui.confirmText.textContent = t("authoring.confirm.text", { version: current.version });
  ui.confirm.hidden = false;
  ui.confirmYes.focus();
}

async function publish() {
  ui.confirm.hidden = true;
  await run(async () => {
    const published = await api.publishSurveyVersion(current.surveyId, current.version, current.etag);
    const { version, etag } = await api.surveyVersion(current.surveyId, published.version);
    show(version, etag);
    pageStatus.show("authoring.status.published", { version: published.version });
  });
  // The publish button is disabled once the version is published: focus moves to what is open now.
  (ui.publish.disabled ? ui.versionStatus : ui.publish).focus();
}

// ---------------------------------------------------------------------------
// Startup

const { principal, authError } = await initPage({ returnTo: RETURN_TO });

async function main() {
  if (authError) {
    alertRegion.show(() => problemNodes("auth.unavailable", null));
    return;
  }
  if (!principal) {
    gate.show("authoring.gate.signIn.title", "authoring.gate.signIn.text", signInAction(RETURN_TO));
    return;
  }
  if (!hasAnyRole(principal, [ROLES.staff, ROLES.admin])) {
    gate.show("authoring.gate.role.title", "authoring.gate.role.text", homeActions);
    return;
  }

  const { Survey } = window;
  Survey.surveyLocalization.defaultLocale = "sv";
  Object.assign(Survey.settings.titleTags, { survey: "h3", page: "h3", panel: "h4", question: "h4" });
  if (window.matchMedia?.("(prefers-reduced-motion: reduce)").matches) Survey.settings.animationEnabled = false;

  pageStatus.show("authoring.status.loading");
  await run(async () => {
    const surveys = await api.surveys();
    ui.surveySelect.replaceChildren(...surveys.map((s) => el("option", { value: s.id }, s.id)));
    ui.section.hidden = false;
    pageStatus.show(null);
    const first = surveys[0];
    if (first) {
      const { version, etag } = await api.surveyVersion(first.id, first.version);
      show(version, etag);
    }
  });

  ui.open.addEventListener("click", openVersion);
  ui.newDraft.addEventListener("click", createDraft);
  ui.editor.addEventListener("input", schedulePreview);
  ui.save.addEventListener("click", save);
  ui.publish.addEventListener("click", askPublish);
  ui.confirmYes.addEventListener("click", publish);
  ui.confirmNo.addEventListener("click", () => {
    ui.confirm.hidden = true;
    ui.publish.focus();
  });
  onLanguageChange((language) => {
    if (previewModel) previewModel.locale = language;
    if (!ui.confirm.hidden && current) ui.confirmText.textContent = t("authoring.confirm.text", { version: current.version });
  });
  new MutationObserver(() => {
    for (const root of ui.preview.querySelectorAll(".sd-root-modern[lang]")) {
      if (root.getAttribute("lang") !== getLanguage()) root.setAttribute("lang", getLanguage());
    }
  }).observe(ui.preview, { childList: true, subtree: true, attributes: true, attributeFilter: ["lang"] });
}

await main();
