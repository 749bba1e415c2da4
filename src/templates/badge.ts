import { html } from 'lit';
import { lookup } from './format.js';

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

/** A consent status as a badge in the widget's words (an unknown status is shown as it comes). */
export function consentBadge(status: string | undefined, labels: Record<string, string>, none: string) {
  if (!status) return none;
  const [tone, icon] = lookup(CONSENT_LOOK, status) ?? ['neutral', ''];
  return badge(lookup(labels, status) ?? status, tone, icon);
}
