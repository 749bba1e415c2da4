/**
 * The server half: a scoping proxy a bank's backend mounts in front of the Calico or Partner API. It
 * holds the enterprise credential (the browser never sees it), routes only the endpoints of the
 * clients' own table with their methods and query parameters, refuses cross-site writes, and asks the
 * bank's `authorize` rule before every upstream call. `(Request) => Promise<Response>`: Next.js route
 * handlers, Hono, Deno, Bun and Workers run it as it is; node.ts adapts it to node:http (Express,
 * Fastify, Koa). It never throws: every failure is an answer, and the bank's hooks cannot break it.
 */
import { CALICO_ENDPOINTS, type EndpointSpec, PARTNER_ENDPOINTS } from './endpoints.js';
import { type TokenProvider, isHeaderToken } from '../client/token.js';
import { enterpriseToken } from './credentials.js';
import { type ApiName, BASE_HEADERS, REAL_STATUS, answer, refuse, sanitisedError } from './answers.js';
import { BodyGone, BodySlow, BodyTooLarge, readLimited } from './body.js';
import { corsHeaders, isUnsafeMethod, originPolicy, preflightHeaders } from './origins.js';
import { FALLBACK_RATE_LIMIT_KEY, type RateLimitStore, STORE_PAUSE_MS, memoryRateLimitStore, storeGate } from './rate-limit.js';


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

/** `true`: go on. `false`: 403, this person may not. `'signed-out'`: 401, no one is signed in. */
export type Verdict = boolean | 'signed-out';

export interface AuditEvent extends Omit<AuthorizeInput, 'request'> {
  request: Request;
  /** `done` (2xx), `refused` (by the proxy or authorize), `failed` (the API said no), `unknown` (no answer). */
  outcome: 'done' | 'refused' | 'failed' | 'unknown';
  status: number;
}

/** Where a hook or the upstream failed, for `onError`. */
export interface ProxyErrorContext {
  /** The bank's hook that threw (`authorize`, `audit`, `rate-limit` key or store, `credentials`), the `upstream`, or the proxy itself (`internal`). */
  stage: 'authorize' | 'audit' | 'rate-limit' | 'credentials' | 'upstream' | 'internal';
  /** The endpoint's name in the table, when the request had routed. */
  endpoint?: string;
}

export interface ProxyOptions<E extends string> {
  /** The API's base URL (`https://api.getcalico.com`, the Partner API's `…/v1`). */
  upstream: string;
  /** The bank's rule: may this request reach this endpoint? See customerPortal / staffPortal. A rule that throws refuses. */
  authorize: (input: AuthorizeInput) => Verdict | Promise<Verdict>;
  /** Where the proxy is mounted in the bank's app (`/calico-proxy`); requests outside it get 404. */
  mount?: string;
  /** The same path overrides as the client's. */
  paths?: Partial<Record<E, string>>;
  /** Largest request body read, counted as it streams (a search is under 1 kB). Default 16 kB. */
  maxBodyBytes?: number;
  /** Upstream answer, body included. Default 30 s. */
  timeoutMs?: number;
  /**
   * Requests per session key and window; over it, 429 with Retry-After and no upstream call. Requests
   * whose `key` returns nothing share one bucket (`FALLBACK_RATE_LIMIT_KEY`). `store` defaults to one
   * in memory (one instance); `redisRateLimitStore(client)` holds across a cluster. Counts are per API
   * and mount. A store that fails, or hangs for half a second, gets 503 (Retry-After 5) and is not asked again for 5 s.
   */
  rateLimit?: { limit: number; windowMs: number; key?: (request: Request) => string | undefined | null | Promise<string | undefined | null>; store?: RateLimitStore };
  /** Origins besides the proxy's own whose pages may write (and get CORS answers): `['https://portal.bank.example']`. */
  allowedOrigins?: readonly string[];
  /** Called for every write, with who asked (read it from `request`) and the outcome. A hook that throws changes no answer. */
  audit?: (event: AuditEvent) => void | Promise<void>;
  /** Errors of the bank's hooks and of the upstream, which never reach the browser. Default `console.error`. May be async: a rejection is dropped. */
  onError?: (error: unknown, context: ProxyErrorContext) => void | Promise<void>;
  /** A fetch to use upstream instead of the global one. */
  fetch?: typeof fetch;
}

export interface CalicoProxyOptions extends ProxyOptions<keyof typeof CALICO_ENDPOINTS> {
  /** The enterprise token, with its expiry: asked once per lifetime, ahead of expiry, single flight. */
  credentials: TokenProvider;
  /**
   * After `credentials` failed (threw, did not answer in time) or its token was refused as soon as it
   * was issued (revoked), how long requests answer 502 at once before it is asked again. Default 5 s.
   */
  credentialsPauseMs?: number;
}

export interface PartnerProxyOptions extends ProxyOptions<keyof typeof PARTNER_ENDPOINTS> {
  /** The enterprise API key. */
  apiKey: string;
}

export interface ProxyHandler {
  /** Answers one browser request; never throws. */
  (request: Request): Promise<Response>;
  /** The methods routed at a path inside the mount (`GET`, `DELETE`, …), for the `Allow` of a method no Request can carry. */
  methodsAt(pathname: string): string[];
}

export function createCalicoProxy(options: CalicoProxyOptions): ProxyHandler {
  const token = enterpriseToken(options.credentials, { timeoutMs: options.timeoutMs ?? 30_000, pauseMs: options.credentialsPauseMs ?? 5_000, origin: new URL(options.upstream).origin });
  return createProxy('calico', CALICO_ENDPOINTS, options, { credential: token.header, rejectedStatuses: [401, 603], reject: token.refused });
}

export function createPartnerProxy(options: PartnerProxyOptions): ProxyHandler {
  if (!isHeaderToken(options.apiKey)) throw new Error('createPartnerProxy: apiKey must be a non-empty visible-ASCII string.');
  return createProxy('partner', PARTNER_ENDPOINTS, options, { credential: async () => ['x-api-key', options.apiKey] });
}

interface Upstream {
  credential: () => Promise<[string, string]>;
  /** Statuses meaning "this credential is refused": `reject` forgets it and says whether a read may be asked once more. */
  rejectedStatuses?: readonly number[];
  reject?: (headerValue: string) => boolean;
}

interface Route {
  name: string;
  spec: EndpointSpec;
  pattern: RegExp;
}

/** Calico's own codes over 599, as the standard status a fetch Response can carry (the real one in REAL_STATUS). */
const STANDARD_FOR: Record<number, number> = { 601: 404, 602: 403, 603: 401 };
/** Statuses whose answer has no body (a Response with one throws). */
const NO_BODY = new Set([204, 205, 304]);
/** Far over the largest page the APIs send (about 100 kB): an upstream answer past it is cut off as it streams. */
const MAX_UPSTREAM_BYTES = 8 * 1024 * 1024;
/** The longest rate-limit window: the whole milliseconds a number holds exactly, which Redis's PEXPIRE takes. */
const MAX_WINDOW_MS = Number.MAX_SAFE_INTEGER;
const RETRY_AFTER = /^(\d{1,9}|[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT)$/;

const defaultOnError = (error: unknown, context: ProxyErrorContext) => console.error(`calico-widgets/server: ${context.stage}${context.endpoint ? ` (${context.endpoint})` : ''} failed:`, error);

function createProxy<E extends string>(api: ApiName, table: Record<E, EndpointSpec>, options: ProxyOptions<E>, upstream: Upstream): ProxyHandler {
  const base = new URL(options.upstream);
  const mount = (options.mount ?? '').replace(/\/$/, '');
  const maxBody = options.maxBodyBytes ?? 16 * 1024;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const limiter = options.rateLimit && { ...options.rateLimit, store: options.rateLimit.store ?? memoryRateLimitStore() };
  // A limit that cannot work (no window, or a limit of none) would refuse everyone or no one; a window
  // given as text ('60000' from an environment variable) would be joined to a time as text, and one past
  // what Redis's PEXPIRE takes would leave a key that never expires: said at start-up.
  if (limiter && !(Number.isInteger(limiter.limit) && limiter.limit > 0 && typeof limiter.windowMs === 'number' && limiter.windowMs > 0 && limiter.windowMs <= MAX_WINDOW_MS)) {
    throw new Error(`rateLimit needs a whole limit of 1 or more and a windowMs over 0 and at most ${MAX_WINDOW_MS} (given limit ${limiter.limit}, windowMs ${limiter.windowMs}).`);
  }
  // Counts are the proxy's own in a store it may share (one Redis for the Calico and the Partner proxy,
  // or for a customer and a staff portal): each API and mount counts apart.
  const rateScope = `${api}${mount}:`;
  const gate = storeGate();
  const origins = originPolicy(options.allowedOrigins);
  const onError = options.onError ?? defaultOnError;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  // Ids match the id alphabet only (as the client sends them): an encoded "/" or ".." never routes.
  const routes: Route[] = (Object.keys(table) as E[]).map((name) => ({
    name,
    spec: table[name],
    pattern: new RegExp(`^${(options.paths?.[name] ?? table[name].path).replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '([A-Za-z0-9._~-]+)')}$`),
  }));
  const inMount = (pathname: string) => !mount || pathname === mount || pathname.startsWith(`${mount}/`);
  const matching = (path: string) => {
    const found = routes.map((route) => ({ route, id: route.pattern.exec(path) })).filter((m) => m.id);
    // `/users/all` is the users list, never a user whose id is "all": a path a fixed route names routes only there.
    const fixed = found.filter((m) => m.id!.length === 1);
    return fixed.length ? fixed : found;
  };
  const methodsAt = (pathname: string) => (inMount(pathname) ? matching(pathname.slice(mount.length)).map((m) => m.route.spec.method) : []);

  // A hook (or the rate-limit store) that hangs must not hang the request: it has this long, then counts as failed.
  const hookTimeoutMs = Math.min(timeoutMs, 5_000);
  /** A hook of the bank's, called so that whatever it does (throw, reject, never settle) changes no answer. */
  const guarded = async <T>(stage: ProxyErrorContext['stage'], endpoint: string | undefined, run: () => T | Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${stage} did not settle within ${hookTimeoutMs} ms`)), hookTimeoutMs)));
      return { ok: true, value: await Promise.race([run(), late]) };
    } catch (error) {
      report(stage, endpoint, error);
      return { ok: false };
    } finally {
      clearTimeout(timer);
    }
  };
  /** Tells onError, which no failure of its own (a throw, a rejection) can turn into an answer or a crash. */
  const report = (stage: ProxyErrorContext['stage'], endpoint: string | undefined, error: unknown) => {
    try {
      // An async logger that is down rejects: unhandled, that rejection would end the process.
      Promise.resolve(onError(error, { stage, endpoint })).catch(() => {});
    } catch {
      /* an onError that throws has said what it could */
    }
  };

  async function handle(request: Request, cors: Record<string, string>): Promise<Response> {
    const say = (status: number, reason: string, sentence?: string, headers: Record<string, string> = {}) => refuse(api, status, reason, sentence, { ...cors, ...headers });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return say(400, 'malformed');
    }
    if (!inMount(url.pathname)) return say(404, 'not-routed');
    const path = url.pathname.slice(mount.length);
    const found = matching(path);
    const methods = found.map((m) => m.route.spec.method);

    if (request.method === 'OPTIONS') {
      const origin = origins.listed(request);
      const asked = request.headers.get('access-control-request-method');
      if (origin && asked && methods.includes(asked as EndpointSpec['method'])) return new Response(null, { status: 204, headers: { ...BASE_HEADERS, ...preflightHeaders(origin, methods) } });
      if (request.headers.has('origin')) return say(403, 'cross-origin', 'Cross-origin requests from this origin are not allowed.');
    }
    const match = found.find((m) => m.route.spec.method === request.method);
    if (!match) return found.length ? say(405, 'method', undefined, { allow: methods.join(', ') }) : say(404, 'not-routed');
    const { route, id } = match;
    const input: AuthorizeInput = { request, endpoint: route.name, method: request.method, scope: route.spec.scope, personId: id![1], write: request.method === 'DELETE' };
    const audit = async (outcome: AuditEvent['outcome'], status: number) => {
      if (input.write && options.audit) await guarded('audit', route.name, () => options.audit!({ ...input, outcome, status }));
    };

    // Every write that reaches a route is audited, whatever refuses it (a stray parameter included).
    if (isUnsafeMethod(request.method) && !origins.mayWrite(request)) {
      await audit('refused', 403);
      return say(403, 'cross-site', 'Cross-site requests are not allowed.');
    }
    const unknown = [...url.searchParams.keys()].filter((key) => !route.spec.query.includes(key));
    if (unknown.length) {
      await audit('refused', 400);
      return say(400, 'query', `Unknown query parameter: ${unknown.join(', ').slice(0, 100)}`);
    }
    if (limiter) {
      const key = await guarded('rate-limit', route.name, () => limiter.key?.(request));
      // A key is a string (or a number) made here, before the store: a value that cannot become text (an
      // object from a parsed cookie) must fail this request's key, never the store, which pauses for everyone.
      const id = key.ok && (typeof key.value === 'string' || typeof key.value === 'number') && key.value !== '' ? String(key.value) : FALLBACK_RATE_LIMIT_KEY;
      const hit = await gate.ask(
        () => guarded('rate-limit', route.name, () => limiter.store.hit(rateScope + id, limiter.windowMs)),
        (error) => report('rate-limit', route.name, error),
      );
      // A store that fails (Redis down) closes the door rather than lifting the limit.
      if (!hit?.ok) {
        await audit('refused', 503);
        return say(503, 'rate-limit-store', 'The service is busy; try again shortly.', { 'retry-after': String(STORE_PAUSE_MS / 1000) });
      }
      if (hit.value.count > limiter.limit) {
        await audit('refused', 429);
        return say(429, 'rate-limit', undefined, { 'retry-after': String(Math.max(1, Math.ceil((hit.value.resetAt - Date.now()) / 1000))) });
      }
    }
    const verdict = await guarded('authorize', route.name, () => options.authorize(input));
    if (!verdict.ok || verdict.value !== true) {
      const signedOut = verdict.ok && verdict.value === 'signed-out';
      await audit('refused', signedOut ? 401 : 403);
      return signedOut ? say(401, 'signed-out') : say(403, 'forbidden');
    }

    let body: string | undefined;
    if (request.method === 'POST') {
      try {
        body = await readLimited(request, maxBody, timeoutMs);
        JSON.parse(body);
      } catch (error) {
        if (error instanceof BodyTooLarge) return say(413, 'body-size', `The request body is over ${maxBody} bytes.`, { connection: 'close' });
        if (error instanceof BodySlow) return say(408, 'body-slow', 'The request body did not arrive in time.', { connection: 'close' });
        if (error instanceof BodyGone) {
          report('internal', route.name, error);
          return say(500, 'body-gone', 'The proxy is mounted behind a body parser.');
        }
        return say(400, 'body', 'The request body is not JSON.');
      }
    }
    const target = new URL(base.href);
    target.pathname = target.pathname.replace(/\/$/, '') + path;
    target.search = url.searchParams.toString(); // rebuilt from the pairs checked above, never the raw string
    // Only what the API needs: the browser's Authorization, x-api-key and Cookie never go upstream.
    const send = async () => {
      const [header, value] = await upstream.credential().catch((error) => Promise.reject(new CredentialError(error)));
      const headers: Record<string, string> = { accept: 'application/json', [header]: value };
      if (body !== undefined) headers['content-type'] = 'application/json';
      // One controller for the browser leaving and the timeout (AbortSignal.any and .timeout cost more per request).
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(new DOMException('The API did not answer in time.', 'TimeoutError')), timeoutMs);
      const onLeave = () => controller.abort(request.signal.reason);
      request.signal.addEventListener('abort', onLeave, { once: true });
      try {
        const response = await doFetch(target.href, { method: request.method, headers, body, signal: controller.signal, redirect: 'error' });
        // Within the timeout (the controller's, body included), and never more than the largest answer the API could mean.
        const text = await readLimited(response, MAX_UPSTREAM_BYTES);
        return { status: response.status, retryAfter: response.headers.get('retry-after'), text, value };
      } finally {
        clearTimeout(timer);
        request.signal.removeEventListener('abort', onLeave);
      }
    };
    let got: Awaited<ReturnType<typeof send>>;
    try {
      got = await send();
      if (upstream.rejectedStatuses?.includes(got.status)) {
        // A read refused before anything was done: once more, with a new credential, if one may help.
        if (upstream.reject?.(got.value) && !input.write) got = await send();
      }
    } catch (error) {
      if (request.signal.aborted) {
        // The browser went away: nothing to report, no one reads the answer; a write's outcome is still audited.
        await audit('unknown', 499);
        return say(499, 'client-gone');
      }
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      if (error instanceof CredentialError) report('credentials', route.name, error.cause);
      else report('upstream', route.name, error);
      await audit('unknown', timedOut ? 504 : 502);
      return timedOut ? say(504, 'upstream-timeout', 'The API did not answer in time.') : say(502, 'upstream', 'The API could not be reached.');
    }
    await audit(got.status >= 200 && got.status < 300 ? 'done' : 'failed', got.status);
    // The credential, whole and bare, is cut from any text an error relays.
    return relay(got.status, got.text, got.retryAfter, cors, [got.value, got.value.replace(/^Bearer /, '')]);
  }

  /** The upstream's answer as the browser may see it: its status, Retry-After, a 2xx body, or a whitelisted error. */
  function relay(status: number, text: string, retryAfter: string | null, cors: Record<string, string>, secrets: string[]): Response {
    const headers: Record<string, string> = { ...BASE_HEADERS, ...cors };
    if (retryAfter && RETRY_AFTER.test(retryAfter)) headers['retry-after'] = retryAfter;
    if (status > 599) {
      headers[REAL_STATUS] = String(status);
      return new Response(JSON.stringify(sanitisedError(api, status, text, secrets)), { status: STANDARD_FOR[status] ?? 502, headers });
    }
    if (NO_BODY.has(status)) return new Response(null, { status, headers });
    if (status >= 200 && status < 300) return new Response(text, { status, headers });
    return new Response(JSON.stringify(sanitisedError(api, status, text, secrets)), { status: status < 400 ? 502 : status, headers });
  }

  const handler = async (request: Request): Promise<Response> => {
    let cors: Record<string, string> = { vary: 'origin' };
    try {
      cors = corsHeaders(origins.listed(request));
      return await handle(request, cors);
    } catch (error) {
      report('internal', undefined, error);
      return answer(500, { detail: 'Internal error' }, cors);
    }
  };
  return Object.assign(handler, { methodsAt });
}

/** The credential provider failed: said apart from an upstream that failed, for onError. */
class CredentialError extends Error {
  constructor(cause: unknown) {
    super('The upstream credential could not be had', { cause });
  }
}
