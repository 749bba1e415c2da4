/** An instant, written once for every list that shows one (a day is ./date.ts: lists load only what they show). */
import { html } from 'lit';
import { formatDateTime } from '../util/format.js';
import { toUtc } from '../util/time-range.js';
import type { Column, RowText } from './column.js';

/** An instant: local date and time in the row, UTC ISO-8601 in the export. */
export const timeColumn = <T>(label: string, header: string, at: RowText<T>, locale: string): Column<T> => ({
  label,
  class: 'nowrap',
  cell: (r) => html`<time datetime=${at(r) ?? ''}>${formatDateTime(at(r), locale)}</time>`,
  csv: [[header, (r) => toUtc(at(r))]],
});
