// Exports for analysts (staff, admin): the codebook as .qdc, a county's or a
// municipality's masked notes as .qdpx, and for admins the import of an edited
// .qdc as a proposal, listed with its changes and accepted with one button.
import { api, ProblemError } from "../api.js";
import { hasAnyRole, hasRole, ROLES } from "../auth.js";
import { countyName, onLanguageChange, t, tCount } from "../i18n.js";
import { el, initPage } from "../layout.js";
import { dateTimeElement } from "../notes-common.js";
import { authGate, homeActions, nodeRegion, problemNodes, signInAction, textRegion } from "../page-messages.js";

const RETURN_TO = "/exports.html";

const $ = (id) => document.getElementById(id);
const ui = {
  workspace: $("exports-workspace"),
  county: $("export-county"),
  municipality: $("export-municipality"),
  notesLink: $("export-notes"),
  notesHint: $("export-notes-hint"),
  importSection: $("import-section"),
  importForm: $("import-form"),
  importFile: $("import-file"),
  importFileError: $("import-file-error"),
  importSubmit: $("import-submit"),
  proposals: $("proposals"),
  proposalsEmpty: $("proposals-empty"),
};

const pageStatus = textRegion($("page-status"));
const importStatus = textRegion($("import-status"));
const notesHint = textRegion(ui.notesHint);
const alertRegion = nodeRegion($("exports-alert"));
const gate = authGate();

const { principal, authError } = await initPage({ returnTo: RETURN_TO });

async function main() {
  if (authError) {
    alertRegion.show(() => problemNodes("auth.unavailable", null, [el("p", {}, t("exports.loadFailed.text"))]));
    return;
  }
  if (!principal) {
    gate.show("exports.gate.signIn.title", "exports.gate.signIn.text", signInAction(RETURN_TO));
    return;
  }
  if (!hasAnyRole(principal, [ROLES.staff, ROLES.admin])) {
    gate.show("exports.gate.role.title", "exports.gate.role.text", homeActions);
    return;
  }

  pageStatus.show("exports.loading");
  let counties;
  try {
    counties = await api.counties();
  } catch (error) {
    pageStatus.clear();
    alertRegion.show(() => problemNodes("exports.loadFailed.title", error instanceof ProblemError ? error : null, [el("p", {}, t("exports.loadFailed.text"))]));
    return;
  }
  pageStatus.clear();
  ui.workspace.hidden = false;
  startNotesExport(counties);
  if (hasRole(principal, ROLES.admin)) {
    ui.importSection.hidden = false;
    await startImport();
  }
}

// --- Notes (.qdpx) ---------------------------------------------------------------
function startNotesExport(counties) {
  const state = { county: "", municipality: "", municipalities: [] };

  function fill(select, placeholderKey, options, value, nameOf) {
    select.replaceChildren(el("option", { value: "" }, t(placeholderKey)), ...options.map((o) => el("option", { value: o.code }, nameOf(o))));
    select.value = options.some((o) => o.code === value) ? value : "";
  }

  function render() {
    fill(ui.county, "exports.county.choose", counties, state.county, countyName);
    fill(ui.municipality, "exports.municipality.all", state.municipalities, state.municipality, (m) => m.name);
    ui.municipality.disabled = !state.county;
    if (state.county) {
      ui.notesLink.href = api.notesQdpxUrl(state);
      ui.notesLink.setAttribute("download", "");
      ui.notesLink.removeAttribute("aria-disabled");
      notesHint.clear();
    } else {
      ui.notesLink.removeAttribute("href");
      ui.notesLink.removeAttribute("download");
      ui.notesLink.setAttribute("aria-disabled", "true");
      notesHint.show("exports.notes.chooseCounty");
    }
  }

  ui.county.addEventListener("change", async () => {
    state.county = ui.county.value;
    state.municipality = "";
    state.municipalities = [];
    render();
    if (!state.county) return;
    try {
      const county = state.county;
      const municipalities = await api.municipalities(county);
      if (county === state.county) state.municipalities = municipalities;
    } catch (error) {
      alertRegion.show(() => problemNodes("exports.loadFailed.title", error instanceof ProblemError ? error : null));
    }
    render();
  });
  ui.municipality.addEventListener("change", () => {
    state.municipality = ui.municipality.value;
    render();
  });
  onLanguageChange(render);
  render();
}

// --- Codebook proposals (admin) -----------------------------------------------------
async function startImport() {
  /** @type {object[]} */
  let proposals = [];

  function changeItems(proposal) {
    const items = [
      ...proposal.added.map((a) => el("li", {}, t("exports.proposal.added", { label: a.label, tag: a.tag }))),
      ...proposal.renamed.map((r) => el("li", {}, t("exports.proposal.renamed", { from: r.from, to: r.to }))),
    ];
    if (proposal.missing.length > 0) items.push(el("li", {}, t("exports.proposal.missing", { tags: proposal.missing.join(", ") })));
    return items.length > 0 ? el("ul", {}, items) : el("p", { className: "muted" }, t("exports.proposal.nothing"));
  }

  function proposalItem(proposal) {
    const pending = proposal.status === "pending";
    const canAccept = pending && (proposal.added.length > 0 || proposal.renamed.length > 0);
    const headingId = `proposal-${proposal.id}`;
    return el(
      "li",
      { className: "proposal", dataset: { proposal: proposal.id } },
      el(
        "h4",
        { id: headingId },
        t("exports.proposal.heading", { codebookVersion: proposal.codebookVersion }),
        " · ",
        dateTimeElement(proposal.proposedAt),
      ),
      el(
        "p",
        { className: "proposal-status" },
        pending ? t("exports.proposal.pending") : t("exports.proposal.accepted", { version: proposal.acceptedVersion }),
      ),
      changeItems(proposal),
      canAccept
        ? el(
            "button",
            { type: "button", className: "button", "aria-describedby": headingId, onclick: (event) => accept(proposal, event.currentTarget) },
            t("exports.proposal.accept"),
          )
        : "",
    );
  }

  function render() {
    ui.proposals.replaceChildren(...proposals.map(proposalItem));
    ui.proposalsEmpty.hidden = proposals.length > 0;
  }

  async function load() {
    try {
      proposals = await api.codebookProposals();
    } catch (error) {
      alertRegion.show(() => problemNodes("exports.proposals.loadFailed", error instanceof ProblemError ? error : null));
    }
    render();
  }

  async function accept(proposal, button) {
    button.disabled = true;
    importStatus.show("exports.proposal.accepting");
    try {
      const accepted = await api.acceptCodebookProposal(proposal.id);
      importStatus.show("exports.proposal.acceptedNow", { version: accepted.acceptedVersion });
    } catch (error) {
      importStatus.clear();
      alertRegion.show(() => problemNodes(error?.status === 409 ? "exports.proposal.stale" : "exports.proposal.acceptFailed", error instanceof ProblemError ? error : null));
    }
    await load();
  }

  function showFileError(key, params) {
    ui.importFileError.hidden = !key;
    ui.importFileError.textContent = key ? t(key, params) : "";
    if (key) ui.importFile.setAttribute("aria-invalid", "true");
    else ui.importFile.removeAttribute("aria-invalid");
  }

  ui.importForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    alertRegion.clear();
    const file = ui.importFile.files?.[0];
    if (!file) {
      showFileError("exports.import.noFile");
      ui.importFile.focus();
      return;
    }
    showFileError(null);
    ui.importSubmit.disabled = true;
    importStatus.show("exports.import.reading");
    try {
      const proposal = await api.importCodebook(file);
      importStatus.show("exports.import.done", {
        added: tCount("exports.import.addedCount", proposal.added.length),
        renamed: tCount("exports.import.renamedCount", proposal.renamed.length),
      });
      ui.importForm.reset();
    } catch (error) {
      importStatus.clear();
      const reasons = error instanceof ProblemError ? error.errors.body : undefined;
      if (reasons) {
        showFileError("exports.import.invalid", { reasons: reasons.join(" ") });
        ui.importFile.focus();
      } else {
        alertRegion.show(() => problemNodes("exports.import.failed", error instanceof ProblemError ? error : null));
      }
    } finally {
      ui.importSubmit.disabled = false;
    }
    await load();
  });

  onLanguageChange(render);
  await load();
}

await main();
