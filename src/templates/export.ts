import { html, nothing } from 'lit';
import type { ExportState } from '../controllers/export.js';
import { fill } from '../util/format.js';
import type { CommonStrings, ExportStrings } from '../locales/en/shared.js';
import { errorSentence } from './states.js';

export interface ExportViewOptions {
  strings: CommonStrings & ExportStrings;
  locale: string;
  state: ExportState;
  /** The `export` attribute: show the Export button (progress and outcomes show whoever started it). */
  button: boolean;
  start: () => void;
  cancel: () => void;
  keep: () => void;
  dismiss: () => void;
}

/**
 * Export's place beside Refresh: the Export button, then "Exporting… 1,200 of 4,800 rows" with Cancel,
 * then what came of it (said politely to screen readers): saved, or stopped with the choice to keep
 * the rows fetched so far.
 */
export function exportView(o: ExportViewOptions) {
  const s = o.strings;
  const st = o.state;
  const count = 'rows' in st ? st.rows : 0;
  const l = o.locale;
  const outcome =
    st.phase === 'done'
      ? fill(st.complete ? s.exportDone : s.exportKept, { count, file: st.name }, l)
      : st.phase === 'stopped'
        ? st.error
          ? fill(s.exportFailed, { count, reason: errorSentence(st.error, s) }, l)
          : fill(st.changed ? s.exportChanged : s.exportCancelled, { count }, l)
        : '';
  const progress = st.phase === 'running' ? (st.total === undefined ? fill(s.exporting, { count }, l) : fill(s.exportingOf, { count, total: st.total }, l)) : '';
  // Progress is shown, not read out page by page; the outcome is said once, politely.
  return html`<span part="export-status">${progress || outcome}</span><span class="visually-hidden" role="status">${outcome}</span>
    ${st.phase === 'running'
      ? html`<button type="button" @click=${o.cancel}>${s.cancel}</button>`
      : st.phase === 'stopped'
        ? html`${st.rows ? html`<button type="button" @click=${o.keep}>${fill(s.exportKeep, { count }, l)}</button>` : nothing}<button type="button" @click=${o.dismiss}>${s.dismiss}</button>`
        : o.button
          ? html`<button type="button" part="export" @click=${o.start}>${s.export}</button>`
          : nothing}`;
}
