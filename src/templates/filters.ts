/** A list's filters: one toolbar shape for every list that filters, so each reads the same. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { dayToInstant, endDay, startDay } from '../util/time-range.js';

/** A labelled select of the API's values in the widget's words, "Any" first. */
export function filterSelect(label: string, value: string | undefined, options: Record<string, string>, any: string, set: (value: string | undefined) => void) {
  return html`<label>${label}
    <select .value=${live(value ?? '')} @change=${(e: Event) => set((e.target as HTMLSelectElement).value || undefined)}>
      <option value="">${any}</option>
      ${Object.entries(options).map(([v, text]) => html`<option value=${v}>${text}</option>`)}
    </select>
  </label>`;
}

/**
 * A range of whole days as two date inputs: the start is the first day's first instant, the end the
 * instant after the last day (exclusive), as the APIs take them.
 */
export function dayRange(labels: [from: string, to: string], start: string | undefined, end: string | undefined, set: (start: string | undefined, end: string | undefined) => void) {
  const day = (e: Event, days?: number) => dayToInstant((e.target as HTMLInputElement).value, days);
  return html`<label>${labels[0]}<input type="date" .value=${live(startDay(start))} @change=${(e: Event) => set(day(e), end)} /></label>
    <label>${labels[1]}<input type="date" .value=${live(endDay(end))} @change=${(e: Event) => set(start, day(e, 1))} /></label>`;
}

/** The filters as one named group, with Clear filters while any is set. */
export function filterBar(legend: string, filters: TemplateResult, clear: { label: string; run: () => void } | undefined) {
  return html`<fieldset class="range">
    <legend class="visually-hidden">${legend}</legend>
    ${filters}
    ${clear ? html`<button type="button" @click=${clear.run}>${clear.label}</button>` : nothing}
  </fieldset>`;
}
