import { html } from 'lit';
import { label, lookup } from '../util/format.js';

export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

/**
 * A status badge: an icon and words, never colour alone. One structure whatever the status (and
 * `hidden` rather than absent), so a row's cells update in place when the page changes.
 */
export const badge = (text: string, tone: Tone, icon = '', hidden = false) =>
  html`<span class="badge" part="badge" data-tone=${tone} ?hidden=${hidden}><span aria-hidden="true">${icon}</span>${text}</span>`;

const CONSENT_LOOK: Record<string, [Tone, string]> = {
  active: ['success', '✓'],
  revoked: ['danger', '✕'],
  expired: ['warning', '!'],
};

export const KYC_LOOK: Record<string, [Tone, string]> = {
  approved: ['success', '✓'],
  pending: ['warning', '…'],
  rejected: ['danger', '✕'],
  not_started: ['neutral', '○'],
};

/** A status as a badge: its look from a table, its words from the widget's (an unknown one as it comes). */
export function statusBadge(look: Record<string, [Tone, string]>, status: string, labels: Record<string, string>) {
  const [tone, icon] = lookup(look, status) ?? ['neutral', ''];
  return badge(label(labels, status), tone, icon);
}

/** A consent status as a badge in the widget's words (an unknown status is shown as it comes). */
export function consentBadge(status: string | undefined, labels: Record<string, string>, none: string) {
  return status ? statusBadge(CONSENT_LOOK, status, labels) : none;
}
