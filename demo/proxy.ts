/**
 * The demo's server half, as a bank would mount it: the Calico and Partner proxies in front of the
 * sandbox, holding the credential. Who is signed in is the `demo_session` cookie the page's
 * "Signed in as" control sets: `customer:<user_id>`, `staff:analyst` or `staff:admin`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createCalicoProxy, createPartnerProxy, customerPortal, staffPortal, toNodeListener, type AuthorizeInput } from '../src/server/index.js';

const session = (request: Request) => /(?:^|;\s*)demo_session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
const customer = customerPortal((request) => /^customer:(.+)$/.exec(session(request) ?? '')?.[1]);
const staff = staffPortal((request) => /^staff:(.+)$/.exec(session(request) ?? '')?.[1], ['admin']);
const authorize = (input: AuthorizeInput) => (session(input.request)?.startsWith('customer:') ? customer(input) : staff(input));

async function sandboxToken(origin: string, lifetime = 900) {
  const { access_token, expires_in } = await (await fetch(`${origin}/sandbox/token`, { method: 'POST', body: JSON.stringify({ lifetime }) })).json();
  return { token: access_token as string, expiresIn: expires_in as number };
}

/**
 * Connect middleware: /calico-proxy/… and /partner-proxy/… through the proxies, made on first use.
 * The page's "Token lifetime" control sets the lifetime of the proxy's Calico credential
 * (`POST /demo/token-lifetime`): the proxy is made again, so its next request takes a new token at once.
 * `GET /demo/token-stats` says how often the proxy fetched one.
 */
export function demoProxyMiddleware() {
  const proxies = new Map<string, Promise<ReturnType<typeof toNodeListener>>>();
  let lifetime = 900;
  let fetched = 0;
  const credentials = (origin: string) => () => {
    fetched++;
    return sandboxToken(origin, lifetime);
  };
  const proxyFor = (origin: string, api: 'calico' | 'partner') => {
    const key = `${origin} ${api}`;
    let made = proxies.get(key);
    if (!made) {
      const handler =
        api === 'calico'
          ? Promise.resolve(createCalicoProxy({ upstream: `${origin}/sandbox/calico`, mount: '/calico-proxy', credentials: credentials(origin), authorize }))
          : sandboxToken(origin, 365 * 86_400).then(({ token }) => createPartnerProxy({ upstream: `${origin}/sandbox/partner/v1`, mount: '/partner-proxy', apiKey: token, authorize }));
      made = handler.then(toNodeListener);
      proxies.set(key, made);
    }
    return made;
  };
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (req.url === '/demo/token-stats') return void res.setHeader('content-type', 'application/json').end(JSON.stringify({ fetched, lifetime }));
    const asked = req.method === 'POST' && /^\/demo\/token-lifetime\?seconds=(\d+)$/.exec(req.url ?? '')?.[1];
    if (asked) {
      lifetime = Math.min(86_400, Math.max(1, Number(asked)));
      for (const key of proxies.keys()) if (key.endsWith(' calico')) proxies.delete(key);
      return void res.writeHead(204).end();
    }
    const api = req.url?.startsWith('/calico-proxy/') ? 'calico' : req.url?.startsWith('/partner-proxy/') ? 'partner' : undefined;
    if (!api) return next();
    proxyFor(`http://${req.headers.host}`, api).then((listen) => listen(req, res), next);
  };
}
