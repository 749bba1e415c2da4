/**
 * The server half: a scoping proxy a bank's backend mounts in front of the Calico or Partner API. It
 * holds the enterprise credential (the browser never sees it), routes only the endpoints of the
 * clients' own table with their methods and query parameters, and asks the bank's `authorize` rule
 * before every upstream call. `(Request) => Promise<Response>`: Next.js route handlers, Hono, Deno,
 * Bun and Workers run it as it is; node.ts adapts it to node:http (Express, Fastify, Koa).
 */
import { CALICO_ENDPOINTS, type EndpointSpec, PARTNER_ENDPOINTS } from '../client/endpoints.js';
import { TokenCache, type TokenProvider, isHeaderToken } from '../client/token.js';
import { type RateLimitStore, memoryRateLimitStore } from './rate-limit.js';

export interface AuthorizeInput {
  /** The browser's request: read the bank's own session from it (cookie or header). */
  request: Request;
  /** The endpoint's name in the table (`userAssets`, `listUsers`, …). */
  endpoint: string;
  method: string;
  /** `person`: `personId` names whose data it is; `enterprise`: anyone's. */
  scope: EndpointSpec['scope'];
  /** The id in the path (a Calico user_id, a Partner user_account_id), when the endpoint has one. */
  personId?: string;
  /** A change (deactivating a user), not a read. */
  write: boolean;
}

export interface AuditEvent extends Omit<AuthorizeInput, 'request'> {
  request: Request;
  /** `done` (2xx), `refused` (by authorize), `failed` (the API said no), `unknown` (no answer). */
  outcome: 'done' | 'refused' | 'failed' | 'unknown';
  status: number;
}

export interface ProxyOptions<E extends string> {
  /** The API's base URL (`https://api.getcalico.com`, the Partner API's `…/v1`). */
  upstream: string;
  /** The bank's rule: may this request reach this endpoint? See customerPortal / staffPortal. */
  authorize: (input: AuthorizeInput) => boolean | Promise<boolean>;
  /** Where the proxy is mounted in the bank's app (`/calico-proxy`); requests outside it get 404. */
  mount?: string;
  /** The same path overrides as the client's. */
  paths?: Partial<Record<E, string>>;
  /** Largest request body read (a search is under 1 kB). Default 16 kB. */
  maxBodyBytes?: number;
  /** Upstream answer, body included. Default 30 s. */
  timeoutMs?: number;
  /** Requests per session key and window; over it, 429 with Retry-After and no upstream call. */
  rateLimit?: { limit: number; windowMs: number; key: (request: Request) => string | undefined | Promise<string | undefined>; store?: RateLimitStore };
  /** Called for every write, with who asked (read it from `request`) and the outcome. */
  audit?: (event: AuditEvent) => void | Promise<void>;
  /** A fetch to use upstream instead of the global one. */
  fetch?: typeof fetch;
}

export interface CalicoProxyOptions extends ProxyOptions<keyof typeof CALICO_ENDPOINTS> {
  /** The enterprise token, with its expiry: asked once per lifetime, ahead of expiry, single flight. */
  credentials: TokenProvider;
}

export interface PartnerProxyOptions extends ProxyOptions<keyof typeof PARTNER_ENDPOINTS> {
  /** The enterprise API key. */
  apiKey: string;
}

export type ProxyHandler = (request: Request) => Promise<Response>;

/** Carries a status over 599 (see below). */
export const REAL_STATUS = 'x-calico-status';

export function createCalicoProxy(options: CalicoProxyOptions): ProxyHandler {
  const tokens = new TokenCache(options.credentials, options.timeoutMs ?? 30_000, new URL(options.upstream).origin);
  return createProxy(CALICO_ENDPOINTS, options, {
    credential: async () => ['authorization', `Bearer ${await tokens.get()}`],
    rejectedStatuses: [401, 603],
    reject: (header) => tokens.reject(header.slice('Bearer '.length)),
  });
}

export function createPartnerProxy(options: PartnerProxyOptions): ProxyHandler {
  if (!isHeaderToken(options.apiKey)) throw new Error('createPartnerProxy: apiKey must be a non-empty visible-ASCII string.');
  return createProxy(PARTNER_ENDPOINTS, options, { credential: async () => ['x-api-key', options.apiKey] });
}

interface Upstream {
  credential: () => Promise<[string, string]>;
  /** Statuses meaning "this credential is refused": `reject` forgets it, and a read is asked once more. */
  rejectedStatuses?: readonly number[];
  reject?: (headerValue: string) => void;
}

interface Route {
  name: string;
  spec: EndpointSpec;
  pattern: RegExp;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers } });

function createProxy<E extends string>(table: Record<E, EndpointSpec>, options: ProxyOptions<E>, upstream: Upstream): ProxyHandler {
  const base = new URL(options.upstream);
  const mount = (options.mount ?? '').replace(/\/$/, '');
  const maxBody = options.maxBodyBytes ?? 16 * 1024;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const limiter = options.rateLimit && { ...options.rateLimit, store: options.rateLimit.store ?? memoryRateLimitStore() };
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  // Ids match the id alphabet only (as the client sends them): an encoded "/" or ".." never routes.
  const routes: Route[] = (Object.keys(table) as E[]).map((name) => ({
    name,
    spec: table[name],
    pattern: new RegExp(`^${(options.paths?.[name] ?? table[name].path).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '([A-Za-z0-9._~-]+)')}$`),
  }));

  return async (request) => {
    const url = new URL(request.url);
    if (mount && url.pathname !== mount && !url.pathname.startsWith(`${mount}/`)) return json(404, { detail: 'Not Found' });
    const path = url.pathname.slice(mount.length);
    const matching = routes.map((route) => ({ route, id: route.pattern.exec(path) })).filter((m) => m.id);
    const found = matching.find((m) => m.route.spec.method === request.method);
    if (!found) return matching.length ? json(405, { detail: 'Method Not Allowed' }, { allow: matching.map((m) => m.route.spec.method).join(', ') }) : json(404, { detail: 'Not Found' });
    const { route, id } = found;
    const unknown = [...url.searchParams.keys()].filter((key) => !route.spec.query.includes(key));
    if (unknown.length) return json(400, { detail: `Unknown query parameter: ${unknown.join(', ')}` });

    const input: AuthorizeInput = { request, endpoint: route.name, method: request.method, scope: route.spec.scope, personId: id![1], write: request.method === 'DELETE' };
    if (limiter) {
      const key = await limiter.key(request);
      if (key !== undefined) {
        const { count, resetAt } = await limiter.store.hit(key, limiter.windowMs);
        if (count > limiter.limit) return json(429, { detail: 'Too Many Requests' }, { 'retry-after': String(Math.max(1, Math.ceil((resetAt - Date.now()) / 1000))) });
      }
    }
    const audit = async (outcome: AuditEvent['outcome'], status: number) => {
      if (input.write) await options.audit?.({ ...input, outcome, status });
    };
    if (!(await options.authorize(input))) {
      await audit('refused', 403);
      return json(403, { detail: 'Forbidden' });
    }

    let body: string | undefined;
    if (request.method === 'POST') {
      if (Number(request.headers.get('content-length') ?? 0) > maxBody) return json(413, { detail: 'Payload Too Large' });
      body = await request.text();
      if (body.length > maxBody) return json(413, { detail: 'Payload Too Large' });
    }
    const target = new URL(base.href);
    target.pathname = target.pathname.replace(/\/$/, '') + path;
    target.search = url.search;
    // Only what the API needs: the browser's Authorization, x-api-key and Cookie never go upstream.
    const send = async () => {
      const [header, value] = await upstream.credential();
      const headers: Record<string, string> = { accept: 'application/json', [header]: value };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const signal = AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]);
      const response = await doFetch(target.href, { method: request.method, headers, body, signal, redirect: 'error' });
      const text = await response.text(); // within the timeout, body included
      return { response, text, value };
    };
    let answer: Awaited<ReturnType<typeof send>>;
    try {
      answer = await send();
      if (upstream.rejectedStatuses?.includes(answer.response.status)) {
        upstream.reject?.(answer.value);
        if (!input.write) answer = await send(); // a read refused before anything was done: once more, new credential
      }
    } catch {
      await audit('unknown', 504);
      return json(504, { detail: 'The API did not answer' });
    }
    const { response, text } = answer;
    await audit(response.ok ? 'done' : 'failed', response.status);
    const headers: Record<string, string> = { 'content-type': response.headers.get('content-type') ?? 'application/json', 'cache-control': 'no-store' };
    const retryAfter = response.headers.get('retry-after');
    if (retryAfter) headers['retry-after'] = retryAfter;
    // Calico documents 601–603, which a Response cannot carry: 500 plus the real code, which the
    // node:http adapter writes as the status (other runtimes pass the header on).
    if (response.status > 599) return new Response(text, { status: 500, headers: { ...headers, [REAL_STATUS]: String(response.status) } });
    return new Response(text, { status: response.status, headers });
  };
}
