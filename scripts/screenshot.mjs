// Opens a page in headless Chromium and saves a screenshot: `node scripts/screenshot.mjs URL out.png [dark] [width] [actions-js]`.
import puppeteer from 'puppeteer-core';
import { findChromium } from './ensure-chromium.mjs';

const [url, out = 'screenshot.png', scheme = 'light', width = '1280', script] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: findChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
await page.setViewport({ width: Number(width), height: 900 });
await page.goto(url, { waitUntil: 'load' });
await new Promise((r) => setTimeout(r, 1500));
if (script) await page.evaluate(script);
await new Promise((r) => setTimeout(r, Number(process.env.WAIT ?? 2500)));
if (process.env.SELECTOR) await (await page.$(process.env.SELECTOR)).screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(out);
