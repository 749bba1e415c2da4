// The proxy, configured once; every framework below mounts this same handler at /calico-proxy.
import { createCalicoProxy, customerPortal } from 'calico-widgets/server';
import { calicoToken, sessionFrom } from './bank.mjs';

export const calico = createCalicoProxy({
  upstream: process.env.CALICO_UPSTREAM ?? 'https://api.getcalico.com',
  mount: '/calico-proxy',
  credentials: calicoToken,
  // A signed-in customer reads only their own Calico user; 401 when no one is signed in.
  authorize: customerPortal((request) => sessionFrom(request)?.calicoUserId),
  rateLimit: { limit: 120, windowMs: 60_000, key: (request) => sessionFrom(request)?.id },
  audit: (event) => console.info('calico audit', event.method, event.endpoint, event.personId, event.outcome, event.status),
});
