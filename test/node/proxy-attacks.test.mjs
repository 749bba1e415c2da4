// The server half as a bank's security review attacks it: each test is one finding of the review
// (issue "The server half, production grade"), over real HTTP with node:http, the sandbox as upstream.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calicoProxy, customerOf, listen, proxy, raw, sandbox, sandboxToken, sandboxUserId, scenario, staffOf, withClockSteppedBack } from './helpers.mjs';

const A = sandboxUserId(0);
const B = sandboxUserId(6);
const ODD = sandboxUserId(7); // the sandbox answers its deactivation with 204
const allowAll = () => true; // as a bank whose gateway checked the path in front of the proxy

test('1. a request the fetch Request cannot carry is answered 4xx, and the process serves on', async () => {
  const s = await scenario();
  const { origin } = await calicoProxy(s.calicoBaseUrl, proxy.customerPortal(customerOf));
  const own = `/calico-proxy/enterprise/v2/users/${A}/providers`;
  const attacks = {
    TRACE: `TRACE ${own} HTTP/1.1\r\nHost: bank.example\r\n\r\n`,
    'a Host with a space': `GET ${own} HTTP/1.1\r\nHost: bank example\r\nx-session: customer:${A}\r\n\r\n`,
    'a bad escape in Host': `GET ${own} HTTP/1.1\r\nHost: bank%zz\r\nx-session: customer:${A}\r\n\r\n`,
    'a port past 65535': `GET ${own} HTTP/1.1\r\nHost: bank.example:99999\r\nx-session: customer:${A}\r\n\r\n`,
    'a dot segment': `GET /calico-proxy/enterprise/v2/users/${B}/../${A}/providers HTTP/1.1\r\nHost: bank.example\r\nx-session: customer:${A}\r\n\r\n`,
    'an absolute-form target': `GET http://evil.example${own} HTTP/1.1\r\nHost: bank.example\r\nx-session: customer:${A}\r\n\r\n`,
  };
  const answers = {};
  for (const [name, bytes] of Object.entries(attacks)) answers[name] = (await raw(origin, bytes)).status;
  const ok = Object.entries(answers).filter(([name, status]) => name !== 'a Host with a space' && name !== 'a bad escape in Host' && name !== 'a port past 65535' ? status >= 400 && status < 500 : status === 200 || (status >= 400 && status < 500));
  assert.equal(ok.length, Object.keys(attacks).length, JSON.stringify(answers));
  assert.equal(answers.TRACE, 405);
  const trace = await raw(origin, attacks.TRACE);
  assert.equal(trace.headers.allow, 'GET');
  // Still serving.
  assert.equal((await fetch(`${origin}${own}`, { headers: { 'x-session': `customer:${A}` } })).status, 200);
});

test('2. the Host header never chooses the upstream path: the request line does', async () => {
  const s = await scenario();
  const { origin } = await calicoProxy(s.calicoBaseUrl, allowAll);
  const res = await raw(origin, `GET /calico-proxy/enterprise/v2/users/${A}/assets HTTP/1.1\r\nHost: x/calico-proxy/enterprise/v2/users/${B}/assets#\r\nConnection: close\r\n\r\n`);
  assert.equal(res.status, 200);
  assert.deepEqual((await s.requests()).map((r) => r.path), [`/enterprise/v2/users/${A}/assets`]);
});

test('3. a documented 204 reaches the browser as 204 with no body; an audit hook that throws changes no answer', async () => {
  const s = await scenario();
  const { ask, errors } = await calicoProxy(s.calicoBaseUrl, proxy.staffPortal(staffOf, ['admin']), {
    audit: () => {
      throw new Error('audit log unavailable');
    },
  });
  const res = await ask(`/enterprise/v2/users/${ODD}`, 'staff:admin', { method: 'DELETE' });
  assert.deepEqual([res.status, await res.text()], [204, '']);
  assert.deepEqual((await s.requests()).map((r) => [r.method, r.status]), [['DELETE', 204]]);
  assert.deepEqual(errors.map((e) => [e.stage, e.error.message]), [['audit', 'audit log unavailable']]);
  // The 200 form too, with its body.
  const other = await ask(`/enterprise/v2/users/${B}`, 'staff:admin', { method: 'DELETE' });
  assert.equal(other.status, 200);
  assert.equal((await other.json()).data.status, 'deactivated');
});

test('3. an authorize rule that throws fails closed: 403, no upstream call, audited, reported', async () => {
  const s = await scenario();
  const { ask, audits, errors } = await calicoProxy(s.calicoBaseUrl, () => {
    throw new Error('session store down');
  });
  assert.equal((await ask(`/enterprise/v2/users/${B}`, 'staff:admin', { method: 'DELETE' })).status, 403);
  assert.equal((await ask(`/enterprise/v2/users/${A}/assets`, `customer:${A}`)).status, 403);
  assert.deepEqual(await s.requests(), []);
  assert.deepEqual(audits, [`DELETE ${B} refused 403`]);
  assert.deepEqual(errors.map((e) => e.stage), ['authorize', 'authorize']);
});

test('3. 401 when no one is signed in, 403 when the person may not; the proxy marks its own refusals', async () => {
  const s = await scenario();
  const { ask } = await calicoProxy(s.calicoBaseUrl, proxy.customerPortal(customerOf));
  const signedOut = await ask(`/enterprise/v2/users/${A}/assets`, '');
  const other = await ask(`/enterprise/v2/users/${B}/assets`, `customer:${A}`);
  assert.deepEqual([signedOut.status, signedOut.headers.get('x-calico-proxy')], [401, 'signed-out']);
  assert.deepEqual([other.status, other.headers.get('x-calico-proxy')], [403, 'forbidden']);
  const custom = await calicoProxy(s.calicoBaseUrl, () => 'signed-out');
  assert.equal((await custom.ask(`/enterprise/v2/users/${A}/assets`, '')).status, 401);
});

test("3. Calico's 601 answers a standard status on a fetch runtime, and the client reads the same kind as on node:http", async () => {
  const s = await scenario();
  const { createCalicoClient } = await import('tsx/esm/api').then(({ tsImport }) => tsImport('../../src/client/calico.ts', import.meta.url));
  const handler = proxy.createCalicoProxy({ upstream: s.calicoBaseUrl, credentials: sandboxToken, authorize: allowAll });
  const missing = '00000000-0000-4000-8000-000000000000';
  const direct = await handler(new Request(`http://portal.example/enterprise/v2/users/${missing}/assets`));
  assert.deepEqual([direct.status, direct.headers.get('x-calico-status')], [404, '601']);
  const node = await listen(proxy.toNodeListener(handler));
  const kinds = [];
  for (const fetchImpl of [(url, init) => handler(new Request(url, init)), undefined]) {
    const client = createCalicoClient({ baseUrl: fetchImpl ? 'http://portal.example' : node, tokenProvider: async () => ({ token: 'session' }), fetch: fetchImpl, retry: { retries: 0 } });
    const error = await client.userAssets(missing).catch((e) => e);
    kinds.push([error.kind, error.status]);
  }
  assert.deepEqual(kinds, [['not-found', 601], ['not-found', 601]]);
});

test('4. the body limit is enforced while the body streams: the proxy pulls no more than the limit', async () => {
  const s = await scenario();
  const handler = proxy.createCalicoProxy({ upstream: s.calicoBaseUrl, credentials: sandboxToken, authorize: allowAll, maxBodyBytes: 16 * 1024 });
  let pulled = 0;
  const chunk = new Uint8Array(4096).fill(32);
  const body = new ReadableStream({
    pull(controller) {
      if (pulled >= 64 * 1024 * 1024) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  }, { highWaterMark: 0 });
  const res = await handler(new Request('http://portal.example/enterprise/v2/users/search', { method: 'POST', body, duplex: 'half' }));
  assert.equal(res.status, 413);
  assert.ok(pulled <= 16 * 1024 + chunk.byteLength, `pulled ${pulled} bytes`);
  assert.deepEqual(await s.requests(), []);
});

test('4. over node:http, a chunked body past the limit is 413 without reading it all, and the next request is served', async () => {
  const s = await scenario();
  const { origin } = await calicoProxy(s.calicoBaseUrl, proxy.staffPortal(staffOf), { maxBodyBytes: 1024 });
  const piece = 'x'.repeat(8192);
  const chunks = Array.from({ length: 64 }, () => `${piece.length.toString(16)}\r\n${piece}\r\n`).join('');
  const res = await raw(origin, `POST /calico-proxy/enterprise/v2/users/search HTTP/1.1\r\nHost: bank.example\r\nx-session: staff:a\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n${chunks}`);
  assert.equal(res.status, 413);
  const declared = await raw(origin, `POST /calico-proxy/enterprise/v2/users/search HTTP/1.1\r\nHost: bank.example\r\nx-session: staff:a\r\nContent-Length: 67108864\r\n\r\n{`);
  assert.equal(declared.status, 413);
  assert.equal((await fetch(`${origin}/calico-proxy/enterprise/v2/users/search`, { method: 'POST', headers: { 'x-session': 'staff:a' }, body: '{"query":"a"}' })).status, 200);
  assert.equal((await fetch(`${origin}/calico-proxy/enterprise/v2/users/search`, { method: 'POST', headers: { 'x-session': 'staff:a' }, body: 'not json' })).status, 400);
});

/** An upstream that answers what the test says, for bodies the sandbox would never send. */
async function stubUpstream(answer) {
  const seen = [];
  const origin = await listen((req, res) => {
    seen.push(req.headers.authorization);
    const { status, type = 'application/json', body } = answer(req);
    res.writeHead(status, { 'content-type': type }).end(body);
  });
  return { origin, seen };
}

test('5. an upstream error body never reaches the browser as it came: only the whitelisted fields, as JSON, never sniffed', async () => {
  const echo = await stubUpstream((req) => ({ status: 401, body: JSON.stringify({ errors: [{ provider_id: 'calico', cause: 'invalid_token', echo: req.headers.authorization }], message: `rejected ${req.headers.authorization}` }) }));
  const { ask } = await calicoProxy(echo.origin, proxy.staffPortal(staffOf));
  const res = await ask('/enterprise/v2/stats/users', 'staff:a');
  const text = await res.text();
  assert.equal(res.status, 401);
  assert.ok(echo.seen.length >= 1 && echo.seen.every((h) => h?.startsWith('Bearer sbx_')));
  for (const header of echo.seen) assert.ok(!text.includes(header.slice(7)), 'the token is not in the body');
  assert.deepEqual(JSON.parse(text), { errors: [{ provider_id: 'calico', cause: 'invalid_token' }] });

  const html = await stubUpstream(() => ({ status: 502, type: 'text/html', body: '<html><script>alert(1)</script></html>' }));
  const gateway = await (await calicoProxy(html.origin, proxy.staffPortal(staffOf))).ask('/enterprise/v2/stats/users', 'staff:a');
  assert.equal(gateway.status, 502);
  assert.equal(gateway.headers.get('content-type'), 'application/json');
  assert.equal(gateway.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(gateway.headers.get('cache-control'), 'no-store');
  assert.deepEqual(await gateway.json(), { errors: [], message: 'The API could not be reached.' });

  const validation = await stubUpstream(() => ({ status: 422, body: JSON.stringify({ detail: [{ loc: ['query', 'per_page'], msg: 'Input should be a valid integer', type: 'int_parsing', input: 'secret-echo', ctx: { secret: 1 } }] }) }));
  const partner = proxy.createPartnerProxy({ upstream: validation.origin, apiKey: 'enterprise-key', authorize: allowAll });
  const answer = await partner(new Request('http://portal.example/users/?per_page=5'));
  assert.equal(answer.status, 422);
  assert.deepEqual(await answer.json(), { detail: [{ loc: ['query', 'per_page'], type: 'int_parsing', msg: 'Input should be a valid integer' }] });
  const plain = await stubUpstream(() => ({ status: 403, body: JSON.stringify({ detail: 'key enterprise-key is not valid' }) }));
  const refused = await proxy.createPartnerProxy({ upstream: plain.origin, apiKey: 'enterprise-key', authorize: allowAll })(new Request('http://portal.example/users/?per_page=5'));
  assert.deepEqual([refused.status, await refused.json(), refused.headers.get('x-calico-proxy')], [403, { detail: 'Not allowed.' }, null]);
});

test('6. a cross-site write is refused before authorize; same-origin and listed origins write; only listed origins get CORS', async () => {
  const s = await scenario();
  const { ask, audits, origin } = await calicoProxy(s.calicoBaseUrl, proxy.staffPortal(staffOf, ['admin']), { allowedOrigins: ['https://portal.bank.example'] });
  const del = (id, headers) => ask(`/enterprise/v2/users/${id}`, 'staff:admin', { method: 'DELETE', headers });
  assert.equal((await del(sandboxUserId(10), { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status, 403);
  assert.equal((await del(sandboxUserId(10), { 'sec-fetch-site': 'cross-site' })).status, 403);
  assert.equal((await del(sandboxUserId(10), { origin: 'null' })).status, 403);
  const search = await ask('/enterprise/v2/users/search', 'staff:admin', { method: 'POST', body: '{}', headers: { origin: 'https://evil.example' } });
  assert.equal(search.status, 403);
  assert.equal((await s.requests()).length, 0, 'nothing went upstream');
  assert.deepEqual(audits, [`DELETE ${sandboxUserId(10)} refused 403`, `DELETE ${sandboxUserId(10)} refused 403`, `DELETE ${sandboxUserId(10)} refused 403`]);

  assert.equal((await del(sandboxUserId(10), { origin, 'sec-fetch-site': 'same-origin' })).status, 200); // the proxy's own origin
  const listed = await del(sandboxUserId(12), { origin: 'https://portal.bank.example', 'sec-fetch-site': 'same-site' });
  assert.deepEqual([listed.status, listed.headers.get('access-control-allow-origin'), listed.headers.get('access-control-allow-credentials')], [200, 'https://portal.bank.example', 'true']);
  assert.equal((await del(sandboxUserId(14), {})).status, 200); // no browser: authorize alone

  const preflight = (from) => fetch(`${origin}/calico-proxy/enterprise/v2/users/${A}`, { method: 'OPTIONS', headers: { origin: from, 'access-control-request-method': 'DELETE' } });
  const good = await preflight('https://portal.bank.example');
  assert.deepEqual([good.status, good.headers.get('access-control-allow-methods'), good.headers.get('access-control-allow-origin')], [204, 'DELETE', 'https://portal.bank.example']);
  const evil = await preflight('https://evil.example');
  assert.equal(evil.status, 403);
  assert.equal(evil.headers.get('access-control-allow-origin'), null);
  const read = await ask(`/enterprise/v2/users/${A}/assets`, 'staff:a', { headers: { origin: 'https://evil.example' } });
  assert.equal(read.headers.get('access-control-allow-origin'), null);
});

test('7. the memory store is bounded: over its cap the oldest window goes, with no sweep', () => {
  const store = proxy.memoryRateLimitStore({ maxKeys: 3 });
  for (const key of ['a', 'b', 'c']) store.hit(key, 60_000);
  assert.equal(store.hit('a', 60_000).count, 2);
  store.hit('d', 60_000); // a fourth window: the oldest one ('a', started first) is forgotten
  assert.equal(store.hit('b', 60_000).count, 2);
  assert.equal(store.hit('a', 60_000).count, 1);
});

test('7. requests whose key returns nothing share one bucket, and a failing store closes the door', async () => {
  const s = await scenario();
  const limited = await calicoProxy(s.calicoBaseUrl, allowAll, { rateLimit: { limit: 2, windowMs: 60_000, key: customerOf } });
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await limited.ask(`/enterprise/v2/users/${A}/providers`, '')).status);
  assert.deepEqual(statuses, [200, 200, 429]);
  const broken = await calicoProxy(s.calicoBaseUrl, allowAll, { rateLimit: { limit: 2, windowMs: 60_000, key: customerOf, store: { hit: async () => { throw new Error('redis down'); } } } });
  const res = await broken.ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`);
  assert.deepEqual([res.status, res.headers.get('retry-after')], [503, '5']);
  assert.deepEqual(broken.errors.map((e) => e.stage), ['rate-limit']);
});

test('a browser that leaves mid-request aborts the upstream call: a write is audited as unknown, nothing is reported as an error', async () => {
  const s = await scenario({ body: 'hang' });
  const { ask, audits, errors } = await calicoProxy(s.calicoBaseUrl, proxy.staffPortal(staffOf, ['admin']));
  const leaving = new AbortController();
  const gone = ask(`/enterprise/v2/users/${sandboxUserId(16)}`, 'staff:admin', { method: 'DELETE', signal: leaving.signal }).catch((e) => e.name);
  while ((await s.requests()).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  leaving.abort();
  assert.equal(await gone, 'AbortError');
  while (audits.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(audits, [`DELETE ${sandboxUserId(16)} unknown 499`]);
  assert.deepEqual(errors, []);
});

// A security review's second round, each a test that failed before its fix.

test('review: a credential the upstream echoes inside a whitelisted field is cut out; prose never passes as a code', async () => {
  const calicoEcho = await stubUpstream((req) => ({ status: 400, body: JSON.stringify({ errors: [{ provider_id: 'calico', cause: `bad request for ${req.headers.authorization}` }, { provider_id: 'calico', cause: 'bad_request' }] }) }));
  const { ask } = await calicoProxy(calicoEcho.origin, proxy.staffPortal(staffOf));
  const text = await (await ask('/enterprise/v2/stats/users', 'staff:a')).text();
  assert.deepEqual(JSON.parse(text), { errors: [{ provider_id: 'calico', cause: 'bad_request' }] });
  const partnerEcho = await stubUpstream((req) => ({ status: 422, body: JSON.stringify({ detail: [{ loc: ['header', 'x-api-key'], msg: 'bad key', type: 'value_error' }, { loc: ['query', 'per_page'], msg: `key ${req.headers['x-api-key']} has no scope`, type: 'value_error' }] }) }));
  const answer = await proxy.createPartnerProxy({ upstream: partnerEcho.origin, apiKey: 'SECRET-PARTNER-KEY', authorize: allowAll })(new Request('http://portal.example/users/?per_page=5'));
  const body = await answer.text();
  assert.ok(!body.includes('SECRET-PARTNER-KEY'), body);
  assert.deepEqual(JSON.parse(body), { detail: [{ loc: ['query', 'per_page'], type: 'value_error', msg: 'key [redacted] has no scope' }] });
});

test('review: a hook or a rate-limit store that never settles costs the request a deadline, not forever', async () => {
  const s = await scenario();
  const never = () => new Promise(() => {});
  const store = await calicoProxy(s.calicoBaseUrl, allowAll, { timeoutMs: 300, rateLimit: { limit: 5, windowMs: 60_000, key: customerOf, store: { hit: never } } });
  const stuck = await store.ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`);
  assert.deepEqual([stuck.status, stuck.headers.get('x-calico-proxy')], [503, 'rate-limit-store']);
  const rule = await calicoProxy(s.calicoBaseUrl, never, { timeoutMs: 300 });
  assert.equal((await rule.ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`)).status, 403);
  assert.deepEqual([...store.errors, ...rule.errors].map((e) => e.stage), ['rate-limit', 'authorize']);
  assert.deepEqual(await s.requests(), []);
});

test('review: a body parser mounted before the proxy is named at once; a body that trickles is 408', async () => {
  const { default: express } = await import('express');
  const s = await scenario();
  const handler = proxy.createCalicoProxy({ upstream: s.calicoBaseUrl, mount: '/calico-proxy', credentials: sandboxToken, authorize: allowAll, timeoutMs: 500, onError: () => {} });
  const app = express();
  app.use(express.json());
  app.use('/calico-proxy', proxy.toNodeListener(handler));
  const origin = await listen(app);
  const res = await fetch(`${origin}/calico-proxy/enterprise/v2/users/search`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"a"}' });
  assert.deepEqual([res.status, res.headers.get('x-calico-proxy')], [500, 'body-gone']);
  const direct = await listen(proxy.toNodeListener(handler));
  const slow = await raw(direct, 'POST /calico-proxy/enterprise/v2/users/search HTTP/1.1\r\nHost: bank.example\r\nContent-Length: 20\r\n\r\n{"query"', { waitMs: 3000 });
  assert.equal(slow.status, 408);
});

test('review: writes refused by the rate limit are audited', async () => {
  const s = await scenario();
  const { ask, audits } = await calicoProxy(s.calicoBaseUrl, proxy.staffPortal(staffOf, ['admin']), { rateLimit: { limit: 1, windowMs: 60_000, key: staffOf } });
  await ask(`/enterprise/v2/users/${sandboxUserId(18)}`, 'staff:admin', { method: 'DELETE' });
  assert.equal((await ask(`/enterprise/v2/users/${sandboxUserId(20)}`, 'staff:admin', { method: 'DELETE' })).status, 429);
  assert.deepEqual(audits, [`DELETE ${sandboxUserId(18)} done 200`, `DELETE ${sandboxUserId(20)} refused 429`]);
});

test("review: an Origin on plain http, or the adapter's own made-up origin, is not the proxy's own", async () => {
  const s = await scenario();
  const { origin } = await calicoProxy(s.calicoBaseUrl, proxy.staffPortal(staffOf, ['admin']));
  const del = (from) => raw(origin, `DELETE /calico-proxy/enterprise/v2/users/${sandboxUserId(22)} HTTP/1.1\r\nHost: bank.example\r\nOrigin: ${from}\r\nx-session: staff:admin\r\nConnection: close\r\n\r\n`);
  assert.equal((await del('http://bank.example')).status, 403);
  assert.equal((await del('http://localhost')).status, 403);
  assert.equal((await del('https://bank.example')).status, 200);
  assert.deepEqual((await s.requests()).map((r) => r.method), ['DELETE']);
});

test('review: the query goes upstream rebuilt from the checked pairs; a fixed path is never read as an id', async () => {
  const urls = [];
  const upstream = await stubUpstream((req) => (urls.push(req.url), { status: 200, body: '{"page":{},"data":{"transactions":[]}}' }));
  const { ask } = await calicoProxy(upstream.origin, proxy.staffPortal(staffOf, ['admin']));
  await ask(`/enterprise/v2/users/${A}/transactions?limit=1;user_ids=${B}`, 'staff:a');
  // One parameter, as checked: a ";" that an upstream might read as a separator arrives escaped.
  assert.deepEqual(urls, [`/enterprise/v2/users/${A}/transactions?limit=1%3Buser_ids%3D${B}`]);
  const del = await ask('/enterprise/v2/users/all', 'staff:admin', { method: 'DELETE' });
  assert.deepEqual([del.status, del.headers.get('allow')], [405, 'GET']);
  assert.equal(urls.length, 1);
});

// A third round (a review of the finished server half), each a test that failed before its fix.

test('review 3: an onError that returns a rejected promise (an async logger that is down) stops nothing: 403, and the process serves on', async () => {
  const s = await scenario();
  const unhandled = [];
  const collect = (reason) => unhandled.push(reason);
  process.on('unhandledRejection', collect);
  try {
    // A session decoder that throws on a malformed cookie: one stranger's request reaches onError.
    const decode = (request) => JSON.parse(request.headers.get('x-session') ?? '').id;
    const handler = proxy.createCalicoProxy({ upstream: s.calicoBaseUrl, mount: '/calico-proxy', credentials: sandboxToken, authorize: proxy.customerPortal(decode), onError: async () => Promise.reject(new Error('log shipper unavailable')) });
    const origin = await listen(proxy.toNodeListener(handler));
    const ask = (session) => fetch(`${origin}/calico-proxy/enterprise/v2/users/${A}/providers`, { headers: { 'x-session': session } });
    assert.equal((await ask('{not json')).status, 403);
    await new Promise((resolve) => setTimeout(resolve, 50)); // an unhandled rejection is reported after the microtasks
    assert.deepEqual(unhandled.map(String), []);
    assert.equal((await ask(JSON.stringify({ id: A }))).status, 200);
  } finally {
    process.off('unhandledRejection', collect);
  }
});

test('review 3: a credential the upstream echoes across the length cut is cut out whole, never in part', async () => {
  const KEY = 'PARTNER-SECRET-KEY-0123456789abcdef';
  for (const pad of [150, 170, 180, 190, 199]) {
    const echo = await stubUpstream((req) => ({ status: 422, body: JSON.stringify({ detail: [{ loc: ['query', 'per_page'], msg: `${'x'.repeat(pad)} key ${req.headers['x-api-key']} bad`, type: 'value_error' }] }) }));
    const answer = await proxy.createPartnerProxy({ upstream: echo.origin, apiKey: KEY, authorize: allowAll })(new Request('http://portal.example/users/?per_page=5'));
    const body = await answer.text();
    // No 6 characters of the key in a row, wherever the 200-character cut fell.
    const leaked = Array.from({ length: KEY.length - 5 }, (_, i) => KEY.slice(i, i + 6)).filter((piece) => body.includes(piece));
    assert.deepEqual(leaked, [], `padding ${pad}: ${body}`);
    assert.ok(JSON.parse(body).detail[0].msg.length <= 200);
  }
});

test('review 3: a failing credentials provider is told to onError only, never printed as it came (its message may carry a client secret)', async () => {
  const s = await scenario();
  const printed = [];
  const { error: print } = console;
  console.error = (...args) => printed.push(args.map(String).join(' '));
  try {
    const { ask, errors } = await calicoProxy(s.calicoBaseUrl, allowAll, {
      credentials: () => {
        throw new Error('POST /oauth/token client_secret=CLIENT_SECRET failed');
      },
    });
    assert.equal((await ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`)).status, 502);
    assert.deepEqual(errors.map((e) => e.stage), ['credentials']);
    assert.deepEqual(printed, []);
  } finally {
    console.error = print;
  }
});

test('review 3: options that cannot work (a rate limit, credentials that are no function) are refused when the proxy is made, with a clear error', () => {
  const make = (rateLimit) => () => proxy.createPartnerProxy({ upstream: 'https://partner.example', apiKey: 'k', authorize: allowAll, rateLimit });
  for (const bad of [{ limit: 0, windowMs: 1000 }, { limit: 1.5, windowMs: 1000 }, { limit: 10, windowMs: 0 }, { limit: 10, windowMs: Number.NaN }, { limit: 10, windowMs: Infinity }, { limit: 10 }]) {
    assert.throws(make(bad), /rateLimit/, JSON.stringify(bad));
  }
  make({ limit: 10, windowMs: 60_000 / 7 })(); // a fraction of a millisecond is fine
  assert.throws(() => proxy.createCalicoProxy({ upstream: 'https://calico.example', authorize: allowAll, credentials: 'a-token' }), /credentials must be a function/);
});

test("review 3: a revoked enterprise token, or a token endpoint that fails, costs the bank's token endpoint one call per pause, not one per request", async () => {
  const s = await scenario();
  let asked = 0;
  const revoked = await calicoProxy(s.calicoBaseUrl, allowAll, { credentialsPauseMs: 300, credentials: () => (asked++, 'revoked-token') });
  const read = (p) => p.ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`).then((r) => r.status);
  const statuses = [];
  for (let i = 0; i < 8; i++) statuses.push(await read(revoked));
  // The API's own answer to the one request it saw; then 502 at once, with no call to anyone.
  assert.deepEqual(statuses, [401, 502, 502, 502, 502, 502, 502, 502]);
  assert.deepEqual([asked, (await s.requests()).length], [1, 1]);
  await new Promise((resolve) => setTimeout(resolve, 350));
  assert.equal(await read(revoked), 401);
  assert.deepEqual([asked, (await s.requests()).length], [2, 2], 'after the pause, asked once more');

  let failed = 0;
  const down = await calicoProxy(s.calicoBaseUrl, allowAll, { credentialsPauseMs: 300, credentials: () => (failed++, Promise.reject(new Error('token endpoint down'))) });
  for (let i = 0; i < 8; i++) assert.equal(await read(down), 502);
  assert.equal(failed, 1);
  assert.deepEqual(down.errors.map((e) => e.stage), Array(8).fill('credentials'));
});

test('review 3: a token refused long after it was issued (expired early, rotated) is replaced, and the read is asked once more', async () => {
  const s = await scenario();
  let asked = 0;
  // The sandbox's token lives 1 s; the provider says an hour, so only the API's 401 can tell.
  const credentials = async () => {
    asked++;
    const { access_token } = await (await fetch(`${sandbox}/sandbox/token`, { method: 'POST', body: JSON.stringify({ lifetime: 1 }) })).json();
    return { token: access_token, expiresIn: 3600 };
  };
  const { ask } = await calicoProxy(s.calicoBaseUrl, allowAll, { credentialsPauseMs: 300, credentials });
  assert.equal((await ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`)).status, 200);
  await new Promise((resolve) => setTimeout(resolve, 1100));
  assert.equal((await ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`)).status, 200);
  assert.equal(asked, 2);
  assert.deepEqual((await s.requests()).map((r) => r.status), [200, 401, 200]);
});

test('review 3: an upstream answer past 8 MB is cut off as it streams (502), never held in memory whole', async () => {
  let written = 0;
  let closedEarly = false;
  const chunk = Buffer.alloc(64 * 1024, 'a');
  const huge = await listen((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.on('close', () => (closedEarly = written < 64 * 1024 * 1024));
    const pump = () => {
      while (written < 64 * 1024 * 1024) {
        written += chunk.length;
        if (!res.write(chunk)) return res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
  const { ask, errors } = await calicoProxy(huge, allowAll, { credentials: () => 'token' });
  const answer = await ask('/enterprise/v2/stats/users', 'staff:a');
  assert.deepEqual([answer.status, answer.headers.get('x-calico-proxy')], [502, 'upstream']);
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.ok(closedEarly, `the upstream was read to its end (${written} bytes written)`);
  assert.deepEqual(errors.map((e) => e.stage), ['upstream']);
});

test('review 4: a write refused for a stray query parameter is audited too, and a cross-site one is refused as cross-site first', async () => {
  const s = await scenario();
  const { origin, audits } = await calicoProxy(s.calicoBaseUrl, proxy.customerPortal(customerOf));
  const del = (extra) => raw(origin, `DELETE /calico-proxy/enterprise/v2/users/${B}?x=1 HTTP/1.1\r\nHost: bank.example\r\nx-session: customer:${A}\r\n${extra}Content-Length: 0\r\nConnection: close\r\n\r\n`);
  const same = await del('');
  const cross = await del('Origin: https://evil.example\r\n');
  assert.deepEqual([same.status, cross.status], [400, 403]);
  assert.equal(cross.headers['x-calico-proxy'], 'cross-site');
  assert.deepEqual(audits, [`DELETE ${B} refused 400`, `DELETE ${B} refused 403`]);
  assert.deepEqual(await s.requests(), []);
});

test('review 7: a session key that cannot become text (an object from a parsed cookie) falls back to the no-session bucket; it never pauses the store for everyone', async () => {
  const s = await scenario();
  // As a bank reading `sid` from a JSON cookie it has not verified: a stranger sends {"sid":{"toString":0}}.
  const key = (request) => JSON.parse(request.headers.get('x-cookie') ?? '{}').sid;
  const { origin, errors } = await calicoProxy(s.calicoBaseUrl, allowAll, { rateLimit: { limit: 50, windowMs: 60_000, key } });
  const read = (cookie) => fetch(`${origin}/calico-proxy/enterprise/v2/users/${A}/providers`, { headers: { 'x-cookie': cookie } }).then((r) => r.status);
  assert.equal(await read('{"sid":{"toString":0}}'), 200);
  assert.equal(await read('{"sid":"alice"}'), 200);
  assert.deepEqual(errors.map((e) => e.stage), []);
});

test('the pause after the credentials provider fails runs on a monotonic clock: a wall clock stepped back does not hold it', async () => {
  const s = await scenario();
  let fail = true;
  const credentials = () => (fail ? ((fail = false), Promise.reject(new Error('token endpoint down once'))) : sandboxToken());
  const { ask } = await calicoProxy(s.calicoBaseUrl, proxy.customerPortal(customerOf), { credentials, credentialsPauseMs: 300 });
  const read = () => ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`).then((r) => r.status);
  assert.equal(await read(), 502);
  await withClockSteppedBack(async () => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(await read(), 200);
  });
});
