import { ApiError, abortError } from './errors.js';

export type TokenReason = 'initial' | 'expired' | 'rejected';
export interface TokenGrant {
  token: string;
  /** When the token stops working: a Date, epoch milliseconds or an ISO string. */
  expiresAt?: Date | number | string;
  /** Seconds from now until the token stops working. */
  expiresIn?: number;
}
export type TokenProvider = (ctx: {
  reason: TokenReason;
  signal: AbortSignal;
  /** The origin the token will be sent to (the base URL's): a provider can refuse an unexpected one. */
  origin: string;
}) => string | TokenGrant | Promise<string | TokenGrant>;

interface CachedToken {
  token: string;
  /** Epoch ms after which a new token is fetched (a little before the real expiry). */
  refreshAt: number;
}

/**
 * Holds one token in memory (never anywhere else). Single flight: any number of concurrent callers
 * share one provider call. Refreshes ahead of expiry; after a rejection the next caller asks again
 * with `reason: 'rejected'`.
 */
export class TokenCache {
  #provider: TokenProvider;
  #timeoutMs: number;
  #origin: string;
  #current: CachedToken | undefined;
  #pending: Promise<string> | undefined;
  #nextReason: TokenReason = 'initial';
  /** Bumped by clear(): a provider call from before it can no longer store its token. */
  #session = 0;
  #asking: AbortController | undefined;

  constructor(provider: TokenProvider, timeoutMs: number, origin: string) {
    if (typeof provider !== 'function') {
      throw new ApiError({ kind: 'auth', message: 'tokenProvider must be a function that returns a token.' });
    }
    this.#provider = provider;
    this.#timeoutMs = timeoutMs;
    this.#origin = origin;
  }

  async get(signal?: AbortSignal): Promise<string> {
    const current = this.#current;
    if (current && Date.now() < current.refreshAt) return current.token;
    if (current) this.#nextReason = 'expired';
    if (!this.#pending) {
      // Only this call's own end clears it: after clear(), an older call must not drop a newer one.
      const pending: Promise<string> = this.#fetch().finally(() => {
        if (this.#pending === pending) this.#pending = undefined;
      });
      this.#pending = pending;
    }
    return raceAbort(this.#pending, signal);
  }

  /** The session ended: forget the token, and cancel a provider call under way (its answer is dropped). */
  clear(): void {
    this.#session++;
    this.#current = undefined;
    this.#pending = undefined;
    this.#nextReason = 'initial';
    this.#asking?.abort();
  }

  /** The server refused `token`: forget it so the next `get()` asks the provider again. */
  reject(token: string): void {
    if (this.#current?.token === token) {
      this.#current = undefined;
      this.#nextReason = 'rejected';
    }
  }

  async #fetch(): Promise<string> {
    const reason = this.#nextReason;
    const session = this.#session;
    const controller = (this.#asking = new AbortController());
    const timer = setTimeout(() => controller.abort(), this.#timeoutMs);
    let raw: unknown;
    try {
      raw = await Promise.race([
        this.#provider({ reason, signal: controller.signal, origin: this.#origin }),
        new Promise((_, reject) =>
          controller.signal.addEventListener('abort', () =>
            reject(
              new ApiError({
                kind: 'auth',
                message: `The token provider did not answer within ${Math.round(this.#timeoutMs / 1000)} s.`,
              }),
            ),
          ),
        ),
      ]);
    } catch (error) {
      if (error instanceof ApiError) throw error;
      // The integrator's own error, for the integrator (the person sees plain words, and no stack).
      console.error('[calico-widgets] tokenProvider threw:', error);
      throw new ApiError({
        kind: 'auth',
        message: 'Signing in to the data service did not work.',
        cause: error,
      });
    } finally {
      clearTimeout(timer);
    }
    if (session !== this.#session) throw abortError(); // asked for a session that has ended
    const cached = readGrant(raw);
    this.#current = cached;
    this.#nextReason = 'expired';
    return cached.token;
  }
}

function readGrant(raw: unknown): CachedToken {
  const grant: Partial<TokenGrant> | undefined =
    typeof raw === 'string' ? { token: raw } : raw && typeof raw === 'object' ? (raw as TokenGrant) : undefined;
  const token = grant?.token;
  if (typeof token !== 'string' || token.trim() === '') {
    throw new ApiError({
      kind: 'auth',
      message: 'The token provider returned no usable token: expected a non-empty string or { token: string }.',
    });
  }
  // Checked before any request: fetch's own error for such a header quotes it (Node, Firefox).
  if (!isHeaderToken(token)) {
    throw new ApiError({
      kind: 'auth',
      message: 'The token provider returned a token an HTTP header cannot carry: only visible ASCII is allowed (not shown here).',
    });
  }
  const now = Date.now();
  let expiresAt = Number.POSITIVE_INFINITY;
  if (typeof grant!.expiresIn === 'number' && grant!.expiresIn > 0) expiresAt = now + grant!.expiresIn * 1000;
  else if (grant!.expiresAt !== undefined) {
    const at = new Date(grant!.expiresAt).getTime();
    if (!Number.isNaN(at)) expiresAt = at;
  }
  // Refresh a little early: 10% of the lifetime, at most 30 s, so a call never leaves with a token
  // that dies in flight.
  const margin = Math.min(30_000, Math.max(0, (expiresAt - now) / 10));
  return { token, refreshAt: expiresAt - margin };
}

/** A credential an HTTP header can carry as it is: visible ASCII, no spaces or control characters. */
export const isHeaderToken = (value: unknown): value is string => typeof value === 'string' && /^[\x21-\x7e]+$/.test(value);

/** Resolves with `promise` unless `signal` aborts first (the shared work goes on for others). */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
