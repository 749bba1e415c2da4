import type { TokenProvider } from './token.js';

/** Stands for "the portal's cookie" where a token provider would be: widgets with `cookie-session`. */
export const COOKIE_SESSION: TokenProvider = () => {
  throw new Error('a cookie session has no token');
};

/** Every client made so far, shared or the host's own (weakly held), for clearSharedClients(). */
const everyClient = new Set<WeakRef<{ clear(): void }>>();
/** Each is told which client's session ended, or `undefined` for every client's (clearSharedClients). */
const sessionListeners = new Set<(client?: object) => void>();
let session = 0;
/** How many times each client's own session ended (its clear()). */
const clientSessions = new WeakMap<object, number>();

/** Which session the clients serve: clearSharedClients() starts a new one. */
export const currentSession = () => session;

/**
 * Which session `client` serves now: a widget that was out of the page when a session ended compares
 * it when it comes back, and ends too (its listener was not there to be told).
 */
export const sessionMark = (client: object | undefined) => `${session}.${client ? (clientSessions.get(client) ?? 0) : ''}`;

/** Remembers a client (weakly), so that clearSharedClients() reaches it too. */
export function registerClient<C extends { clear(): void }>(client: C): C {
  everyClient.add(new WeakRef(client));
  return client;
}

/** Called when a client's session ends (its `clear()`), or every session (clearSharedClients). Returns an unsubscribe. */
export function onSessionEnd(listener: (client?: object) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

/** Tells the widgets that `client`'s session ended (every session, without one): they drop everything and wait. */
export function endSession(client?: object): void {
  if (client) clientSessions.set(client, (clientSessions.get(client) ?? 0) + 1);
  for (const listener of sessionListeners) {
    try {
      listener(client);
    } catch {
      /* one widget that fails to end must not keep the others from ending */
    }
  }
}

/**
 * Ends the session: every shared client forgets its token, cached pages and reads in flight (aborted),
 * and every widget on the page (whatever its client) closes its panels and dialogs, stops an export and
 * drops its rows, stops refreshing, and waits, showing nothing, until the host sets one of its inputs
 * again or calls its `refresh()`. Call it when a person signs out, or a staff member switches to another
 * customer: nothing of the old session is shown, saved or sent after it. Clients a host made itself
 * (`createCalicoClient`, `createPartnerClient`) are cleared too; a client's own `clear()` does the same
 * for that client and the widgets that use it.
 */
export function clearSharedClients(): void {
  session++;
  for (const ref of everyClient) {
    const client = ref.deref();
    if (client) client.clear();
    else everyClient.delete(ref);
  }
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
    }
    return client;
  };
}

const clientIds = new WeakMap<object, number>();
let nextClientId = 0;
/**
 * A stable id per client object and session, for the resources' keys: after clearSharedClients()
 * every key changes, so every widget drops what it showed and loads again.
 */
export function clientId(client: object): string {
  let id = clientIds.get(client);
  if (id === undefined) clientIds.set(client, (id = ++nextClientId));
  return `${id}.${currentSession()}`;
}
