/**
 * The Calico enterprise token on the server: the token cache (single flight, ahead of expiry), with a
 * pause after a failure, so that a revoked credential or a token endpoint that is down never turns
 * every browser request into a call to the bank's token endpoint (which may lock the client out).
 * Times are on a monotonic clock: a wall clock stepped back would hold a pause.
 */
import { ApiError } from '../client/errors.js';
import { TokenCache, type TokenProvider } from '../client/token.js';

export interface EnterpriseToken {
  /** The Authorization header; during a pause, the last failure at once (no provider call). */
  header(): Promise<[string, string]>;
  /** The API refused this header's token: forget it. Whether asking for a new one may help (a read is then asked once more). */
  refused(headerValue: string): boolean;
}

export function enterpriseToken(provider: TokenProvider, { timeoutMs, pauseMs, origin }: { timeoutMs: number; pauseMs: number; origin: string }): EnterpriseToken {
  if (typeof provider !== 'function') throw new Error('createCalicoProxy: credentials must be a function that returns the enterprise token.');
  let issuedAt = -Infinity;
  let pausedUntil = -Infinity;
  let failure: unknown;
  const pause = (error: unknown) => {
    failure = error;
    pausedUntil = performance.now() + pauseMs;
  };
  const tokens = new TokenCache(
    async (context) => {
      try {
        const grant = await provider(context);
        issuedAt = performance.now();
        return grant;
      } catch (cause) {
        // The bank's own error (its message may carry a client secret) goes to onError only, as the
        // cause: an ApiError is one the token cache passes on without printing it.
        throw cause instanceof ApiError ? cause : new ApiError({ kind: 'auth', message: 'The credentials provider failed.', cause });
      }
    },
    timeoutMs,
    origin,
  );
  return {
    async header() {
      if (performance.now() < pausedUntil) throw failure;
      try {
        return ['authorization', `Bearer ${await tokens.get()}`];
      } catch (error) {
        pause(error); // a provider that threw or did not answer in time
        throw error;
      }
    },
    refused(headerValue) {
      tokens.reject(headerValue.slice('Bearer '.length));
      // A token refused as soon as it was issued is revoked or lacks a scope: a new one would be too.
      if (performance.now() - issuedAt >= pauseMs) return true;
      pause(new ApiError({ kind: 'auth', message: 'The API refused the enterprise token as soon as it was issued.' }));
      return false;
    },
  };
}
