// Story tests: every story of the built Storybook opened in headless Chromium (data from the sandbox
// through MSW), waited on until it settles, then checked: it rendered, no uncaught error, and axe finds
// no WCAG 2.0/2.1/2.2 A/AA violation. Writes its totals for scripts/test.mjs.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChromium } from './ensure-chromium.mjs';

const root = 'storybook-static';
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    if (process.env.DEBUG_STORIES) console.log('404', req.url);
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const throttle = Math.max(1, Number(process.env.CPU_THROTTLE ?? 1));
const launch = () =>
  puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? findChromium(),
    headless: true,
    timeout: 180_000, // a first start on a fresh, slow CI machine can pass puppeteer's 30 s default
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
let browser = await launch();

/** Resolves with `work`, or with `fallback` after `ms` (the work is then abandoned). */
const within = (ms, work, fallback) => Promise.race([work, new Promise((resolve) => setTimeout(() => resolve(fallback), ms))]);

/**
 * Shows a story: `goto` opens the page on it; `switch` changes the page's preview to it the way
 * Storybook's own UI does (setCurrentStory on its channel): one page per component's stories, not one
 * per story, saves the preview's start-up (and MSW's) 94 times over. Each story has its own sandbox
 * scenario, so stories sharing a page share no data (as on a docs page); `shown`: it is on screen.
 * Returns why it did not render, if not.
 */
async function show(page, story, how) {
  if (how === 'goto') {
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load', timeout: 60_000 * throttle });
  }
  return how === 'switch' ? switchTo(page, story) : undefined;
}

/** MSW reloads the page when it finds its worker registered but not yet in control (msw's getWorkerInstance). */
const reloaded = (error) => /Execution context was destroyed/.test(String(error));

/** Storybook's own way to show another story in its preview: setCurrentStory on its channel. */
function switchTo(page, story) {
  return page.evaluate(
    (id) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const events = {
          storyRendered: (rendered) => rendered === id && done(undefined),
          storyErrored: (error) => done(`story errored: ${error?.title ?? ''} ${error?.description ?? ''}`),
          storyThrewException: (error) => done(`story threw: ${error?.message ?? error}`),
          storyMissing: () => done('story missing'),
        };
        const done = (problem) => {
          for (const [name, listener] of Object.entries(events)) channel.off(name, listener);
          resolve(problem);
        };
        for (const [name, listener] of Object.entries(events)) channel.on(name, listener);
        channel.emit('setCurrentStory', { storyId: id, viewMode: 'story' });
      }),
    story.id,
  );
}

/**
 * One story: it rendered, it settled (no aria-busy), no uncaught error, and axe finds no WCAG
 * 2.0/2.1/2.2 A/AA violation. Returns the problems found.
 */
async function checkStory(page, story, how, pageErrors) {
  const problems = [];
  pageErrors.length = 0;
  const failedToRender = await show(page, story, how);
  if (failedToRender) return [failedToRender];
  // A Loading story never settles: it is checked as soon as it shows its loading state.
  const loading = story.name.includes('Loading');
  // A ceiling, not a timing: the wait ends as soon as the widget settles (or, Loading, shows it is busy).
  const settled = await page
    .waitForFunction(
      (loading) => {
        const widget = document.querySelector('#storybook-root :is(calico-user-assets, calico-user-accounts, calico-transactions, calico-users, partner-user-list, calico-stats, calico-accounts, calico-providers, partner-orders)');
        const root = widget?.shadowRoot;
        if (!root || !root.childElementCount) return false;
        return !root.querySelector('[aria-busy="true"]') !== loading;
      },
      { timeout: 30_000 * throttle, polling: 100 },
      loading,
    )
    .then(() => true, () => false);
  if (!settled) problems.push(loading ? `showed no loading state within ${30 * throttle} s` : `did not settle within ${30 * throttle} s`);
  // Storybook's a11y addon runs axe in the same page after each render; wait our turn.
  if (!(await page.evaluate(() => !!window.axe))) await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const violations = await page.evaluate(async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        const result = await window.axe.run(document.querySelector('#storybook-root'), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.html.slice(0, 120)}`);
      } catch (error) {
        if (attempt > 40 || !/already running/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  });
  problems.push(...violations, ...pageErrors.map((e) => `uncaught: ${e}`));
  return problems;
}

/** A page for a component's stories: uncaught errors collected for the story being checked. */
async function newPage() {
  const page = await browser.newPage();
  const pageErrors = [];
  // MSW's worker checks for its own update on every load; leaving the page mid-check rejects that check.
  // That is the harness moving on, not a widget failing.
  page.on('pageerror', (e) => /^Failed to update a ServiceWorker/.test(e.message) || pageErrors.push(e.message));
  if (throttle > 1) await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (process.env.DEBUG_STORIES) page.on('load', () => console.log('load', page.url()));
  return { page, pageErrors };
}

let passed = 0;
let failed = 0;
const HUNG = Symbol('hung');
let current; // { page, pageErrors, title }
for (const story of stories) {
  let problems;
  const fresh = current?.title !== story.title;
  try {
    if (fresh) {
      if (current) await within(10_000, current.page.close().catch(() => {}), undefined);
      current = { ...(await newPage()), title: story.title };
    }
    const { page, pageErrors } = current;
    const check = (how) => within(120_000 * throttle, checkStory(page, story, how, pageErrors), HUNG);
    problems = await check(fresh ? 'goto' : 'switch').catch(async (error) => {
      if (!reloaded(error)) throw error;
      // Reloaded mid-story: check the story again from the start, on the page as it came back.
      if (process.env.DEBUG_STORIES) console.log('  (the preview reloaded; checking the story again)');
      await page.waitForFunction(() => document.readyState === 'complete' && window.__STORYBOOK_ADDONS_CHANNEL__, { timeout: 60_000 * throttle });
      return check(new URL(page.url()).searchParams.get('id') === story.id ? 'shown' : 'switch');
    });
  } catch (error) {
    problems = [String(error)];
  }
  if (problems === HUNG) {
    // A renderer that does not answer: fail this story, start a fresh browser for the next one.
    problems = ['hung: no answer within the ceiling; the browser was restarted'];
    await within(10_000, browser.close().catch(() => {}), undefined);
    browser.process()?.kill('SIGKILL');
    browser = await launch();
    current = undefined;
  } else if (problems.length) {
    current.title = undefined; // the next story starts on a page of its own
  }
  if (problems.length) {
    failed++;
    console.log(`  ✘ ${story.title} › ${story.name}\n      ${problems.join('\n      ')}`);
  } else {
    passed++;
    console.log(`  ✓ ${story.title} › ${story.name}`);
  }
}
await browser.close();
server.close();
await writeFile('node_modules/.story-counts.json', JSON.stringify({ passed, failed }));
console.log(`stories: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
