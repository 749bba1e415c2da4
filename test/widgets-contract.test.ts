/**
 * The contract every list widget keeps (design.md), run for each widget against the sandbox over
 * real HTTP: first page, paging in place, every state, axe in every state, keyboard, events, no token
 * in the DOM, malformed responses, run-time changes, disconnect/reconnect.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { createCalicoClient, createPartnerClient, type TokenProvider } from '../src/index.js';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import type { CalicoErrorEvent, CalicoLoadEvent, CalicoPageChangeEvent, CalicoRowSelectEvent } from '../src/events.js';
import { expectAccessible } from './helpers/a11y.js';
import { collect, mount, waitFor } from './helpers/harness.js';
import { scenario, tokenProvider, type Scenario } from './helpers/sandbox.js';

const rich = sandboxUserId(FIXTURE_USERS.rich);
const empty = sandboxUserId(FIXTURE_USERS.empty);

interface WidgetCase {
  name: string;
  tag: string;
  attrs: Record<string, string>;
  /** A page size that gives at least three pages. */
  pageSize: number;
  /** The path the widget's requests go to. */
  path: string;
  /** Text row 0 must contain, read from the API through a client. */
  firstRowText(s: Scenario): Promise<string>;
  emptyAttrs?: Record<string, string>;
  api?: 'calico' | 'partner';
  /** Lists with a total say "Page 2 of N" instead of "Rows 11–20". */
  numbered?: boolean;
  partial?: boolean;
  /** The API sends the whole list at once and the widget pages it in memory (calico-providers). */
  clientPaged?: boolean;
}

const client = (s: Scenario) => createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider() });
const partner = (s: Scenario) => createPartnerClient({ baseUrl: s.partnerBaseUrl, tokenProvider: tokenProvider() });

const CASES: WidgetCase[] = [
  {
    name: '<calico-user-assets>',
    tag: 'calico-user-assets',
    attrs: { 'user-id': rich },
    pageSize: 5,
    path: `/users/${rich}/assets`,
    firstRowText: async (s) => (await client(s).userAssets(rich, { limit: 5 })).items[0]!.asset_symbol,
    emptyAttrs: { 'user-id': empty },
  },
  {
    name: '<calico-user-accounts>',
    tag: 'calico-user-accounts',
    attrs: { 'user-id': rich },
    pageSize: 2,
    path: `/users/${rich}/providers`,
    firstRowText: async (s) => (await client(s).userProviders(rich, { limit: 2 })).items[0]!.display_label,
    emptyAttrs: { 'user-id': empty },
  },
  {
    name: '<calico-transactions user-id>',
    tag: 'calico-transactions',
    attrs: { 'user-id': rich },
    pageSize: 10,
    path: `/users/${rich}/transactions`,
    // Its source by the name the person's own linked sources give it.
    firstRowText: async (s) => {
      const t = (await client(s).userTransactions(rich, { limit: 10 })).items[0]!;
      const sources = (await client(s).userProviders(rich)).items;
      return sources.find((p) => p.provider_id === t.provider_id)?.display_label ?? t.provider_id;
    },
    emptyAttrs: { 'user-id': empty },
  },
  {
    name: '<calico-transactions all-users>',
    tag: 'calico-transactions',
    attrs: { 'all-users': '' },
    pageSize: 10,
    path: '/enterprise/v2/transactions',
    firstRowText: async (s) => (await client(s).transactions({ limit: 10 })).items[0]!.user_id!,
  },
  {
    name: '<calico-users>',
    tag: 'calico-users',
    attrs: {},
    pageSize: 10,
    path: '/enterprise/v2/users/all',
    firstRowText: async (s) => (await client(s).users({ limit: 10 })).items[0]!.full_name,
  },
  {
    name: '<partner-user-list>',
    tag: 'partner-user-list',
    attrs: {},
    pageSize: 10,
    path: '/users/',
    api: 'partner',
    numbered: true,
    partial: false,
    firstRowText: async (s) => (await partner(s).listUsers({ per_page: 10 })).items[0]!.user_account_id,
    emptyAttrs: { 'created-at-start': '2030-01-01T00:00:00Z' },
  },
  {
    name: '<calico-accounts>',
    tag: 'calico-accounts',
    attrs: {},
    pageSize: 10,
    path: '/enterprise/v2/accounts',
    firstRowText: async (s) => (await client(s).accounts({ limit: 10 })).items[0]!.display_label,
    emptyAttrs: { 'provider-ids': 'no-such-source' },
  },
  {
    name: '<calico-providers catalog>',
    tag: 'calico-providers',
    attrs: { catalog: '' },
    pageSize: 10,
    path: '/enterprise/v2/providers/calico',
    numbered: true,
    partial: false,
    clientPaged: true,
    firstRowText: async (s) => (await client(s).calicoProviders())[0]!.display_label,
    emptyAttrs: { catalog: '', query: 'no such source' },
  },
  {
    name: '<partner-orders>',
    tag: 'partner-orders',
    attrs: {},
    pageSize: 10,
    path: '/orders/',
    api: 'partner',
    numbered: true,
    partial: false,
    firstRowText: async (s) => (await partner(s).listOrders({ per_page: 10 })).items[0]!.user_account_id,
    emptyAttrs: { 'placed-at-start': '2030-01-01T00:00:00Z' },
  },
];

for (const c of CASES) {
  describe(`${c.name}: the widget contract`, function () {
    this.timeout(30_000);

    const baseUrl = (s: Scenario) => (c.api === 'partner' ? s.partnerBaseUrl : s.calicoBaseUrl);
    /** What the live region says on page n (1-based). */
    const pageLabel = (n: number) => (c.numbered ? `Page ${n} of ` : `Rows ${(n - 1) * c.pageSize + 1}–${n * c.pageSize}`);
    async function setup(faults = {}, provider: TokenProvider = tokenProvider(), extra: Record<string, string> = {}) {
      const s = await scenario(faults);
      const h = await mount(c.tag, { ...c.attrs, 'base-url': baseUrl(s), 'page-size': String(c.pageSize), ...extra }, { tokenProvider: provider });
      return { s, h, provider };
    }
    const ownRequests = async (s: Scenario) => (await s.requests()).filter((r) => r.path.endsWith(c.path));

    it('renders the first page from the sandbox, with a caption and column headers', async () => {
      const { s, h } = await setup();
      await h.rowsSettled();
      expect(h.rows()).to.have.length(c.pageSize);
      expect(h.cells(0).join(' ')).to.contain(await c.firstRowText(s));
      expect(h.caption).to.not.equal('');
      expect(h.headers().length).to.be.at.least(3);
      expect(h.live.startsWith(pageLabel(1))).to.equal(true, h.live);
      await expectAccessible(h.el, 'ready');
    });

    it('pages in place: same table, focus kept, live region, Previous from memory, page size resets', async () => {
      const { s, h } = await setup();
      await h.rowsSettled();
      const table = h.table;
      const firstPage = h.cells(0).join('|');
      h.nextButton.focus();
      h.nextButton.click();
      await waitFor(() => h.live.startsWith(pageLabel(2)), 'page 2');
      expect(h.table).to.equal(table);
      expect(h.root.activeElement).to.equal(h.nextButton);
      expect(h.cells(0).join('|')).to.not.equal(firstPage);
      const before = (await ownRequests(s)).length;
      h.previousButton.click();
      await waitFor(() => h.live.startsWith(pageLabel(1)), 'back on page 1');
      expect(h.cells(0).join('|')).to.equal(firstPage);
      expect((await ownRequests(s)).length).to.equal(before); // served from memory
      h.nextButton.click();
      await waitFor(() => h.live.startsWith(pageLabel(2)), 'page 2 again');
      const select = h.control('Rows per page');
      select.value = '25';
      select.dispatchEvent(new Event('change'));
      await waitFor(() => h.live.startsWith(c.numbered ? 'Page 1 of' : 'Rows 1–'), 'page 1 after a page-size change');
      expect(h.table).to.equal(table);
      if (c.clientPaged) return; // no request per page
      const last = (await ownRequests(s)).at(-1)!;
      expect(last.query[c.api === 'partner' ? 'per_page' : 'limit']).to.equal('25');
      expect(last.query.cursor ?? last.query.last_record_number).to.equal(undefined);
    });

    it('shows a skeleton on first load (aria-busy) once it lasts, then rows', async () => {
      const s = await scenario({ latency: 600 });
      const started = performance.now();
      const h = await mount(c.tag, { ...c.attrs, 'base-url': baseUrl(s), 'page-size': String(c.pageSize) }, { tokenProvider: tokenProvider() });
      // Held back for its first moments (250 ms: a quick first load shows its rows at once), then shown.
      // (A machine too slow to check within 200 ms of mounting checks only the skeleton.)
      if (performance.now() - started < 200) expect(!!h.root.querySelector('table, [part~="toolbar"]'), 'nothing rendered yet').to.equal(false);
      await waitFor(() => h.table && h.skeletonRows().length > 0, 'the skeleton');
      expect(h.busy).to.equal(true);
      expect(h.live).to.equal('Loading…');
      await expectAccessible(h.el, 'loading');
      await h.rowsSettled();
      expect(h.skeletonRows()).to.have.length(0);
    });

    if (!c.clientPaged) it('keeps the old rows on screen (aria-busy) while the next page loads', async () => {
      const { h } = await setup({ latency: 400 });
      await h.rowsSettled();
      const firstPage = h.cells(0).join('|');
      h.nextButton.click();
      await waitFor(() => h.busy, 'busy');
      expect(h.rows().length).to.equal(c.pageSize);
      expect(h.cells(0).join('|')).to.equal(firstPage);
      // Still readable while busy (WCAG 1.4.3): the rows are not faded; the cue is a line, not the text.
      expect(getComputedStyle(h.table.tBodies[0]!).opacity).to.equal('1');
      await waitFor(() => !h.busy, 'page 2');
      expect(h.cells(0).join('|')).to.not.equal(firstPage);
    });

    if (c.emptyAttrs) {
      it('shows the empty state', async () => {
        const { h } = await setup({}, tokenProvider(), c.emptyAttrs);
        await h.loaded();
        expect(h.visible('empty')?.textContent).to.match(/No /);
        expect(h.visible('table')).to.equal(null);
        expect(h.visible('pagination')).to.equal(null);
        await expectAccessible(h.el, 'empty');
      });
    }

    it('shows an error with Retry, fires calico-error, and recovers', async () => {
      const s = await scenario({ status: 500, times: 1 });
      const el = document.createElement(c.tag);
      const errors = collect<CalicoErrorEvent>(el, 'calico-error');
      Object.entries({ ...c.attrs, 'base-url': baseUrl(s), 'page-size': String(c.pageSize) }).forEach(([k, v]) => el.setAttribute(k, v));
      Object.assign(el, { tokenProvider: tokenProvider() });
      document.body.append(el);
      const h = new (await import('./helpers/harness.js')).ListHarness(el);
      await waitFor(() => h.alert(), 'the error');
      expect(h.alert()!.textContent).to.contain('could not be loaded');
      expect(errors).to.have.length(1);
      expect(errors[0]!.error.kind).to.equal('server');
      expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
      await expectAccessible(el, 'error');
      h.button('Retry').click();
      await h.rowsSettled();
      expect(h.alert()).to.equal(null);
      el.remove();
    });

    it('shows the unauthorized state when the token is refused twice', async () => {
      const bad: TokenProvider = () => 'sbx_0_refused';
      const { h, s } = await setup({}, bad);
      await waitFor(() => h.alert(), 'the unauthorized state');
      expect(h.alert()!.textContent).to.contain('Not authorized');
      expect(h.alert()!.dataset.kind).to.equal('auth');
      expect((await ownRequests(s)).length).to.equal(2); // one retry with a new token, no storm
      await expectAccessible(h.el, 'unauthorized');
    });

    if (c.tag !== 'calico-user-accounts' && c.partial !== false) {
      it('shows partial data: the rows and which source failed', async () => {
        const { h } = await setup({ body: 'partial' });
        await h.rowsSettled();
        expect(h.visible('partial')!.textContent).to.contain('kraken');
        await expectAccessible(h.el, 'partial');
      });
    }

    it('names the field when a response fails its schema', async () => {
      const { h } = await setup({ body: 'schema' });
      await waitFor(() => h.alert(), 'the error');
      expect(h.alert()!.textContent).to.match(/invalid field "[\w.]+\[0\]\.\w+"/);
    });

    it('rows are plain rows unless selectable: no tab stop, no pointer; a click still reports the row', async () => {
      const { h } = await setup();
      await h.rowsSettled();
      const selected = collect<CalicoRowSelectEvent>(h.el, 'calico-row-select');
      expect(h.rows().filter((r) => r.hasAttribute('tabindex'))).to.deep.equal([]);
      expect(getComputedStyle(h.rows()[0]!).cursor).to.equal('auto');
      // The table's scroll box is the one tab stop (it may scroll sideways), named by the caption.
      const region = h.part('table')!.parentElement!;
      expect([region.tabIndex, region.getAttribute('role')]).to.deep.equal([0, 'region']);
      expect(h.root.getElementById(region.getAttribute('aria-labelledby')!)!.textContent!.trim()).to.equal(h.caption);
      h.rows()[1]!.click();
      expect(selected).to.have.length(1);
      h.el.setAttribute('selectable', '');
      await waitFor(() => h.rows()[0]!.tabIndex === 0, 'a tab stop on the first row');
      expect(getComputedStyle(h.rows()[0]!).cursor).to.equal('pointer');
      expect(region.hasAttribute('tabindex')).to.equal(false);
    });

    it('is keyboard operable: pager by Enter, rows by arrows and Enter', async () => {
      const { h } = await setup({}, tokenProvider(), { selectable: '' });
      await h.rowsSettled();
      const selected = collect<CalicoRowSelectEvent>(h.el, 'calico-row-select');
      h.nextButton.focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => h.live.startsWith(pageLabel(2)), 'page 2 by keyboard');
      expect(h.root.activeElement).to.equal(h.nextButton);
      h.rows()[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(h.root.activeElement).to.equal(h.rows()[1]);
      await sendKeys({ press: 'Enter' });
      expect(selected).to.have.length(1);
      expect(selected[0]!.record).to.be.an('object');
      h.rows().at(-1)!.click();
      expect(selected).to.have.length(2);
      // The tab stop follows the arrows; another page gives it to its first row, whatever came before.
      h.rows()[0]!.focus();
      await sendKeys({ press: 'End' });
      expect(h.root.activeElement).to.equal(h.rows().at(-1));
      h.previousButton.click();
      await waitFor(() => h.live.startsWith(pageLabel(1)), 'page 1');
      const stops = h.rows().filter((r) => r.tabIndex === 0);
      expect(stops).to.deep.equal([h.rows()[0]]);
      expect(h.root.getElementById(stops[0]!.getAttribute('aria-describedby')!)!.textContent).to.contain('Enter');
    });

    it('fires calico-load and a cancelable calico-page-change', async () => {
      const s = await scenario();
      const el = document.createElement(c.tag);
      const loads = collect<CalicoLoadEvent>(el, 'calico-load');
      const changes = collect<CalicoPageChangeEvent>(el, 'calico-page-change');
      Object.entries({ ...c.attrs, 'base-url': baseUrl(s), 'page-size': String(c.pageSize) }).forEach(([k, v]) => el.setAttribute(k, v));
      Object.assign(el, { tokenProvider: tokenProvider() });
      document.body.append(el);
      const h = new (await import('./helpers/harness.js')).ListHarness(el);
      await h.rowsSettled();
      expect(loads).to.have.length(1);
      expect(loads[0]!.items).to.have.length(c.pageSize);
      expect(loads[0]!.page).to.equal(1);
      h.nextButton.click();
      await waitFor(() => loads.length === 2, 'second load');
      expect(loads[1]!.page).to.equal(2);
      expect(changes.map((e) => [e.page, e.previousPage])).to.deep.equal([[2, 1]]);
      el.addEventListener('calico-page-change', (e) => e.preventDefault(), { once: true });
      h.nextButton.click();
      await new Promise((r) => setTimeout(r, 100));
      expect(h.live.startsWith(pageLabel(2))).to.equal(true);
      expect(loads).to.have.length(2);
      el.remove();
    });

    it('never puts the token in the DOM or an attribute', async () => {
      const provider = tokenProvider();
      const { h } = await setup({}, provider);
      await h.rowsSettled();
      const token = provider.tokens[0]!;
      expect(token).to.match(/^sbx_/);
      expect(h.root.innerHTML).to.not.contain(token);
      expect(h.el.outerHTML).to.not.contain(token);
      expect(document.documentElement.outerHTML).to.not.contain(token);
    });

    it('reloads when base-url or tokenProvider change at run time', async () => {
      const { h } = await setup();
      await h.rowsSettled();
      const other = await scenario();
      h.el.setAttribute('base-url', baseUrl(other));
      await (h.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await h.rowsSettled();
      expect((await other.requests()).filter((r) => r.path.endsWith(c.path))).to.have.length(1);
      const second = tokenProvider();
      (h.el as unknown as { tokenProvider: TokenProvider }).tokenProvider = second;
      await waitFor(() => second.reasons.length === 1, 'the new provider to be asked');
      await h.rowsSettled();
    });

    it('resumes a load interrupted by a disconnect (frameworks move nodes)', async () => {
      const { h } = await setup({ latency: 300 });
      const parent = h.el.parentElement!;
      h.el.remove();
      await new Promise((r) => setTimeout(r, 50));
      parent.append(h.el);
      await h.rowsSettled();
      expect(h.rows().length).to.equal(c.pageSize);
    });
  });
}
