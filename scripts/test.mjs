// `npm test`: everything that gates a change, in order. Ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './ensure-chromium.mjs';

const countsFile = 'node_modules/.wtr-counts.json';
const steps = [];
let failedSteps = 0;

function run(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (!ok) failedSteps++;
  return ok;
}

run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
const built = run('build (ESM, types, script bundle, custom-elements.json)', 'node', ['scripts/build.mjs']);
if (built) {
  run('bundle budget', 'node', ['scripts/sizes.mjs', '--budget']);
  run('publint', 'npx', ['publint', '--strict']);
  run('are the types wrong', 'npx', ['attw', '--pack', '.', '--profile', 'esm-only']);
}
const chrome = ensureChromium();
rmSync(countsFile, { force: true });
run('browser tests (Chromium)', 'npx', ['wtr'], { CHROME_PATH: chrome });

let counts = { passed: 0, failed: 1 };
try {
  counts = JSON.parse(readFileSync(countsFile, 'utf8'));
} catch {
  console.error('The browser tests wrote no totals: they did not run to the end.');
}
console.log(`\n${steps.join('\n')}`);
const failed = counts.failed + failedSteps;
console.log(`${counts.passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
