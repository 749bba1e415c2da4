/**
 * CSV as RFC 4180 says (CRLF line ends, a field quoted when it holds a quote, comma or line break, a
 * quote doubled), for a file Excel opens right (a UTF-8 BOM first), with every text cell that a
 * spreadsheet would run as a formula neutralised.
 */

export const CSV_BOM = '\uFEFF';

/** A column of an export: its header (in the widget's language) and a record's value, as exact text. */
export type CsvColumn<T> = readonly [header: string, value: (item: T) => string | number | null | undefined];

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/**
 * What a spreadsheet may read as the start of a formula (OWASP's CSV injection list): = + - @, their
 * full-width and small forms and the minus sign U+2212, even after spaces or invisible characters some
 * spreadsheets trim (NUL, U+0085, U+180E, zero-width ones), or a leading tab, CR or LF.
 */
const FORMULA_START = /^(?:[\s\0\u0085\u180e\u200b-\u200d\u2060\ufeff]*[=+\-@\u2212\ufe62\ufe63\ufe66\ufe6b\uff1d\uff0b\uff0d\uff20]|[\t\r\n])/;

/** One field: a text that could run as a formula gets a leading `'`; a plain number such as `-45.86` stays a number. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  // Quoted also for a semicolon: Excel in some locales splits fields on `;`.
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (fields: readonly (string | number | null | undefined)[]): string => `${fields.map(csvField).join(',')}\r\n`;

/** The header row. */
export const csvHeader = <T>(columns: readonly CsvColumn<T>[]): string => csvRow(columns.map(([header]) => header));

/** The rows of some records, as one string: one Blob part per page. */
export const csvRows = <T>(columns: readonly CsvColumn<T>[], items: readonly T[]): string =>
  items.map((item) => csvRow(columns.map(([, value]) => value(item)))).join('');
