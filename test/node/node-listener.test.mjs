// toNodeListener as a bank's backend mounts it, found by a review of the adapters: over HTTP/2 (Fastify
// `http2: true`, node:http2), and with the session a middleware already read (express-session, passport).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, createServer } from 'node:http2';
import { calicoProxy, customerOf, proxy, sandboxUserId, scenario, staffOf } from './helpers.mjs';

const A = sandboxUserId(0);
const B = sandboxUserId(6);
const servers = [];
after(() => servers.forEach((s) => s.close()));

/** One HTTP/2 (h2c) request: its status, headers and body. */
function h2(origin, method, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const session = connect(origin);
    session.on('error', reject);
    const stream = session.request({ ':method': method, ':path': path, ...headers });
    let body = '';
    let head;
    stream.on('response', (h) => (head = h)).on('data', (d) => (body += d)).on('end', () => (session.close(), resolve({ status: head[':status'], headers: head, body })));
    stream.on('error', reject);
    stream.end();
  });
}

test('over HTTP/2: reads, a same-origin write, and a Calico 601 are answered as over HTTP/1.1 (every request was 400)', async () => {
  const s = await scenario();
  const { handler } = await calicoProxy(s.calicoBaseUrl, proxy.staffPortal(staffOf, ['admin']));
  const server = createServer(proxy.toNodeListener(handler));
  servers.push(server);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const read = await h2(origin, 'GET', `/calico-proxy/enterprise/v2/users/${A}/providers`, { 'x-session': 'staff:analyst' });
  assert.equal(read.status, 200, read.body);
  // Same-origin: the browser's Origin is the :authority it spoke to (HTTP/2 has no Host header).
  const write = await h2(origin, 'DELETE', `/calico-proxy/enterprise/v2/users/${B}`, { 'x-session': 'staff:admin', origin });
  assert.equal(write.status, 200, write.body);
  const unknown = await h2(origin, 'GET', '/calico-proxy/enterprise/v2/users/no-such-user/providers', { 'x-session': 'staff:analyst' });
  // HTTP/2 carries no status over 599: the standard one, the real code in its header (as on a fetch runtime).
  assert.deepEqual([unknown.status, unknown.headers['x-calico-status']], [404, '601']);
});

test("nodeRequestOf(request): authorize reads the session a middleware already put on node's request; no header bridge a browser could forge", async () => {
  const { default: express } = await import('express');
  const s = await scenario();
  const sessions = new Map([['sid-1', { calicoUserId: A }]]);
  const { handler } = await calicoProxy(s.calicoBaseUrl, proxy.customerPortal((request) => proxy.nodeRequestOf(request)?.session?.calicoUserId));
  const app = express();
  app.use((req, _res, next) => ((req.session = sessions.get(/sid=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1])), next()));
  app.use('/calico-proxy', proxy.toNodeListener(handler));
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const ask = (path, headers) => fetch(`${origin}/calico-proxy${path}`, { headers });
  assert.equal((await ask(`/enterprise/v2/users/${A}/providers`, { cookie: 'sid=sid-1' })).status, 200);
  assert.equal((await ask(`/enterprise/v2/users/${B}/providers`, { cookie: 'sid=sid-1' })).status, 403);
  assert.equal((await ask(`/enterprise/v2/users/${A}/providers`, { 'x-calico-user': A })).status, 401);
  assert.equal(proxy.nodeRequestOf(new Request('http://x/')), undefined, 'a Request no listener made has none');
  void customerOf;
});
