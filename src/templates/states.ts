import { html, nothing } from 'lit';
import type { ApiError, ApiErrorKind } from '../client/errors.js';
import { fill } from '../util/format.js';
import type { CommonStrings } from '../locales/en/shared.js';

/** A plain sentence per error kind, for the person in front of the widget (the status and the server's words go in Details). */
const SENTENCES: Record<ApiErrorKind, keyof CommonStrings> = {
  auth: 'unauthorizedHint',
  forbidden: 'errorForbidden',
  network: 'errorNetwork',
  'rate-limit': 'errorRateLimit',
  'not-found': 'errorNotFound',
  'bad-request': 'errorBadRequest',
  'invalid-response': 'errorInvalidResponse',
  server: 'errorServer',
};
/** Asking again cannot find what is not there, nor make a refused request (or person) acceptable. */
const HOPELESS = new Set<ApiErrorKind>(['not-found', 'bad-request', 'forbidden']);

export const errorSentence = (error: ApiError, strings: CommonStrings) => strings[SENTENCES[error.kind]];
/** What support staff need: the status and the server's own words. */
export const errorDetails = (error: ApiError, strings: CommonStrings) =>
  html`<details part="error-details"><summary>${strings.details}</summary><code>${error.status && !error.message.includes(`HTTP ${error.status}`) ? `HTTP ${error.status} · ` : ''}${error.message}</code></details>`;

/**
 * The error panel: a title and a plain sentence in the widget's language (unauthorized has its own
 * slot), a collapsed Details with the status and the server's message for support staff, and Retry
 * where retrying can succeed. `describe` lets a widget say it better (e.g. in its own filters' names).
 */
export function errorPanel(error: ApiError, strings: CommonStrings, retry: () => void, describe?: (e: ApiError) => string | undefined) {
  const unauthorized = error.kind === 'auth';
  return html`<div part="error" role="alert" data-kind=${error.kind}>
    <slot name=${unauthorized ? 'unauthorized' : 'error'}>
      <strong>${unauthorized ? strings.unauthorizedTitle : strings.errorTitle}</strong>
      <div>${describe?.(error) ?? errorSentence(error, strings)}</div>
    </slot>
    ${errorDetails(error, strings)}
    ${HOPELESS.has(error.kind) ? nothing : html`<div class="state-actions"><button type="button" class="primary" @click=${retry}>${strings.retry}</button></div>`}
  </div>`;
}

/** Empty, or empty because of the filters (then a way out, unless the toolbar already has one). */
export function emptyPanel(text: string, filtered: { text: string; clear?: () => void; clearLabel: string } | undefined) {
  return filtered
    ? html`<div part="empty" data-filtered role="status"><slot name="empty-filtered">${filtered.text}</slot>
        ${filtered.clear ? html`<div class="state-actions"><button type="button" @click=${filtered.clear}>${filtered.clearLabel}</button></div>` : nothing}</div>`
    : html`<div part="empty" role="status"><slot name="empty">${text}</slot></div>`;
}

/** Partial data: the rows are shown, and this says which sources failed. */
export function partialNotice(errors: readonly { provider_id: string; cause: string }[], template: string) {
  if (!errors.length) return nothing;
  const sources = errors.map((e) => `${e.provider_id} (${e.cause.replace(/_/g, ' ')})`).join(', ');
  return html`<div part="partial" role="note"><slot name="partial">${fill(template, { sources })}</slot></div>`;
}
