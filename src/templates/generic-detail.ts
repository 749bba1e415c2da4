import { html } from 'lit';
import { field, type DetailContent } from './detail.js';
import type { CsvColumn } from '../util/csv.js';
import type { DetailStrings } from '../locales/en/shared.js';

/**
 * The detail panel of a list without a panel of its own: every field the export has, with the same
 * headers and exact values, ids with a Copy button. The heading is the first column's value unless given.
 */
export function genericDetail<T>(record: T, columns: readonly CsvColumn<T>[], s: DetailStrings & { none: string }, heading?: string): DetailContent {
  const value = (c: CsvColumn<T>) => {
    const v = c.value(record);
    return v === undefined || v === null || v === '' ? undefined : String(v);
  };
  return {
    heading: heading ?? value(columns[0]!) ?? s.none,
    body: html`<dl class="fields">${columns.map((c) => field(c.header, value(c), s, c.id ? value(c) : undefined))}</dl>`,
  };
}
