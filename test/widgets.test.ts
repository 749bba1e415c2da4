/** What each widget shows beyond the shared contract, and how it meets a host (locale, strings, attributes, sharing). */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { createCalicoClient } from '../src/index.js';
import { defineElement } from '../src/elements/define-element.js';
import { CalicoUserAssets } from '../src/elements/calico-user-assets/calico-user-assets.js';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { expectAccessible } from './helpers/a11y.js';
import { ListHarness, captureWarnings, mount, waitFor } from './helpers/harness.js';
import { scenario, tokenProvider } from './helpers/sandbox.js';

const rich = sandboxUserId(FIXTURE_USERS.rich);
const heavy = sandboxUserId(FIXTURE_USERS.heavy);

async function calico() {
  const s = await scenario();
  return { s, client: createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider() }) };
}

describe('<calico-user-assets>', () => {
  it('shows the total value, sorts by value, and formats quantities exactly', async () => {
    const { s, client } = await calico();
    const page = await client.userAssets(rich, { limit: 100 });
    const h = await mount('calico-user-assets', { 'user-id': rich, 'base-url': s.calicoBaseUrl, 'page-size': '100' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const total = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(page.totalValue!.amount as Intl.StringNumericLiteral);
    expect(h.part('toolbar')!.textContent).to.contain(`Total value: ${total}`);
    const values = h.rows().map((_, i) => Number(h.cells(i)[3]!.replace(/[$,]/g, '')));
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    const asset = page.items.find((a) => a.quantity.split('.')[1]?.length === 8)!;
    const source = (await client.userProviders(rich)).items.find((p) => p.provider_id === asset.provider_id)!.display_label; // shown by name
    const row = h.rows().findIndex((_, i) => h.cells(i)[0]!.startsWith(asset.asset_symbol) && h.cells(i)[4] === source);
    const digits = asset.quantity.split('.')[1]!.length;
    expect(h.cells(row)[1]).to.equal(new Intl.NumberFormat('en-US', { maximumFractionDigits: digits }).format(asset.quantity as Intl.StringNumericLiteral));
  });

  it('shows source ids, with no error and no long wait, when the person\'s sources cannot be read or never answer', async () => {
    for (const faults of [{ match: '/providers', status: 500 }, { match: '/providers', body: 'hang' as const }]) {
      const s = await scenario(faults);
      const page = await createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider() }).userAssets(rich, { limit: 5 });
      const started = performance.now();
      const h = await mount('calico-user-assets', { 'user-id': rich, 'base-url': s.calicoBaseUrl, 'page-size': '5' }, { tokenProvider: tokenProvider() });
      await h.rowsSettled();
      expect(performance.now() - started, faults.body ?? 'status').to.be.below(5000);
      expect(h.alert()).to.equal(null);
      expect(h.rows().map((_, i) => h.cells(i)[4])).to.have.members(page.items.map((a) => a.provider_id));
      h.el.remove();
    }
  });

  it('asks for a user when user-id is missing, and says so when there is no tokenProvider', async () => {
    const noUser = await mount('calico-user-assets', {}, { tokenProvider: tokenProvider() });
    expect(noUser.visible('empty')!.textContent).to.contain('Choose a user');
    await expectAccessible(noUser.el, 'no user');
    const noToken = await mount('calico-user-assets', { 'user-id': rich });
    expect(noToken.visible('table')).to.equal(null);
  });

  it('a list that waited for its person keeps its controls when the person comes: its skeleton at once, no hold', async () => {
    const s = await scenario({ latency: 600 });
    const h = await mount('calico-transactions', { 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    const toolbar = h.part('toolbar');
    expect(!!toolbar, 'the date filters while it waits').to.equal(true);
    h.el.setAttribute('user-id', rich);
    await (h.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(h.part('toolbar') === toolbar, 'the same controls, kept').to.equal(true);
    expect(h.skeletonRows().length > 0, 'the skeleton at once').to.equal(true);
    await h.rowsSettled();
  });

  it('loads nothing for a user-id outside the id alphabet (/ ? # ..), says so, and loads again for a valid one', async () => {
    const s = await scenario();
    const h = await mount('calico-user-assets', { 'user-id': 'a/b?c#d', 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    await waitFor(() => h.visible('empty')?.textContent?.includes('not a valid id'), 'the bad id state');
    h.el.setAttribute('user-id', '..');
    await (h.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(h.visible('empty')!.textContent).to.contain('not a valid id');
    expect(await s.requests()).to.have.length(0); // refused before any request is made
    h.el.setAttribute('user-id', rich);
    await h.rowsSettled();
    expect((await s.requests()).map((r) => r.path)).to.have.members([`/enterprise/v2/users/${rich}/assets`, `/enterprise/v2/users/${rich}/providers`]);
  });
});

describe('<calico-user-accounts>', () => {
  it('shows consent as a badge with text, sets revoked sources apart, labels auth types', async () => {
    const s = await scenario();
    const h = await mount('calico-user-accounts', { 'user-id': rich, 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    expect(h.rows()).to.have.length(6);
    const revoked = h.rows().filter((r) => r.dataset.state === 'revoked');
    expect(revoked).to.have.length(1);
    expect(revoked[0]!.querySelector('[part~="badge"]')!.textContent).to.contain('Revoked');
    expect(revoked[0]!.cells[4]!.textContent!.trim()).to.not.equal('—'); // the revoked date
    const texts = h.rows().map((_, i) => h.cells(i)[1]);
    expect(texts.every((t) => ['API key', 'OAuth', 'Wallet'].includes(t!))).to.equal(true);
  });
});

describe('<calico-transactions>', () => {
  it('shows both legs of a trade and a user column only for all users', async () => {
    const s = await scenario();
    const one = await mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    await one.rowsSettled();
    expect(one.headers()).to.not.include('User');
    const trade = one.rows().findIndex((_, i) => one.cells(i)[1] === 'Trade');
    expect(one.cells(trade)[2]).to.match(/^−[\d,.]+ [A-Z]+/);
    expect(one.cells(trade)[3]).to.match(/^\+[\d,.]+ [A-Z]+/);
    const all = await mount('calico-transactions', { 'base-url': s.calicoBaseUrl, 'all-users': '' }, { tokenProvider: tokenProvider() });
    await all.rowsSettled();
    expect(all.headers()[1]).to.equal('User');
    expect(all.caption).to.equal('Transactions of all users');
  });

  it('shows a transaction_type it does not know as "Other"', async () => {
    const { s, client } = await calico();
    let found;
    for (let page = await client.userTransactions(heavy, { limit: 100 }); !found; page = await client.userTransactions(heavy, { limit: 100 }, { page: page.next })) {
      found = page.items.find((t) => t.transaction_type === 'bridge');
    }
    const end = new Date(Date.parse(found.timestamp) + 1000).toISOString();
    const h = await mount('calico-transactions', { 'user-id': heavy, 'base-url': s.calicoBaseUrl, 'start-time': found.timestamp, 'end-time': end }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    expect(h.rows()).to.have.length(1);
    expect(h.cells(0)[1]).to.equal('Other');
  });

  it('sends the time range to the API; the built-in control sets it; filtered-empty offers to clear', async () => {
    const s = await scenario();
    const h = await mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl, 'start-time': '2026-01-01T00:00:00Z', 'end-time': '2026-02-01T00:00:00Z' }, { tokenProvider: tokenProvider() });
    await h.loaded();
    expect((await s.requests())[0]!.query).to.include({ start_time: '2026-01-01T00:00:00Z', end_time: '2026-02-01T00:00:00Z' });
    const from = h.control<HTMLInputElement>('From');
    expect(from.value).to.equal('2026-01-01');
    from.value = '2030-01-01';
    from.dispatchEvent(new Event('change'));
    await waitFor(() => h.visible('empty'), 'the filtered-empty state');
    expect(h.visible('empty')!.textContent).to.contain('No transactions in this time range');
    expect((await s.requests()).at(-1)!.query.start_time).to.equal(new Date(2030, 0, 1).toISOString().replace('.000Z', 'Z'));
    await expectAccessible(h.el, 'filtered-empty');
    // One way out, the toolbar's: the empty state does not repeat the button.
    expect([...h.root.querySelectorAll('button')].filter((b) => b.textContent!.trim() === 'Clear filters')).to.have.length(1);
    h.button('Clear filters', h.part('toolbar')!).click();
    await h.rowsSettled();
    expect((await s.requests()).at(-1)!.query.start_time).to.equal(undefined);
  });

  it('warns once about a bad start-time and ignores it', async () => {
    await captureWarnings(async (warnings) => {
      const s = await scenario();
      const h = await mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl, 'start-time': 'last tuesday' }, { tokenProvider: tokenProvider() });
      await h.rowsSettled();
      h.el.setAttribute('page-size', '12');
      await h.rowsSettled();
      expect(warnings.filter((w) => w.includes('last tuesday'))).to.have.length(1);
      expect((await s.requests())[0]!.query.start_time).to.equal(undefined);
    });
  });
});

describe('widgets and their host', () => {
  it('clamps page-size to the API range and warns once for a bad value', async () => {
    await captureWarnings(async (warnings) => {
      const s = await scenario();
      const big = await mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl, 'page-size': '500' }, { tokenProvider: tokenProvider() });
      await big.rowsSettled();
      expect((await s.requests())[0]!.query.limit).to.equal('100');
      const bad = await mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl, 'page-size': 'lots' }, { tokenProvider: tokenProvider() });
      await bad.rowsSettled();
      expect(bad.rows()).to.have.length(30);
      expect(warnings.some((w) => w.includes('page-size 500'))).to.equal(true);
      expect(warnings.filter((w) => w.includes('"lots"'))).to.have.length(1);
    });
  });

  it('formats with the nearest lang and follows a change of the document lang', async () => {
    const s = await scenario();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de-DE"></div>`);
    const el = document.createElement('calico-user-assets');
    el.setAttribute('user-id', rich);
    el.setAttribute('base-url', s.calicoBaseUrl);
    Object.assign(el, { tokenProvider: tokenProvider() });
    wrapper.append(el);
    const h = new ListHarness(el);
    await h.rowsSettled();
    expect(h.cells(0)[3]).to.match(/^[\d.]+,\d{2}\s\$$/); // "157.467,24 $"
    wrapper.removeAttribute('lang');
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'fr-FR';
    try {
      await waitFor(() => /\s\$US$|\s\$$/.test(h.cells(0)[3]!) && h.cells(0)[3]!.includes(','), 'French formatting');
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it('takes the host\'s strings over the English defaults', async () => {
    const s = await scenario();
    const h = await mount('calico-user-assets', { 'user-id': rich, 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider(), strings: { caption: 'Bestände', next: 'Weiter' } });
    await h.rowsSettled();
    expect(h.caption).to.equal('Bestände');
    expect(h.button('Weiter', h.pager)).to.exist;
  });

  it('shares one client: one token call and one request per identical call for many widgets', async () => {
    const s = await scenario({ latency: 100 });
    const provider = tokenProvider();
    const attrs = { 'user-id': rich, 'base-url': s.calicoBaseUrl };
    const harnesses = await Promise.all([
      mount('calico-user-assets', attrs, { tokenProvider: provider }),
      mount('calico-user-assets', attrs, { tokenProvider: provider }),
      mount('calico-user-accounts', attrs, { tokenProvider: provider }),
      mount('calico-transactions', attrs, { tokenProvider: provider }),
      mount('calico-transactions', attrs, { tokenProvider: provider }),
    ]);
    await Promise.all(harnesses.map((h) => h.rowsSettled()));
    expect(provider.reasons).to.deep.equal(['initial']);
    expect((await s.requests()).map((r) => r.path.split('/').at(-1)).sort()).to.deep.equal(['assets', 'providers', 'transactions']);
  });

  it('never paints a stale page: a slow answer for the old inputs loses to the new ones', async () => {
    const slow = await scenario({ latency: 800 });
    const fast = await scenario();
    const other = sandboxUserId(7);
    const h = await mount('calico-user-accounts', { 'user-id': rich, 'base-url': slow.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    h.el.setAttribute('base-url', fast.calicoBaseUrl);
    h.el.setAttribute('user-id', other);
    await h.rowsSettled();
    const expected = (await createCalicoClient({ baseUrl: fast.calicoBaseUrl, tokenProvider: tokenProvider() }).userProviders(other)).items.map((p) => p.display_label);
    await new Promise((r) => setTimeout(r, 1000)); // the slow answer for the rich user would land now
    expect(h.rows().map((r) => r.cells[0]!.querySelector('strong')!.textContent)).to.deep.equal(expected);
  });

  it('registering twice (a second script tag, HMR) does not throw', async () => {
    class Again extends CalicoUserAssets {}
    expect(() => defineElement('calico-user-assets', Again)).to.not.throw();
    await import('../src/elements/calico-user-assets/define.js');
    expect(customElements.get('calico-user-assets')).to.equal(CalicoUserAssets);
  });
});

describe('the accessibility check itself', () => {
  it('fails on a violation (so a pass means something)', async () => {
    const bad = await fixture(html`<div><button style="width:10px;height:10px;padding:0"></button><img src="x.png"></div>`);
    let failed = false;
    await expectAccessible(bad).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});
