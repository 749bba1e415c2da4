/**
 * Exact arithmetic on decimal strings ("12450.32") with BigInt on scaled integers. Money is shown
 * from strings and summed here; it is never turned into a float.
 */
interface Scaled {
  units: bigint;
  scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

function parse(value: string): Scaled {
  const match = DECIMAL.exec(value.trim());
  if (!match) throw new RangeError(`Not a decimal string: "${value}"`);
  const [, sign, whole, fraction = ''] = match;
  const units = BigInt(`${whole}${fraction}`);
  return { units: sign ? -units : units, scale: fraction.length };
}

const POWERS: bigint[] = [];
/** 10^n, made once per n (not once per term of a sum). */
const pow10 = (n: number) => (POWERS[n] ??= 10n ** BigInt(n));

function rescale(value: Scaled, scale: number): bigint {
  return value.units * pow10(scale - value.scale);
}

function format(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale ? `.${digits.slice(digits.length - scale)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** The exact sum, with as many decimals as the most precise term ("0.1" + "0.2" = "0.3"). */
export function sumDecimals(values: Iterable<string>): string {
  const terms = [...values].map(parse);
  const scale = Math.max(0, ...terms.map((t) => t.scale));
  return format(terms.reduce((sum, t) => sum + rescale(t, scale), 0n), scale);
}

/** a × b rounded half away from zero to `scale` decimals. */
export function multiplyDecimals(a: string, b: string, scale: number): string {
  const x = parse(a);
  const y = parse(b);
  const product = x.units * y.units;
  const drop = x.scale + y.scale - scale;
  if (drop <= 0) return format(product * 10n ** BigInt(-drop), scale);
  const divisor = 10n ** BigInt(drop);
  const half = divisor / 2n;
  const rounded = product >= 0n ? (product + half) / divisor : (product - half) / divisor;
  return format(rounded, scale);
}

/** -1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  const x = parse(a);
  const y = parse(b);
  const scale = Math.max(x.scale, y.scale);
  const d = rescale(x, scale) - rescale(y, scale);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
}

