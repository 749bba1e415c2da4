// Fuzz: a few thousand random and malformed requests over raw sockets to the proxy on a real node:http
// server (its own process: fuzz-server.mjs) with a stub upstream that answers 200. The process must
// stay up, the proxy must never answer 5xx, and a normal request must still work afterwards.
// Seeded: FUZZ_SEED=<n> replays a run; FUZZ_COUNT=<n> sends more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';
import { raw } from './helpers.mjs';

const { rng: random } = await tsImport('../../src/sandbox/random.ts', import.meta.url); // the sandbox's seeded PRNG

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const COUNT = Number(process.env.FUZZ_COUNT ?? 3000);
const PARALLEL = 24;

const A = '946416e3-f6b4-4a54-86e9-9e2843f0573e';
const B = '8d77bde7-175c-47da-9274-5638353544ff';

function generator(r) {
  const pick = (list) => list[Math.floor(r() * list.length)];
  const bytes = (n, from = 0, to = 256) => Array.from({ length: n }, () => String.fromCharCode(from + Math.floor(r() * (to - from)))).join('');
  const maybe = (p, value) => (r() < p ? value : undefined);
  const methods = ['GET', 'GET', 'GET', 'POST', 'POST', 'DELETE', 'PUT', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'TRACK', 'CONNECT', 'get', 'PROPFIND', 'G E T', bytes(4, 33, 127), ''];
  const ids = [A, B, 'all', 'search', '..', '.', '%2e%2e', 'a%2Fb', '%zz', '%00', bytes(8, 33, 127), 'x'.repeat(3000)];
  const paths = () =>
    pick([
      `/calico-proxy/enterprise/v2/users/${pick(ids)}/${pick(['assets', 'providers', 'transactions', '', 'x'])}`,
      `/calico-proxy/enterprise/v2/users/${pick(ids)}`,
      '/calico-proxy/enterprise/v2/users/search',
      `/calico-proxy/enterprise/v2/${pick(['users/all', 'transactions', 'accounts', 'stats/users', 'stats/balance', 'providers'])}`,
      `/calico-proxy/${bytes(12, 33, 127)}`,
      '/calico-proxy',
      '/',
      '*',
      '//evil.example/calico-proxy/enterprise/v2/users/all',
      `http://evil.example/calico-proxy/enterprise/v2/users/${A}/assets`,
      `/calico-proxy/enterprise/v2/users/${B}/../${A}/assets`,
      `/calico-proxy/enterprise/v2/users/${A}/assets#frag`,
      `/calico-proxy/${bytes(6, 128, 256)}`,
      `/calico-proxy/enterprise/v2/users/${A}/assets`,
    ]);
  const query = () =>
    pick(['', '', '?limit=5', '?limit=-1&cursor=%zz', `?${bytes(10, 33, 127)}`, '?admin=true', '?limit=5&limit=6', `?start_time=${bytes(5, 128, 256)}`, '?cursor=' + 'c'.repeat(5000)]);
  const headerValue = () => pick(['ok', '', ' ', bytes(20, 32, 127), bytes(10, 128, 256), 'v'.repeat(9000), 'a\tb']);
  return () => {
    // Half well-formed (they reach the proxy's own checks and its upstream), half malformed at any point.
    const wellFormed = r() < 0.5;
    const method = wellFormed ? pick(['GET', 'GET', 'GET', 'POST', 'DELETE', 'OPTIONS', 'PUT', 'HEAD']) : pick(methods);
    const path = wellFormed ? pick([`/calico-proxy/enterprise/v2/users/${pick([A, A, B])}/${pick(['assets', 'providers', 'transactions'])}`, `/calico-proxy/enterprise/v2/users/${pick([A, B])}`, '/calico-proxy/enterprise/v2/users/search', '/calico-proxy/enterprise/v2/users/all', '/calico-proxy/enterprise/v2/stats/users', '/calico-proxy/nowhere']) : paths();
    const eol = !wellFormed && r() < 0.1 ? '\n' : '\r\n';
    const version = wellFormed ? 'HTTP/1.1' : pick(['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/1.2', 'HTTP/0.9', 'FOO', '']);
    const lines = [`${method} ${path}${wellFormed ? pick(['', '', '?limit=5', '?limit=5&cursor=abc', '?admin=true']) : query()} ${version}`];
    const host = wellFormed ? pick(['bank.example', 'bank example', 'bank%zz', 'bank.example:99999', `x/calico-proxy/enterprise/v2/users/${B}/assets#`]) : pick(['bank.example', '', '[::1', bytes(8, 33, 127)]);
    if (wellFormed || r() < 0.9) lines.push(`Host: ${host}`);
    if (!wellFormed && r() < 0.1) lines.push(`Host: second.example`);
    lines.push(...[
      maybe(wellFormed ? 0.95 : 0.5, `x-session: ${wellFormed ? pick([`customer:${A}`, `customer:${A}`, `customer:${B}`, '']) : bytes(6, 32, 127)}`),
      maybe(0.3, `Origin: ${pick(['https://portal.bank.example', 'https://evil.example', 'null', 'http://bank.example', bytes(10, 33, 127)])}`),
      maybe(0.3, `Sec-Fetch-Site: ${pick(['same-origin', 'same-site', 'cross-site', 'none', 'x'])}`),
      maybe(0.2, `Access-Control-Request-Method: ${pick(['GET', 'DELETE', 'TRACE', ''])}`),
      maybe(0.2, `Content-Type: ${pick(['application/json', 'text/plain', bytes(5, 33, 127)])}`),
      maybe(0.1, `${pick(['X-Forwarded-For', 'Cookie', 'Authorization', 'X-Api-Key', 'Upgrade'])}: ${wellFormed ? 'ok' : headerValue()}`),
      maybe(wellFormed ? 0 : 0.1, `${bytes(6, 33, 127)}: ${headerValue()}`),
      maybe(wellFormed ? 0 : 0.05, ' folded continuation'),
    ].filter(Boolean));
    let body = '';
    const kind = r();
    if (method === 'POST' || kind < 0.3) {
      body = pick(['{"query":"ada"}', '{"query":"ada"}', '{}', 'not json', bytes(40, 0, 256), '{"query":"' + 'q'.repeat(20_000) + '"}', bytes(3, 128, 256)]);
      const length = wellFormed || r() < 0.8 ? Buffer.byteLength(body, 'latin1') : pick([-1, 0, 1e12, 'abc', `${body.length}, ${body.length}`]);
      lines.push(`Content-Length: ${length}`);
    } else if (!wellFormed && kind < 0.4) {
      const parts = Array.from({ length: 1 + Math.floor(r() * 4) }, () => bytes(1 + Math.floor(r() * 30), 32, 127));
      lines.push('Transfer-Encoding: chunked');
      body = parts.map((p) => `${r() < 0.9 ? p.length.toString(16) : 'zz'}\r\n${p}\r\n`).join('') + (r() < 0.9 ? '0\r\n\r\n' : '');
    }
    return lines.join(eol) + eol + eol + body;
  };
}

test(`fuzz: ${COUNT} random and malformed requests (seed ${SEED}); the process stays up, no 5xx, and a normal request works after`, { timeout: 600_000 }, async () => {
  console.log(`# fuzz seed ${SEED} (replay: FUZZ_SEED=${SEED} node --test test/node/proxy-fuzz.test.mjs)`);
  const child = fork(new URL('./fuzz-server.mjs', import.meta.url), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let exits = 0;
  child.on('exit', () => exits++);
  const { port } = await new Promise((resolve) => child.once('message', resolve));
  const origin = `http://127.0.0.1:${port}`;
  const next = generator(random(SEED));
  const requests = Array.from({ length: COUNT }, next);
  const statuses = new Map();
  const fivexx = [];
  let sent = 0;
  const worker = async () => {
    while (sent < requests.length && exits === 0) {
      const bytes = requests[sent++];
      const { status } = await raw(origin, bytes, { waitMs: 1500 });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500) fivexx.push([status, JSON.stringify(bytes.slice(0, 200))]);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  const normal = await fetch(`${origin}/calico-proxy/enterprise/v2/users/${A}/assets`, { headers: { 'x-session': `customer:${A}` } });
  const report = exits ? { reported: [] } : await new Promise((resolve) => (child.once('message', resolve), child.send('report')));
  child.send('stop');
  console.log(`# fuzz: sent ${sent}; answers by status ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}; 5xx ${fivexx.length}; process exits ${exits}; hook/upstream errors reported ${report.reported.length}`);
  assert.equal(exits, 0, 'the proxy process exited');
  assert.deepEqual(fivexx, []);
  assert.equal(normal.status, 200);
  assert.deepEqual(report.reported, []);
});
