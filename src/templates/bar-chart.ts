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

const ROW = 28;
/** Geometry in percent of the chart's width, so the text keeps its real size at any width. */
const LABEL = 34;
const BARS = 36;

/**
 * A horizontal bar chart drawn as SVG: every bar says its value (an image with a label); bars are not
 * tab stops, since they do nothing. A toggle swaps the chart for a data table (the same numbers, for
 * screen readers, copying and printing).
 */
export function barChart(o: BarChartOptions) {
  const max = Math.max(1, ...o.bars.map((b) => b.magnitude));
  const height = Math.max(ROW, o.bars.length * ROW);
  return html`<div part="chart">
    <div class="chart-tools">
      <button type="button" aria-pressed=${String(o.asTable)} @click=${o.toggle}>${o.asTable ? o.showChart : o.showTable}</button>
    </div>
    ${o.asTable
      ? html`<table part="table">
          <caption part="caption" class="visually-hidden">${o.title}</caption>
          <thead><tr><th part="header-cell" scope="col">${o.columns[0]}</th><th part="header-cell" scope="col" class="num">${o.columns[1]}</th></tr></thead>
          <tbody>${o.bars.map((b) => html`<tr part="row"><th scope="row" part="cell">${b.label}</th><td part="cell" class="num">${b.text}</td></tr>`)}</tbody>
        </table>`
      : html`<svg class="bars" role="group" aria-label=${o.title} width="100%" height=${height}>
          ${o.bars.map((b, i) => {
            const y = i * ROW;
            const width = Math.max(0.5, (b.magnitude / max) * BARS);
            return svg`<g class="bar" role="img" aria-label="${b.label}: ${b.text}">
              <text x="0" y="${y + ROW / 2}" dominant-baseline="middle">${b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label}</text>
              <rect x="${LABEL}%" y="${y + 5}" width="${width}%" height="${ROW - 10}" rx="3"></rect>
              <text x="${LABEL + width + 1}%" y="${y + ROW / 2}" dominant-baseline="middle" class="value">${b.text}</text>
            </g>`;
          })}
        </svg>`}
    ${o.bars.length ? nothing : html`<p class="muted">—</p>`}
  </div>`;
}
