/**
 * A review of bad input and focus, each case a test that failed before its fix: a removed attribute
 * never throws, money in two currencies is never added up, and a control that goes away with what it
 * did (Retry, Clear filters) leaves focus in the widget, never on the page.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { clearSharedClients } from '../src/index.js';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { type ListHarness, captureWarnings, mount, waitFor } from './helpers/harness.js';
import { scenario, sleep, tokenProvider } from './helpers/sandbox.js';

const RICH = sandboxUserId(FIXTURE_USERS.rich);
/** What has focus inside the widget, as a short tag (an element would make a failing assertion print the whole DOM). */
const focusIn = (h: ListHarness) => tagOf((h.root as ShadowRoot).activeElement);
const tagOf = (el: Element | null | undefined) => (el ? el.outerHTML.slice(0, el.outerHTML.indexOf('>') + 1) : 'nothing: focus left the widget');

describe('bad input and focus: what a review tried', function () {
  this.timeout(20_000);
  const uncaught: string[] = [];
  const record = (e: ErrorEvent | PromiseRejectionEvent) => uncaught.push(String('message' in e ? e.message : e.reason));
  before(() => (window.addEventListener('error', record), window.addEventListener('unhandledrejection', record)));
  after(() => (window.removeEventListener('error', record), window.removeEventListener('unhandledrejection', record)));
  beforeEach(() => (uncaught.length = 0));

  for (const tag of ['calico-providers', 'calico-users']) {
    it(`<${tag}>: removing the query attribute is no search (it threw from the update and froze the list)`, async () => {
      const s = await scenario();
      const h = await mount(tag, { 'base-url': s.calicoBaseUrl, query: 'zzzz-nothing', 'page-size': '5' }, { tokenProvider: tokenProvider() });
      await h.loaded();
      expect(h.rows()).to.have.length(0);
      h.el.removeAttribute('query');
      await waitFor(() => h.rows().length > 0, 'the unfiltered list');
      await sleep(100);
      expect(uncaught).to.deep.equal([]);
      expect(h.root.querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('');
    });
  }

  it('a client that is not an object (a string from a framework attribute) is no client: it says so, nothing throws', async () => {
    const s = await scenario();
    const h = await mount('calico-user-assets', { 'base-url': s.calicoBaseUrl, 'user-id': RICH }, { client: 'abc' });
    await waitFor(() => h.root?.textContent?.includes('needs a tokenProvider, cookie-session or a client'), 'the needs-configuration state');
    await sleep(100);
    expect(uncaught).to.deep.equal([]);
    expect(await s.requests()).to.deep.equal([]);
  });

  it('<calico-user-assets>: holdings in two currencies are never added up into one total', async () => {
    const s = await scenario({ body: 'mixed-currencies' });
    const h = await mount('calico-user-assets', { 'base-url': s.calicoBaseUrl, 'user-id': RICH }, { tokenProvider: tokenProvider() });
    await h.loaded();
    const shown = h.rows().map((r) => r.textContent!);
    expect(shown.some((t) => t.includes('€')) && shown.some((t) => t.includes('$')), 'both currencies in the rows').to.equal(true);
    expect(h.root.querySelector('.summary')?.textContent ?? 'no total').to.equal('no total');
  });

  it('Retry: once the rows are back, focus is on a control of the widget, not lost to the page', async () => {
    const s = await scenario({ status: 500, times: 1, match: '/transactions' });
    const h = await mount('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'page-size': '5' }, { tokenProvider: tokenProvider() });
    const panel = await waitFor(() => h.alert(), 'the error panel');
    const retry = h.button('Retry', panel);
    retry.focus();
    retry.click();
    await waitFor(() => h.rows().length > 0, 'the rows');
    await (h.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(focusIn(h)).to.match(/^<(input|select|button)\b/);
  });

  it('a first load shows no pager under its skeleton (the pager stays only where a page was shown)', async () => {
    const s = await scenario({ latency: 800 });
    const h = await mount('calico-user-assets', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'page-size': '5' }, { tokenProvider: tokenProvider() });
    await waitFor(() => h.root.querySelector('[part~="skeleton"]'), 'the skeleton');
    expect(h.pager.hidden, 'pager while the first page loads').to.equal(true);
    await h.loaded();
    expect(h.pager.hidden, 'pager once it is there').to.equal(false);
  });

  it('Rows per page: the pager stays while page 1 loads at the new size, so its select keeps focus', async () => {
    const s = await scenario({ latency: 600 });
    const h = await mount('calico-user-assets', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'page-size': '5' }, { tokenProvider: tokenProvider() });
    await h.loaded();
    const select = h.control('Rows per page');
    select.focus();
    select.value = '10';
    select.dispatchEvent(new Event('change'));
    await waitFor(() => h.busy, 'page 1 loading at the new size');
    await new Promise(requestAnimationFrame); // a hidden control loses focus at the next style and layout
    getComputedStyle(select).display;
    expect(focusIn(h), 'while it loads').to.equal(tagOf(select));
    await h.loaded();
    expect(h.rows()).to.have.length(10);
    expect(focusIn(h), 'once loaded').to.equal(tagOf(select));
  });

  it('a numbered page pressed: once it shows, focus is on its button (the buttons are reused by position), and the page does not scroll', async () => {
    const s = await scenario({ latency: 300 });
    const spacer = document.body.insertBefore(Object.assign(document.createElement('div'), { style: 'height: 3000px' }), document.body.firstChild);
    try {
      const h = await mount('partner-user-list', { 'base-url': s.partnerBaseUrl, 'page-size': '5' }, { tokenProvider: tokenProvider() });
      await h.loaded();
      h.control<HTMLInputElement>('Go to page').value = '4';
      h.button('Go').click();
      await waitFor(() => h.live.startsWith('Page 4 of'), 'page 4'); // pages 1 … 3 4 5 … 2,000
      const five = h.button('Page 5');
      five.focus();
      five.click();
      await waitFor(() => h.busy, 'page 5 loading');
      window.scrollTo(0, 0); // up to the top of the page while it loads
      await waitFor(() => h.live.startsWith('Page 5 of'), 'page 5'); // pages 1 … 4 5 6 … 2,000: that button shows 6 now
      await (h.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(focusIn(h)).to.equal(tagOf(h.button('Page 5')));
      expect(h.button('Page 5').getAttribute('aria-current')).to.equal('page');
      expect(window.scrollY, 'scrolled back to the pager').to.equal(0);
    } finally {
      spacer.remove();
    }
  });

  it('the last numbered page pressed (its button goes: fewer buttons near the end): focus is on it once it shows', async () => {
    const s = await scenario();
    const h = await mount('partner-user-list', { 'base-url': s.partnerBaseUrl, 'page-size': '5' }, { tokenProvider: tokenProvider() });
    await h.loaded();
    h.control<HTMLInputElement>('Go to page').value = '4';
    h.button('Go').click();
    await waitFor(() => h.live.startsWith('Page 4 of'), 'page 4'); // pages 1 … 3 4 5 … 2,000
    const lastButton = [...h.pager.querySelectorAll<HTMLButtonElement>('ol button')].at(-1)!;
    const name = lastButton.getAttribute('aria-label')!;
    lastButton.focus();
    lastButton.click();
    await waitFor(() => h.button(name).getAttribute('aria-current') === 'page', 'the last page'); // pages 1 … 1,999 2,000
    await (h.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(focusIn(h)).to.equal(tagOf(h.button(name)));
  });

  it('after a session ends, the next first load shows no pager under its skeleton either', async () => {
    const s = await scenario({ latency: 600 });
    const h = await mount('calico-user-assets', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'page-size': '5' }, { tokenProvider: tokenProvider() });
    await h.loaded();
    clearSharedClients();
    (h.el as HTMLElement & { tokenProvider: unknown }).tokenProvider = tokenProvider(); // the next person signs in
    await waitFor(() => h.root.querySelector('[part~="skeleton"]'), 'the skeleton');
    expect(h.pager.hidden, 'pager while the first page loads').to.equal(true);
    await h.loaded();
  });

  it('a numbered page pressed, then focus moved on while it loads: focus stays where the person put it', async () => {
    const s = await scenario({ latency: 400 });
    const h = await mount('partner-user-list', { 'base-url': s.partnerBaseUrl, 'page-size': '5' }, { tokenProvider: tokenProvider() });
    await h.loaded();
    h.control<HTMLInputElement>('Go to page').value = '4';
    h.button('Go').click();
    await waitFor(() => h.live.startsWith('Page 4 of'), 'page 4');
    const five = h.button('Page 5');
    five.focus();
    five.click();
    await waitFor(() => h.busy, 'page 5 loading');
    const last = [...h.pager.querySelectorAll<HTMLButtonElement>('ol button')].at(-1)!; // the last page
    last.focus(); // Tab, as a person reads on
    await waitFor(() => h.live.startsWith('Page 5 of'), 'page 5');
    await (h.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(focusIn(h)).to.equal(tagOf(last));
  });

  it('the "To" date input on 9999-12-31 still sets end-time (its end is a year past 9999, which toISOString writes expanded)', async () => {
    const s = await scenario();
    const h = await mount('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'page-size': '5' }, { tokenProvider: tokenProvider() });
    await h.loaded();
    const to = h.control<HTMLInputElement>('To');
    to.value = '9999-12-31';
    to.dispatchEvent(new Event('change'));
    await waitFor(() => (h.el as HTMLElement & { endTime?: string }).endTime, 'end-time from the date input');
    expect((h.el as HTMLElement & { endTime?: string }).endTime).to.match(/^\+010000-01-0[12]T/);
  });

  for (const [tag, name, param, attrs, text] of [
    ['calico-transactions', 'start-time', 'start_time', { 'user-id': RICH }, '1'], // 2001-01-01 to Date.parse
    ['partner-orders', 'placed-at-end', 'placed_at_end', {}, '1'],
    ['partner-user-list', 'created-at-start', 'created_at_start', {}, '2024-12-25 Dec'], // 2024-12-12 to Date.parse
    ['partner-orders', 'placed-at-start', 'placed_at_start', {}, '-000000-12-25'], // 2001-12-25 to V8's fallback
    ['calico-transactions', 'end-time', 'end_time', { 'user-id': RICH }, '2024-12-25'], // UTC midnight: a day off from the local date inputs
  ] as const) {
    it(`<${tag}>: ${name} in text that is not ISO-8601 ("${text}", which Date.parse reads as another day) warns once and is ignored`, async () => {
      await captureWarnings(async (warnings) => {
        const s = await scenario();
        const base = tag.startsWith('partner') ? s.partnerBaseUrl : s.calicoBaseUrl;
        const h = await mount(tag, { 'base-url': base, 'page-size': '5', [name]: text, ...attrs }, { tokenProvider: tokenProvider() });
        await h.loaded();
        expect(warnings.filter((w) => w.includes(`${name} "${text}" is not an ISO-8601`))).to.have.length(1);
        const requests = await s.requests();
        expect(requests.length, 'it loaded').to.be.greaterThan(0);
        expect(requests.map((r) => r.query[param]).filter((sent) => sent !== undefined)).to.deep.equal([]);
      });
    });
  }

  for (const [tag, attrs, where] of [
    ['calico-transactions', { 'user-id': RICH, 'start-time': '2020-01-01T00:00:00Z' }, 'toolbar'],
    ['calico-providers', { query: 'zzzz-nothing' }, 'empty'],
  ] as const) {
    it(`<${tag}>: Clear filters (in the ${where}) goes with the filters; focus goes to the first filter, not the page`, async () => {
      const s = await scenario();
      const h = await mount(tag, { 'base-url': s.calicoBaseUrl, 'page-size': '5', ...attrs }, { tokenProvider: tokenProvider() });
      await h.loaded();
      const clear = h.button('Clear filters', where === 'empty' ? h.visible('empty')! : h.root);
      clear.focus();
      clear.click();
      await (h.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(clear.isConnected, 'the button went').to.equal(false);
      expect(focusIn(h)).to.equal(tagOf(h.root.querySelector('input, select')));
    });
  }
});
