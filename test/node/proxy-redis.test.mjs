// The cluster store against a real Redis: Debian's redis-server, started here on a free port (npm test
// installs it when missing, as it does Chromium). Two proxy instances sharing it allow exactly `limit`
// requests between them; ioredis and node-redis clients both work.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { calicoProxy, customerOf, proxy, sandboxToken, sandboxUserId, scenario, withClockSteppedBack } from './helpers.mjs';

const A = sandboxUserId(0);
const binary = process.env.REDIS_SERVER || spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
let server;
let port;
const clients = [];

/** A redis-server of its own on a free port, ready when it says so (no polling, no fixed sleep). */
async function startRedis() {
  assert.ok(binary, 'redis-server is not installed: `npm test` installs it (apt-get install redis-server), or set REDIS_SERVER');
  const free = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: found } = probe.address();
      probe.close(() => resolve(found));
    });
  });
  const child = spawn(binary, ['--port', String(free), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  // An exit first is a failure with its output.
  let output = '';
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => (output += chunk) && /ready to accept connections/i.test(output) && resolve());
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
  });
  child.stdout.resume();
  servers.push(child);
  return { port: free, child };
}
const servers = [];

before(async () => {
  ({ port, child: server } = await startRedis());
});
after(async () => {
  // A quit waits for Redis to answer: one that is gone or stopped gets a second, then the client is cut
  // (an ioredis client left reconnecting would keep the process alive), then the servers go.
  for (const client of clients) {
    await Promise.race([Promise.resolve().then(() => client.quit()).catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1000))]);
    client.disconnect?.();
  }
  for (const child of servers) child.kill('SIGKILL');
});

const ioredis = () => {
  const client = new Redis({ port, host: '127.0.0.1' });
  clients.push(client);
  return client;
};

test('the Redis store counts per key and window, and a window ends by itself', async () => {
  const store = proxy.redisRateLimitStore(ioredis(), { prefix: `t1:${Date.now()}:` });
  const first = await store.hit('k', 300);
  const second = await store.hit('k', 300);
  assert.deepEqual([first.count, second.count, (await store.hit('other', 300)).count], [1, 2, 1]);
  assert.ok(first.resetAt > Date.now() && first.resetAt <= Date.now() + 300);
  await new Promise((resolve) => setTimeout(resolve, 400));
  assert.equal((await store.hit('k', 300)).count, 1);
});

test('two proxy instances sharing one Redis allow exactly `limit` requests between them, however they interleave', async () => {
  const s = await scenario();
  const prefix = `t2:${Date.now()}:`;
  const rateLimit = (client) => ({ limit: 7, windowMs: 60_000, key: customerOf, store: proxy.redisRateLimitStore(client, { prefix }) });
  const one = await calicoProxy(s.calicoBaseUrl, proxy.customerPortal(customerOf), { rateLimit: rateLimit(ioredis()) });
  const two = await calicoProxy(s.calicoBaseUrl, proxy.customerPortal(customerOf), { rateLimit: rateLimit(ioredis()) });
  const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? one : two).ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`)));
  const statuses = answers.map((r) => r.status);
  assert.equal(statuses.filter((s) => s === 200).length, 7, statuses.join(' '));
  assert.equal(statuses.filter((s) => s === 429).length, 23);
  assert.ok(answers.filter((r) => r.status === 429).every((r) => Number(r.headers.get('retry-after')) >= 1));
  assert.equal((await s.requests()).length, 7, 'only the allowed ones reached the upstream');
});

test('a window that is not a whole number of milliseconds works, and its key still expires (Redis takes whole ms only)', async () => {
  const client = ioredis();
  const prefix = `t4:${Date.now()}:`;
  const store = proxy.redisRateLimitStore(client, { prefix });
  assert.deepEqual([(await store.hit('k', 60_000 / 7)).count, (await store.hit('k', 60_000 / 7)).count], [1, 2]);
  const ttl = await client.pttl(`${prefix}k`);
  assert.ok(ttl > 0 && ttl <= 8572, `PTTL ${ttl}`);
});

test('a node-redis client works the same', async () => {
  const client = createClient({ socket: { port, host: '127.0.0.1' } });
  await client.connect();
  clients.push({ quit: () => client.close?.() ?? client.quit() });
  const store = proxy.redisRateLimitStore(client, { prefix: `t3:${Date.now()}:` });
  assert.deepEqual([(await store.hit('k', 60_000)).count, (await store.hit('k', 60_000)).count], [1, 2]);
});

test('review 5: a node-redis client with no error listener of its own: Redis going away answers 503, it never ends the process', async () => {
  const own = await startRedis();
  const client = createClient({ socket: { port: own.port, host: '127.0.0.1', reconnectStrategy: 100 } });
  await client.connect();
  clients.push({ quit: async () => client.destroy?.() ?? client.disconnect() });
  const s = await scenario();
  const { ask, errors } = await calicoProxy(s.calicoBaseUrl, proxy.customerPortal(customerOf), { rateLimit: { limit: 100, windowMs: 60_000, key: customerOf, store: proxy.redisRateLimitStore(client) } });
  const read = () => ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`).then((r) => r.status);
  assert.equal(await read(), 200);
  own.child.kill('SIGKILL'); // node-redis emits 'error' on the lost socket: with no listener, the process ended
  await new Promise((resolve) => own.child.once('exit', resolve));
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(await read(), 503);
  assert.equal(errors.at(-1).stage, 'rate-limit');
});

/**
 * A Redis of its own (to stop, kill or pause), an ioredis client, and a customer-portal proxy counting
 * in it: `read()` is one customer read's status.
 */
async function ownRedisProxy({ limit, timeoutMs, clientOptions = {} }) {
  const own = await startRedis();
  const client = new Redis({ port: own.port, host: '127.0.0.1', ...clientOptions });
  clients.push(client);
  const s = await scenario();
  const { ask } = await calicoProxy(s.calicoBaseUrl, proxy.customerPortal(customerOf), { ...(timeoutMs && { timeoutMs }), rateLimit: { limit, windowMs: 60_000, key: customerOf, store: proxy.redisRateLimitStore(client) } });
  const read = () => ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`).then((r) => r.status);
  return { own, read };
}

test('review 5: while Redis stalls, the store is asked once per pause, so nothing queued is replayed as counts that lock people out when it is back', async () => {
  const { own, read } = await ownRedisProxy({ limit: 3, clientOptions: { commandTimeout: 200 } });
  assert.equal(await read(), 200); // 1 of 3
  own.child.kill('SIGSTOP'); // a hung host: the socket is up, nothing answers
  const during = [];
  for (let i = 0; i < 8; i++) during.push(await read());
  own.child.kill('SIGCONT');
  assert.deepEqual(during, Array(8).fill(503));
  await new Promise((resolve) => setTimeout(resolve, 5_200)); // the pause the 503s' Retry-After named
  // Counted: the first read and the one hit sent into the stall; 8 replayed hits would make this 429.
  assert.equal(await read(), 200);
});

test('review 5: a Calico and a Partner proxy, or two mounts, sharing one Redis count apart', async () => {
  const s = await scenario();
  const store = proxy.redisRateLimitStore(ioredis());
  const rateLimit = (limit, windowMs) => ({ limit, windowMs, key: () => 'one-session', store });
  const portal = await calicoProxy(s.calicoBaseUrl, () => true, { rateLimit: rateLimit(2, 3_600_000) });
  const staff = await calicoProxy(s.calicoBaseUrl, () => true, { mount: '/staff-proxy', rateLimit: rateLimit(5, 60_000) });
  const partner = proxy.createPartnerProxy({ upstream: s.partnerBaseUrl, mount: '/partner-proxy', authorize: () => true, apiKey: (await sandboxToken()).token, rateLimit: rateLimit(5, 60_000), onError: () => {} });
  const statuses = [];
  for (let i = 0; i < 2; i++) statuses.push((await portal.ask(`/enterprise/v2/users/${A}/providers`, '')).status);
  for (let i = 0; i < 3; i++) statuses.push((await fetch(`${staff.origin}/staff-proxy/enterprise/v2/users/${A}/providers`)).status);
  for (let i = 0; i < 3; i++) statuses.push((await partner(new Request(`http://bank.example/partner-proxy/users/`))).status);
  assert.deepEqual(statuses, [200, 200, 200, 200, 200, 200, 200, 200]);
});

test('review 5: a window Redis cannot hold, or one given as text, is refused when the proxy is made', () => {
  // '1000' (from an environment variable) was joined to a time as text by the memory store: locked out for good.
  for (const windowMs of [1e19, Infinity, '1000']) {
    assert.throws(() => proxy.createCalicoProxy({ upstream: 'http://127.0.0.1:1', authorize: () => true, credentials: async () => 't', rateLimit: { limit: 5, windowMs } }), /windowMs over 0 and at most 9007199254740991/);
  }
  assert.doesNotThrow(() => proxy.createCalicoProxy({ upstream: 'http://127.0.0.1:1', authorize: () => true, credentials: async () => 't', rateLimit: { limit: 5, windowMs: 30 * 24 * 3_600_000 } }));
});

test('review 6: while Redis hangs, requests that come after the first has waited half a second are not sent to it (each would be counted when it resumes)', async () => {
  const { own, read } = await ownRedisProxy({ limit: 3, timeoutMs: 2_000 }); // ioredis's defaults: no command timeout
  assert.equal(await read(), 200); // 1 of 3
  own.child.kill('SIGSTOP');
  const first = read(); // sent into the stall: counted when Redis resumes (2 of 3)
  await new Promise((resolve) => setTimeout(resolve, 700));
  const started = Date.now();
  const portal = await Promise.all(Array.from({ length: 6 }, read)); // a portal page of six widgets
  assert.deepEqual(portal, Array(6).fill(503));
  assert.ok(Date.now() - started < 1_000, 'answered at once, not after the store deadline');
  assert.equal(await first, 503);
  own.child.kill('SIGCONT');
  await new Promise((resolve) => setTimeout(resolve, 5_200));
  assert.equal(await read(), 200); // 3 of 3: six more hits sent into the stall would make this 429
});

test('review 7: through a long hang, the store gets one probe per pause, not another half second of hits each time', async () => {
  const { own, read } = await ownRedisProxy({ limit: 8, timeoutMs: 1_000 });
  assert.equal(await read(), 200); // 1 of 8
  own.child.kill('SIGSTOP');
  // A read every 150 ms for 8 s: hits go in for the first half second (4), then one probe when the pause
  // ends (about 6.5 s in); each such hit is counted when Redis resumes. A new half second of hits after
  // each pause would make it 1 + 4 + 4.
  const answers = [];
  const until = Date.now() + 8_000;
  while (Date.now() < until) {
    answers.push(read());
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  assert.ok((await Promise.all(answers)).every((status) => status === 503));
  own.child.kill('SIGCONT');
  await new Promise((resolve) => setTimeout(resolve, 5_500));
  assert.equal(await read(), 200); // at most 1 + 4 + 1 before it: under 8
});

test('review 7: the pause after a store failure runs on a monotonic clock: a wall clock stepped back does not hold it', async () => {
  const s = await scenario();
  let fail = true;
  const memory = proxy.memoryRateLimitStore();
  const store = { hit: (key, windowMs) => (fail ? ((fail = false), Promise.reject(new Error('down once'))) : memory.hit(key, windowMs)) };
  const { ask } = await calicoProxy(s.calicoBaseUrl, proxy.customerPortal(customerOf), { rateLimit: { limit: 50, windowMs: 60_000, key: customerOf, store } });
  const read = () => ask(`/enterprise/v2/users/${A}/providers`, `customer:${A}`).then((r) => r.status);
  assert.equal(await read(), 503);
  await withClockSteppedBack(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5_200));
    assert.equal(await read(), 200);
  });
});
