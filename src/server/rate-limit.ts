/**
 * Requests per session and window. The store is an interface so a cluster can keep the counts in
 * Redis (INCR + PEXPIRE do exactly `hit`); the in-memory store serves one instance.
 */
export interface RateLimitStore {
  /** Counts one request for `key` and returns how many it made in the current window, and when that ends. */
  hit(key: string, windowMs: number): { count: number; resetAt: number } | Promise<{ count: number; resetAt: number }>;
}

/** The in-memory store: windows of fixed length per key, forgotten when they end. */
export function memoryRateLimitStore(): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    hit(key, windowMs) {
      const now = Date.now();
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
        windows.set(key, (window = { count: 0, resetAt: now + windowMs }));
      }
      window.count++;
      return { ...window };
    },
  };
}
