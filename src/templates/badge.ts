import { html } from 'lit';

export type Tone = 'success' | 'warning' | 'danger' | 'neutral';

/** A status badge: an icon and words, never colour alone. */
export const badge = (text: string, tone: Tone, icon = '') =>
  html`<span class="badge" part="badge" data-tone=${tone}>${icon ? html`<span aria-hidden="true">${icon}</span>` : ''}${text}</span>`;
