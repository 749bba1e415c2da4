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

/** A store call unanswered this long, with none answered meanwhile: the store is stalled (Redis answers in ms). */
const STORE_STALL_MS = 500;
/**
 * After the store fails, it is left alone this long (the 503's Retry-After): a Redis client that queues
 * commands while Redis is away (ioredis) then holds one, not one per request, and does not replay them
 * as counts that lock people out once Redis is back.
 */
export const STORE_PAUSE_MS = 5_000;

/**
 * The store's health, shared by one proxy's requests, on a monotonic clock (a wall clock stepped back
 * would hold a pause). The store is not asked while paused after a failure, nor (after one) while a
 * probe is out, nor while stalled: a command sent to a Redis that hangs is counted when it resumes, and
 * people who only got 503s would then be refused 429.
 */
export function storeGate() {
  /** The last call failed: until one answers, one call at a time is sent, after a pause. */
  let down = false;
  let pausedUntil = 0;
  /** Calls unanswered (each counted until it settles or its deadline passes), and when one last settled or the first was sent. */
  let pending = 0;
  let lastAnswer = 0;
  /** A stall was told: once per stall. */
  let stallTold = false;
  return {
    /** The call's result, or undefined when the store is not to be asked now (answer 503); a stall is told to `onStall`. */
    async ask<R extends { ok: boolean }>(call: () => Promise<R>, onStall: (error: Error) => void): Promise<R | undefined> {
      const now = performance.now();
      const stalled = pending > 0 && now - lastAnswer > STORE_STALL_MS;
      if (stalled && !stallTold) {
        stallTold = true;
        onStall(new Error(`the rate-limit store answered nothing for over ${STORE_STALL_MS} ms: 503 until it does`));
      }
      if (stalled || (down && (now < pausedUntil || pending > 0))) return undefined;
      if (pending++ === 0) lastAnswer = now;
      const result = await call();
      pending--;
      lastAnswer = performance.now();
      stallTold = false;
      down = !result.ok;
      if (down) pausedUntil = lastAnswer + STORE_PAUSE_MS;
      return result;
    },
  };
}
