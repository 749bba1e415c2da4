import { html, svg, nothing } from 'lit';

export interface Bar {
  label: string;
  /** For the bar's length only. */
  magnitude: number;
  /** The value as shown (formatted exactly). */
  text: string;
}

export interface BarChartOptions {
  title: string;
  bars: readonly Bar[];
  asTable: boolean;
  toggle: () => void;
  columns: [string, string];
  showTable: string;
  showChart: string;
}

/**
 * A horizontal bar chart: each bar a row of label, bar and value that says its value (an image with a
 * label); bars are not tab stops, since they do nothing. The rows are HTML so that they reflow: in a
 * narrow widget the bar goes under its label and value instead of pushing the value out. A toggle
 * swaps the chart for a data table (the same numbers, for screen readers, copying and printing); its
 * name says what it does next, so it has no pressed state too (a name and a state that both flip
 * contradict each other: WCAG 4.1.2).
 */
export function barChart(o: BarChartOptions) {
  const max = Math.max(1, ...o.bars.map((b) => b.magnitude));
  return html`<div part="chart">
    <div class="chart-tools">
      <button type="button" @click=${o.toggle}>${o.asTable ? o.showChart : o.showTable}</button>
    </div>
    ${o.asTable
      ? html`<table part="table">
          <caption part="caption" class="visually-hidden">${o.title}</caption>
          <thead><tr><th part="header-cell" scope="col">${o.columns[0]}</th><th part="header-cell" scope="col" class="num">${o.columns[1]}</th></tr></thead>
          <tbody>${o.bars.map((b) => html`<tr part="row"><th scope="row" part="cell">${b.label}</th><td part="cell" class="num">${b.text}</td></tr>`)}</tbody>
        </table>`
      : html`<div class="bars" role="group" aria-label=${o.title}>
          ${o.bars.map(
            (b) => html`<div class="bar" role="img" aria-label="${b.label}: ${b.text}">
              <span class="label">${b.label}</span>
              <svg class="track" width="100%" height="18">${svg`<rect width="${Math.max(0.5, (b.magnitude / max) * 100)}%" height="18" rx="3"></rect>`}</svg>
              <span class="value">${b.text}</span>
            </div>`,
          )}
        </div>`}
    ${o.bars.length ? nothing : html`<p class="muted">—</p>`}
  </div>`;
}
