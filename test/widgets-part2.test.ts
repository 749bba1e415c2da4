/** <calico-users>, <partner-user-list> and <calico-stats>: what each does beyond the shared contract. */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { CalicoStats, CalicoTransactions, createCalicoClient } from '../src/index.js';
import type { CalicoErrorEvent, CalicoLoadEvent, CalicoUserDeactivatedEvent } from '../src/events.js';
import { expectAccessible } from './helpers/a11y.js';
import { captureWarnings, collect, mount, waitFor, type ListHarness } from './helpers/harness.js';
import { scenario, tokenProvider, type Scenario } from './helpers/sandbox.js';

const settle = (h: ListHarness) => (h.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function typeInto(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('<calico-users>: search', () => {
  it('debounces typing into one search request and offers to clear an empty result', async () => {
    const s = await scenario();
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const box = h.control<HTMLInputElement>('Search users');
    for (const partial of ['l', 'lo', 'lov', 'lovelace']) {
      typeInto(box, partial);
      await sleep(40);
    }
    await waitFor(() => !h.busy && h.rows().length > 0 && h.rows().every((r) => /lovelace/i.test(r.textContent!)), 'the search result');
    const searches = (await s.requests()).filter((r) => r.method === 'POST');
    expect(searches.map((r) => (r.body as { query: string }).query)).to.deep.equal(['lovelace']);
    typeInto(box, 'nobody-by-this-name');
    await waitFor(() => h.visible('empty'), 'the filtered-empty state');
    expect(h.visible('empty')!.textContent).to.contain('No users match “nobody-by-this-name”');
    await expectAccessible(h.el, 'no match');
    h.button('Clear filters', h.visible('empty')!).click();
    await h.rowsSettled();
    expect(h.root.activeElement).to.equal(box);
    expect(box.value).to.equal('');
    expect(h.rows().some((r) => !/lovelace/i.test(r.textContent!))).to.equal(true); // the whole list again (from memory)
  });

  it('presets the search from the query attribute (accent-insensitive)', async () => {
    const s = await scenario();
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl, query: 'zoe' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    expect(h.control<HTMLInputElement>('Search users').value).to.equal('zoe');
    expect(h.rows().every((_, i) => /zo[eë]/i.test(h.cells(i).join(' ')))).to.equal(true);
    expect((await s.requests())[0]!.body).to.deep.include({ query: 'zoe' });
  });
});

describe('<calico-users>: deactivate', () => {
  async function setup(faults = {}) {
    const s = await scenario(faults);
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl, 'allow-deactivate': '' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    return { s, h };
  }
  const activeRow = (h: ListHarness) => h.rows().findIndex((r) => r.dataset.state === 'active');
  const openDialog = (h: ListHarness) => waitFor(() => h.root.querySelector<HTMLDialogElement>('dialog[open]'), 'the dialog');

  it('has no destructive control without allow-deactivate', async () => {
    const s = await scenario();
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    expect([...h.root.querySelectorAll('button')].some((b) => /Deactivate/.test(b.textContent!))).to.equal(false);
    expect(h.root.querySelector('dialog')).to.equal(null);
  });

  it('confirms in a dialog naming the user, sends one DELETE however often pressed, updates the row in place', async () => {
    const { s, h } = await setup({ latency: 200 });
    const deactivated = collect<CalicoUserDeactivatedEvent>(h.el, 'calico-user-deactivated');
    const selected = collect<Event>(h.el, 'calico-row-select');
    const index = activeRow(h);
    const name = h.cells(index)[0]!;
    const row = h.rows()[index]!;
    h.button(/^Deactivate /, row).click();
    const dialog = await openDialog(h); // its code loads on the first Deactivate pressed
    expect(selected).to.have.length(0); // the action is not a row selection
    expect(dialog.textContent).to.contain(`Deactivate ${name}?`);
    await expectAccessible(h.el, 'dialog open');
    const confirm = h.button('Deactivate', dialog);
    for (let i = 0; i < 5; i++) confirm.click();
    await waitFor(() => !dialog.open, 'the dialog to close');
    expect((await s.requests()).filter((r) => r.method === 'DELETE')).to.have.length(1);
    expect(h.rows()[index]).to.equal(row); // the same row, changed in place
    expect(row.dataset.state).to.equal('deactivated');
    expect(row.textContent).to.contain('Deactivated');
    expect(deactivated.map((e) => e.userId)).to.have.length(1);
    expect(h.root.activeElement).to.equal(row);
    expect([...h.root.querySelectorAll('[role="status"]')].map((e) => e.textContent).join('|')).to.contain('was deactivated');
  });

  it('on failure keeps the row and shows the error in the dialog', async () => {
    const first = await scenario();
    const users = await createCalicoClient({ baseUrl: first.calicoBaseUrl, tokenProvider: tokenProvider() }).users({ limit: 30 });
    const victim = users.items.find((u) => !u.deactivated)!;
    const { s, h } = await setup({ status: 503, match: victim.user_id });
    const errors = collect<CalicoErrorEvent>(h.el, 'calico-error');
    const row = h.rows().find((r) => r.dataset.key === victim.user_id)!;
    h.button(/^Deactivate /, row).click();
    const dialog = await openDialog(h); // its code loads on the first Deactivate pressed
    h.button('Deactivate', dialog).click();
    await waitFor(() => dialog.querySelector('[role="alert"]'), 'the error in the dialog');
    expect(dialog.textContent).to.contain('The user was not deactivated');
    expect(dialog.open).to.equal(true);
    expect(row.dataset.state).to.equal('active');
    expect((await s.requests()).filter((r) => r.method === 'DELETE')).to.have.length(1); // never retried
    await expectAccessible(h.el, 'dialog error');
    expect(errors.map((e) => e.error.kind)).to.deep.equal(['server']); // the host hears of it too
    h.button('Cancel', dialog).click();
    await waitFor(() => !dialog.open, 'closed');
  });

  /** An active user of the first page, and a list whose DELETE for that user meets `faults` once. */
  async function victimWith(faults: Record<string, unknown>) {
    const first = await scenario();
    const users = await createCalicoClient({ baseUrl: first.calicoBaseUrl, tokenProvider: tokenProvider() }).users({ limit: 30 });
    const victim = users.items.find((u) => !u.deactivated)!;
    const s = await scenario({ ...faults, match: victim.user_id, times: 1 });
    const provider = tokenProvider();
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl, 'allow-deactivate': '' }, { tokenProvider: provider });
    await h.rowsSettled();
    const errors = collect<CalicoErrorEvent>(h.el, 'calico-error');
    const row = h.rows().find((r) => r.dataset.key === victim.user_id)!;
    h.button(/^Deactivate /, row).click();
    const dialog = await openDialog(h); // its code loads on the first Deactivate pressed
    const deletes = async () => (await s.requests()).filter((r) => r.method === 'DELETE');
    return { s, h, row, dialog, errors, provider, deletes, victim };
  }

  it('a DELETE refused with 401 is not sent again with a new token; the next confirmation is', async () => {
    const { h, row, dialog, errors, provider, deletes } = await victimWith({ status: 401 });
    h.button('Deactivate', dialog).click();
    await waitFor(() => dialog.querySelector('[role="alert"]'), 'the refusal in the dialog');
    expect(await deletes()).to.have.length(1);
    expect(dialog.textContent).to.contain('The user was not deactivated');
    expect(errors.map((e) => e.error.kind)).to.deep.equal(['auth']);
    expect(row.dataset.state).to.equal('active');
    h.button('Deactivate', dialog).click(); // a new confirmation: one more DELETE, with a new token
    await waitFor(() => !dialog.open, 'the dialog to close');
    expect(await deletes()).to.have.length(2);
    expect(provider.reasons).to.deep.equal(['initial', 'rejected']);
    expect(row.dataset.state).to.equal('deactivated');
  });

  it('no answer to a DELETE: the user is read again before Deactivate is offered again', async () => {
    const { s, h, row, dialog, errors, deletes, victim } = await victimWith({ body: 'drop' });
    h.button('Deactivate', dialog).click();
    await waitFor(() => dialog.querySelector('[role="alert"]') && !dialog.textContent!.includes('checking'), 'the re-read');
    expect(await deletes()).to.have.length(1);
    expect(errors.map((e) => e.error.kind)).to.deep.equal(['network']);
    const reread = (await s.requests()).filter((r) => r.path === '/enterprise/v2/users/all' && r.query.user_ids === victim.user_id);
    expect(reread).to.have.length(1);
    expect(dialog.textContent).to.contain('The user was not deactivated'); // the re-read says so
    expect(h.button('Deactivate', dialog).getAttribute('aria-disabled')).to.equal('false');
    expect(row.dataset.state).to.equal('active');
  });

  it('no answer to a DELETE that was carried out: the re-read shows it done', async () => {
    const { h, row, dialog, errors, deletes } = await victimWith({ body: 'drop-after' });
    const deactivated = collect<CalicoUserDeactivatedEvent>(h.el, 'calico-user-deactivated');
    h.button('Deactivate', dialog).click();
    await waitFor(() => !dialog.open, 'the dialog to close');
    expect(await deletes()).to.have.length(1);
    expect(errors.map((e) => e.error.kind)).to.deep.equal(['network']);
    expect(deactivated).to.have.length(1);
    expect(row.dataset.state).to.equal('deactivated');
  });

  it('Escape cancels without a request', async () => {
    const { s, h } = await setup();
    h.button(/^Deactivate /, h.rows()[activeRow(h)]!).click();
    const dialog = await openDialog(h); // its code loads on the first Deactivate pressed
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, 'closed by Escape');
    expect((await s.requests()).filter((r) => r.method === 'DELETE')).to.have.length(0);
  });
});

describe('<partner-user-list>', () => {
  const mountList = async (s: Scenario, attrs: Record<string, string> = {}) =>
    mount('partner-user-list', { 'base-url': s.partnerBaseUrl, ...attrs }, { tokenProvider: tokenProvider() });

  it('sends filters and sorting from attributes as the contract names them', async () => {
    const s = await scenario();
    const h = await mountList(s, {
      product: 'robo', 'robo-kyc-status': 'approved', 'crypto-kyc-status': 'pending',
      'created-at-start': '2026-01-01T00:00:00Z', 'created-at-end': '2026-10-01T00:00:00Z',
      'sort-key': 'total_current_market_value', 'sort-order': 'asc', 'page-size': '20',
    });
    await h.loaded();
    expect((await s.requests())[0]!.query).to.deep.equal({
      product: 'robo', robo_kyc_status: 'approved', crypto_kyc_status: 'pending',
      created_at_start: '2026-01-01T00:00:00Z', created_at_end: '2026-10-01T00:00:00Z',
      sort_key: 'total_current_market_value', sort_order: 'asc', per_page: '20',
    });
    const total = h.table.tHead!.querySelectorAll('th')[5]!;
    expect(total.getAttribute('aria-sort')).to.equal('ascending');
  });

  it('shows KYC status as icon and words, and "Not opened" for missing products', async () => {
    const s = await scenario();
    const h = await mountList(s);
    await h.rowsSettled();
    const badges = [...h.table.querySelectorAll('[part~="badge"]:not([hidden])')].map((b) => b.textContent!.trim());
    expect(badges.some((b) => b === '✓Approved')).to.equal(true);
    expect(badges.every((b) => /^(✓Approved|…Pending|✕Rejected|○Not started)$/.test(b))).to.equal(true);
    expect(h.table.textContent).to.contain('Not opened');
  });

  it('sorts by a header click, filters from the toolbar, and numbers its pages', async () => {
    const s = await scenario();
    const h = await mountList(s);
    await h.rowsSettled();
    expect(h.live).to.equal('Page 1 of 400');
    h.button(/^Total/).click();
    await h.rowsSettled();
    await waitFor(() => h.table.tHead!.querySelectorAll('th')[5]!.getAttribute('aria-sort') === 'descending', 'sorted');
    const product = h.control('Product');
    product.value = 'securities';
    product.dispatchEvent(new Event('change'));
    await waitFor(() => h.live.startsWith('Page 1 of') && h.live !== 'Page 1 of 400', 'filtered');
    await h.rowsSettled();
    const count = Number(/of ([\d,]+)/.exec(h.live)![1]!.replace(/,/g, ''));
    h.button(`Page ${count.toLocaleString('en-US')}`).click();
    await waitFor(() => h.live === `Page ${count.toLocaleString('en-US')} of ${count.toLocaleString('en-US')}`, 'the last page');
    expect(h.button(`Page ${count.toLocaleString('en-US')}`).getAttribute('aria-current')).to.equal('page');
    const go = h.control<HTMLInputElement>('Go to page');
    go.value = '3';
    h.button('Go').click();
    await waitFor(() => h.live.startsWith('Page 3 of'), 'page 3');
    const last = (await s.requests()).at(-1)!.query;
    expect(last).to.deep.include({ product: 'securities', sort_key: 'total_current_market_value', sort_order: 'desc', last_record_number: '50' });
    await expectAccessible(h.el, 'filtered and sorted');
  });

  it('says what a 422 means in the words of its own controls', async () => {
    const s = await scenario({ status: 422 });
    const h = await mountList(s);
    await waitFor(() => h.alert(), 'the error');
    expect(h.alert()!.textContent).to.contain('Rows per page: Input should be less than or equal to 100');
  });

  it('warns once about a bad attribute and falls back', async () => {
    await captureWarnings(async (warnings) => {
      const s = await scenario();
      const h = await mountList(s, { product: 'gold', 'sort-order': 'sideways' });
      await h.rowsSettled();
      expect((await s.requests())[0]!.query).to.deep.equal({ per_page: '25' });
      expect(warnings.filter((w) => w.includes('"gold"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('"sideways"'))).to.have.length(1);
    });
  });
});

describe('<calico-stats>', () => {
  it('shows tiles and charts from the API, with a table alternative; bars say their value but are no tab stops', async () => {
    const s = await scenario();
    const el = await mount('calico-stats', { 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider() });
    const [users, providers] = await Promise.all([client.userStats(), client.accountsByProvider()]);
    const panel = (m: string) => el.root.querySelector<HTMLElement>(`[part~="panel"][data-metric="${m}"]`)!;
    await waitFor(() => el.root.querySelectorAll('[part~="chart"]').length === 2 && el.root.querySelectorAll('[part~="tile"]').length === 4, 'all panels');
    expect(panel('users').textContent).to.contain(users.total.toLocaleString('en-US'));
    expect(panel('balance').textContent).to.match(/\$\d+(\.\d)?[MB]/);
    expect(panel('balance').textContent).to.match(/Exactly \$[\d,]+\.\d{2}/);
    const bars = panel('providers').querySelectorAll<HTMLElement>('.bar[role="img"]');
    expect(bars).to.have.length(providers.providers.length);
    expect(bars[0]!.getAttribute('aria-label')).to.equal(`${providers.providers[0]!.display_label}: ${providers.providers[0]!.accounts.toLocaleString('en-US')}`);
    expect([...bars].filter((b) => b.hasAttribute('tabindex'))).to.deep.equal([]); // they do nothing: no tab stop
    await expectAccessible(el.el, 'charts');
    el.button('Show as table', panel('providers')).click();
    await settle(el);
    const table = panel('providers').querySelector('table')!;
    expect(table.tBodies[0]!.rows).to.have.length(providers.providers.length);
    expect(el.button('Show as chart', panel('providers')).hasAttribute('aria-pressed'), 'its name says the state: no pressed state too').to.equal(false);
    await expectAccessible(el.el, 'tables');
  });

  it('shows only the panels in `metrics` and asks only for those', async () => {
    const s = await scenario();
    const el = await mount('calico-stats', { 'base-url': s.calicoBaseUrl, metrics: 'users, balance' }, { tokenProvider: tokenProvider() });
    await waitFor(() => el.root.querySelectorAll('[part~="tile"]').length === 4, 'tiles');
    expect(el.root.querySelectorAll('[part~="panel"]')).to.have.length(2);
    expect((await s.requests()).map((r) => r.path).sort()).to.deep.equal(['/enterprise/v2/stats/balance', '/enterprise/v2/stats/users']);
  });

  it('a list class keeps LitElement\'s static side for a host\'s subclass; calico-stats has no list attributes', () => {
    // Also a type check: `npm test` compiles this, and elementProperties was missing from the lists' type once.
    expect(CalicoTransactions.elementProperties.get('pageSize')?.attribute).to.equal('page-size');
    expect(CalicoStats.elementProperties.has('pageSize')).to.equal(false);
    expect(CalicoTransactions.styles).to.be.an('array');
  });

  it('top-assets-limit reloads the top-assets panel only, and there is no page size', async () => {
    const s = await scenario();
    const el = await mount('calico-stats', { 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    const bars = () => el.root.querySelectorAll('[data-metric="top-assets"] .bar[role="img"]');
    await waitFor(() => el.root.querySelectorAll('[part~="chart"]').length === 2 && el.root.querySelectorAll('[part~="tile"]').length === 4, 'all panels');
    const loads: string[] = [];
    el.el.addEventListener('calico-load', (e) => loads.push((e as CalicoLoadEvent<{ metric: string }>).items[0]!.metric));
    el.el.setAttribute('top-assets-limit', '3');
    await waitFor(() => bars().length === 3, 'three bars');
    await sleep(50);
    expect(loads).to.deep.equal(['top-assets']); // the other panels kept what they showed, without a reload
    expect(el.root.querySelectorAll('.skeleton')).to.have.length(0);
    expect((await s.requests()).filter((r) => r.path.endsWith('/top-traded-assets')).map((r) => r.query.limit)).to.deep.equal(['8', '3']);
    expect('pageSize' in el.el || 'selectable' in el.el).to.equal(false);
  });

  it('one failing endpoint does not blank the others; its panel retries on its own', async () => {
    const s = await scenario({ status: 500, times: 1, match: 'accounts-by-provider' });
    const el = await mount('calico-stats', { 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    const providers = () => el.root.querySelector<HTMLElement>('[data-metric="providers"]')!;
    await waitFor(() => providers()?.querySelector('[role="alert"]'), 'the failed panel');
    await waitFor(() => el.root.querySelector('[data-metric="top-assets"] .bars'), 'the other chart');
    expect(el.root.querySelectorAll('[part~="tile"]')).to.have.length(4);
    await expectAccessible(el.el, 'one panel failed');
    el.button('Retry', providers()).click();
    await waitFor(() => providers().querySelector('.bars'), 'the retried panel');
  });
});
