import { createCalicoClient, type CalicoClient } from './calico.js';
import { createPartnerClient, type PartnerClient } from './partner.js';
import type { TokenProvider } from './token.js';

/**
 * Elements given the same token provider and base URL share one client: one token cache, one request
 * cache, one in-flight request per identical call. Weakly held by the provider function.
 */
const calicoClients = new WeakMap<TokenProvider, Map<string, CalicoClient>>();
const partnerClients = new WeakMap<TokenProvider, Map<string, PartnerClient>>();

function shared<C>(registry: WeakMap<TokenProvider, Map<string, C>>, provider: TokenProvider, baseUrl: string, make: () => C): C {
  let byUrl = registry.get(provider);
  if (!byUrl) registry.set(provider, (byUrl = new Map()));
  let client = byUrl.get(baseUrl);
  if (!client) byUrl.set(baseUrl, (client = make()));
  return client;
}

export function sharedCalicoClient(tokenProvider: TokenProvider, baseUrl?: string): CalicoClient {
  return shared(calicoClients, tokenProvider, baseUrl ?? '', () => createCalicoClient({ tokenProvider, baseUrl }));
}

export function sharedPartnerClient(tokenProvider: TokenProvider, baseUrl?: string): PartnerClient {
  return shared(partnerClients, tokenProvider, baseUrl ?? '', () => createPartnerClient({ tokenProvider, baseUrl }));
}
