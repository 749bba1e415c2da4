// The server half's cost: one request straight to the API (the sandbox over HTTP) against the same
// request through the scoping proxy, alternated, on loopback. `node bench/proxy.mjs`, or in `npm run bench`.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

export async function benchProxy({ samples = 400 } = {}) {
  process.env.CALICO_SANDBOX_ALLOW_PRODUCTION ??= '1'; // a bench on loopback (see server.mjs)
  const { serveSandbox } = await tsImport('../src/sandbox/adapters/node.ts', import.meta.url);
  const server = await tsImport('../src/server/index.ts', import.meta.url);
  const servers = [];
  const listen = (listener) =>
    new Promise((resolve) => {
      const s = createServer(listener).listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${s.address().port}`));
      servers.push(s);
    });
  const sandbox = await listen((req, res) => serveSandbox(req, res));
  const token = async () => {
    const { access_token, expires_in } = await (await fetch(`${sandbox}/sandbox/token`, { method: 'POST', body: '{}' })).json();
    return { token: access_token, expiresIn: expires_in };
  };
  const proxy = await listen(
    server.toNodeListener(
      server.createCalicoProxy({ upstream: `${sandbox}/sandbox/calico`, mount: '/calico-proxy', credentials: token, authorize: server.staffPortal(() => 'staff') }),
    ),
  );
  const { token: direct } = await token();
  const path = '/enterprise/v2/users/all?limit=25';
  const time = async (url, headers) => {
    const started = performance.now();
    const res = await fetch(url, { headers });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
    return performance.now() - started;
  };
  const ask = {
    direct: () => time(`${sandbox}/sandbox/calico${path}`, { authorization: `Bearer ${direct}` }),
    proxied: () => time(`${proxy}/calico-proxy${path}`, { 'x-session': 'staff' }),
  };
  for (let i = 0; i < 50; i++) await ask.direct(), await ask.proxied(); // warm-up: connections, JIT
  const times = { direct: [], proxied: [] };
  for (let i = 0; i < samples; i++) for (const side of i % 2 ? ['direct', 'proxied'] : ['proxied', 'direct']) times[side].push(await ask[side]());
  servers.forEach((s) => s.close());
  const q = (list, p) => [...list].sort((a, b) => a - b)[Math.floor(p * (list.length - 1))];
  const stats = (list) => ({ median: q(list, 0.5), p95: q(list, 0.95) });
  const result = { samples, path, direct: stats(times.direct), proxied: stats(times.proxied) };
  result.overheadMs = result.proxied.median - result.direct.median;
  return result;
}

export const reportProxy = (r) =>
  [
    `SERVER HALF: GET ${r.path}, ${r.samples} alternated requests on loopback (median / p95)`,
    `  direct to the API       ${r.direct.median.toFixed(2)} ms / ${r.direct.p95.toFixed(2)} ms`,
    `  through the proxy       ${r.proxied.median.toFixed(2)} ms / ${r.proxied.p95.toFixed(2)} ms`,
    `  overhead per request    ${r.overheadMs.toFixed(2)} ms (median)`,
  ].join('\n');

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(reportProxy(await benchProxy()));
