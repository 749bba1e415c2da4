/**
 * Seeded randomness for the sandbox. Every record has a stream of its own (`stream(salt, index)`), so
 * any user, transaction or member can be made on its own, in any order, and comes out the same in
 * Node, Chromium and the MSW worker.
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same numbers everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof rng>;

/** One PRNG re-seeded in place: for passes over many records that keep none of their streams. */
export function reseedable(): { r: Random; seed(seed: number): Random } {
  let a = 0;
  const r: Random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { r, seed: (seed) => ((a = seed >>> 0), r) };
}

/** Mixes a base seed and an index into a well-spread seed (murmur3's finaliser): cheap per record. */
export function mix(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** Picks by weight: `weighted(r, [['a', 3], ['b', 1]])`. */
export function weighted<T>(r: Random, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let x = r() * total;
  for (const [value, w] of table) if ((x -= w) < 0) return value;
  return table[table.length - 1]![0];
}

/**
 * The first `count` items of a seeded Fisher–Yates shuffle. (`sort(() => r() - 0.5)` depends on the
 * engine's sort algorithm: Node and Chromium gave different "deterministic" data.)
 */
export function shuffled<T>(r: Random, list: readonly T[], count = list.length): T[] {
  const out = [...list];
  const n = Math.min(count, out.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(r() * (out.length - i));
    const swap = out[i]!;
    out[i] = out[j]!;
    out[j] = swap;
  }
  out.length = n;
  return out;
}

const HEX = '0123456789abcdef';

/** A v4-shaped UUID from 33 draws (a draw per hex digit; the version digit's draw is spent too). */
export function uuid(r: Random): string {
  let s = '';
  for (let i = 0; i < 32; i++) {
    const digit = HEX[Math.floor(r() * 16)]!;
    if (i === 8 || i === 12 || i === 16 || i === 20) s += '-';
    s += i === 12 ? '4' : digit;
  }
  const variant = '89ab'[Math.floor(r() * 4)]!;
  return `${s.slice(0, 19)}${variant}${s.slice(20)}`;
}

/** A random decimal between min and max whole units, as an integer count of 10^-decimals units. */
export function decimalUnits(r: Random, min: number, max: number, decimals: number): number {
  return int(r, min, max - 1) * 10 ** decimals + Math.floor(r() * 10 ** decimals);
}

/** 123456, 4 → "12.3456". Exact for safe integers. */
export function formatUnits(units: number, decimals: number): string {
  const digits = String(units).padStart(decimals + 1, '0');
  return decimals ? `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}` : digits;
}

/**
 * (units × 10^-decimals) × (price × 10^-priceDecimals), rounded half up to cents, all in exact
 * integer arithmetic (the sandbox's values stay far below 2^53; a larger one is a bug, so it throws).
 */
export function centsOf(units: number, decimals: number, price: number, priceDecimals: number): number {
  const product = units * price;
  if (!Number.isSafeInteger(product)) throw new RangeError('sandbox value out of exact range');
  const drop = decimals + priceDecimals - 2;
  if (drop <= 0) return product * 10 ** -drop;
  const divisor = 10 ** drop;
  const rest = product % divisor;
  return (product - rest) / divisor + (rest * 2 >= divisor ? 1 : 0);
}

/** FNV-1a: a stable, tiny hash for seeds. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
