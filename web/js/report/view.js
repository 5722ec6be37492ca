// The report on screen (#report), composed of its parts: head and key
// figures (summary.js), challenges (challenges.js), pairs and standouts
// (tables.js), establishments, recommended examples and notes awaiting review.
// Hidden while there is no report.
import { createChallenges } from "./challenges.js";
import { renderEstablishments } from "./establishments.js";
import { renderExamples } from "./examples.js";
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

  function render(state, { animate }) {
    const report = state.report;
    ui.report.hidden = !report;
    if (!report) {
      delete ui.report.dataset.source;
      return;
    }
    const county = report.countyName || countyName(report.county);
    renderHead(ui, report, state.issued, county);
    renderFigures(ui, report);
    challenges.render(report, county, { animate });
    renderPairs(ui.pairsTable, report, { county, tagLabel });
    renderStandouts(ui.standoutsTable, report, { county, tagLabel });
    renderEstablishments({ intro: ui.establishmentsIntro, list: ui.establishments }, report, county);
    renderExamples({ intro: ui.examplesIntro, list: ui.examples }, report, tagLabel);
    renderReview(ui.reviewText, report);
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
