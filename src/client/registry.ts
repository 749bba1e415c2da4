import type { TokenProvider } from './token.js';

/**
 * Elements given the same token provider and base URL share one client: one token cache, one request
 * cache, one in-flight request per identical call. Weakly held by the provider function.
 */
export function clientRegistry<C>(make: (tokenProvider: TokenProvider, baseUrl: string | undefined) => C) {
  const registry = new WeakMap<TokenProvider, Map<string, C>>();
  return (tokenProvider: TokenProvider, baseUrl?: string): C => {
    let byUrl = registry.get(tokenProvider);
    if (!byUrl) registry.set(tokenProvider, (byUrl = new Map()));
    let client = byUrl.get(baseUrl ?? '');
    if (!client) byUrl.set(baseUrl ?? '', (client = make(tokenProvider, baseUrl)));
    return client;
  };
}

