// zod's functions by name, not through the namespace, in every schema module: a bundler sees that a
// schema no widget reads (a request body, the sandbox's answers) has no side effects and drops it
// (Vite with terser kept 0.1-0.3 kB of them per widget). A `.check()` chain is marked pure by hand.
import type * as z from 'zod/mini';
import { config, refine, string } from 'zod/mini';

// zod compiles validators with `new Function` unless told not to; that breaks pages with a strict
// CSP or Trusted Types. Jitless validation is a little slower and always allowed.
config({ jitless: true });

/** The longest decimal string accepted: generous for money and quantities, short enough to sum in no time. */
const MAX_DECIMAL_LENGTH = 80;

/** A decimal number carried as a string ("34891.00"). Never converted to a float. */
export const DecimalString = /* @__PURE__ */ string().check(
  refine((s) => s.length <= MAX_DECIMAL_LENGTH && /^-?\d+(\.\d+)?$/.test(s), `expected a decimal string such as "12.50" (at most ${MAX_DECIMAL_LENGTH} characters)`),
);
export type DecimalString = z.infer<typeof DecimalString>;

/** An ISO-8601 date-time ("2019-08-24T14:15:22.123Z"). */
export const DateTime = /* @__PURE__ */ string().check(
  refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), 'expected an ISO-8601 date-time'),
);
export type DateTime = z.infer<typeof DateTime>;

/** A calendar date ("2019-08-24"). */
export const CalendarDate = /* @__PURE__ */ string().check(refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), 'expected a date YYYY-MM-DD'));
export type CalendarDate = z.infer<typeof CalendarDate>;

/**
 * An enum the API may extend: the known values are listed for types and docs, but any string passes
 * so that a new value never breaks a widget (it is shown as it comes).
 */
export function openEnum<const T extends readonly string[]>(_known: T) {
  return string() as z.ZodMiniType<T[number] | (string & {})>;
}
