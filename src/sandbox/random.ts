/** A small seeded PRNG (mulberry32): the same seed gives the same sandbox everywhere. */
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

export const int = (r: Random, min: number, max: number) => min + Math.floor(r() * (max - min + 1));
export const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** Picks by weight: `weighted(r, [['a', 3], ['b', 1]])`. */
export function weighted<T>(r: Random, table: readonly (readonly [T, number])[]): T {
  const total = table.reduce((sum, [, w]) => sum + w, 0);
  let x = r() * total;
  for (const [value, w] of table) if ((x -= w) < 0) return value;
  return table[table.length - 1]![0];
}

export function uuid(r: Random): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(r() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(r() * 4)]!;
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A random decimal string with `decimals` places between min and max (whole units). */
export function decimal(r: Random, min: number, max: number, decimals: number): string {
  const whole = int(r, min, max - 1);
  const fraction = decimals ? `.${String(Math.floor(r() * 10 ** decimals)).padStart(decimals, '0')}` : '';
  return `${whole}${fraction}`;
}

/** FNV-1a: a stable, tiny hash for token signatures and seeds. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
