// `npm run bench`: weight, page flip, first data paint, network economy, memory and scale, in headless
// Chromium against the sandbox with zero added latency. Prints a table, writes bench/results.json.
// Method: many samples per case (SAMPLES, default 40) after warm-up; medians with the inter-quartile
// range; ratios are medians over medians.
import { build } from 'vite';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import puppeteer from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';
import { findChromium } from '../scripts/ensure-chromium.mjs';
import { bundled, measure } from '../scripts/sizes.mjs';
import { startServer } from './server.mjs';
import { cpus } from 'node:os';
import { benchSandbox, reportSandbox } from './sandbox.mjs';
import { mainThreadDuring } from './trace.mjs';
import { benchDemo, reportDemo } from './demo.mjs';
import { benchPortal, reportPortal } from './portal.mjs';
import { benchProxy, reportProxy } from './proxy.mjs';
import { writeReadmeTable } from './readme-table.mjs';

const SAMPLES = Number(process.env.SAMPLES ?? 40);
/** ONLY=flip,weight … runs just those parts (for quick comparisons); results.json is written only for a full run. */
const ONLY = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : undefined;
const part = (name) => !ONLY || ONLY.has(name);
const { sandboxUserId: userId, FIXTURE_USERS } = await tsImport('../src/sandbox/index.ts', import.meta.url);
const HEAVY = userId(FIXTURE_USERS.heavy);
const results = {
  date: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, chromium: execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() },
  samples: SAMPLES,
};

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
const stats = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p25: quantile(s, 0.25), p75: quantile(s, 0.75), n: s.length };
};
const ms = (x) => `${x.toFixed(1)} ms`;

/**
 * One part of the bench: a part that fails (a browser call that times out, a page that crashes) is
 * reported with its error and the run goes on; the run exits 1 at the end, results kept for the rest.
 */
const failures = {};
async function phase(name, work) {
  if (!part(name)) return;
  const started = Date.now();
  console.log(`▶ ${name}`);
  try {
    await work();
    console.log(`  ${name}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } catch (error) {
    failures[name] = String(error?.stack ?? error).split('\n').slice(0, 3).join(' | ');
    console.error(`✘ ${name} failed after ${((Date.now() - started) / 1000).toFixed(0)} s: ${failures[name]}`);
  }
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

// ---- weight ----------------------------------------------------------------------------------
// Always built: the weight and the portal measure dist/, which must be the code checked out.
execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
mkdirSync('bench/.peers', { recursive: true });
const peers = {
  'Vaadin Grid (@vaadin/grid)': "import '@vaadin/grid/vaadin-grid.js'; import '@vaadin/grid/vaadin-grid-column.js';",
  'Tabulator (tabulator-tables)': "import { TabulatorFull } from 'tabulator-tables'; window.Tabulator = TabulatorFull;",
  'Spectrum table (@spectrum-web-components/table)': "import '@spectrum-web-components/table/elements.js';",
};
const weight = {};
await phase('weight', async () => {
  for (const row of await measure()) weight[row.name] = row.gzip;
  for (const [name, source] of Object.entries(peers)) {
    const file = `bench/.peers/${name.replace(/\W+/g, '-')}.js`;
    writeFileSync(file, source);
    weight[name] = gzipSync(await bundled(file), { level: 9 }).length;
  }
  results.weight = weight;
});

// ---- the sandbox, and the demo portal a newcomer opens first ------------------------------------------
await phase('sandbox', async () => (results.sandbox = benchSandbox()));
await phase('demo', async () => (results.demo = await benchDemo()));
await phase('portal', async () => (results.portal = await benchPortal({ samples: Math.max(10, Math.round(SAMPLES / 3)) })));
await phase('proxy', async () => (results.proxy = await benchProxy()));

// ---- the page ----------------------------------------------------------------------------------
await build({ configFile: false, logLevel: 'warn', root: 'bench', base: './', publicDir: false, build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', minify: true } });
const server = await startServer('bench/dist');
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--expose-gc'],
});
async function open(query) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  page.on('pageerror', (e) => console.error(`[${query}] ${e.message}`));
  await page.goto(`${server.origin}/?${query}&user=${HEAVY}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench?.loaded === true);
  await page.evaluate(() => window.bench.ready);
  return page;
}

// ---- page flip ---------------------------------------------------------------------------------
const IMPLS = {
  tx: { ours: 'calico-transactions', vanilla: 'vanilla-tx', 'Vaadin Grid': 'vaadin-tx', Tabulator: 'tabulator-tx' },
  members: { ours: 'partner-user-list', vanilla: 'vanilla-partner', 'Vaadin Grid': 'vaadin-partner', Tabulator: 'tabulator-partner' },
};
await phase('flip', async () => {
results.flip = {};
for (const rows of [25, 100]) {
  for (const [list, impls] of Object.entries(IMPLS)) {
    for (const [who, impl] of Object.entries(impls)) {
      const page = await open(`impl=${impl}&rows=${rows}`);
      for (let i = 0; i < 5; i++) await page.evaluate(() => window.bench.flip()); // warm-up
      const times = [];
      const main = [];
      for (let i = 0; i < SAMPLES; i++) {
        // Main-thread time from a trace per flip (see trace.mjs); wall time from a flip without tracing.
        times.push(await page.evaluate(() => window.bench.flip()));
        main.push((await mainThreadDuring(page, () => page.evaluate(() => window.bench.flip()))).total);
      }
      results.flip[`${list} ${rows} rows: ${who}`] = { ...stats(times), main: stats(main) };
      await page.close();
    }
  }
}
});

// ---- first data paint ----------------------------------------------------------------------------
await phase('firstPaint', async () => {
results.firstPaint = {};
for (const tag of ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-users', 'partner-user-list', 'calico-stats']) {
  const times = [];
  for (let i = 0; i < Math.max(5, Math.round(SAMPLES / 4)); i++) {
    const page = await open(`impl=first-paint&tag=${tag}&rows=25`);
    times.push(await page.evaluate(() => window.bench.firstPaint()));
    await page.close();
  }
  results.firstPaint[tag] = stats(times);
}
});

// ---- network economy -------------------------------------------------------------------------------
await phase('economy', async () => {
  const page = await open('impl=economy&rows=25');
  const run = await page.evaluate(() => window.bench.run());
  const requests = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/sandbox/calico/')).length);
  results.economy = { ...run, requests, distinctResources: 3 };
  await page.close();
});

// ---- memory ---------------------------------------------------------------------------------------
await phase('memory', async () => {
  results.memory = {};
  const page = await open('impl=memory&rows=25');
  const cdp = await page.createCDPSession();
  const snapshot = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await page.evaluate(() => window.gc?.());
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { heap: heap.usedSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
  };
  for (const tag of ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-users', 'partner-user-list', 'calico-stats']) {
    // Stepped from here, 50 cycles per call: no one browser call runs for minutes on a slow machine.
    const cycles = async (n) => {
      for (let done = 0; done < n; done += 50) await page.evaluate((t) => window.bench.cycle(t, 50), tag);
    };
    await cycles(50);
    const before = await snapshot();
    await cycles(1000);
    const after = await snapshot();
    results.memory[tag] = { heapDeltaKB: (after.heap - before.heap) / 1024, nodesDelta: after.nodes - before.nodes, listenersDelta: after.listeners - before.listeners };
  }
  await page.close();
});

// ---- scale: a 10,000-row user walked to the end ---------------------------------------------------
await phase('scale', async () => {
  const page = await open('impl=calico-transactions&rows=100');
  const times = [];
  for (let i = 0; i < 99; i++) times.push(await page.evaluate(() => window.bench.flip()));
  const first = stats(times.slice(0, 20));
  const last = stats(times.slice(-20));
  results.scale = { pages: times.length + 1, first20: first, last20: last, ratio: last.median / first.median };
  await page.close();
});
// ---- export: 50,000 transactions to one CSV file ---------------------------------------------------
await phase('export', async () => {
  // All users' transactions since this instant are 50,000 in the sandbox (500 pages of 100).
  const page = await open('impl=export&rows=25&since=2026-07-19T06:52:11Z');
  const cdp = await page.createCDPSession();
  await page.waitForFunction(() => document.querySelector('calico-transactions')?.shadowRoot?.querySelector('tbody tr[data-key]'));
  await cdp.send('HeapProfiler.collectGarbage');
  const heapNow = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const baseline = await heapNow();
  let peak = baseline;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await heapNow());
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const run = await page.evaluate(() => window.bench.exportAll());
  sampling = false;
  await sampler;
  await cdp.send('HeapProfiler.collectGarbage');
  const after = await heapNow();
  results.export = { ...run, rowsPerSecond: run.rows / (run.ms / 1000), heapBaselineMB: baseline / 2 ** 20, heapPeakMB: peak / 2 ** 20, heapAfterMB: after / 2 ** 20 };
  await page.close();
});
await browser.close();
server.close();

// ---- report ------------------------------------------------------------------------------------------
const lines = [`${results.date} · ${results.machine.cpu} × ${results.machine.cores} · Node ${results.machine.node} · ${results.machine.chromium}`, ''];
if (results.sandbox) lines.push(reportSandbox(results.sandbox), '');
if (results.demo) lines.push(reportDemo(results.demo), '');
if (results.portal) lines.push(...reportPortal(results.portal), '');
if (results.proxy) lines.push(reportProxy(results.proxy), '');
if (results.weight) {
  lines.push('WEIGHT (gzip, bundled with dependencies, minified)');
  for (const [name, bytes] of Object.entries(weight)) lines.push(`  ${name.padEnd(58)} ${kb(bytes).padStart(9)}`);
  const ourTable = weight['calico-widgets/calico-transactions (+ lit, zod)'];
  for (const peer of Object.keys(peers)) lines.push(`  calico-transactions vs ${peer}: ${(ourTable / weight[peer]).toFixed(2)}×`);
  lines.push(`  script bundle (every widget) vs smallest peer table: ${(weight['script tag: dist/calico-widgets.min.js (all widgets)'] / Math.min(...Object.keys(peers).map((p) => weight[p]))).toFixed(2)}×`, '');
}
if (results.flip) {
  lines.push('PAGE FLIP (press Next → new rows painted: wall time counted to frames, and main-thread time: every renderer main-thread task, traced; medians)');
  for (const rows of [25, 100]) {
    for (const list of Object.keys(IMPLS)) {
      const get = (who) => results.flip[`${list} ${rows} rows: ${who}`];
      const ours = get('ours');
      for (const who of Object.keys(IMPLS[list])) {
        const s = get(who);
        if (!s) continue; // the phase failed before this case
        const ratio = who === 'ours' || !ours ? '' : `  ours/${who}: wall ${(ours.median / s.median).toFixed(2)}×, main ${(ours.main.median / s.main.median).toFixed(2)}×`;
        lines.push(`  ${`${list} ${rows} rows: ${who === 'ours' ? IMPLS[list].ours : who}`.padEnd(40)} wall ${ms(s.median).padStart(9)}  main ${ms(s.main.median).padStart(9)}${ratio}`);
      }
    }
  }
  lines.push('');
}
if (results.firstPaint) {
  lines.push('FIRST DATA PAINT (customElements.define → first rows painted; median)');
  for (const [tag, s] of Object.entries(results.firstPaint)) lines.push(`  ${tag.padEnd(24)} ${ms(s.median).padStart(9)} [${s.p25.toFixed(1)}–${s.p75.toFixed(1)}]`);
  lines.push('');
}
if (results.export) {
  const e = results.export;
  lines.push(
    `EXPORT (calico-transactions, all users since a date: ${e.rows.toLocaleString('en-US')} rows, ${e.complete ? 'complete' : 'NOT complete'}, zero added latency)`,
    `  ${(e.ms / 1000).toFixed(1)} s, ${Math.round(e.rowsPerSecond).toLocaleString('en-US')} rows/s · file ${(e.bytes / 2 ** 20).toFixed(1)} MB · JS heap ${e.heapBaselineMB.toFixed(1)} MB → peak ${e.heapPeakMB.toFixed(1)} MB (garbage included) → ${e.heapAfterMB.toFixed(1)} MB after GC · longest main-thread task ${e.longestTaskMs.toFixed(0)} ms (${e.longTasks} tasks over 50 ms)`,
    '',
  );
}
if (results.economy) lines.push(`NETWORK ECONOMY: ${results.economy.widgets} widgets, same user → ${results.economy.requests} requests (distinct resources: ${results.economy.distinctResources}), ${results.economy.tokenCalls} token call(s)`, '');
if (results.memory) {
  lines.push('MEMORY (1,000 mount/remove cycles after 50 warm-up; after GC)');
  for (const [tag, m] of Object.entries(results.memory)) lines.push(`  ${tag.padEnd(24)} heap ${m.heapDeltaKB >= 0 ? '+' : ''}${m.heapDeltaKB.toFixed(0)} kB, DOM nodes ${m.nodesDelta >= 0 ? '+' : ''}${m.nodesDelta}, listeners ${m.listenersDelta >= 0 ? '+' : ''}${m.listenersDelta}`);
  lines.push('');
}
if (results.scale) lines.push(`SCALE: ${results.scale.pages} pages of 100 rows; median flip pages 1–20 ${ms(results.scale.first20.median)}, pages 81–100 ${ms(results.scale.last20.median)} (ratio ${results.scale.ratio.toFixed(2)})`);
const failed = Object.keys(failures);
if (failed.length) lines.push('', `FAILED: ${failed.map((name) => `${name} (${failures[name]})`).join('; ')}`);
results.failures = failures;
console.log(lines.join('\n'));
if (!ONLY) {
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeReadmeTable(results);
  console.log('\nwrote bench/results.json and the README table');
}
process.exit(failed.length ? 1 : 0);
