import type { CsvColumn } from '../util/csv.js';

/** A text a row gives (an id, an instant), or none. */
export type RowText<T> = (row: T) => string | null | undefined;

/**
 * One column of a list, declared once. The table's header and cells, the cards' label: value lines,
 * the default detail panel's fields and the export all read it, so a value looks the same in every
 * view and every language.
 */
export interface Column<T> {
  /** The header, the card's label and the panel's label, in the widget's language. */
  label: string;
  /** What the row, the card and the panel show. Without it the column is the export's only. */
  cell?: (row: T) => unknown;
  /** The cell's class: `num` for figures (aligned to the end, its header too), `nowrap`, `token`. */
  class?: string;
  /** A sortable column: its direction now, and what a click does. */
  sort?: { direction: 'ascending' | 'descending' | 'none'; toggle: () => void };
  /** An identifier: the default panel shows this exact text with a Copy button. */
  copy?: RowText<T>;
  /** The export's columns: headers in the widget's language, raw API codes and exact decimals. */
  csv?: readonly CsvColumn<T>[];
}

/**
 * A column of the export and the default panel only (not of the table): its header is its label.
 * With `copy`, an identifier: the panel shows it exact with a Copy button.
 */
export const exportColumn = <T>(header: string, value: RowText<T>, copy?: boolean): Column<T> => ({
  label: header,
  copy: copy ? value : undefined,
  csv: [[header, value]],
});

/** The columns the table, the cards and the panel show. */
export const shownColumns = <T>(columns: readonly Column<T>[]) => columns.filter((c) => c.cell);

/** The export's columns, in the order the list declares them. */
export const csvColumns = <T>(columns: readonly Column<T>[]): CsvColumn<T>[] => columns.flatMap((c) => c.csv ?? []);
