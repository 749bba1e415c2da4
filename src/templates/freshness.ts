import { html, nothing } from 'lit';
import { fill, formatDateTime, relativeFormat } from '../util/format.js';
import type { CommonStrings } from '../locales/en/shared.js';

/** "Updated just now", "Updated 2 minutes ago", … in the widget's language (Intl.RelativeTimeFormat). */
export function updatedText(at: number, now: number, locale: string, strings: CommonStrings): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 45) return strings.updatedNow;
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    seconds < 45 * 60 ? [Math.max(1, Math.round(seconds / 60)), 'minute'] : seconds < 22 * 3600 ? [Math.round(seconds / 3600), 'hour'] : [Math.round(seconds / 86_400), 'day'];
  return fill(strings.updated, { time: relativeFormat(locale).format(-value, unit) });
}

export interface FreshnessOptions {
  strings: CommonStrings;
  locale: string;
  /** When what is shown was fetched; nothing is shown before the first load. */
  updatedAt: number | undefined;
  busy: boolean;
  /** A refresh failed: what is shown is the last good data. */
  failed: boolean;
  refresh: () => void;
}

/**
 * "Updated 2 minutes ago" (kept current by the host's ClockController) and a Refresh button. The button is never disabled while a refresh runs
 * (a disabled button loses focus): it says so with aria-disabled, and a press then does nothing.
 */
export function freshness(o: FreshnessOptions) {
  if (o.updatedAt === undefined) return nothing;
  const at = new Date(o.updatedAt).toISOString();
  // The exact time through a cached formatter: toLocaleString() builds a new one on every render (0.5 ms).
  return html`<span part="freshness"><time datetime=${at} title=${formatDateTime(at, o.locale, true)}>${updatedText(o.updatedAt, Date.now(), o.locale, o.strings)}</time><span class="stale" role="status">${o.failed ? ` · ${o.strings.refreshFailed}` : ''}</span></span>
    <button type="button" aria-disabled=${o.busy ? 'true' : 'false'} @click=${() => o.busy || o.refresh()}>${o.strings.refresh}</button>`;
}
