/**
 * Requests per session and window: fixed windows, counted in a store. The memory store serves one
 * instance; `redisRateLimitStore` (redis.ts) serves a cluster, so N instances allow `limit`, not N×.
 */
export interface RateLimitStore {
  /** Counts one request for `key` and returns how many it made in the current window, and when that ends. */
  hit(key: string, windowMs: number): { count: number; resetAt: number } | Promise<{ count: number; resetAt: number }>;
}

/** The bucket every request shares whose `rateLimit.key` returned nothing (no session to count it by). */
export const FALLBACK_RATE_LIMIT_KEY = 'calico-proxy:no-session';

/** Options of `memoryRateLimitStore`. */
export interface MemoryRateLimitStoreOptions {
  /** Windows kept at most; over it the oldest are forgotten. Default 10,000. */
  maxKeys?: number;
}

/**
 * The in-memory store. A Map keeps insertion order and a key is re-inserted when its window starts, so
 * the first entry is always the oldest window: over the cap, evicting it is O(1), with no sweep.
 */
export function memoryRateLimitStore({ maxKeys = 10_000 }: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    hit(key, windowMs) {
      const now = Date.now();
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        windows.delete(key);
        windows.set(key, (window = { count: 0, resetAt: now + windowMs }));
        if (windows.size > maxKeys) windows.delete(windows.keys().next().value!);
      }
      window.count++;
      return { ...window };
    },
  };
}
