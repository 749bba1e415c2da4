// The sandbox's own speed, on the built dist/sandbox in Node: start-up (import + first request), each
// endpoint cold (a fresh process that asks only that) and warm (median of repeats in one process).
// `node bench/sandbox.mjs` alone, or as part of `npm run bench`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const C = '/sandbox/calico/enterprise/v2';
const P = '/sandbox/partner/v1';
const RICH = '946416e3-f6b4-4a54-86e9-9e2843f0573e';
const HEAVY = '5800db7d-c8dc-4ac3-942e-edb6b5ee14bc';
export const ENDPOINTS = [
  ['GET', `${C}/users/all?limit=25`],
  ['POST', `${C}/users/search`, '{"query":"ana","limit":25}'],
  ['GET', `${C}/users/${RICH}/assets?limit=25`],
  ['GET', `${C}/users/${RICH}/providers?limit=25`],
  ['GET', `${C}/users/${RICH}/transactions?limit=30`],
  ['GET', `${C}/users/${HEAVY}/transactions?limit=100&start_time=2025-01-01T00:00:00Z`],
  ['GET', `${C}/transactions?limit=30`],
  ['GET', `${C}/accounts?limit=25`],
  ['GET', `${C}/stats/users`],
  ['GET', `${C}/stats/accounts-by-provider`],
  ['GET', `${C}/stats/balance`],
  ['GET', `${C}/stats/top-traded-assets?limit=8`],
  ['GET', `${C}/providers`],
  ['GET', `${C}/providers/calico`],
  ['GET', `${P}/users/?per_page=25`],
  ['GET', `${P}/users/?per_page=25&sort_key=total_current_market_value`],
  ['GET', `${P}/users/?per_page=25&crypto_kyc_status=approved`],
  ['GET', `${P}/orders/?per_page=25`],
];

// Runs in a child process: argv = [mode, repeats, ...endpoint indexes]. Prints JSON timings (ms).
const CHILD = `
const [mode, repeats, ...which] = process.argv.slice(1);
const t0 = performance.now();
const { handleSandboxRequest } = await import(${JSON.stringify(new URL('../dist/sandbox/index.js', import.meta.url).href)});
const imported = performance.now() - t0;
const endpoints = ${JSON.stringify(ENDPOINTS)};
const ask = async ([method, path, body], token) => {
  const started = performance.now();
  const res = await handleSandboxRequest(new Request('http://127.0.0.1' + path, { method, body, headers: { authorization: 'Bearer ' + token, 'x-api-key': token } }));
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(path + ' answered ' + res.status);
  return performance.now() - started;
};
const token = (await (await handleSandboxRequest(new Request('http://127.0.0.1/sandbox/token', { method: 'POST', body: '{}' }))).json()).access_token;
const out = { imported, times: {} };
for (const k of which) {
  const times = [];
  for (let i = 0; i < Number(repeats); i++) times.push(await ask(endpoints[Number(k)], token));
  out.times[k] = times;
}
console.log(JSON.stringify(out));
`;

function child(mode, repeats, which) {
  // A development process, whatever NODE_ENV the bench's own builds left in this one.
  const env = { ...process.env, NODE_ENV: 'development' };
  return JSON.parse(execFileSync('node', ['--input-type=module', '-e', CHILD, mode, String(repeats), ...which.map(String)], { encoding: 'utf8', env }));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function benchSandbox({ runs = 3 } = {}) {
  if (!existsSync('dist/sandbox/index.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  const rows = [];
  const startups = [];
  for (let k = 0; k < ENDPOINTS.length; k++) {
    const colds = [];
    for (let run = 0; run < runs; run++) {
      const { imported, times } = child('cold', 1, [k]);
      colds.push(times[k][0]);
      if (k === 0) startups.push(imported + times[k][0]);
    }
    rows.push({ endpoint: `${ENDPOINTS[k][0]} ${ENDPOINTS[k][1].replace(/^\/sandbox/, '').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/, '{id}')}`, cold: median(colds) });
  }
  const warm = child('warm', 21, ENDPOINTS.map((_, k) => k));
  rows.forEach((row, k) => (row.warm = median(warm.times[k].slice(1))));
  return { startup: median(startups), endpoints: rows };
}

export function reportSandbox(result) {
  const lines = [`SANDBOX (dist/sandbox in Node; cold = a fresh process, median of 3; warm = median of 20)`, `  start-up (import + first request): ${result.startup.toFixed(0)} ms`];
  for (const r of result.endpoints) lines.push(`  ${r.endpoint.padEnd(78)} cold ${r.cold.toFixed(1).padStart(6)} ms   warm ${r.warm.toFixed(1).padStart(5)} ms`);
  const worst = (key) => Math.max(...result.endpoints.map((r) => r[key]));
  lines.push(`  slowest: cold ${worst('cold').toFixed(1)} ms, warm ${worst('warm').toFixed(1)} ms`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(reportSandbox(benchSandbox()));
