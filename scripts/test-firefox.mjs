// Firefox smoke set (`npm test`): Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi,
// on the strict-CSP page (test/fixtures/strict-csp.html: the one-file bundle, six widgets, the sandbox
// over real HTTP). Each widget renders; each list pages; a detail dialog opens and closes (Escape and
// focus back on the row); an export saves its file; the policy reports no violation. The full suite
// runs in Chromium (web-test-runner); this is the second engine's proof. Writes its totals for
// scripts/test.mjs. Firefox comes from FIREFOX_PATH, the PATH, or (as root) apt's firefox-esr.
import { writeFile } from 'node:fs/promises';
import puppeteer from 'puppeteer-core';
import { ensureTool } from './ensure-tool.mjs';
import { startServer } from '../bench/server.mjs';

const firefox = ensureTool({ what: 'Firefox', env: 'FIREFOX_PATH', names: ['firefox-esr', 'firefox'], pkg: 'firefox-esr', took: 'a minute or two' });
const server = await startServer('.');
const browser = await launch();
/**
 * Firefox's first start on a fresh, slow machine (just installed, cold disk) took over puppeteer's
 * default 30 s in CI: allow three minutes, and try once more with Firefox's own output shown.
 */
async function launch() {
  const options = { browser: 'firefox', executablePath: firefox, headless: true, timeout: 180_000 };
  try {
    return await puppeteer.launch(options);
  } catch (error) {
    console.log(`  Firefox did not start (${String(error?.message ?? error).split('\n')[0]}); once more, with its output:`);
    return puppeteer.launch({ ...options, dumpio: true });
  }
}
const LISTS = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-users', 'partner-user-list'];
let passed = 0;
let failed = 0;

/** Polls `test` in the page until it returns something truthy (a ceiling, not a timing). */
const until = (page, what, test, ...args) => page.waitForFunction(test, { timeout: 20_000, polling: 100 }, ...args).catch(() => Promise.reject(new Error(`timed out waiting for ${what}`)));
/** The first data row's text of a widget (its shadow root's first row with a key). */
const firstRow = (tag) => document.querySelector(tag)?.shadowRoot?.querySelector('tbody tr[data-key]')?.textContent ?? '';

async function check(name, work) {
  try {
    await work();
    passed++;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✘ ${name}\n      ${String(error?.message ?? error).split('\n')[0]}`);
  }
}

try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${server.origin}/test/fixtures/strict-csp.html`, { waitUntil: 'load' });
  console.log(`Firefox: ${await browser.version()}`);

  for (const tag of LISTS) {
    await check(`<${tag}> renders its rows and pages to the next`, async () => {
      await until(page, `${tag}'s rows`, (t) => document.querySelector(t)?.shadowRoot?.querySelector('tbody tr[data-key]') && !document.querySelector(t).shadowRoot.querySelector('[aria-busy="true"]'), tag);
      const before = await page.evaluate(firstRow, tag);
      await page.evaluate((t) => [...document.querySelector(t).shadowRoot.querySelectorAll('nav button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === 'Next').click(), tag);
      await until(page, `${tag}'s page 2`, (t, old) => {
        const root = document.querySelector(t).shadowRoot;
        const row = root.querySelector('tbody tr[data-key]');
        return row && !root.querySelector('[aria-busy="true"]') && row.textContent !== old;
      }, tag, before);
    });
  }
  await check('<calico-stats> renders its tiles and both charts', () => until(page, 'the stats', () => document.querySelector('calico-stats')?.shadowRoot?.querySelectorAll('.bars').length === 2));

  await check('a detail dialog opens from a row (focus inside), Escape closes it, focus is back on the row', async () => {
    await page.evaluate(() => document.querySelector('calico-transactions').shadowRoot.querySelector('tbody tr[data-key]').click());
    await until(page, 'the open dialog', () => document.querySelector('calico-transactions').shadowRoot.querySelector('dialog[part~="detail"][open]'));
    await until(page, 'focus inside the dialog', () => document.querySelector('calico-transactions').shadowRoot.activeElement?.closest('dialog'));
    await page.keyboard.press('Escape');
    await until(page, 'the dialog closed, focus on the row', () => {
      const root = document.querySelector('calico-transactions').shadowRoot;
      return !root.querySelector('dialog[open]') && root.activeElement?.matches('tr[data-key]');
    });
  });

  await check('an export walks every page and saves its CSV file', async () => {
    const saved = await page.evaluate(async () => {
      const el = document.querySelector('calico-user-assets');
      HTMLAnchorElement.prototype.click = () => {}; // the download itself: the file is checked, not written to disk
      const event = new Promise((resolve) => el.addEventListener('calico-export', (e) => resolve({ rows: e.rows, size: e.file.size, name: e.fileName, head: '' }), { once: true }));
      const result = await el.exportCsv();
      const file = await event;
      return { ...result, ...file };
    });
    if (!saved.complete || saved.rows < 6 || saved.size < 100 || !saved.name.endsWith('.csv')) throw new Error(`export: ${JSON.stringify(saved)}`);
  });

  await check('the strict Content-Security-Policy reports no violation, and nothing threw', async () => {
    const violations = await page.evaluate(() => window.cspViolations);
    if (violations.length || errors.length) throw new Error([...violations, ...errors].join(' · '));
  });
} catch (error) {
  failed++;
  console.log(`  ✘ the smoke set did not run to the end: ${error?.message ?? error}`);
} finally {
  await browser.close().catch(() => {});
  server.close();
}
await writeFile('node_modules/.firefox-counts.json', JSON.stringify({ passed, failed }));
console.log(`firefox: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
