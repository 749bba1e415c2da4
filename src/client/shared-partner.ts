import { createPartnerClient, type PartnerClient } from './partner.js';
import { clientRegistry } from './registry.js';
import type { TokenProvider } from './token.js';

/** One Partner client per token provider and base URL (see shared.ts). */
export const sharedPartnerClient: (tokenProvider: TokenProvider, baseUrl?: string) => PartnerClient = /* @__PURE__ */ clientRegistry(
  (tokenProvider, baseUrl) => createPartnerClient({ tokenProvider, baseUrl }),
);
