/**
 * The detail panel's pieces (loaded with the first panel opened, not with the widget): the modal
 * dialog, label–value fields, Copy buttons. The panels themselves live beside their elements.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { fill } from '../util/format.js';
import type { DetailStrings } from '../locales/en/shared.js';

/** What a panel shows for one record: its heading and its body. */
export interface DetailContent {
  heading: string;
  body: TemplateResult;
}

export const detailStyles = css`
  dialog[part~='detail'] { max-width: min(46rem, calc(100vw - 2rem)); width: 100%; max-height: calc(100dvh - 2rem); }
  .detail-head { display: flex; align-items: start; gap: 1rem; }
  .detail-head h2 { flex: 1; margin: 0; overflow-wrap: anywhere; }
  .detail-copied { min-height: 1.2em; margin: 0.25rem 0 0.5rem; font-size: 0.85em; color: var(--_muted); }
  dl.fields { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.35rem 1rem; margin: 0 0 1rem; }
  dl.fields > div { display: contents; }
  dl.fields dt { color: var(--_muted); }
  dl.fields dd { margin: 0; overflow-wrap: anywhere; }
  dl.fields .sub-line { display: block; }
  dl.fields dd .token { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; margin-inline-end: 0.5rem; }
  button.copy { font-size: 0.85em; min-height: 24px; padding: 0 0.5rem; }
  .detail-section { margin-top: 1rem; }
  .detail-section h3 { font-size: 1em; margin: 0 0 0.5rem; }
  dialog[part~='detail'] :is(calico-user-assets, calico-user-accounts, calico-transactions, partner-orders) { margin-top: 0.75rem; }
`;

/**
 * The panel: a native modal dialog (focus moves in, the page behind is inert, Escape closes, focus
 * returns), named by its heading. The inner lists' own row, load and page events stay inside: a host
 * listening on this widget hears only about this widget's rows.
 */
export function detailDialog(o: { content: DetailContent; strings: DetailStrings; closed: () => void }) {
  const stop = (event: Event) => event.stopPropagation();
  return html`<dialog part="dialog detail" aria-labelledby="detail-title" @close=${o.closed} @calico-row-select=${stop} @calico-load=${stop} @calico-page-change=${stop}>
    <div class="detail-head">
      <h2 id="detail-title">${o.content.heading}</h2>
      <button type="button" part="detail-close" autofocus @click=${(e: Event) => (e.target as Element).closest('dialog')!.close()}>${o.strings.close}</button>
    </div>
    <div class="detail-copied" role="status"></div>
    ${o.content.body}
  </dialog>`;
}

/** One label: value line of a panel; with `copy`, a Copy button for the exact value. */
export function field(label: string, value: unknown, s: DetailStrings & { none: string }, copy?: string | null) {
  return html`<div>
    <dt>${label}</dt>
    <dd>${copy ? html`<span class="token">${copy}</span>${copyButton(copy, label, s)}` : (value ?? s.none)}</dd>
  </div>`;
}

/** Copies the exact text; the panel says it was copied (or that it could not be: select it instead). */
export function copyButton(value: string, label: string, s: DetailStrings) {
  const copy = async (event: Event) => {
    const status = (event.currentTarget as Element).closest('dialog')?.querySelector('.detail-copied');
    let said = fill(s.copied, { label });
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      said = s.copyFailed;
    }
    // Not a Lit binding: the status element has no template parts, so writing it directly is safe.
    if (status) status.textContent = said;
  };
  return html`<button type="button" class="copy" aria-label=${fill(s.copyOf, { label })} @click=${copy}>${s.copy}</button>`;
}

/** A section of a panel with its own heading (a product, a list composed in). */
export function section(heading: string | undefined, body: TemplateResult) {
  return html`<section class="detail-section">${heading ? html`<h3>${heading}</h3>` : nothing}${body}</section>`;
}
