import { html } from 'lit';
import { field, type DetailContent } from './detail.js';
import { csvColumns, type Column } from '../columns/column.js';
import type { DetailStrings } from '../locales/en/shared.js';

/**
 * The detail panel of a list without a panel of its own: every column as the row shows it (in the
 * widget's language and locale), identifiers as exact text with a Copy button, and the export-only
 * columns (an id, a UTC time) as the export has them. The heading is the
 * first export column's value unless given.
 */
export function genericDetail<T>(record: T, columns: readonly Column<T>[], s: DetailStrings & { none: string }, heading?: string): DetailContent {
  const first = csvColumns(columns)[0]?.[1](record);
  return {
    heading: heading ?? (first ? String(first) : s.none),
    body: html`<dl class="fields">${columns.map((c) => field(c.label, c.cell ? c.cell(record) : c.csv?.[0]?.[1](record), s, c.copy?.(record)))}</dl>`,
  };
}
