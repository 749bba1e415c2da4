// The cluster store against a real Redis: Debian's redis-server, started here on a free port (npm test
// installs it when missing, as it does Chromium). Two proxy instances sharing it allow exactly `limit`
// requests between them; ioredis and node-redis clients both work.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { calicoProxy, customerOf, proxy, sandboxUserId, scenario } from './helpers.mjs';

const A = sandboxUserId(0);
const binary = process.env.REDIS_SERVER || spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
let server;
let port;
const clients = [];

before(async () => {
  assert.ok(binary, 'redis-server is not installed: `npm test` installs it (apt-get install redis-server), or set REDIS_SERVER');
  port = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
  server = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  // Ready when it says so (no polling, no fixed sleep); an exit first is a failure with its output.
  let output = '';
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => (output += chunk) && /ready to accept connections/i.test(output) && resolve());
    server.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
  });
  server.stdout.resume();
});
after(async () => {
  for (const client of clients) await client.quit().catch(() => {});
  server?.kill();
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
