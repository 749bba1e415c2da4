/**
 * The sandbox as one function: `(Request) => Promise<Response>`. Adapters (node.ts, msw.ts) plug it
 * into the Vite dev server, the test server and Storybook's service worker.
 *
 *   POST /sandbox/token                       → { access_token, token_type, expires_in }   (a bank backend's job)
 *   GET|POST /sandbox/config                  → the default scenario's faults (the demo's controls)
 *   POST /sandbox/scenarios                   → { id, calicoBaseUrl, partnerBaseUrl }: isolated faults + request log
 *   GET  /sandbox/scenarios/{id}/requests     → what the API received (method, path, query, body, auth, status)
 *   /sandbox[/s/{id}]/calico/…                → the Calico Enterprise API
 *   /sandbox[/s/{id}]/partner/v1/…            → the Partner API
 */
import type * as z from 'zod/mini';
import { type Faults, corruptNestedField, makeHostile, makeHugeDecimal, mixCurrencies, parseFaults, useInheritedNames } from './faults.js';
import { checkToken, issueToken } from './auth.js';
import { MAX_BODY_BYTES, refuseInProduction } from './guard.js';
import { CalicoBadRequest, calicoRoute } from './calico-routes.js';
import { partnerRoute } from './partner-routes.js';

export interface RouteResult {
  status: number;
  body: unknown;
  /** The schema the body must pass: the sandbox checks its own answers so it can never drift. */
  schema?: z.ZodMiniType;
}

export interface LoggedRequest {
  method: string;
  api: 'calico' | 'partner';
  path: string;
  query: Record<string, string>;
  body?: unknown;
  auth: string;
  status: number;
}

interface Scenario {
  faults: Faults;
  matched: number;
  log: LoggedRequest[];
}

const MAX_LOG = 2000;
const scenarios = new Map<string, Scenario>([['default', { faults: {}, matched: 0, log: [] }]]);
let scenarioCount = 0;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
  });

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

export async function handleSandboxRequest(request: Request): Promise<Response> {
  refuseInProduction();
  const url = new URL(request.url);
  const path = url.pathname;
  try {
    if (path === '/sandbox/token' && request.method === 'POST') return await issue(request);
    if (path === '/sandbox/config') return await config(request);
    if (path === '/sandbox/scenarios' && request.method === 'POST') return await createScenario(request, url);
    const log = /^\/sandbox\/scenarios\/([\w-]+)\/requests$/.exec(path);
    if (log) return json(200, scenarios.get(log[1]!)?.log ?? []);

    const api = /^\/sandbox(?:\/s\/([\w-]+))?\/(calico|partner\/v1)(\/.*)$/.exec(path);
    if (!api) return json(404, { detail: `No sandbox route for ${path}` });
    const scenario = scenarios.get(api[1] ?? 'default');
    if (!scenario) return json(404, { detail: `Unknown sandbox scenario "${api[1]}"` });
    return await serveApi(request, url, scenario, api[2] === 'calico' ? 'calico' : 'partner', api[3]!);
  } catch (error) {
    if (error instanceof BodyTooLarge) return json(413, { detail: error.message });
    return json(500, { errors: [{ provider_id: 'sandbox', cause: 'internal_error' }], message: String(error) });
  }
}

class BodyTooLarge extends Error {}

/** A JSON body of at most MAX_BODY_BYTES (undefined when it is not JSON); larger is refused with 413. */
async function readJson(request: Request): Promise<unknown> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw new BodyTooLarge(`Request body over ${MAX_BODY_BYTES} bytes`);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) throw new BodyTooLarge(`Request body over ${MAX_BODY_BYTES} bytes`);
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function issue(request: Request): Promise<Response> {
  const body = ((await readJson(request)) ?? {}) as { lifetime?: number };
  const lifetime = Number.isFinite(body.lifetime) && body.lifetime! > 0 ? body.lifetime! : 900;
  const { token } = issueToken(lifetime);
  return json(200, { access_token: token, token_type: 'Bearer', expires_in: lifetime });
}

async function config(request: Request): Promise<Response> {
  const scenario = scenarios.get('default')!;
  if (request.method === 'POST') {
    scenario.faults = ((await readJson(request)) as Faults) ?? {};
    scenario.matched = 0;
  }
  return json(200, scenario.faults);
}

async function createScenario(request: Request, url: URL): Promise<Response> {
  const faults = ((await readJson(request)) as Faults) ?? {};
  const id = `s${++scenarioCount}`;
  scenarios.set(id, { faults, matched: 0, log: [] });
  if (scenarios.size > 500) scenarios.delete([...scenarios.keys()][1]!); // keep "default"
  const root = `${url.origin}/sandbox/s/${id}`;
  return json(201, { id, calicoBaseUrl: `${root}/calico`, partnerBaseUrl: `${root}/partner/v1` });
}

async function serveApi(request: Request, url: URL, scenario: Scenario, api: 'calico' | 'partner', path: string): Promise<Response> {
  const requestFaults = parseFaults(request.headers.get('x-sandbox-fault') ?? url.searchParams.get('sandbox_fault'));
  url.searchParams.delete('sandbox_fault');
  const faults: Faults = { ...scenario.faults, ...requestFaults };
  const body = request.method === 'POST' ? await readJson(request) : undefined;
  const token = api === 'calico' ? /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1] : request.headers.get('x-api-key');
  const auth = checkToken(token);
  const entry: LoggedRequest = {
    method: request.method,
    api,
    path,
    query: Object.fromEntries(url.searchParams),
    ...(body === undefined ? {} : { body }),
    auth,
    status: 0,
  };
  scenario.log.push(entry);
  if (scenario.log.length > MAX_LOG) scenario.log.shift();
  const respond = (response: Response) => {
    entry.status = response.type === 'error' ? 0 : Number(response.headers.get('x-sandbox-status') ?? response.status);
    return response;
  };

  const matches = !faults.match || path.includes(faults.match);
  await wait((faults.latency ?? 0) + (matches ? (faults.matchedLatency ?? 0) : 0) + (faults.jitter ? Math.random() * faults.jitter : 0), request.signal);
  const faulty = matches && (faults.status !== undefined || faults.body !== undefined);
  const nth = faulty ? scenario.matched++ : 0; // which matching request this is, counted from 0
  const after = faults.after ?? 0;
  const forced = faulty && ((nth >= after && (faults.times === undefined || nth < after + faults.times)) || requestFaults.status !== undefined);
  if (forced && faults.body === 'hang') {
    await new Promise<void>((resolve) => request.signal.addEventListener('abort', () => resolve(), { once: true }));
    return respond(json(504, { detail: 'aborted' }));
  }
  if (forced && faults.body === 'drop') return respond(Response.error()); // the adapter cuts the connection
  if (forced && faults.body === 'stall') {
    // Headers and the start of a body, then nothing more until the client gives up.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"data": '));
        request.signal.addEventListener('abort', () => controller.close(), { once: true });
      },
    });
    return respond(new Response(body, { status: 200, headers: { 'content-type': 'application/json' } }));
  }
  if (forced && faults.status !== undefined) {
    const headers: Record<string, string> = faults.retryAfter !== undefined ? { 'retry-after': String(faults.retryAfter) } : {};
    return respond(errorResponse(api, faults.status, 'Injected fault', headers));
  }
  if (faults.failureRate && Math.random() < faults.failureRate) {
    return respond(errorResponse(api, 503, 'Injected random failure', { 'retry-after': '1' }));
  }

  if (auth !== 'ok') {
    if (api === 'calico') return respond(errorResponse(api, 401, `Token ${auth}`));
    return respond(json(auth === 'missing' ? 401 : 403, { detail: auth === 'missing' ? 'Not authenticated' : 'Invalid or expired API key' }));
  }

  let result: RouteResult;
  try {
    result = api === 'calico' ? calicoRoute(request.method, path, url.searchParams, body) : partnerRoute(request.method, path, url.searchParams);
  } catch (error) {
    if (error instanceof CalicoBadRequest) return respond(errorResponse(api, 400, error.message));
    throw error;
  }
  if (forced && faults.body === 'drop-after') return respond(Response.error()); // done, but the answer is lost
  if (result.schema) {
    const check = result.schema.safeParse(result.body);
    if (!check.success) throw new Error(`sandbox answer fails its schema: ${JSON.stringify(check.error.issues[0])}`);
  }
  let status = result.status;
  let out = result.body;
  if (forced && status < 300) {
    out = structuredClone(out);
    if (faults.body === 'malformed-json') return respond(new Response('{"data": {"users": [ {"user_id": ', { status: 200, headers: { 'content-type': 'application/json' } }));
    if (faults.body === 'schema') corruptNestedField(out);
    if (faults.body === 'hostile') makeHostile(out);
    if (faults.body === 'inherited-names') useInheritedNames(out);
    if (faults.body === 'huge-decimal') makeHugeDecimal(out);
    if (faults.body === 'mixed-currencies') mixCurrencies(out);
    if (faults.body === 'evil-next') {
      const page = (out as { page?: { next_uri?: string | null } }).page;
      if (page?.next_uri) page.next_uri = `https://evil.example/steal${page.next_uri.slice(page.next_uri.indexOf('?'))}`;
    }
    if (faults.body === 'partial' && api === 'calico') {
      (out as { errors?: unknown[] }).errors = [{ provider_id: 'kraken', cause: 'provider_unavailable' }];
      status = 206;
    }
  }
  if (status >= 600) return respond(errorResponse(api, status, '', {}, out));
  return respond(json(status, out));
}

/**
 * The API's own error body for a status. The Calico docs list 601–603, which a `Response` cannot
 * carry: they travel as 500 plus `x-sandbox-status`, and the HTTP adapter sends the real code.
 */
function errorResponse(api: 'calico' | 'partner', status: number, message: string, headers: Record<string, string> = {}, body?: unknown): Response {
  const payload =
    body ??
    (api === 'calico'
      ? { errors: [{ provider_id: 'calico', cause: status === 401 ? 'unauthorized' : status === 429 ? 'rate_limited' : 'error' }], message }
      : status === 422 // FastAPI's shape, as the real API answers a bad query
        ? { detail: [{ type: 'less_than_equal', loc: ['query', 'per_page'], msg: 'Input should be less than or equal to 100', input: '500', ctx: { le: 100 } }] }
        : { detail: message || 'Error' });
  if (status > 599) return json(500, payload, { ...headers, 'x-sandbox-status': String(status) });
  return json(status, payload, headers);
}

/** For the tests and the demo: reset every scenario and the default faults. */
export function resetSandbox(): void {
  scenarios.clear();
  scenarios.set('default', { faults: {}, matched: 0, log: [] });
}
