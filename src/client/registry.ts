import type { TokenProvider } from './token.js';

/** Stands for "the portal's cookie" where a token provider would be: widgets with `cookie-session`. */
export const COOKIE_SESSION: TokenProvider = () => {
  throw new Error('a cookie session has no token');
};

/** Every shared client made so far (weakly held), for clearSharedClients(). */
const everyShared = new Set<WeakRef<{ clear(): void }>>();
/** Each is told which client's session ended, or `undefined` for every client's (clearSharedClients). */
const sessionListeners = new Set<(client?: object) => void>();
let session = 0;

/** Which session the shared clients serve: clearSharedClients() starts a new one. */
export const currentSession = () => session;

/** Called when a client's session ends (its `clear()`), or every session (clearSharedClients). Returns an unsubscribe. */
export function onSessionEnd(listener: (client?: object) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Tells the widgets that `client`'s session ended (every session, without one): they drop everything and wait. */
export function endSession(client?: object): void {
  for (const listener of sessionListeners) listener(client);
}

/**
 * Ends the session: every shared client forgets its token, cached pages and reads in flight (aborted),
 * and every widget on the page (whatever its client) closes its panels and dialogs, stops an export and
 * drops its rows, stops refreshing, and waits, showing nothing, until the host sets one of its inputs
 * again or calls its `refresh()`. Call it when a person signs out, or a staff member switches to another
 * customer: nothing of the old session is shown, saved or sent after it. (A client a host made itself
 * and passed as `client` is the host's: its `clear()` does the same for the widgets that use it.)
 */
export function clearSharedClients(): void {
  for (const ref of everyShared) {
    const client = ref.deref();
    if (client) client.clear();
    else everyShared.delete(ref);
  }
  session++;
  endSession();
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

