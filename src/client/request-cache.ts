import { abortError } from './errors.js';
import { raceAbort } from './token.js';

interface Entry<T> {
  promise: Promise<T>;
  controller: AbortController;
  interested: number;
  settled: boolean;
  storedAt: number;
}

/**
 * Dedup + short-lived memory cache for reads. Identical concurrent requests share one fetch; a page
 * fetched recently is served from memory (Back is instant). A caller's abort drops only its own
 * interest: the shared fetch is aborted once nobody is waiting for it. Failures are never cached.
 */
export class RequestCache {
  #entries = new Map<string, Entry<unknown>>();
  #ttlMs: number;
  #maxEntries: number;

  constructor(ttlMs: number, maxEntries = 200) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
  }

  get<T>(key: string, load: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal, fresh = false, store = true): Promise<T> {
    if (signal?.aborted) return Promise.reject(abortError());
    let entry = this.#entries.get(key) as Entry<T> | undefined;
    const expired = entry?.settled && Date.now() - entry.storedAt > this.#ttlMs;
    if (!entry || expired || (fresh && entry.settled)) {
      entry = this.#start(key, load);
      // Shared while in flight, forgotten once answered.
      if (!store) entry.promise.then(() => this.#entries.get(key) === entry && this.#entries.delete(key), () => {});
    }
    return this.#join(key, entry, signal);
  }

  /**
   * Forget pages whose key matches (all when no predicate), e.g. after a write. Reads still in flight
   * are forgotten too: whoever waits for one still gets its answer, but it never lands in the cache,
   * so no later caller is served a page read before the write.
   */
  invalidate(predicate: (key: string) => boolean = () => true): void {
    for (const key of [...this.#entries.keys()]) if (predicate(key)) this.#entries.delete(key);
  }

  /** The session ended: forget every page, and abort the reads in flight. */
  clear(): void {
    for (const entry of this.#entries.values()) if (!entry.settled) entry.controller.abort();
    this.#entries.clear();
  }

  #start<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Entry<T> {
    const controller = new AbortController();
    const entry: Entry<T> = { promise: undefined!, controller, interested: 0, settled: false, storedAt: 0 };
    entry.promise = load(controller.signal).then(
      (value) => {
        entry.settled = true;
        entry.storedAt = Date.now();
        return value;
      },
      (error: unknown) => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
        throw error;
      },
    );
    entry.promise.catch(() => {}); // a failure nobody waits for any more is not unhandled
    this.#entries.delete(key);
    this.#entries.set(key, entry as Entry<unknown>);
    if (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    return entry;
  }

  #join<T>(key: string, entry: Entry<T>, signal?: AbortSignal): Promise<T> {
    if (entry.settled) return entry.promise;
    entry.interested++; // a caller without a signal stays interested until the end
    if (!signal) return entry.promise;
    const dropInterest = () => {
      entry.interested--;
      if (entry.interested === 0 && !entry.settled) {
        entry.controller.abort();
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      }
    };
    signal.addEventListener('abort', dropInterest, { once: true });
    entry.promise.then(
      () => signal.removeEventListener('abort', dropInterest),
      () => signal.removeEventListener('abort', dropInterest),
    );
    return raceAbort(entry.promise, signal);
  }
}
