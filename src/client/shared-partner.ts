import { createPartnerClient, type PartnerClient } from './partner.js';
import { COOKIE_SESSION, clientRegistry } from './registry.js';
import type { TokenProvider } from './token.js';

/** One Partner client per token provider and base URL (see shared.ts). */
export const sharedPartnerClient: (tokenProvider: TokenProvider, baseUrl?: string) => PartnerClient = /* @__PURE__ */ clientRegistry(
  (tokenProvider, baseUrl) => (tokenProvider === COOKIE_SESSION ? createPartnerClient({ baseUrl, sendCookies: true }) : createPartnerClient({ tokenProvider, baseUrl })),
);
