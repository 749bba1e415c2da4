import { formatDate } from '../util/format.js';
import { toUtc } from '../util/time-range.js';
import type { Column } from './column.js';
import type { Text } from './time.js';

/** A day: the local date in the row, the UTC instant in the export. */
export const dateColumn = <T>(label: string, header: string, at: Text<T>, locale: string): Column<T> => ({
  label,
  cell: (r) => formatDate(at(r), locale),
  csv: [[header, (r) => toUtc(at(r))]],
});

