// The README's table of the last bench run, between its bench markers, so it never goes stale.
// Written by `npm run bench`; `node bench/readme-table.mjs` rewrites it from bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const sign = (n) => `${n >= 0 ? '+' : '−'}${Math.abs(n).toFixed(1)}`;

export function writeReadmeTable(r) {
  const x = (n) => `${n.toFixed(2)}×`;
  const flip = (list, rows, who) => r.flip[`${list} ${rows} rows: ${who}`].main.median;
  const ratios = (list, who) => [25, 100].map((rows) => x(flip(list, rows, 'ours') / flip(list, rows, who))).join(' / ');
  const slowest = (key) => Math.max(...r.sandbox.endpoints.map((e) => e[key]));
  // One widget's entry each: `calico-widgets/<tag> (+ lit, zod)` (not the every-widget `define` row).
  const entries = Object.entries(r.weight ?? {}).filter(([name]) => /^calico-widgets\/[\w-]+ \(\+ lit, zod\)$/.test(name));
  // A part that failed or did not run leaves its row saying so, never a stale figure.
  const cell = (figure) => {
    try {
      return figure();
    } catch {
      return 'not measured (see the run)';
    }
  };
  const rows = [
    ['sandbox: slowest endpoint, cold / warm', cell(() => `${slowest('cold').toFixed(0)} ms / ${slowest('warm').toFixed(1)} ms`), '≤ 50 ms / ≤ 10 ms'],
    ['sandbox: start-up (import + first request)', cell(() => `${r.sandbox.startup.toFixed(0)} ms`), '≤ 300 ms'],
    ['`npm start` portal: last widget shows data (fresh Vite cache / next visit)', cell(() => `${(r.demo.fresh.last / 1000).toFixed(2)} s / ${(r.demo.later.last / 1000).toFixed(2)} s`), '≤ 1.5 s'],
    ['portal cold start vs hand-written page: wall / main thread', cell(() => `${x(r.portal.ratio.wall)} / ${x(r.portal.ratio.busy)}`), '≤ 1.25× / ≤ 2×'],
    ['page flip, main thread vs vanilla: transactions 25 / 100 rows', cell(() => ratios('tx', 'vanilla')), '≤ 1.3×'],
    ['page flip, main thread vs vanilla: members 25 / 100 rows', cell(() => ratios('members', 'vanilla')), '≤ 1.3×'],
    ['page flip, main thread vs Vaadin Grid: transactions / members (25 / 100 rows)', cell(() => `${ratios('tx', 'Vaadin Grid')} · ${ratios('members', 'Vaadin Grid')}`), '≤ 0.5×'],
    ['page flip, main thread vs Tabulator: transactions / members (25 / 100 rows)', cell(() => `${ratios('tx', 'Tabulator')} · ${ratios('members', 'Tabulator')}`), '≤ 0.5×'],
    ...(r.proxy?.ratio
      ? [
          [`server half under load (autocannon, 100 connections; ${r.proxy.date.slice(0, 10)}): p99 / p50 / req/s, createCalicoProxy vs a bare pass-through`, `${x(r.proxy.ratio.p99)} / ${x(r.proxy.ratio.p50)} / ${x(r.proxy.ratio.rps)} (${r.proxy.ours.rps.toFixed(0)} vs ${r.proxy.passthrough.rps.toFixed(0)} req/s)`, 'p99 ≤ 1.2×'],
          [`server half: the proxy's memory over ${r.proxy.memory.requests.toLocaleString('en')} requests (RSS, after GC)`, `${sign(r.proxy.memory.rssGrowthMb)} MB (heap ${sign(r.proxy.memory.heapGrowthMb)} MB: RSS moves with the allocator, a leak shows in the heap)`, '< 20 MB'],
        ]
      : []),
    ['weight: script bundle / largest single-widget entry (gzip)', cell(() => `${kb(r.weight['script tag: dist/calico-widgets.min.js (all widgets)'])} / ${kb(Math.max(...entries.map(([, b]) => b)))}`), '≤ 36 kB / ≤ 22 kB'],
    ['weight: autoloader page with one `<calico-users>` (autoloader and chunks, gzip each)', cell(() => kb(Object.entries(r.weight).find(([name]) => name.startsWith('autoloader page: <calico-users>'))[1])), '≤ 24 kB'],
  ];
  const table = [
    `Last run: ${r.date.slice(0, 10)}, ${r.machine.cpu} × ${r.machine.cores}, ${r.machine.chromium} (full figures in \`bench/results.json\`).`,
    '',
    '| measure | last run | goal |',
    '| --- | --- | --- |',
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
  const readme = readFileSync('README.md', 'utf8');
  const marked = /(<!-- bench:start -->)[\s\S]*?(<!-- bench:end -->)/;
  if (marked.test(readme)) writeFileSync('README.md', readme.replace(marked, `$1\n${table}\n$2`));
}


if (process.argv[1] === fileURLToPath(import.meta.url)) writeReadmeTable(JSON.parse(readFileSync('bench/results.json', 'utf8')));
