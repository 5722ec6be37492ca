// The admin section of the review page: the tag model in use, its versions with
// their figures, putting a passed version back into use, and a retrain from the
// reviews with its progress and verdict.
//
// Flow: GET /api/tags/models → table. "Träna om med granskningarna" POSTs
// /api/tags/models/retrain (202 + Location) and polls the Location every second
// until the job is Completed or Failed; the stage and the verdict are written to
// an aria-live region. "Ta i bruk" asks first, then POSTs …/{version}/promote.
// A running job's address is kept in sessionStorage so a reload picks it up.
import { getJson, NetworkError, ProblemError, request } from "./api.js";
import { getLanguage, onLanguageChange, t, tCount } from "./i18n.js";
import { el } from "./layout.js";
import { dateTimeElement } from "./notes-common.js";
import { messageProblem, problemNodes, setLiveText } from "./page-messages.js";

const POLL_MS = 1000;
const MAX_NETWORK_FAILURES = 10;
const JOB_KEY = "knowledge.tagModels.job";
const STAGES = ["Queued", "ReadingReviews", "Training", "Evaluating", "Done"];

const tagModelsApi = {
  list: () => getJson("/api/tags/models"),
  retrain: async () => {
    const { body, headers } = await request("/api/tags/models/retrain", { method: "POST" });
    return { job: body, location: headers.get("Location") || (body?.jobId ? `/api/tags/models/retrain/${body.jobId}` : "") };
  },
  job: (location) => getJson(location),
  promote: (version) => request(`/api/tags/models/${encodeURIComponent(version)}/promote`, { method: "POST" }),
};

/**
 * Adds the section to container (admins only: the caller checks the role).
 * @param {HTMLElement} container
 * @param {{show(render: null | (() => (Node|string)[])): void, clear(): void}} alertRegion the page's alert
 */
export function mountTagModels(container, alertRegion) {
  const state = {
    /** @type {null | {inUse: string, tagger: string, versions: object[]}} */
    models: null,
    /** @type {null | object} the latest answer about the retrain */
    job: null,
    /** @type {null | string} the version waiting for the admin's yes */
    pending: null,
    /** @type {null | HTMLElement} the button that asked */
    pendingButton: null,
    /** @type {null | {key: string, params?: object}} */
    status: null,
    running: false,
  };

  const ui = {
    section: el("section", { id: "tag-models", className: "tag-models", "aria-labelledby": "tag-models-title" }),
    title: el("h2", { id: "tag-models-title" }),
    lead: el("p", { className: "hint" }),
    inUse: el("p", { id: "tag-models-in-use", tabindex: "-1" }),
    status: el("p", { id: "tag-models-status", className: "status", role: "status", "aria-live": "polite" }),
    tableWrap: el("div", { id: "tag-models-versions" }),
    confirm: el("div", { id: "tag-models-confirm", className: "notice", role: "group", "aria-labelledby": "tag-models-confirm-text", hidden: true }),
    confirmText: el("p", { id: "tag-models-confirm-text" }),
    confirmYes: el("button", { id: "tag-models-confirm-yes", type: "button", className: "button" }),
    confirmNo: el("button", { id: "tag-models-confirm-no", type: "button", className: "button button-secondary" }),
    retrainTitle: el("h3", { id: "tag-models-retrain-title" }),
    retrainHint: el("p", { id: "tag-models-retrain-hint", className: "hint" }),
    retrain: el("button", { id: "tag-models-retrain", type: "button", className: "button", "aria-describedby": "tag-models-retrain-hint" }),
    job: el("div", { id: "tag-models-job", className: "tag-models-job", "aria-live": "polite", hidden: true }),
    progressLabel: el("label", { for: "tag-models-progress" }),
    progress: el("progress", { id: "tag-models-progress", max: "1", value: "0" }),
    stage: el("p", { id: "tag-models-stage" }),
    verdict: el("p", { id: "tag-models-verdict", className: "tag-models-verdict" }),
    figures: el("div", { id: "tag-models-figures" }),
  };
  ui.confirm.append(ui.confirmText, el("p", { className: "actions" }, ui.confirmYes, " ", ui.confirmNo));
  ui.job.append(el("div", { className: "field" }, ui.progressLabel, " ", ui.progress), ui.stage, ui.verdict);
  ui.section.append(ui.title, ui.lead, ui.inUse, ui.status, ui.tableWrap, ui.confirm, ui.retrainTitle, ui.retrainHint, ui.retrain, ui.job, ui.figures);
  container.append(ui.section);

  // --- Rendering -----------------------------------------------------------------------------
  const number = (value, digits = 3) =>
    typeof value === "number"
      ? new Intl.NumberFormat(getLanguage() === "sv" ? "sv-SE" : "en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
      : "–";
  const count = (value) => new Intl.NumberFormat(getLanguage() === "sv" ? "sv-SE" : "en-GB").format(value ?? 0);
  const statements = (value) => tCount("tagModels.figures.statements", value ?? 0, { count: count(value) });
  const reviews = (value) => tCount("tagModels.figures.reviews", value ?? 0, { count: count(value) });

  function renderStatic() {
    ui.title.textContent = t("tagModels.title");
    ui.lead.textContent = t("tagModels.lead");
    ui.retrainTitle.textContent = t("tagModels.retrain.title");
    ui.retrainHint.textContent = t("tagModels.retrain.hint");
    ui.retrain.textContent = t("tagModels.retrain.button");
    ui.confirmYes.textContent = t("tagModels.promote.yes");
    ui.confirmNo.textContent = t("tagModels.promote.no");
    ui.progressLabel.textContent = t("tagModels.job.progress");
    ui.status.textContent = state.status ? t(state.status.key, state.status.params) : "";
    if (state.pending) ui.confirmText.textContent = t("tagModels.promote.confirm", { version: state.pending });
  }

  function statusText(version) {
    const words = [];
    if (version.inUse) words.push(t("tagModels.status.inUse"));
    if (version.shipped) words.push(t("tagModels.status.shipped"));
    else words.push(t(version.promoted ? "tagModels.status.passed" : "tagModels.status.failed"));
    return words.join(", ");
  }

  function renderModels() {
    const models = state.models;
    if (!models) {
      ui.inUse.replaceChildren();
      ui.tableWrap.replaceChildren();
      return;
    }
    ui.inUse.replaceChildren(
      `${t("tagModels.inUse")} `,
      el("strong", { id: "tag-models-in-use-version" }, models.inUse),
      ` ${t("tagModels.inUse.tagger")} `,
      el("code", { id: "tag-models-in-use-tagger" }, models.tagger),
    );
    const columns = ["version", "created", "by", "reviews", "testF1", "reviewsF1", "status", "actions"];
    const rows = (models.versions ?? []).map((version) =>
      el(
        "tr",
        { dataset: { version: version.version } },
        el("th", { scope: "row", className: "nowrap" }, el("code", {}, version.version)),
        el("td", {}, version.createdAt ? dateTimeElement(version.createdAt) : "–"),
        el("td", { className: "tag-models-by" }, version.createdBy ?? "–"),
        el("td", { className: "num" }, count(version.trainingReviews)),
        el("td", { className: "num" }, version.figures ? [number(version.figures.testMacroF1), " ", el("span", { className: "muted" }, `(${statements(version.figures.testStatements)})`)] : "–"),
        el("td", { className: "num" }, version.figures ? [number(version.figures.reviewsMacroF1), " ", el("span", { className: "muted" }, `(${reviews(version.figures.heldOutReviews)})`)] : "–"),
        el("td", { className: "tag-model-status" }, el("span", { className: version.inUse ? "badge badge-reviewed" : "badge" }, statusText(version))),
        el(
          "td",
          {},
          version.promoted && !version.inUse
            ? el(
                "button",
                {
                  type: "button",
                  className: "button button-secondary button-small",
                  dataset: { promote: version.version },
                  "aria-disabled": state.running ? "true" : undefined,
                  onclick: (event) => askPromote(version.version, event.currentTarget),
                },
                t("tagModels.promote.button"),
                el("span", { className: "visually-hidden" }, ` ${version.version}`),
              )
            : "",
        ),
      ),
    );
    ui.tableWrap.replaceChildren(
      scrollBox(
        "tag-models-caption",
        el(
        "table",
        { id: "tag-models-table", className: "data-table" },
        el("caption", { id: "tag-models-caption" }, t("tagModels.caption")),
        el("thead", {}, el("tr", {}, columns.map((c) => el("th", { scope: "col", className: ["reviews", "testF1", "reviewsF1"].includes(c) ? "num" : undefined }, t(`tagModels.column.${c}`))))),
        el("tbody", {}, rows),
        ),
      ),
    );
  }

  /** A table that may scroll sideways, reachable by keyboard (as on the needs page). */
  function scrollBox(captionId, table) {
    return el("div", { className: "table-scroll", role: "region", tabindex: "0", "aria-labelledby": captionId }, table);
  }

  function renderJob() {
    const job = state.job;
    ui.job.hidden = !job;
    ui.figures.replaceChildren();
    if (!job) return;
    ui.progress.value = Math.min(1, Math.max(0, Number(job.progress) || 0));
    const stage = STAGES.includes(job.stage) ? job.stage : "Queued";
    setLiveText(ui.stage, t("tagModels.job.stage", { stage: t(`tagModels.stage.${stage}`) }));
    const result = job.result;
    if (job.status === "Failed") {
      ui.verdict.className = "tag-models-verdict field-error";
      setLiveText(ui.verdict, t("tagModels.verdict.failed", { error: job.error || "–" }));
    } else if (job.status === "Completed" && result) {
      ui.verdict.className = "tag-models-verdict";
      const key = result.promoted ? "tagModels.verdict.promoted" : result.candidate === result.previous ? "tagModels.verdict.same" : "tagModels.verdict.kept";
      setLiveText(ui.verdict, t(key, { candidate: result.candidate, previous: result.previous, reviews: reviews(result.trainingReviews) }));
      ui.figures.replaceChildren(scrollBox("tag-models-figures-caption", figuresTable(result)));
    } else {
      setLiveText(ui.verdict, "");
    }
  }

  function figuresTable(result) {
    const c = result.candidateFigures ?? {};
    const p = result.previousFigures ?? {};
    const row = (key, field, countField, counted) =>
      el(
        "tr",
        {},
        el("th", { scope: "row" }, t(key)),
        el("td", { className: "num" }, number(c[field]), " ", el("span", { className: "muted" }, `(${counted(c[countField])})`)),
        el("td", { className: "num" }, number(p[field]), " ", el("span", { className: "muted" }, `(${counted(p[countField])})`)),
      );
    return el(
      "table",
      { id: "tag-models-figures-table", className: "data-table" },
      el("caption", { id: "tag-models-figures-caption" }, t("tagModels.figures.caption")),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, t("tagModels.figures.measure")),
          el("th", { scope: "col", className: "num" }, t("tagModels.figures.candidate", { version: result.candidate })),
          el("th", { scope: "col", className: "num" }, t("tagModels.figures.previous", { version: result.previous })),
        ),
      ),
      el(
        "tbody",
        {},
        row("tagModels.column.testF1", "testMacroF1", "testStatements", statements),
        row("tagModels.column.reviewsF1", "reviewsMacroF1", "heldOutReviews", reviews),
      ),
    );
  }

  function setRunning(running) {
    state.running = running;
    // aria-disabled rather than disabled: the button keeps focus while the job runs.
    if (running) ui.retrain.setAttribute("aria-disabled", "true");
    else ui.retrain.removeAttribute("aria-disabled");
    for (const button of ui.tableWrap.querySelectorAll("button[data-promote]")) {
      if (running) button.setAttribute("aria-disabled", "true");
      else button.removeAttribute("aria-disabled");
    }
  }

  function showStatus(key, params) {
    state.status = key ? { key, params } : null;
    ui.status.textContent = key ? t(key, params) : "";
  }

  function showProblem(leadKey, error) {
    if (!(error instanceof ProblemError || error instanceof NetworkError)) console.error(error);
    alertRegion.show(() => problemNodes(leadKey, error instanceof ProblemError ? error : messageProblem(error)));
  }

  // --- Loading --------------------------------------------------------------------------------
  async function load() {
    try {
      state.models = await tagModelsApi.list();
    } catch (error) {
      showProblem("tagModels.loadFailed", error);
      return false;
    }
    renderModels();
    return true;
  }

  // --- Retrain ---------------------------------------------------------------------------------
  async function startRetrain() {
    if (state.running) return;
    alertRegion.clear();
    showStatus(null);
    setRunning(true);
    state.job = null;
    renderJob();
    let location;
    try {
      const started = await tagModelsApi.retrain();
      location = started.location;
      state.job = started.job;
    } catch (error) {
      setRunning(false);
      showProblem("tagModels.retrain.failed", error);
      return;
    }
    renderJob();
    await follow(location);
  }

  async function follow(location) {
    setRunning(true);
    remember(location);
    let networkFailures = 0;
    while (!state.job || (state.job.status !== "Completed" && state.job.status !== "Failed")) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      try {
        state.job = await tagModelsApi.job(location);
        networkFailures = 0;
      } catch (error) {
        if (error instanceof NetworkError && ++networkFailures < MAX_NETWORK_FAILURES) continue;
        remember(null);
        setRunning(false);
        showProblem("tagModels.job.lost", error);
        return;
      }
      renderJob();
    }
    remember(null);
    await load();
    setRunning(false);
  }

  function remember(location) {
    try {
      if (location) sessionStorage.setItem(JOB_KEY, location);
      else sessionStorage.removeItem(JOB_KEY);
    } catch {
      // Not fatal: a reload just does not pick the job up again.
    }
  }

  function remembered() {
    try {
      const location = sessionStorage.getItem(JOB_KEY);
      return location?.startsWith("/api/tags/models/retrain/") ? location : null;
    } catch {
      return null;
    }
  }

  // --- Promote (rollback) ----------------------------------------------------------------------
  function askPromote(version, button) {
    if (state.running) return;
    state.pending = version;
    state.pendingButton = button;
    ui.confirmText.textContent = t("tagModels.promote.confirm", { version });
    ui.confirm.hidden = false;
    ui.confirmYes.focus();
  }

  function hideConfirm() {
    state.pending = null;
    state.pendingButton = null;
    ui.confirm.hidden = true;
  }

  async function promote() {
    const version = state.pending;
    if (!version) return;
    hideConfirm();
    alertRegion.clear();
    setRunning(true);
    showStatus("tagModels.promote.sending", { version });
    try {
      await tagModelsApi.promote(version);
    } catch (error) {
      setRunning(false);
      showStatus(null);
      showProblem(error instanceof ProblemError && error.status === 409 ? "tagModels.promote.409" : "tagModels.promote.failed", error);
      return;
    }
    await load();
    setRunning(false);
    showStatus("tagModels.promote.done", { version });
    ui.inUse.focus();
  }

  ui.retrain.addEventListener("click", () => void startRetrain());
  ui.confirmYes.addEventListener("click", () => void promote());
  ui.confirmNo.addEventListener("click", () => {
    const button = state.pendingButton;
    hideConfirm();
    if (button?.isConnected) button.focus();
    else ui.retrain.focus();
  });
  onLanguageChange(() => {
    renderStatic();
    renderModels();
    renderJob();
  });

  renderStatic();
  void load().then(() => {
    const location = remembered();
    if (location && !state.running) void follow(location);
  });
}
