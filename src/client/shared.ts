import { createCalicoClient, type CalicoClient } from './calico.js';
import { COOKIE_SESSION, clientRegistry } from './registry.js';
import type { TokenProvider } from './token.js';

/** One Calico client per token provider and base URL. */
export const sharedCalicoClient: (tokenProvider: TokenProvider, baseUrl?: string) => CalicoClient = /* @__PURE__ */ clientRegistry(
  (tokenProvider, baseUrl) => (tokenProvider === COOKIE_SESSION ? createCalicoClient({ baseUrl, sendCookies: true }) : createCalicoClient({ tokenProvider, baseUrl })),
);
