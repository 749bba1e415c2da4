/** The time-range filter: ISO-8601 instants on the element, calendar days in the date inputs (local time). */

/**
 * An ISO-8601 date-time in the form every browser's `Date.parse` must read alike (ECMAScript's date-time
 * string format: `T`, then `Z` or `±hh:mm` if any; the year may be expanded, as `toISOString` writes
 * years past 9999). Only this counts: other text each engine reads its own way ("1" is 2001-01-01 in
 * Chromium, "2024-12-25 Dec" is 2024-12-12), and a date alone is UTC midnight, a day off from the date
 * inputs' local days west of Greenwich.
 */
const ISO_8601 = /^(\+\d\d)?\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/;

/** A valid instant as ISO-8601 UTC without milliseconds, or undefined. */
export function toInstant(value: string | undefined | null): string | undefined {
  if (!ISO_8601.test(value!)) return undefined; // null and undefined fail the test too
  const ms = Date.parse(value!);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().replace(/\.000Z$/, 'Z');
}

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** The day an inclusive start falls on ("2026-01-05T00:00Z" → "2026-01-05" in UTC). */
export function startDay(instant: string | undefined): string {
  return instant ? day(new Date(instant)) : '';
}

/** The last day an exclusive end covers. */
export function endDay(instant: string | undefined): string {
  return instant ? day(new Date(Date.parse(instant) - 1)) : '';
}

/** Local midnight starting `date` ("YYYY-MM-DD"), plus `days`. */
export function dayToInstant(date: string, days = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const local = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return toInstant(local.toISOString());
}

/**
 * An API date-time as ISO-8601 UTC, for a file: a `Z` time as it comes (every fractional digit kept),
 * one with an offset converted to UTC, one without an offset read as UTC (not as the reader's local time).
 */
export function toUtc(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  if (/Z$/i.test(value)) return value;
  const ms = Date.parse(/[+-]\d{2}:?\d{2}$/.test(value) ? value : `${value}Z`);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}
