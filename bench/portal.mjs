// Portal cold start vs vanilla: the demo portal's seven widgets (bench/portal/ours.ts, importing the
// built package, dist/, as a bank's app does) against a hand-written page with the same token call,
// the same API requests and the same rows in plain DOM
// (bench/portal/vanilla.ts). Both built by Vite, served with the sandbox at a fixed latency, loaded in
// a fresh incognito context each time (cold HTTP cache), alternating. Measured up to "every widget shows
// its data" + two frames: wall time from navigation start; main-thread time from CDP's Performance
// counters (as asked) and from a trace of a second, identical load (the counters miss promise-driven
// script). Then one CPU-profiled load of ours: where its time goes.
// `node bench/portal.mjs` alone (SAMPLES=n to change the count), or benchPortal/reportPortal from run.mjs.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { traceMainThread } from './trace.mjs';
import { findChromium } from '../scripts/ensure-chromium.mjs';
import { startServer } from './server.mjs';

const ROOT = fileURLToPath(new URL('./portal/', import.meta.url));
const DIST = `${ROOT}dist/`;
const PAGES = ['ours', 'vanilla'];
const WIDGETS = 7;
const LATENCY = 50; // ms on every API answer (not the token): a near, fast backend
const GOALS = { wall: 1.25, main: 2 };
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))];
const stats = (values) => {
  const s = [...values].sort((a, b) => a - b);
  return { median: quantile(s, 0.5), p25: quantile(s, 0.25), p75: quantile(s, 0.75), n: s.length };
};

/**
 * Installed before the page's scripts. A widget counts as shown when its rows are rendered: for ours
 * its first calico-load (calico-stats: all four panels) and the render that follows; the vanilla page
 * says so itself ('portal-shown'). When all are shown, two frames later, `__done` resolves with the time.
 */
function recordShown(count) {
  const shown = (window.__shown = {});
  const loads = new Map();
  let finish;
  window.__done = new Promise((resolve) => (finish = resolve));
  const mark = (tag) => {
    shown[tag] = performance.now();
    if (Object.keys(shown).length === count) requestAnimationFrame(() => requestAnimationFrame(() => finish(performance.now())));
  };
  document.addEventListener('calico-load', (event) => {
    const el = event.composedPath()[0];
    const n = (loads.get(el) ?? 0) + 1;
    loads.set(el, n);
    // The widget asked for its render before firing; updateComplete is that render.
    if (n === (el.localName === 'calico-stats' ? 4 : 1)) el.updateComplete.then(() => mark(el.localName + (el.hasAttribute('all-users') ? ' (all users)' : '')));
  }, true);
  document.addEventListener('calico-error', (event) => finish(`calico-error from <${event.composedPath()[0].localName}>: ${event.error?.message}`), true);
  document.addEventListener('portal-shown', (event) => mark(event.detail));
}

/**
 * One cold load: fresh context, page and CDP session. `trace` records a Chrome trace for the
 * main-thread total instead of the CDP counters (tracing slows the page a little: its wall time is not kept).
 */
async function visit(browser, url, { trace = false, profile = false, requests } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    if (requests) page.on('request', (r) => r.url().startsWith('http') && requests.push(`${r.method()} ${r.url().replace(/^https?:\/\/[^/]+/, '')}`));
    await page.evaluateOnNewDocument(recordShown, WIDGETS);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' }); // thread time: other processes do not count
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); // µs
      await cdp.send('Profiler.start');
    }
    if (trace) await page.tracing.start({ categories: ['toplevel', 'devtools.timeline'] });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const wall = await Promise.race([page.evaluate(() => window.__done), new Promise((r) => setTimeout(() => r('timed out'), 30_000))]);
    if (typeof wall !== 'number') throw new Error(`${url}: ${wall}${errors.length ? `; page errors: ${errors.join('; ')}` : ''}`);
    if (trace) return { trace: traceMainThread(JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents) };
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
    const cpu = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
    // When the page got its script and sent its first requests: the start-up before any data can come.
    const network = await page.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      const first = (test, key) => Math.min(...entries.filter((e) => test.test(e.name)).map((e) => e[key]));
      return { scriptAt: first(/\.js$/, 'responseEnd'), tokenAt: first(/\/sandbox\/token$/, 'startTime'), apiAt: first(/\/sandbox\/(calico|partner)\//, 'startTime') };
    });
    return {
      wall,
      main: (m.ScriptDuration + m.RecalcStyleDuration + m.LayoutDuration) * 1000, // s → ms
      script: m.ScriptDuration * 1000,
      style: m.RecalcStyleDuration * 1000,
      layout: m.LayoutDuration * 1000,
      nodes: m.Nodes,
      ...network,
      widgets: await page.evaluate(() => window.__shown),
      cpu,
    };
  } finally {
    await context.close();
  }
}

/** The bundle's sourcemaps, so profile entries can name the original file and line. */
function sourceMaps() {
  const maps = new Map();
  for (const file of readdirSync(`${DIST}assets`).filter((f) => f.endsWith('.js.map'))) {
    maps.set(file.replace(/\.map$/, ''), new SourceMap(JSON.parse(readFileSync(`${DIST}assets/${file}`, 'utf8'))));
  }
  return maps;
}

/** Self time per function (ms), biggest first; idle (waiting for the network) left out. */
function topSelf(profile, limit) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const maps = sourceMaps();
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000; // a sample lasts until the next one
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    if (functionName === '(idle)') return;
    total += ms;
    const key = `${functionName}\0${url}\0${lineNumber}\0${columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  const entries = [...self].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([key, ms]) => {
    const [name, url, line, column] = key.split('\0');
    if (url && line === '0' && column === '0') return { name: '(module top level)', ms, source: '', where: url.split('/').pop() };
    const file = url.split('/').pop();
    const where = url ? `${file}:${Number(line) + 1}:${Number(column) + 1}` : '';
    const origin = maps.get(file)?.findEntry(Number(line), Number(column));
    const source = origin?.originalSource ? `${origin.originalSource.replace(/^.*?(node_modules\/|src\/)/, '$1')}:${origin.originalLine + 1}` : '';
    return { name: name || '(anonymous)', ms, source, where };
  });
  return { total, entries };
}

export async function benchPortal({ samples = 15 } = {}) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    base: './',
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: true, // only for naming profile entries: the pages never fetch it
      modulePreload: { polyfill: false }, // else both pages import a shared polyfill chunk: one script each
      rollupOptions: { input: Object.fromEntries(PAGES.map((p) => [p, `${ROOT}${p}.html`])) },
    },
  });
  // What each page loads: the scripts its html names.
  const gzipBytes = {};
  for (const p of PAGES) {
    const html = readFileSync(`${DIST}${p}.html`, 'utf8');
    const own = readdirSync(`${DIST}assets`).filter((f) => f.endsWith('.js') && html.includes(f));
    gzipBytes[p] = own.reduce((sum, f) => sum + gzipSync(readFileSync(`${DIST}assets/${f}`), { level: 9 }).length, 0);
  }

  const server = await startServer(DIST);
  const config = (faults) => fetch(`${server.origin}/sandbox/config`, { method: 'POST', body: JSON.stringify(faults) });
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ARGS });
  try {
    await config({ latency: LATENCY });
    // Warm-up (not counted): the sandbox's first answers in Node; and a check that both pages ask the same.
    const requests = { ours: [], vanilla: [] };
    for (const p of PAGES) await visit(browser, `${server.origin}/${p}.html`, { requests: requests[p] });
    const api = (list) => list.filter((r) => /\/sandbox\/(calico|partner)\//.test(r)).sort();
    const network = {
      ...Object.fromEntries(PAGES.map((p) => [p, { api: api(requests[p]).length, token: requests[p].filter((r) => r === 'POST /sandbox/token').length, all: requests[p] }])),
      sameApiRequests: JSON.stringify(api(requests.ours)) === JSON.stringify(api(requests.vanilla)),
    };

    const runs = { ours: [], vanilla: [] };
    const traced = { ours: [], vanilla: [] };
    for (let i = 0; i < samples; i++) {
      // Alternate which page goes first, so drift on the (shared) machine falls on both alike.
      const order = i % 2 ? [...PAGES].reverse() : PAGES;
      for (const p of order) runs[p].push(await visit(browser, `${server.origin}/${p}.html`));
      for (const p of order) traced[p].push((await visit(browser, `${server.origin}/${p}.html`, { trace: true })).trace);
    }
    const profiled = await visit(browser, `${server.origin}/ours.html`, { profile: true });

    const pick = (list, key) => stats(list.map((r) => r[key]));
    const LOADS = ['wall', 'main', 'script', 'style', 'layout', 'nodes', 'scriptAt', 'tokenAt', 'apiAt'];
    const TRACES = { busy: 'total', busyStyle: 'style', busyLayout: 'layout', busyRest: 'rest' };
    const summary = (p) => ({
      ...Object.fromEntries(LOADS.map((key) => [key, pick(runs[p], key)])),
      ...Object.fromEntries(Object.entries(TRACES).map(([key, field]) => [key, pick(traced[p], field)])),
      widgets: Object.fromEntries(Object.keys(runs[p][0].widgets).map((tag) => [tag, stats(runs[p].map((r) => r.widgets[tag])).median])),
    });
    const ours = summary('ours');
    const vanilla = summary('vanilla');
    const ratio = Object.fromEntries(['wall', 'main', 'busy'].map((k) => [k, ours[k].median / vanilla[k].median]));
    return {
      date: new Date().toISOString(),
      samples,
      latency: LATENCY,
      gzipBytes,
      network,
      ours,
      vanilla,
      ratio,
      goals: { wall: GOALS.wall, main: GOALS.main, busy: GOALS.main, met: { wall: ratio.wall <= GOALS.wall, main: ratio.main <= GOALS.main, busy: ratio.busy <= GOALS.main } },
      profile: { wall: profiled.wall, ...topSelf(profiled.cpu, 15) },
    };
  } finally {
    await config({}).catch(() => {}); // back to no faults for whoever uses the sandbox next
    await browser.close();
    server.close();
  }
}

export function reportPortal(r) {
  const ms = (x) => `${x.toFixed(1)} ms`;
  const range = (s) => `${ms(s.median).padStart(9)} [${s.p25.toFixed(1)}–${s.p75.toFixed(1)}]`.padEnd(26);
  const both = (key, label) => `  ${label.padEnd(30)} ours ${range(r.ours[key])} vanilla ${range(r.vanilla[key])}`;
  const goal = (key, label) => `${both(key, label)} ratio ${r.ratio[key].toFixed(2)}× (goal ≤ ${r.goals[key]}×: ${r.goals.met[key] ? 'met' : 'NOT met'})`;
  const n = r.network;
  return [
    `PORTAL COLD START: 7 widgets vs the same page hand-written (sandbox latency ${r.latency} ms, fresh incognito context per load, ${r.samples} samples each, alternating; median [p25–p75])`,
    `  code (gzip): ours ${(r.gzipBytes.ours / 1024).toFixed(1)} kB, vanilla ${(r.gzipBytes.vanilla / 1024).toFixed(1)} kB · requests: ours ${n.ours.api} API + ${n.ours.token} token, vanilla ${n.vanilla.api} API + ${n.vanilla.token} token (same API URLs: ${n.sameApiRequests ? 'yes' : 'NO'})`,
    goal('wall', 'wall, nav start → all shown'),
    goal('busy', 'main thread (traced, thread time)'),
    ...[['busyStyle', 'style'], ['busyLayout', 'layout'], ['busyRest', 'script, parse, GC, paint…']].map(([k, label]) => both(k, `  ${label}`)),
    `  DOM nodes (CDP, median): ours ${r.ours.nodes.median}, vanilla ${r.vanilla.nodes.median}`,
    '  timeline, nav start → (median): ours / vanilla',
    ...[['scriptAt', 'script received'], ['tokenAt', 'token request sent'], ['apiAt', 'first API request sent']].map(([k, label]) => `    ${label.padEnd(34)} ${ms(r.ours[k].median).padStart(9)} / ${ms(r.vanilla[k].median).padStart(9)}`),
    '  … then each widget\'s rows rendered:',
    ...Object.entries(r.ours.widgets).sort((a, b) => a[1] - b[1]).map(([tag, at]) => `    ${tag.padEnd(34)} ${ms(at).padStart(9)} / ${ms(r.vanilla.widgets[tag]).padStart(9)}`),
    `  profile of one more ours load (wall ${ms(r.profile.wall)}; sampled every 100 µs, ${ms(r.profile.total)} not idle): top ${r.profile.entries.length} by self time`,
    ...r.profile.entries.map((e) => `    ${ms(e.ms).padStart(9)} ${`${((e.ms / r.profile.total) * 100).toFixed(1)}%`.padStart(6)}  ${e.name.slice(0, 28).padEnd(28)} ${e.source || e.where}${e.source && e.where ? `  (${e.where})` : ''}`),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  execFileSync('node', ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] }); // ours imports dist/: never a stale one
  console.log(reportPortal(await benchPortal({ samples: Number(process.env.SAMPLES ?? 15) })).join('\n'));
}
