import type { TokenProvider } from './token.js';

/** Stands for "the portal's cookie" where a token provider would be: widgets with `cookie-session`. */
export const COOKIE_SESSION: TokenProvider = () => {
  throw new Error('a cookie session has no token');
};

/** Every shared client made so far (weakly held), for clearSharedClients(). */
const everyShared = new Set<WeakRef<{ clear(): void }>>();
const sessionListeners = new Set<() => void>();
let session = 0;

/** Which session the shared clients serve: clearSharedClients() starts a new one. */
export const currentSession = () => session;

/** Called after clearSharedClients() (widgets reload, dropping what they showed). Returns an unsubscribe. */
export function onSessionEnd(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/**
 * Ends the session of every shared client: each forgets its token, cached pages and reads in flight
 * (aborted), and every widget on the page reloads without what it showed. Call it when a person signs
 * out, or a staff member switches to another customer: nothing of the old session is used after it.
 * (A client a host made itself and passed as `client` is the host's: call its `clear()`.)
 */
export function clearSharedClients(): void {
  for (const ref of everyShared) {
    const client = ref.deref();
    if (client) client.clear();
    else everyShared.delete(ref);
  }
  session++;
  for (const listener of sessionListeners) listener();
}

/**
 * Elements given the same token provider and base URL share one client: one token cache, one request
 * cache, one in-flight request per identical call. Weakly held by the provider function.
 */
export function clientRegistry<C extends { clear(): void }>(make: (tokenProvider: TokenProvider, baseUrl: string | undefined) => C) {
  const registry = new WeakMap<TokenProvider, Map<string, C>>();
  return (tokenProvider: TokenProvider, baseUrl?: string): C => {
    let byUrl = registry.get(tokenProvider);
    if (!byUrl) registry.set(tokenProvider, (byUrl = new Map()));
    let client = byUrl.get(baseUrl ?? '');
    if (!client) {
      byUrl.set(baseUrl ?? '', (client = make(tokenProvider, baseUrl)));
      everyShared.add(new WeakRef(client));
    }
    return client;
  };
}

