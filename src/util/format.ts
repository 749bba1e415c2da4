/**
 * Formatting through `Intl`, from decimal strings (Intl formats a numeric string exactly: no float).
 * Formatters are cached per locale and options: creating them is the slow part.
 */
import type { CurrencyValue } from '../schemas/calico.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.PluralRules>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  // Hot path (every money cell of every row): a cheap key from the few options used here.
  const key = `n|${locale}|${options.style}|${options.currency}|${options.notation}|${options.maximumFractionDigits}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** "2 minutes ago", "yesterday" in the locale's words. */
export function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  const key = `r|${locale}`;
  let format = cache.get(key) as Intl.RelativeTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/**
 * Every digit a decimal string has, and no more: Intl formats a string exactly and drops trailing
 * zeros past the minimum, so one formatter per locale and currency serves every value.
 */
const EVERY_DIGIT = 20;

/** "$1,234.50"; an unknown currency code is shown as "1,234.50 XYZ". */
export function formatMoney(value: CurrencyValue | undefined, locale: string, compact = false): string {
  if (!value) return '—';
  const amount = value.amount as Intl.StringNumericLiteral;
  try {
    return numberFormat(locale, compact
      ? { style: 'currency', currency: value.currency, notation: 'compact', maximumFractionDigits: 1 }
      : { style: 'currency', currency: value.currency, maximumFractionDigits: EVERY_DIGIT },
    ).format(amount);
  } catch {
    return `${formatQuantity(value.amount, locale)} ${value.currency}`;
  }
}

/** A quantity with exactly the digits it came with ("0.00012000" → "0.00012"). */
export function formatQuantity(value: string | undefined, locale: string): string {
  if (value === undefined) return '—';
  return numberFormat(locale, { maximumFractionDigits: EVERY_DIGIT }).format(value as Intl.StringNumericLiteral);
}

export function formatInteger(value: number, locale: string, compact = false): string {
  return numberFormat(locale, compact ? { notation: 'compact' } : {}).format(value);
}

/** The locale's integer format, cached (the pager numbers its pages with it on every render). */
export const integers = (locale: string) => numberFormat(locale, {});

/** Date and time in the reader's zone; `long` adds the seconds and the zone's name (a detail panel). */
export function formatDateTime(value: string | undefined | null, locale: string, long = false): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateFormat(locale, { dateStyle: 'medium', timeStyle: long ? 'long' : 'short' }).format(date);
}

export function formatDate(value: string | undefined | null, locale: string): string {
  if (!value) return '—';
  // A bare date ("2019-08-24") is a calendar day: format it in UTC so it never shifts a day.
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(bare ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat(locale, bare ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium' }).format(date);
}

const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*(?:\{\w+\}[^{}]*)*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*(?:\{\w+\}[^{}]*)*)\}/g;

/**
 * Fills `{name}` placeholders: `fill('Rows {from}–{to}', { from: 1, to: 25 })`. A number is written in
 * the locale's digits. Plural forms follow the locale's rules (Intl.PluralRules, so Arabic's six too):
 * `'{count, plural, one {{count} row} other {{count} rows}}'`; `=0 {…}` matches exactly. Values are
 * inserted as they are: `$&` or `$'` in API text is never read as a replacement pattern.
 */
export function fill(template: string, values: Record<string, string | number>, locale = 'en'): string {
  const plural = template.includes(', plural,')
    ? template.replace(PLURAL, (match, key: string, branches: string) => {
        const n = Number(values[key]);
        if (!Object.hasOwn(values, key) || Number.isNaN(n)) return match;
        const forms = new Map([...branches.matchAll(BRANCH)].map((b) => [b[1]!, b[2]!] as const));
        return forms.get(`=${n}`) ?? forms.get(pluralRules(locale).select(n)) ?? forms.get('other') ?? match;
      })
    : template;
  return plural.replace(/\{(\w+)\}/g, (match, key: string) => {
    if (!Object.hasOwn(values, key)) return match;
    const value = values[key];
    return typeof value === 'number' ? integers(locale).format(value) : String(value);
  });
}

function pluralRules(locale: string): Intl.PluralRules {
  const key = `p|${locale}`;
  let rules = cache.get(key) as Intl.PluralRules | undefined;
  if (!rules) cache.set(key, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/**
 * A value from the API looked up in one of our tables (labels, icons): own keys only, so an open value
 * such as "constructor", "__proto__" or "toString" finds nothing and is shown as it came.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string | undefined): T | undefined {
  return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A value from the API in the widget's words when the table knows it, else as it came (an unknown status, a new category). */
export const label = (table: Readonly<Record<string, string>>, key: string | undefined): string => lookup(table, key) ?? key ?? '';
