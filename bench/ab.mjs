// A/B for a rendering change: the bench page built from a git revision (default HEAD) and from the
// working tree, flipped alternately in one run so that a busy machine slows both sides alike.
// Prints main-thread time per flip (every renderer main-thread task, from a trace; see trace.mjs), medians.
//   node bench/ab.mjs [impl …]   e.g. node bench/ab.mjs partner-user-list vanilla-partner
//   REV=HEAD~2 ROWS=25 SAMPLES=40 node bench/ab.mjs calico-transactions
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { build } from 'vite';
import puppeteer from 'puppeteer-core';
import { tsImport } from 'tsx/esm/api';
import { findChromium } from '../scripts/ensure-chromium.mjs';
import { startServer } from './server.mjs';
import { mainThreadDuring } from './trace.mjs';

const REV = process.env.REV ?? 'HEAD';
const ROWS = Number(process.env.ROWS ?? 100);
const SAMPLES = Number(process.env.SAMPLES ?? 30);
const impls = process.argv.slice(2).length ? process.argv.slice(2) : ['calico-transactions', 'partner-user-list'];
const { sandboxUserId } = await tsImport('../src/sandbox/index.ts', import.meta.url);

// Outside node_modules: Vite does not apply the project's TypeScript settings (decorators) in there.
const base = resolve(tmpdir(), 'calico-widgets-ab-base');
rmSync(base, { recursive: true, force: true });
execFileSync('git', ['worktree', 'prune']);
execFileSync('git', ['worktree', 'add', '--detach', '-f', base, REV], { stdio: 'ignore' });
if (!existsSync(`${base}/node_modules`)) symlinkSync(resolve('node_modules'), `${base}/node_modules`);

const sides = {};
for (const [name, root] of [[REV, base], ['working tree', resolve('.')]]) {
  const outDir = resolve(`node_modules/.ab-dist/${name === REV ? 'a' : 'b'}`);
  await build({ configFile: false, logLevel: 'warn', root: `${root}/bench`, base: './', publicDir: false, build: { outDir, emptyOutDir: true, target: 'es2022', minify: true } });
  sides[name] = await startServer(outDir);
}
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });

async function open(origin, impl) {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error(`[${impl}] ${e.message}`));
  page.on('requestfailed', (r) => console.error(`[${impl}] failed ${r.url()}`));
  await page.setViewport({ width: 1400, height: 900 });
  await page.goto(`${origin}/?impl=${impl}&rows=${ROWS}&user=${sandboxUserId(2)}`);
  await page.waitForFunction(() => window.bench?.loaded === true);
  await page.evaluate(() => window.bench.ready);
  await page.bringToFront();
  for (let i = 0; i < 5; i++) await page.evaluate(() => window.bench.flip());
  return async () => {
    await page.bringToFront(); // a background tab gets no animation frames
    return mainThreadDuring(page, () => page.evaluate(() => window.bench.flip()));
  };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const impl of impls) {
  const flips = {};
  for (const [name, server] of Object.entries(sides)) flips[name] = { flip: await open(server.origin, impl), times: [] };
  for (let i = 0; i < SAMPLES; i++) for (const side of Object.values(flips)) side.times.push(await side.flip());
  const [a, b] = Object.values(flips).map((side) => ({ total: median(side.times.map((t) => t.total)), style: median(side.times.map((t) => t.style)), layout: median(side.times.map((t) => t.layout)) }));
  const show = (m) => `${m.total.toFixed(2)} ms (style ${m.style.toFixed(2)}, layout ${m.layout.toFixed(2)})`;
  console.log(`${impl} ${ROWS} rows, main thread per flip: ${REV} ${show(a)} · working tree ${show(b)} · ${(b.total / a.total).toFixed(2)}×`);
}
await browser.close();
for (const server of Object.values(sides)) server.close();
execFileSync('git', ['worktree', 'remove', '--force', base]);
