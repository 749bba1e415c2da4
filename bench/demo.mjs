// How soon the `npm start` portal shows data: the real dev server (vite.config.ts, the sandbox at its
// default 150 ms latency) and a fresh Chromium profile; navigation start → each widget's data shown
// (its first calico-load; for calico-stats, all four panels). The first run starts from an empty Vite
// cache, as a fresh clone does; the later runs reuse the server, as a second visit does.
// `node bench/demo.mjs` alone, or as part of `npm run bench`.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import puppeteer from 'puppeteer-core';
import { findChromium } from '../scripts/ensure-chromium.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Installed before the page's own scripts: records when each widget first showed data. */
function recordLoads() {
  const shown = (window.__shown = new Map());
  const seen = new Map();
  const mark = (event) => {
    const el = event.composedPath()[0];
    const count = (seen.get(el) ?? 0) + 1;
    seen.set(el, count);
    const needed = el.localName === 'calico-stats' ? 4 : 1;
    if (count === needed) shown.set(el, { tag: el.localName + (el.hasAttribute('all-users') ? ' (all users)' : ''), at: performance.now(), ok: event.type === 'calico-load' });
  };
  document.addEventListener('calico-load', mark, true);
  document.addEventListener('calico-error', mark, true);
}

async function visit(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(recordLoads);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => {
    const widgets = document.querySelectorAll(':is(calico-user-assets, calico-user-accounts, calico-transactions, calico-users, partner-user-list, calico-stats, calico-accounts, calico-providers, partner-orders)');
    return widgets.length > 0 && [...widgets].every((w) => window.__shown?.has(w));
  }, { timeout: 120_000, polling: 20 });
  const shown = await page.evaluate(() => [...window.__shown.values()]);
  await context.close();
  return shown;
}

export async function benchDemo({ runs = 5 } = {}) {
  rmSync('node_modules/.vite', { recursive: true, force: true }); // what a fresh clone has
  const server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const url = `http://127.0.0.1:${server.httpServer.address().port}/`;
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ARGS });
  const visits = [];
  try {
    for (let run = 0; run < runs; run++) visits.push(await visit(browser, url));
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = (shown) => ({
    first: Math.min(...shown.map((s) => s.at)),
    last: Math.max(...shown.map((s) => s.at)),
    failed: shown.filter((s) => !s.ok).map((s) => s.tag),
    widgets: Object.fromEntries(shown.map((s) => [s.tag, Math.round(s.at)])),
  });
  const later = visits.slice(1).map(summary);
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { fresh: summary(visits[0]), later: { first: median(later.map((v) => v.first)), last: median(later.map((v) => v.last)), runs: later.length } };
}

export function reportDemo(result) {
  const f = result.fresh;
  return [
    'DEMO PORTAL (npm start, sandbox latency 150 ms; navigation start → data shown)',
    `  fresh Vite cache: first widget ${f.first.toFixed(0)} ms, last widget ${f.last.toFixed(0)} ms${f.failed.length ? `  (errors: ${f.failed.join(', ')})` : ''}`,
    `    ${Object.entries(f.widgets).map(([tag, at]) => `${tag} ${at}`).join(' · ')}`,
    `  next visits (median of ${result.later.runs}): first ${result.later.first.toFixed(0)} ms, last ${result.later.last.toFixed(0)} ms`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(reportDemo(await benchDemo()));
