// The server half under load: autocannon, 100 connections, one customer's own endpoint, against the
// sandbox straight, through a bare pass-through (http-proxy-middleware adding the credential) and
// through createCalicoProxy with customerPortal (routing, rule, rate-limit-free, error whitelist).
// Each server runs in its own process (bench/proxy-server.mjs). Then the proxy's memory before and
// after 100,000 requests, after a GC. Ratios are ours over the pass-through, in the same run.
// `node bench/proxy.mjs [--save]`, or in `npm run bench` (ONLY=proxy). DURATION=<s> per side (default 10).
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { writeReadmeTable } from './readme-table.mjs';

const A = '946416e3-f6b4-4a54-86e9-9e2843f0573e'; // the sandbox's "rich" user
const PATH = `/enterprise/v2/users/${A}/providers?limit=5`;

function start(mode, upstream = '') {
  const child = fork(fileURLToPath(new URL('./proxy-server.mjs', import.meta.url)), [mode, upstream], { execArgv: ['--expose-gc', ...(process.env.PROXY_PROFILE && mode === 'calico' ? ['--cpu-prof', `--cpu-prof-dir=${process.env.PROXY_PROFILE}`] : [])], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = (message) => new Promise((resolve) => (child.once('message', resolve), child.send(message)));
  return new Promise((resolve) => child.once('message', ({ origin }) => resolve({ origin, child, ask })));
}

const load = (url, options) =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections: 100, ...options }, (error, result) => (error ? reject(error) : resolve(result)));
  });

const summary = (r) => ({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, non2xx: r.non2xx, errors: r.errors + r.timeouts });

export async function benchProxy({ duration = Number(process.env.DURATION ?? 10), memoryRequests = 100_000 } = {}) {
  if (!existsSync('dist/server/index.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  const sandbox = await start('sandbox');
  const passthrough = await start('passthrough', sandbox.origin);
  const ours = await start('calico', sandbox.origin);
  const sides = {
    direct: `${sandbox.origin}/sandbox/calico${PATH}`,
    passthrough: `${passthrough.origin}/calico-proxy${PATH}`,
    ours: `${ours.origin}/calico-proxy${PATH}`,
  };
  // The proxies hold the credential; straight to the sandbox, the load generator sends one itself.
  const { access_token } = await (await fetch(`${sandbox.origin}/sandbox/token`, { method: 'POST', body: JSON.stringify({ lifetime: 86_400 }) })).json();
  const headers = { direct: { authorization: `Bearer ${access_token}` }, passthrough: {}, ours: { cookie: `session=customer:${A}` } };
  const result = { date: new Date().toISOString(), path: PATH, connections: 100, duration };
  try {
    for (const [side, url] of Object.entries(sides)) await load(url, { duration: 2, headers: headers[side] }); // warm-up: JIT, sockets, the token
    for (const [side, url] of Object.entries(sides)) result[side] = summary(await load(url, { duration, headers: headers[side] }));
    const before = await ours.ask('memory');
    const run = summary(await load(sides.ours, { amount: memoryRequests, headers: headers.ours }));
    const after = await ours.ask('memory');
    result.memory = { requests: run.requests, non2xx: run.non2xx, before, after, rssGrowthMb: (after.rss - before.rss) / 2 ** 20, heapGrowthMb: (after.heapUsed - before.heapUsed) / 2 ** 20 };
    result.ratio = { p50: result.ours.p50 / result.passthrough.p50, p99: result.ours.p99 / result.passthrough.p99, rps: result.ours.rps / result.passthrough.rps };
  } finally {
    for (const { child } of [sandbox, passthrough, ours]) child.disconnect(); // each exits (and writes its profile, if asked)
  }
  return result;
}

const line = (name, s) => `  ${name.padEnd(28)}${s.rps.toFixed(0).padStart(7)} req/s   p50 ${String(s.p50).padStart(4)} ms   p99 ${String(s.p99).padStart(4)} ms${s.non2xx || s.errors ? `   (${s.non2xx} non-2xx, ${s.errors} errors)` : ''}`;

export const reportProxy = (r) =>
  [
    `SERVER HALF under load: GET ${r.path}, autocannon ${r.connections} connections, ${r.duration} s per side`,
    line('direct to the sandbox', r.direct),
    line('pass-through (h-p-m)', r.passthrough),
    line('createCalicoProxy', r.ours),
    `  ours / pass-through: p50 ${r.ratio.p50.toFixed(2)}×, p99 ${r.ratio.p99.toFixed(2)}× (goal ≤ 1.2×), req/s ${r.ratio.rps.toFixed(2)}×`,
    `  proxy memory over ${r.memory.requests.toLocaleString('en')} requests (after GC): RSS ${(r.memory.before.rss / 2 ** 20).toFixed(1)} → ${(r.memory.after.rss / 2 ** 20).toFixed(1)} MB (${r.memory.rssGrowthMb >= 0 ? '+' : ''}${r.memory.rssGrowthMb.toFixed(1)} MB), heap ${(r.memory.before.heapUsed / 2 ** 20).toFixed(1)} → ${(r.memory.after.heapUsed / 2 ** 20).toFixed(1)} MB (goal: growth < 20 MB)`,
  ].join('\n');

// Alone, `--save` puts the figures into bench/results.json (dated: the other parts keep their own run's date) and the README table.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchProxy();
  console.log(reportProxy(result));
  if (process.argv.includes('--save')) {
    const all = JSON.parse(readFileSync('bench/results.json', 'utf8'));
    all.proxy = result;
    writeFileSync('bench/results.json', `${JSON.stringify(all, null, 2)}\n`);
    writeReadmeTable(all);
  }
}
