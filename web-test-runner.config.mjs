// @web/test-runner: every test runs in real headless Chromium; the sandbox API is served by this
// same server over real HTTP (a middleware), so nothing but the network is ever faked.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { tsImport } from 'tsx/esm/api';

const root = dirname(fileURLToPath(import.meta.url));
const examples = resolve(root, '../shared/api/examples');
const { sandboxKoaMiddleware } = await tsImport('./src/sandbox/adapters/node.ts', import.meta.url);
const { createCalicoProxy, createPartnerProxy, customerPortal, toNodeListener } = await tsImport('./src/server/index.ts', import.meta.url);

/**
 * The server half as a bank mounts it: /proxy/calico and /proxy/partner → this server's sandbox, over
 * real HTTP, holding the credential; the signed-in customer is a cookie (`portal_session=customer:<id>`:
 * a Calico user_id, or a Partner user_account_id).
 */
const proxies = new Map();
function proxyMiddleware(ctx, next) {
  const api = /^\/proxy\/(calico|partner)\//.exec(ctx.path)?.[1];
  if (!api) return next();
  const origin = `http://${ctx.request.host}`;
  let listener = proxies.get(`${api} ${origin}`);
  if (!listener) {
    const token = async () => {
      const { access_token, expires_in } = await (await fetch(`${origin}/sandbox/token`, { method: 'POST', body: JSON.stringify({ lifetime: 86_400 }) })).json();
      return { token: access_token, expiresIn: expires_in };
    };
    const customerOf = (request) => /(?:^|;\s*)portal_session=customer:([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
    const authorize = customerPortal(customerOf);
    listener =
      api === 'calico'
        ? Promise.resolve(toNodeListener(createCalicoProxy({ upstream: `${origin}/sandbox/calico`, mount: '/proxy/calico', credentials: token, authorize })))
        : token().then(({ token: apiKey }) => toNodeListener(createPartnerProxy({ upstream: `${origin}/sandbox/partner/v1`, mount: '/proxy/partner', apiKey, authorize })));
    proxies.set(`${api} ${origin}`, listener);
  }
  ctx.respond = false;
  return listener.then(
    (listen) =>
      new Promise((resolve) => {
        ctx.res.on('close', resolve);
        listen(ctx.req, ctx.res);
      }),
  );
}

/**
 * The built dist/ (and the examples' builds) as a CDN: `/__cdn/<run>/dist/<file>` serves the file, except the first
 * request in each run (a test's own id) for partner-orders' autoload chunk, answered 503: the
 * autoloader's Retry, tested for real. A run named `steady…` never fails; both serve the files' bytes
 * untouched (the dev server's own route rewrites imports, which would break their SRI hashes).
 */
const failedOnce = new Set();
async function flakyCdn(ctx, next) {
  const match = /^\/__cdn\/([\w-]+)\/((?:dist|examples\/[\w-]+\/dist)\/[\w./-]+)$/.exec(ctx.path);
  if (!match || match[2].includes('..')) return next();
  const [, run, file] = match;
  // partner-orders' entry chunk (shared chunks are named chunk-<hash>).
  if (/^dist\/autoload\/partner-orders-[\w-]+\.js$/.test(file) && !run.startsWith('steady') && !failedOnce.has(run)) {
    failedOnce.add(run);
    ctx.status = 503;
    return;
  }
  try {
    ctx.body = await readFile(resolve(root, file));
    ctx.type = { json: 'application/json', html: 'text/html', css: 'text/css' }[file.split('.').pop()] ?? 'text/javascript';
  } catch {
    ctx.status = 404;
  }
}

/**
 * test/fixtures/strict-csp.html as the autoloader loads it: `/__csp/autoloader.html` (its script tag in
 * place of the one-file bundle's) and `/__csp/nonce.html` (the same under a nonce-only script-src).
 */
async function cspVariants(ctx, next) {
  const variant = /^\/__csp\/(autoloader|nonce)\.html$/.exec(ctx.path)?.[1];
  if (!variant) return next();
  const nonce = variant === 'nonce' ? ' nonce="calico-test"' : '';
  let html = (await readFile(resolve(root, 'test/fixtures/strict-csp.html'), 'utf8'))
    .replace('<script src="../../dist/calico-widgets.min.js"></script>', '<script type="module" src="/dist/calico-autoloader.min.js"></script>')
    .replaceAll('src="./', 'src="/test/fixtures/');
  if (nonce) html = html.replace("script-src 'self'", "script-src 'nonce-calico-test'").replaceAll('<script ', `<script${nonce} `);
  ctx.body = html;
  ctx.type = 'text/html';
}

/** The docs' own example payloads, read from ../shared (never copied into the repo). */
async function serveExamples(ctx, next) {
  const match = /^\/__examples\/([\w-]+\.json)$/.exec(ctx.path);
  if (!match) return next();
  try {
    ctx.body = await readFile(resolve(examples, match[1]), 'utf8');
    ctx.type = 'application/json';
  } catch {
    ctx.status = 404;
  }
}

/** Writes the totals for scripts/test.mjs, which ends the run with "N passed, N failed". */
function countReporter() {
  return {
    async onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites) walk(child);
      };
      // Where the time goes (`npm test` has a time goal): the slowest files, by their tests' durations.
      const time = (suite) => suite.tests.reduce((sum, test) => sum + (test.duration ?? 0), 0) + suite.suites.reduce((sum, child) => sum + time(child), 0);
      const slowest = sessions.filter((s) => s.testResults).map((s) => [s.testFile.replace(`${root}/`, ''), time(s.testResults)]).sort((a, b) => b[1] - a[1]);
      console.log(`slowest test files: ${slowest.slice(0, 8).map(([file, ms]) => `${file} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        else failed++; // a file that could not even load
        if (session.errors?.length && session.testResults) failed += session.errors.length;
      }
      await writeFile(resolve(root, 'node_modules/.wtr-counts.json'), JSON.stringify({ passed, failed, skipped }));
    },
  };
}

/**
 * CPU_THROTTLE=4 runs every page under Chrome's CPU throttling (CDP Emulation.setCPUThrottlingRate):
 * the proof that no test depends on a fast machine. Ceilings (mocha's timeout) scale with it.
 */
const throttle = Math.max(1, Number(process.env.CPU_THROTTLE ?? 1));

export default {
  rootDir: root,
  files: process.env.TEST_FILES ?? 'test/**/*.test.ts',
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1, // keyboard tests need the focused tab; serial is also faster on 2 cores
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  browserStartTimeout: 180_000, // a browser's first start on a fresh, slow CI machine can pass the 30 s default
  testFramework: { config: { timeout: 20_000 * throttle } },
  middleware: [flakyCdn, cspVariants, serveExamples, proxyMiddleware, sandboxKoaMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: resolve(root, 'tsconfig.json') })],
  browsers: [
    chromeLauncher({
      async createPage({ context }) {
        const page = await context.newPage();
        if (throttle > 1) await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: throttle });
        return page;
      },
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        timeout: 180_000,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Test files run in parallel tabs: a background tab must keep its timers and frames.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
