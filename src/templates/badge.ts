import { html } from 'lit';

export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

/**
 * A status badge: an icon and words, never colour alone. One structure whatever the status (and
 * `hidden` rather than absent), so a row's cells update in place when the page changes.
 */
export const badge = (text: string, tone: Tone, icon = '', hidden = false) =>
  html`<span class="badge" part="badge" data-tone=${tone} ?hidden=${hidden}><span aria-hidden="true">${icon}</span>${text}</span>`;
