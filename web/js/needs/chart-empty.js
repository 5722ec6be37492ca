// A chart with nothing to draw is replaced by a sentence saying so, instead of
// bare axes; the table beside it stays.
import { chartsAvailable } from "../charts.js";

/**
 * @param {{canvas: HTMLCanvasElement, empty: HTMLElement}} ui the chart's canvas and its empty-state paragraph
 * @param {string | null} text the sentence when there is nothing to show, null when there is
 */
export function showChartOrEmpty(ui, text) {
  const box = ui.canvas.closest(".chart-box");
  const empty = text !== null;
  if (ui.empty.textContent !== (text ?? "")) ui.empty.textContent = text ?? "";
  ui.empty.hidden = !empty;
  // Without Chart.js the box stays hidden (charts.js hid it); only the tables remain.
  if (box && chartsAvailable()) box.hidden = empty;
}
