// Charts drawn with Chart.js (web/vendor/chart.umd.min.js, loaded as a classic
// script before the page module; it defines the global `Chart`). A chart is
// never the only way to read the figures: every canvas has role="img", an
// aria-label summarising it, and a data table next to it. Without Chart.js
// (web/vendor missing) the canvas is hidden and the tables remain.

/** Series colours: each at least 5:1 against white (WCAG 1.4.11 asks 3:1), told apart by point shape and dash too. */
export const SERIES_STYLES = [
  { color: "#0b4f8a", pointStyle: "circle", dash: [] },
  { color: "#b84700", pointStyle: "rect", dash: [6, 3] },
  { color: "#1d6b35", pointStyle: "triangle", dash: [2, 3] },
  { color: "#7b2d8e", pointStyle: "rectRot", dash: [10, 4] },
  { color: "#a4161a", pointStyle: "crossRot", dash: [4, 2, 1, 2] },
  { color: "#00657a", pointStyle: "star", dash: [1, 2] },
];

const TEXT = "#1b1b1b";
const GRID = "#d5d9df";

/** True when Chart.js is loaded. */
export function chartsAvailable() {
  return typeof globalThis.Chart === "function";
}

function reducedMotion() {
  return globalThis.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
}

/** Split a long label into lines of about `width` characters (Chart.js draws arrays as lines). */
export function wrapLabel(label, width = 22) {
  const words = String(label).split(/\s+/);
  const lines = [];
  let line = "";
  for (const word of words) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length > 1 ? lines : lines[0] ?? "";
}

/**
 * One chart on one canvas. `update()` redraws only when the data changed, so a
 * periodic refresh with the same figures leaves the chart (and its label) as it is.
 */
export class AccessibleChart {
  /**
   * @param {HTMLCanvasElement} canvas with role="img"
   * @param {"bar"|"line"} type
   * @param {{horizontal?: boolean, percent?: boolean, formatValue?: (value: number) => string, tooltipLabel?: (context: any) => string}} options
   */
  constructor(canvas, type, options = {}) {
    this.canvas = canvas;
    this.type = type;
    this.options = options;
    /** @type {any} */
    this.chart = null;
    this.signature = "";
    if (chartsAvailable()) {
      globalThis.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
      globalThis.Chart.defaults.font.size = 13;
      globalThis.Chart.defaults.color = TEXT;
    } else {
      console.warn("Chart.js is not loaded (run npm ci to fill web/vendor); only the tables are shown.");
      canvas.closest(".chart-box")?.setAttribute("hidden", "");
    }
  }

  /**
   * @param {{labels: (string|string[])[], datasets: {label: string, data: (number|null)[]}[], ariaLabel: string}} data
   * @param {{animate?: boolean}} [options]
   */
  update({ labels, datasets, ariaLabel }, { animate = true } = {}) {
    if (this.canvas.getAttribute("aria-label") !== ariaLabel) this.canvas.setAttribute("aria-label", ariaLabel);
    if (!chartsAvailable()) return;
    const signature = JSON.stringify({ labels, datasets });
    if (this.chart && signature === this.signature) return;
    this.signature = signature;

    const styled = datasets.map((dataset, index) => this.#styleDataset(dataset, index));
    if (!this.chart) {
      this.chart = new globalThis.Chart(this.canvas, this.#config(labels, styled));
      return;
    }
    this.chart.data.labels = labels;
    this.chart.data.datasets = styled;
    this.chart.options.plugins.legend.display = datasets.length > 1;
    this.chart.update(animate && !reducedMotion() ? undefined : "none");
  }

  /** Ticks and tooltips read the current UI language: redraw after a language change. */
  refreshTexts() {
    this.chart?.update("none");
  }

  destroy() {
    this.chart?.destroy();
    this.chart = null;
    this.signature = "";
  }

  #styleDataset(dataset, index) {
    const style = SERIES_STYLES[index % SERIES_STYLES.length];
    if (this.type === "bar") {
      return { ...dataset, backgroundColor: style.color, borderColor: style.color, borderWidth: 0, maxBarThickness: 28 };
    }
    return {
      ...dataset,
      borderColor: style.color,
      backgroundColor: style.color,
      borderDash: style.dash,
      borderWidth: 2.5,
      pointStyle: style.pointStyle,
      pointRadius: 5,
      pointHoverRadius: 7,
      spanGaps: false,
      tension: 0,
    };
  }

  #config(labels, datasets) {
    const { horizontal = false, percent = false, formatValue = (v) => String(v), tooltipLabel } = this.options;
    const valueAxis = {
      beginAtZero: true,
      ...(percent ? { max: 100 } : {}),
      ticks: { color: TEXT, callback: (value) => formatValue(Number(value)) },
      grid: { color: GRID },
      border: { color: "#8a8f98" },
    };
    const categoryAxis = { ticks: { color: TEXT, autoSkip: false }, grid: { display: false }, border: { color: "#8a8f98" } };
    return {
      type: this.type,
      data: { labels, datasets },
      options: {
        indexAxis: horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: reducedMotion() ? false : { duration: 400 },
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: {
            display: datasets.length > 1,
            position: "bottom",
            labels: { color: TEXT, usePointStyle: true, boxWidth: 10, padding: 14 },
          },
          tooltip: {
            callbacks: tooltipLabel ? { label: tooltipLabel } : {},
          },
        },
      },
    };
  }
}
