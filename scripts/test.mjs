// `npm test`: everything that gates a change, in order. Ends with "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';
import { ensureRedis } from './ensure-redis.mjs';

const countsFile = 'node_modules/.wtr-counts.json';
const storyCountsFile = 'node_modules/.story-counts.json';
const firefoxCountsFile = 'node_modules/.firefox-counts.json';
const steps = [];
let failedSteps = 0;

/** A step; a failed step counts as one failure unless it is a test runner (its tests are counted). */
function run(name, command, args, env = {}, runner = false) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok && !runner) failedSteps++;
  return ok;
}

/**
 * A step run beside the next ones (two cores: the bundle budget's minifying beside the package checks);
 * its output is shown when it is awaited, so the log stays in order.
 */
function runBeside(name, command, args) {
  const started = Date.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const done = new Promise((resolve) => child.on('close', resolve));
  return async () => {
    const status = await done;
    console.log(`\n▶ ${name} (beside the steps above)\n${output.trimEnd()}`);
    steps.push(`${status === 0 ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s, beside the others)`);
    if (status !== 0) failedSteps++;
  };
}

run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
// The build regenerates docs/elements.md: compare the copy we were given with what it generates.
const referenceBefore = readFileSync('docs/elements.md', 'utf8');
const built = run('build (ESM, types, script bundle, custom-elements.json)', 'node', ['scripts/build.mjs']);
if (built) {
  const budget = runBeside('bundle budget', 'node', ['scripts/sizes.mjs', '--budget']);
  step('element reference (docs/elements.md) is current', () => {
    if (readFileSync('docs/elements.md', 'utf8') === referenceBefore) return true;
    console.error('docs/elements.md was out of date with the elements\' JSDoc: the build has regenerated it; commit it.');
    return false;
  });
  run('sandbox stats are generated from the sandbox', 'node', ['scripts/sandbox-aggregates.mjs', '--check']);
  run('API status page (docs/api-status.md) is generated from the endpoint table', 'node', ['scripts/api-status.mjs', '--check']);
  run('public API is as reported (docs/api/*.api.md, API Extractor)', 'node', ['scripts/api-report.mjs', '--check']);
  run('publint', 'npx', ['publint', '--strict']);
  // attw --pack would run `npm pack`, whose prepack builds everything a second time: pack the build we have.
  mkdirSync('node_modules/.pack', { recursive: true });
  const packed = spawnSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', 'node_modules/.pack'], { encoding: 'utf8' });
  const tarball = `node_modules/.pack/${packed.stdout.trim().split('\n').pop()}`;
  run('are the types wrong', 'npx', ['attw', tarball, '--profile', 'esm-only']);
  run('framework types: React JSX and Vue (test/types, the examples) against the build', 'npx', ['tsc', '-p', 'test/types']);
  run('build the React, Vue and Angular examples', 'node', ['scripts/build-examples.mjs']);
  await budget();
}
// Node's own runner for what runs in Node (the sandbox's guards, the server half against a real
// Redis and real Express, Fastify and Hono apps): its totals join the others.
console.log('\n▶ Node tests');
const redis = ensureRedis();
const nodeRun = spawnSync('node', ['--test', 'test/node/'], { encoding: 'utf8', env: { ...process.env, REDIS_SERVER: redis } });
process.stdout.write(nodeRun.stdout);
process.stderr.write(nodeRun.stderr);
const nodeCount = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(nodeRun.stdout)?.[1] ?? 0);
const nodeTotals = { passed: nodeCount('pass'), failed: nodeCount('fail') + (nodeRun.status === 0 || nodeCount('fail') ? 0 : 1) };
steps.push(`${nodeRun.status === 0 ? '✔' : '✘'} Node tests (${nodeTotals.passed} passed)`);

const chrome = ensureChromium();
rmSync(countsFile, { force: true });
rmSync(storyCountsFile, { force: true });
run('browser tests (Chromium)', 'npx', ['wtr'], { CHROME_PATH: chrome }, true);
if (built && run('build Storybook', 'npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static'])) {
  run('story tests (every story: renders, no uncaught error, axe)', 'node', ['scripts/test-stories.mjs'], { CHROME_PATH: chrome }, true);
}
// The second engine: a smoke set in Firefox ESR (installed like Chromium when missing).
rmSync(firefoxCountsFile, { force: true });
if (built) run('Firefox smoke set (render, page, detail dialog, export, strict CSP)', 'node', ['scripts/test-firefox.mjs'], {}, true);

/** A step done in this process. */
function step(name, check) {
  console.log(`\n▶ ${name}`);
  const ok = check();
  steps.push(`${ok ? '✔' : '✘'} ${name}`);
  if (!ok) failedSteps++;
}

/** Totals a runner wrote; a runner that wrote none counts as one failure. */
function totals(file, what) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`${what} wrote no totals: they did not run to the end.`);
    return { passed: 0, failed: 1 };
  }
}
const browser = totals(countsFile, 'The browser tests');
const stories = totals(storyCountsFile, 'The story tests');
const firefox = totals(firefoxCountsFile, 'The Firefox smoke set');
const counts = { passed: browser.passed + stories.passed + firefox.passed + nodeTotals.passed, failed: browser.failed + stories.failed + firefox.failed + nodeTotals.failed };
console.log(`\n${steps.join('\n')}`);
const failed = counts.failed + failedSteps;
console.log(`${counts.passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
