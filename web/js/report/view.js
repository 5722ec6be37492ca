// The report on screen (#report), composed of its parts: head and key
// figures (summary.js), challenges (challenges.js), pairs and standouts
// (tables.js), establishments, recommended examples, notes awaiting review and
// the other surveys' sources as numbered notes (sources.js). Hidden while there
// is no report. For print: the running header (print.js), and a section with
// nothing to say is marked "report-empty", which the print stylesheet leaves out.
import { createChallenges } from "./challenges.js";
import { renderEstablishments } from "./establishments.js";
import { renderExamples } from "./examples.js";
import { createPrintHeader } from "./print.js";
import { createSourceNotes } from "./sources.js";
import { renderFigures, renderHead, renderReview } from "./summary.js";
import { renderPairs, renderStandouts } from "./tables.js";

/**
 * @param {Record<string, HTMLElement>} ui
 * @param {{codebook: any, countyName: (code: string) => string}} options
 */
export function createReportView(ui, { codebook, countyName }) {
  const tagLabel = (tag) => codebook.label(tag);
  const challenges = createChallenges(
    { intro: ui.challengesIntro, canvas: ui.challengesChart, table: ui.challengesTable, none: ui.challengesNone },
    { codebook },
  );

  const printHeader = createPrintHeader();

  function render(state, { animate }) {
    const report = state.report;
    ui.report.hidden = !report;
    if (!report) {
      delete ui.report.dataset.source;
      printHeader.clear();
      return;
    }
    const county = countyName(report.county, report.countyName);
    const notes = createSourceNotes();
    renderHead(ui, report, state.issued, county);
    printHeader.show(report, state.issued, county);
    renderFigures(ui, report);
    challenges.render(report, county, { animate, notes });
    renderPairs(ui.pairsTable, report, { county, tagLabel });
    renderStandouts(ui.standoutsTable, report, { county, tagLabel });
    renderEstablishments({ intro: ui.establishmentsIntro, list: ui.establishments }, report, county);
    renderExamples({ intro: ui.examplesIntro, list: ui.examples }, report, tagLabel);
    renderReview(ui.reviewText, report);
    const sources = notes.render(ui.sources);

    markEmpty(ui.pairsTable, !hasItems(report.pairs));
    markEmpty(ui.standoutsTable, !hasItems(report.standouts));
    markEmpty(ui.establishments, !hasItems(report.establishments));
    markEmpty(ui.examples, !hasItems(report.examples));
    markEmpty(ui.reviewText, report.notesAwaitingReview?.count === 0);
    const sourcesSection = ui.sources.closest("section");
    if (sourcesSection) sourcesSection.hidden = sources === 0;
  }

  /** "loading", "ready" or "error", and for a report shown whether it is "live" or "issued" (tests and styles read them). */
  function setLoadState(value, source) {
    ui.report.dataset.state = value;
    if (source) ui.report.dataset.source = source;
  }

  return {
    render,
    setLoadState,
    focusTitle: () => ui.title.focus(),
    refreshTexts: challenges.refreshTexts,
    resizeChart: challenges.resize,
  };
}

const hasItems = (value) => Array.isArray(value) && value.length > 0;

/** Marks the section around an element as having nothing to print. */
function markEmpty(element, empty) {
  element.closest("section")?.classList.toggle("report-empty", empty);
}
