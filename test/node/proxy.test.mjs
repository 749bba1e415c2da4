// The server half over real HTTP: the sandbox as the upstream API on one port, the proxy on another,
// requests as a browser would send them. Sessions are a header here (`x-session`), as a bank's cookie.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { tsImport } from 'tsx/esm/api';

const { serveSandbox } = await tsImport('../../src/sandbox/adapters/node.ts', import.meta.url);
const { sandboxUserId } = await tsImport('../../src/sandbox/index.ts', import.meta.url);
const proxy = await tsImport('../../src/server/index.ts', import.meta.url);

const servers = [];
const listen = (listener) =>
  new Promise((resolve) => {
    const server = createServer(listener).listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
    servers.push(server);
  });
after(() => servers.forEach((s) => s.close()));

const sandbox = await listen((req, res) => serveSandbox(req, res));
async function scenario(faults = {}) {
  const body = await (await fetch(`${sandbox}/sandbox/scenarios`, { method: 'POST', body: JSON.stringify(faults) })).json();
  return { ...body, requests: async () => (await fetch(`${sandbox}/sandbox/scenarios/${body.id}/requests`)).json() };
}

const A = sandboxUserId(0);
const B = sandboxUserId(5);
const customerOf = (request) => /^customer:(.+)$/.exec(request.headers.get('x-session') ?? '')?.[1];
const staffOf = (request) => /^staff:(.+)$/.exec(request.headers.get('x-session') ?? '')?.[1];

/** A Calico proxy at /calico-proxy in front of a sandbox scenario. */
async function calicoProxy(s, authorize, options = {}) {
  const issued = [];
  const audits = [];
  const handler = proxy.createCalicoProxy({
    upstream: s.calicoBaseUrl,
    mount: '/calico-proxy',
    authorize,
    audit: (event) => audits.push(`${event.method} ${event.personId} ${event.outcome} ${event.status}`),
    onError: () => {}, // the upstream time-outs below are expected
    credentials: async () => {
      const { access_token, expires_in } = await (await fetch(`${sandbox}/sandbox/token`, { method: 'POST', body: '{}' })).json();
      issued.push(access_token);
      return { token: access_token, expiresIn: expires_in };
    },
    ...options,
  });
  const origin = await listen(proxy.toNodeListener(handler));
  const ask = (path, session, init = {}) => fetch(`${origin}/calico-proxy${path}`, { ...init, headers: { 'x-session': session, ...init.headers } });
  return { ask, issued, audits, origin };
}

test('a customer reads their own data and gets 403 for anyone else and every enterprise-wide endpoint', async () => {
  const s = await scenario();
  const { ask } = await calicoProxy(s, proxy.customerPortal(customerOf));
  const me = `customer:${A}`;
  for (const part of ['assets', 'providers', 'transactions']) assert.equal((await ask(`/enterprise/v2/users/${A}/${part}?limit=5`, me)).status, 200);
  assert.equal((await ask(`/enterprise/v2/users/${B}/assets`, me)).status, 403);
  for (const path of ['/enterprise/v2/users/all', '/enterprise/v2/transactions', '/enterprise/v2/accounts', '/enterprise/v2/stats/users', '/enterprise/v2/stats/balance', '/enterprise/v2/providers']) {
    assert.equal((await ask(path, me)).status, 403, path);
  }
  assert.equal((await ask('/enterprise/v2/users/search', me, { method: 'POST', body: '{"query":"a"}' })).status, 403);
  assert.equal((await ask(`/enterprise/v2/users/${A}`, me, { method: 'DELETE' })).status, 403); // not even their own
  assert.equal((await ask(`/enterprise/v2/users/${A}/assets`, 'nobody')).status, 401); // no one signed in: 401, not 403
  assert.deepEqual((await s.requests()).map((r) => r.path), [`/enterprise/v2/users/${A}/assets`, `/enterprise/v2/users/${A}/providers`, `/enterprise/v2/users/${A}/transactions`]);
});

test('staff read everything; only the role named may deactivate, and the audit hook sees every DELETE with its outcome', async () => {
  const s = await scenario();
  const { ask, audits } = await calicoProxy(s, proxy.staffPortal(staffOf, ['admin']));
  for (const path of ['/enterprise/v2/users/all?limit=3', '/enterprise/v2/stats/users', `/enterprise/v2/users/${B}/assets`]) assert.equal((await ask(path, 'staff:analyst')).status, 200, path);
  assert.equal((await ask('/enterprise/v2/users/search', 'staff:analyst', { method: 'POST', body: '{"query":"a"}' })).status, 200);
  assert.equal((await ask(`/enterprise/v2/users/${B}`, 'staff:analyst', { method: 'DELETE' })).status, 403);
  assert.equal((await ask(`/enterprise/v2/users/${B}`, 'staff:admin', { method: 'DELETE' })).status, 204); // B answers the documented 204
  assert.deepEqual(audits, [`DELETE ${B} refused 403`, `DELETE ${B} done 204`]);
  assert.equal((await s.requests()).filter((r) => r.method === 'DELETE').length, 1);
});

test('unknown paths, methods, query parameters and ids never reach the upstream', async () => {
  const s = await scenario();
  const { ask, origin } = await calicoProxy(s, proxy.staffPortal(staffOf, ['admin']));
  const staff = 'staff:admin';
  assert.equal((await ask('/enterprise/v2/secret', staff)).status, 404);
  assert.equal((await ask('/enterprise/v2/users/all', staff, { method: 'POST', body: '{}' })).status, 405);
  assert.equal((await ask('/enterprise/v2/stats/users', staff, { method: 'DELETE' })).status, 405);
  assert.equal((await ask('/enterprise/v2/users/all?limit=5&admin=true', staff)).status, 400);
  assert.equal((await ask('/enterprise/v2/users/a%2F..%2Fall/assets', staff)).status, 404);
  assert.equal((await fetch(`${origin}/enterprise/v2/stats/users`, { headers: { 'x-session': staff } })).status, 404); // outside the mount
  assert.deepEqual(await s.requests(), []);
});

test("the browser's credentials never go upstream, and the upstream credential appears in no answer", async () => {
  const s = await scenario();
  const { ask, issued } = await calicoProxy(s, proxy.customerPortal(customerOf));
  const res = await ask(`/enterprise/v2/users/${A}/assets`, `customer:${A}`, { headers: { authorization: 'Bearer sbx_browser_token', cookie: 'session=abc', 'x-api-key': 'leak' } });
  const text = await res.text();
  assert.equal(res.status, 200);
  assert.deepEqual((await s.requests()).map((r) => r.auth), ['ok']); // the proxy's token, not the browser's
  for (const token of issued) {
    assert.ok(!text.includes(token));
    for (const [, value] of res.headers) assert.ok(!value.includes(token));
  }
  for (const [key] of res.headers) assert.ok(!['set-cookie', 'authorization', 'x-api-key'].includes(key));
});

test('429 and 503 pass through with Retry-After; a documented 601 keeps its code', async () => {
  for (const [status, retryAfter] of [[429, '3'], [503, '2']]) {
    const s = await scenario({ status, retryAfter: Number(retryAfter) });
    const res = await (await calicoProxy(s, proxy.staffPortal(staffOf))).ask('/enterprise/v2/stats/users', 'staff:analyst');
    assert.deepEqual([res.status, res.headers.get('retry-after')], [status, retryAfter]);
  }
  const s = await scenario();
  const res = await (await calicoProxy(s, proxy.staffPortal(staffOf))).ask('/enterprise/v2/users/00000000-0000-4000-8000-000000000000/assets', 'staff:analyst');
  assert.equal(res.status, 601);
});

test('50 concurrent requests make one upstream token call', async () => {
  const s = await scenario();
  const { ask, issued } = await calicoProxy(s, proxy.customerPortal(customerOf));
  const answers = await Promise.all(Array.from({ length: 50 }, () => ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`)));
  assert.deepEqual([...new Set(answers.map((r) => r.status))], [200]);
  assert.equal(issued.length, 1);
});

test('a body over the limit, an upstream that does not answer, and a session over its rate limit', async () => {
  const s = await scenario();
  const staff = await calicoProxy(s, proxy.staffPortal(staffOf), { maxBodyBytes: 1024 });
  assert.equal((await staff.ask('/enterprise/v2/users/search', 'staff:analyst', { method: 'POST', body: JSON.stringify({ query: 'x'.repeat(5000) }) })).status, 413);
  assert.deepEqual(await s.requests(), []);

  const hanging = await scenario({ body: 'hang' });
  const slow = await calicoProxy(hanging, proxy.staffPortal(staffOf, ['admin']), { timeoutMs: 300 });
  assert.equal((await slow.ask('/enterprise/v2/stats/users', 'staff:analyst')).status, 504);
  assert.equal((await slow.ask(`/enterprise/v2/users/${B}`, 'staff:admin', { method: 'DELETE' })).status, 504);
  assert.deepEqual(slow.audits, [`DELETE ${B} unknown 504`]);
  // Headers, then a body that never ends: the same deadline covers the body.
  const stalled = await calicoProxy(await scenario({ body: 'stall' }), proxy.staffPortal(staffOf), { timeoutMs: 300 });
  assert.equal((await stalled.ask('/enterprise/v2/stats/users', 'staff:analyst')).status, 504);

  const limited = await calicoProxy(s, proxy.customerPortal(customerOf), { rateLimit: { limit: 3, windowMs: 60_000, key: customerOf } });
  const statuses = [];
  for (let i = 0; i < 5; i++) statuses.push((await limited.ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`)).status);
  assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
  assert.equal((await s.requests()).length, 3); // the two over the limit never reached the upstream
});

test('the Partner proxy: a member reads their own record with the enterprise key; lists are staff-only', async () => {
  const s = await scenario();
  const handler = proxy.createPartnerProxy({ upstream: s.partnerBaseUrl, apiKey: (await (await fetch(`${sandbox}/sandbox/token`, { method: 'POST', body: '{}' })).json()).access_token, authorize: proxy.customerPortal(customerOf) });
  const origin = await listen(proxy.toNodeListener(handler));
  const ask = (path, session) => fetch(`${origin}${path}`, { headers: { 'x-session': session, 'x-api-key': 'browser-key' } });
  assert.equal((await ask('/users/member-09999/', 'customer:member-09999')).status, 200);
  assert.equal((await ask('/users/member-09998/', 'customer:member-09999')).status, 403);
  assert.equal((await ask('/users/?per_page=5', 'customer:member-09999')).status, 403);
  assert.deepEqual((await s.requests()).map((r) => [r.path, r.auth]), [['/users/member-09999/', 'ok']]);
});

// The snippets of docs/deploying.md, as written there.
test('docs/deploying.md: Express mounts it with app.use; a Next.js-style route handler is the proxy itself', async () => {
  const { default: express } = await import('express');
  const s = await scenario();
  const calico = proxy.createCalicoProxy({
    upstream: s.calicoBaseUrl,
    mount: '/calico-proxy',
    credentials: async () => ({ token: (await (await fetch(`${sandbox}/sandbox/token`, { method: 'POST', body: '{}' })).json()).access_token }),
    authorize: proxy.customerPortal(customerOf),
  });
  const app = express();
  app.use('/calico-proxy', proxy.toNodeListener(calico));
  const origin = await listen(app);
  const mine = await fetch(`${origin}/calico-proxy/enterprise/v2/users/${A}/providers`, { headers: { 'x-session': `customer:${A}` } });
  const theirs = await fetch(`${origin}/calico-proxy/enterprise/v2/users/${B}/providers`, { headers: { 'x-session': `customer:${A}` } });
  assert.deepEqual([mine.status, theirs.status], [200, 403]);
  // Next.js (app/calico-proxy/[...path]/route.ts): `export const GET = calico;` — Next calls it with a Request.
  const GET = calico;
  const res = await GET(new Request(`http://portal.example/calico-proxy/enterprise/v2/users/${A}/assets`, { headers: { 'x-session': `customer:${A}` } }));
  assert.equal(res.status, 200);
  assert.ok(Array.isArray((await res.json()).data.assets));
});
