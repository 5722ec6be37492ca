// The large establishments, for every signed-in role; staff and admins also
// create and edit them and add dated events.
//
// Flow: check the signed-in user → load the counties, municipalities and the
// sector names → county filter (the user's own county first; "Alla län"), from
// the address → GET /api/establishments?county=… → a compact table, one row
// per establishment (establishments/table.js), each expandable to its details
// (establishments/details.js). Staff: "Ny etablering" and, in a row's details,
// "Redigera" (establishments/editor.js: POST /api/establishments, or PUT with
// If-Match) and "Lägg till händelse" (establishments/event-form.js: POST
// /api/establishments/{slug}/events); field errors at their controls.
//
// Address: establishments.html?county=25#establishment-<slug> (that row opens).
import { api, postJson, ProblemError, request } from "../api.js";
import { countyScopes, hasAnyRole, isSignedIn, municipalityScopes } from "../auth.js";
import { createEditor } from "../establishments/editor.js";
import { createEventForm } from "../establishments/event-form.js";
import { createEstablishmentTable } from "../establishments/table.js";
import { countyName as nameOfCounty, onLanguageChange, t } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { loadCompanyChoices } from "../notes-common.js";
import { authGate, nodeRegion, otherErrorNodes, problemNodes, signInAction, signInParagraph, textRegion } from "../page-messages.js";

const RETURN_TO = "/establishments.html";
const COUNTY = /^\d{2}$/;

const $ = (id) => document.getElementById(id);
const ui = {
  pageStatus: $("page-status"),
  alert: $("establishments-alert"),
  workspace: $("establishments-workspace"),
  form: $("establishments-filters"),
  county: $("establishments-county"),
  status: $("establishments-status"),
  list: $("establishments-list"),
  create: $("establishments-create"),
  editor: $("establishment-editor"),
  editorTitle: $("establishment-editor-title"),
  editorForm: $("establishment-form"),
  eventEditor: $("establishment-event-editor"),
  eventTitle: $("establishment-event-title"),
  eventForm: $("establishment-event-form"),
};

const pageStatus = textRegion(ui.pageStatus);
const status = textRegion(ui.status);
const alertRegion = nodeRegion(ui.alert);
const gate = authGate();

const { principal, authError } = await initPage({ returnTo: RETURN_TO + location.search });

async function main() {
  if (authError) {
    alertRegion.show(() => problemNodes("auth.unavailable", null, [el("p", {}, t("establishments.loadFailed.text"))]));
    return;
  }
  if (!isSignedIn(principal)) {
    gate.show("establishments.gate.signIn.title", "establishments.gate.signIn.text", signInAction(RETURN_TO + location.search));
    return;
  }

  pageStatus.show("establishments.loading.page");
  const warn = (what) => (error) => {
    console.warn(`${what} could not be loaded`, error);
    return null;
  };
  const [counties, municipalities, choices] = await Promise.all([
    api.counties().catch(warn("The counties")),
    api.municipalities().catch(warn("The municipalities")),
    loadCompanyChoices(),
  ]);
  pageStatus.clear();
  // The user's own county first: a region's, or the county of an office's municipality.
  const own = countyScopes(principal)[0] ?? municipalityScopes(principal)[0]?.slice(0, 2) ?? "";
  start({ counties: Array.isArray(counties) ? counties : [], municipalities: Array.isArray(municipalities) ? municipalities : [], choices, own });
}

function start({ counties, municipalities, choices, own }) {
  const state = { county: "", /** @type {any[] | null} */ establishments: null };
  const countyNames = new Map(counties.map((c) => [c.code, c]));
  const municipalityNames = new Map(municipalities.map((m) => [m.code, m.name]));
  const countyName = (code) => (countyNames.has(code) ? nameOfCounty(countyNames.get(code)) : t("county.unknown", { code }));
  const municipalityName = (code) => municipalityNames.get(code) ?? t("municipality.unknown", { code });
  const mayEdit = hasAnyRole(principal, ["staff", "admin"]);

  const table = createEstablishmentTable(ui.list, { choices, countyName, municipalityName, mayEdit, onEdit: (slug) => void edit(slug), onAddEvent: (slug) => addEvent(slug) });
  const editor = createEditor(ui.editorForm, { counties, municipalities, choices });
  const eventForm = createEventForm(ui.eventForm);
  let editing = { slug: "", etag: null };

  function renderSelect() {
    const value = ui.county.value;
    const codes = [...countyNames.keys()];
    if (state.county && !codes.includes(state.county)) codes.push(state.county);
    ui.county.replaceChildren(el("option", { value: "" }, t("establishments.county.all")), ...codes.map((code) => el("option", { value: code }, countyName(code))));
    ui.county.value = codes.includes(value) || value === "" ? value : "";
  }

  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    choose(ui.county.value);
  });
  ui.county.addEventListener("change", () => choose(ui.county.value));

  function choose(county) {
    state.county = county;
    const query = county ? `?county=${county}` : "";
    history.replaceState(null, "", (query || location.pathname) + location.hash);
    void load();
  }

  let controller = null;
  async function load({ open } = {}) {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    ui.list.dataset.state = "loading";
    status.show("establishments.loading");
    try {
      const list = await api.establishments(state.county, { signal: mine.signal });
      state.establishments = Array.isArray(list) ? list : [];
      render();
      ui.list.dataset.state = "ready";
      renderStatus();
      const target = open ?? (location.hash.startsWith("#establishment-") ? decodeURIComponent(location.hash.slice("#establishment-".length)) : "");
      if (target && state.establishments.some((e) => e.slug === target)) {
        table.setOpen(target, true);
        document.getElementById(`establishment-${target}`)?.scrollIntoView();
      }
    } catch (error) {
      if (mine.signal.aborted) return;
      state.establishments = null;
      render();
      ui.list.dataset.state = "error";
      status.show("establishments.failed");
      showProblem(error, "establishments.problem");
    } finally {
      if (controller === mine) controller = null;
    }
  }

  function showProblem(error, prefix, unmatched = []) {
    const problem = error instanceof ProblemError ? error : null;
    if (!problem) console.error(error);
    const known = { 400: ".400", 401: ".401", 403: ".403", 404: ".404", 409: ".409", 412: ".412" }[problem?.status];
    const lead = !problem ? `${prefix}.network` : known && t(`${prefix}${known}`) !== `${prefix}${known}` ? `${prefix}${known}` : `${prefix}.generic`;
    alertRegion.show(() => [
      ...problemNodes(lead, problem),
      ...otherErrorNodes("establishments.problem.400.other", unmatched),
      ...(problem?.status === 401 ? [signInParagraph(RETURN_TO + location.search)] : []),
    ]);
  }

  function caption() {
    const where = state.county ? countyName(state.county) : t("establishments.everywhere");
    return t("establishments.table.caption", { where });
  }

  function renderStatus() {
    const count = state.establishments?.length ?? 0;
    const where = state.county ? countyName(state.county) : t("establishments.everywhere");
    if (count === 0) status.show("establishments.none", { where });
    else status.show(`establishments.count.${count === 1 ? "one" : "other"}`, { count, where });
  }

  const render = () => table.render(state.establishments ?? [], { caption: caption() });

  // --- Staff: create, edit, add events -------------------------------------------------------
  function openSection(section, title, text) {
    ui.editor.hidden = section !== ui.editor;
    ui.eventEditor.hidden = section !== ui.eventEditor;
    title.textContent = text;
    title.focus();
  }

  function closeSections(focusSlug) {
    ui.editor.hidden = true;
    ui.eventEditor.hidden = true;
    // An emptied form is not found again, by the eye or a test, before the next one is drawn.
    ui.editorForm.replaceChildren();
    ui.eventForm.replaceChildren();
    if (focusSlug) table.focusRow(focusSlug);
    else ui.create.focus();
  }

  ui.create.hidden = !mayEdit;
  ui.create.addEventListener("click", () => {
    alertRegion.clear();
    editing = { slug: "", etag: null };
    editor.open(null);
    openSection(ui.editor, ui.editorTitle, t("establishments.form.createTitle"));
  });

  async function edit(slug) {
    alertRegion.clear();
    try {
      const { body, headers } = await request(`/api/establishments/${encodeURIComponent(slug)}`);
      editing = { slug, etag: headers.get("ETag") };
      editor.open(body);
      openSection(ui.editor, ui.editorTitle, t("establishments.form.editTitle", { name: body.name }));
    } catch (error) {
      showProblem(error, "establishments.problem");
    }
  }

  function addEvent(slug) {
    alertRegion.clear();
    const target = state.establishments?.find((e) => e.slug === slug);
    if (!target) return;
    eventForm.open(target);
    openSection(ui.eventEditor, ui.eventTitle, t("establishments.event.title", { name: target.name }));
  }

  async function save(send, { fields, doneKey, prefix }) {
    alertRegion.clear();
    fields.fieldErrors().clear();
    try {
      const { body } = await send();
      const slug = body?.slug ?? editing.slug ?? eventForm.establishment?.slug;
      closeSections();
      await load({ open: slug });
      status.show(doneKey, { name: state.establishments?.find((e) => e.slug === slug)?.name ?? slug });
      table.focusRow(slug);
    } catch (error) {
      const unmatched = error instanceof ProblemError && error.status === 400 ? fields.showErrors(error.errors) : [];
      showProblem(error, prefix, unmatched);
    }
  }

  ui.editorForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const creating = editor.mode === "create";
    const body = editor.payload();
    void save(
      () =>
        creating
          ? postJson("/api/establishments", body)
          : request(`/api/establishments/${encodeURIComponent(editing.slug)}`, { method: "PUT", json: body, headers: editing.etag ? { "If-Match": editing.etag } : {} }),
      { fields: editor, doneKey: creating ? "establishments.saved.created" : "establishments.saved.updated", prefix: "establishments.save.problem" },
    );
  });

  ui.eventForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const slug = eventForm.establishment.slug;
    editing = { slug, etag: null };
    const body = eventForm.payload();
    void save(() => postJson(`/api/establishments/${encodeURIComponent(slug)}/events`, body), {
      fields: eventForm,
      doneKey: "establishments.saved.event",
      prefix: "establishments.save.problem",
    });
  });

  for (const form of [ui.editorForm, ui.eventForm]) {
    form.addEventListener("click", (event) => {
      if (event.target instanceof Element && event.target.closest("button[data-cancel]")) closeSections(editing.slug || eventForm.establishment?.slug);
    });
  }

  onLanguageChange(() => {
    renderSelect();
    if (state.establishments) render();
    editor.refresh();
    eventForm.refresh();
  });

  // --- Go ------------------------------------------------------------------------------------
  const asked = new URLSearchParams(location.search).get("county");
  state.county = asked === null ? own : COUNTY.test(asked) ? asked : "";
  renderSelect();
  ui.county.value = state.county;
  ui.workspace.hidden = false;
  void load();

  window.knowledgeEstablishments = {
    get state() {
      return { county: state.county, count: state.establishments?.length ?? null };
    },
  };
}

await main();
