// Fetching for the situation report page: the live report
// (GET /api/reports/situation), an issued one (GET …/issued/{id}), the
// county's issued reports (GET …/issued) and issuing one now
// (POST …/issued). One report request at a time; an older answer never
// replaces a newer one.
import { api, ProblemError } from "../api.js";
import { showProblem } from "../county-page.js";
import { formatPeriod } from "./format.js";
import { writeAddress } from "./state.js";

/**
 * @param {{state: ReturnType<import("./state.js").createState>, alertRegion: any, returnTo: string,
 *   status: ReturnType<import("../page-messages.js").textRegion>, issueStatus: ReturnType<import("../page-messages.js").textRegion>,
 *   view: ReturnType<import("./view.js").createReportView>, issuedList: ReturnType<import("./issued.js").createIssuedList>,
 *   countyName: (code: string) => string, showErrors: (errors: object, options: {focus: boolean}) => any}} options
 */
export function createLoader({ state, alertRegion, returnTo, status, issueStatus, view, issuedList, countyName, showErrors }) {
  /** The report request under way (its controller), report and list request numbers (newer ones win). */
  const requests = { controller: null, report: 0, list: 0 };

  /** A report came: show it, say so and put it in the address. */
  function show(report, issued, { animate }) {
    state.report = report;
    state.issued = issued;
    writeAddress(state);
    view.render(state, { animate });
    view.setLoadState("ready", issued ? "issued" : "live");
    status.show(issued ? "report.shown.issued" : "report.shown.live", {
      county: countyName(report.county),
      period: formatPeriod(report.period),
    });
  }

  /** Run one report request at a time; an older answer never replaces a newer one. */
  async function fetchReport(load, { loadingKey, focus }) {
    requests.controller?.abort();
    const mine = new AbortController();
    requests.controller = mine;
    const request = ++requests.report;
    alertRegion.clear();
    view.setLoadState("loading");
    status.show(loadingKey);
    try {
      const { report, issued } = await load(mine.signal);
      if (request !== requests.report) return;
      show(report, issued, { animate: true });
      if (focus) view.focusTitle();
    } catch (error) {
      if (mine.signal.aborted || request !== requests.report) return;
      state.report = null;
      state.issued = null;
      view.render(state, { animate: false });
      view.setLoadState("error");
      status.show("report.failed");
      onProblem(error, { focus });
    } finally {
      if (requests.controller === mine) requests.controller = null;
    }
  }

  function loadLive(filters, { focus }) {
    return fetchReport(async (signal) => ({ report: await api.situationReport(filters, { signal }), issued: null }), {
      loadingKey: "report.loading",
      focus,
    });
  }

  function loadIssued(county, id, { focus }) {
    return fetchReport(
      async (signal) => {
        const envelope = await api.issuedReport(county, id, { signal });
        const { report, ...issued } = envelope ?? {};
        return { report, issued };
      },
      { loadingKey: "report.loading.issued", focus },
    );
  }

  async function loadIssuedList(county) {
    const request = ++requests.list;
    state.issuedCounty = county;
    state.issuedList = null;
    issuedList.render(state);
    issuedList.loading();
    try {
      const list = await api.issuedReports(county);
      if (request !== requests.list) return;
      state.issuedList = Array.isArray(list) ? list : [];
      state.issuedFailure = null;
      issuedList.render(state);
    } catch (error) {
      if (request !== requests.list) return;
      state.issuedList = null;
      const problem = error instanceof ProblemError ? error : null;
      state.issuedFailure = problem?.status === 403 ? "report.issued.forbidden" : "report.issued.failed";
      issuedList.render(state);
    }
  }

  /** Issue the report of the filters now (admins) and show it as issued, at the top of the list. */
  async function issue(filters) {
    issuedList.setIssuing(true);
    issueStatus.show("report.issue.busy");
    try {
      const { body } = await api.issueReport(filters);
      issueStatus.show("report.issue.done", { period: formatPeriod(body.period), county: countyName(body.county) });
      const { report, ...issued } = body;
      alertRegion.clear();
      show(report, issued, { animate: true });
      await loadIssuedList(issued.county);
    } catch (error) {
      issueStatus.show("report.issue.failed");
      onProblem(error, { focus: false });
    } finally {
      issuedList.setIssuing(false);
    }
  }

  function onProblem(error, { focus }) {
    showProblem({ alertRegion, error, prefix: "report", returnTo, showErrors, focus });
  }

  return { loadLive, loadIssued, loadIssuedList, issue };
}
