import { formatDate } from '../util/format.js';
import { toUtc } from '../util/time-range.js';
import type { Column, RowText } from './column.js';

/** A day: the local date in the row, the UTC instant in the export. */
export const dateColumn = <T>(label: string, header: string, at: RowText<T>, locale: string): Column<T> => ({
  label,
  cell: (r) => formatDate(at(r), locale),
  csv: [[header, (r) => toUtc(at(r))]],
});

