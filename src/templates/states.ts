import { html, nothing } from 'lit';
import type { ApiError } from '../client/errors.js';
import { fill } from './format.js';
import type { CommonStrings } from './strings.js';

/** The error panel: unauthorized gets its own words (and slot); every error offers Retry. */
export function errorPanel(error: ApiError, strings: CommonStrings, retry: () => void, describe = (e: ApiError) => e.message) {
  const unauthorized = error.kind === 'auth';
  return html`<div part="error" role="alert" data-kind=${error.kind}>
    <slot name=${unauthorized ? 'unauthorized' : 'error'}>
      <strong>${unauthorized ? strings.unauthorizedTitle : strings.errorTitle}</strong>
      <div>${unauthorized ? strings.unauthorizedHint : describe(error)}</div>
    </slot>
    <div class="state-actions"><button type="button" class="primary" @click=${retry}>${strings.retry}</button></div>
  </div>`;
}

/** Empty, or empty because of the filters (then a way out). */
export function emptyPanel(text: string, filtered: { text: string; clear: () => void; clearLabel: string } | undefined) {
  return filtered
    ? html`<div part="empty" data-filtered role="status"><slot name="empty-filtered">${filtered.text}</slot>
        <div class="state-actions"><button type="button" @click=${filtered.clear}>${filtered.clearLabel}</button></div></div>`
    : html`<div part="empty" role="status"><slot name="empty">${text}</slot></div>`;
}

/** Partial data: the rows are shown, and this says which sources failed. */
export function partialNotice(errors: readonly { provider_id: string; cause: string }[], template: string) {
  if (!errors.length) return nothing;
  const sources = errors.map((e) => `${e.provider_id} (${e.cause.replace(/_/g, ' ')})`).join(', ');
  return html`<div part="partial" role="note"><slot name="partial">${fill(template, { sources })}</slot></div>`;
}
