/**
 * Drill-down: with `detail`, an activated row opens a modal panel with everything about its record
 * (unless the host cancels `calico-row-select`); focus goes in, Escape or Close close it, focus returns
 * to the row. Each panel is checked against the record as our own client reads it from the sandbox.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { createCalicoClient, createPartnerClient } from '../src/index.js';
import type { CalicoRowSelectEvent } from '../src/events.js';
import type { Transaction } from '../src/schemas/calico.js';
import { formatDate, formatDateTime, formatMoney, formatQuantity } from '../src/util/format.js';
import { expectAccessible } from './helpers/a11y.js';
import { ListHarness, collect, mount, waitFor } from './helpers/harness.js';
import { scenario, sleep, tokenProvider } from './helpers/sandbox.js';

const RICH = '946416e3-f6b4-4a54-86e9-9e2843f0573e'; // 240 transactions, holdings and linked sources

const panel = (h: ListHarness) => h.root.querySelector<HTMLDialogElement>('dialog[part~="detail"]');
const openPanel = (h: ListHarness) => waitFor(() => (panel(h)?.open ? panel(h) : null), 'the detail panel');
/** The panel's fields as label → text. */
function fields(dialog: Element, scope: ParentNode = dialog): Map<string, string> {
  const found = new Map<string, string>();
  for (const div of scope.querySelectorAll(':scope > dl.fields > div, :scope dl.fields > div')) {
    const dt = div.querySelector('dt')!.textContent!.trim();
    const dd = div.querySelector('dd')!;
    // A copyable value reads "value Copy", when its Copy button is there and names it.
    const copy = dd.querySelector('button.copy');
    const text = copy && copy.getAttribute('aria-label') === `Copy ${dt}` ? `${dd.querySelector('.token')!.textContent} Copy` : dd.textContent!.replace(/\s+/g, ' ').trim();
    if (!found.has(dt)) found.set(dt, text);
  }
  return found;
}
const rowByKey = (h: ListHarness, key: string) => h.root.querySelector<HTMLTableRowElement>(`tr[data-key="${CSS.escape(key)}"]`)!;

describe('detail panels', function () {
  this.timeout(20_000);

  it('a transaction: type, local and UTC time, both legs exact, fees item by item, addresses and ids with Copy, source, category', async () => {
    const s = await scenario();
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider() });
    const all = (await client.userTransactions(RICH, { limit: 100 })).items;
    // The richest record on the page: both legs, two fee items and an address.
    const t = all.find((x) => x.input && x.output && (x.fees?.items.length ?? 0) > 0 && x.categorization)!;
    const sent = all.find((x) => x.to_address || x.from_address);
    const h = await mount('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'page-size': '100', detail: '' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    rowByKey(h, t.transaction_id).click();
    const dialog = await openPanel(h);
    const f = fields(dialog);
    const locale = 'en-US';
    const leg = (l: NonNullable<Transaction['input']>) => `${formatQuantity(l.quantity, locale)} ${l.asset_symbol}${l.value ? ` · ${formatMoney(l.value, locale)}` : ''}`;
    expect(dialog.querySelector('h2')!.textContent).to.equal(`Trade, ${formatDateTime(t.timestamp, locale)}`);
    expect(f.get('Type')).to.equal('Trade');
    expect(f.get('Time')).to.equal(formatDateTime(t.timestamp, locale, true));
    expect(f.get('Time (UTC)')).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(Date.parse(f.get('Time (UTC)')!)).to.equal(Date.parse(t.timestamp));
    expect(f.get('Out')).to.equal(leg(t.output!));
    expect(f.get('In')).to.equal(leg(t.input!));
    for (const item of t.fees?.items ?? []) expect(f.get('Fees')).to.include(leg(item));
    if (t.fees?.total) expect(f.get('Fees')).to.include(`Total ${formatMoney(t.fees.total, locale)}`);
    // The source by the name the person's own linked sources give it.
    const names = new Map((await client.userProviders(RICH)).items.map((p) => [p.provider_id, p.display_label]));
    expect(f.get('Source')).to.equal(names.get(t.provider_id) ?? t.provider_id);
    expect(f.get('Source')).to.not.equal(t.provider_id);
    expect(f.get('Transaction ID')).to.equal(`${t.transaction_id} Copy`);
    expect(f.get('Category')).to.match(new RegExp(`^${t.categorization!.category.replace(/_/g, ' ')}`, 'i'));
    expect(t.fees!.items.length).to.be.greaterThan(0);
    // Copy names what it copies, and says it did (or that it could not).
    const copy = [...dialog.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === 'Copy Transaction ID')!;
    copy.click();
    await waitFor(() => dialog.querySelector('[role="status"]')!.textContent, 'the copy notice');
    expect(dialog.querySelector('[role="status"]')!.textContent).to.be.oneOf(['Transaction ID copied.', 'Could not copy: select the text instead.']);
    await expectAccessible(h.el, 'transaction panel');
    // A send or receive: its address, with Copy.
    dialog.close();
    await waitFor(() => !panel(h), 'the panel closed');
    rowByKey(h, sent!.transaction_id).click();
    const f2 = fields(await openPanel(h));
    if (sent!.to_address) expect(f2.get('To address')).to.equal(`${sent!.to_address} Copy`);
    else expect(f2.get('From address')).to.equal(`${sent!.from_address} Copy`);
    expect(f2.get('In') === '—' || f2.get('Out') === '—').to.equal(true); // one leg: the other says so
  });

  it('keyboard: Enter opens it with focus inside, Escape closes it and focus is back on the row; Close does the same', async () => {
    const s = await scenario();
    const h = await mount('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'page-size': '5', detail: '' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const row = h.rows()[2]!;
    expect(row.tabIndex).to.equal(-1); // rows are one tab stop: `detail` makes them activatable
    expect(h.rows()[0]!.tabIndex).to.equal(0);
    expect(h.root.getElementById('row-hint')!.textContent).to.equal('Enter shows the details.');
    row.focus();
    await sendKeys({ press: 'Enter' });
    const dialog = await openPanel(h);
    await waitFor(() => h.root.activeElement?.matches('[part~="detail-close"]'), 'focus on Close');
    expect(dialog.getAttribute('aria-labelledby')).to.equal('detail-title');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !panel(h), 'the panel gone');
    expect(h.root.activeElement === row).to.equal(true);
    // Space opens it too; Close closes it.
    await sendKeys({ press: 'Space' });
    const again = await openPanel(h);
    (again.querySelector('[part~="detail-close"]') as HTMLButtonElement).click();
    await waitFor(() => !panel(h), 'the panel gone again');
    expect(h.root.activeElement === row).to.equal(true);
  });

  it('the host calls preventDefault() on calico-row-select: no panel, the host shows its own', async () => {
    const s = await scenario();
    const h = await mount('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'page-size': '5', detail: '' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const seen: CalicoRowSelectEvent[] = [];
    h.el.addEventListener('calico-row-select', (e) => (seen.push(e as CalicoRowSelectEvent), e.preventDefault()));
    h.rows()[0]!.click();
    await sleep(300);
    expect(seen).to.have.length(1);
    expect(seen[0]!.cancelable).to.equal(true);
    expect(panel(h) === null).to.equal(true);
    // Without `detail`, a click only tells the host.
    h.el.removeAttribute('detail');
    const h2 = await mount('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'page-size': '5' }, { tokenProvider: tokenProvider() });
    await h2.rowsSettled();
    const plain = collect<CalicoRowSelectEvent>(h2.el, 'calico-row-select');
    h2.rows()[0]!.click();
    await sleep(300);
    expect(plain).to.have.length(1);
    expect(panel(h2) === null).to.equal(true);
  });

  it('a partner member: each product with KYC status, approval date and market value, the total, and the member\'s orders', async () => {
    const s = await scenario();
    const client = createPartnerClient({ baseUrl: s.partnerBaseUrl, tokenProvider: tokenProvider() });
    const m = (await client.listUsers({ per_page: 10 })).items.find((x) => x.accounts.some((a) => a.kyc_approved_at))!;
    const h = await mount('partner-user-list', { 'base-url': s.partnerBaseUrl, 'page-size': '10', detail: '' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    rowByKey(h, m.user_account_id).click();
    const dialog = await openPanel(h);
    const locale = 'en-US';
    const usd = (amount: string) => formatMoney({ amount, currency: 'USD' }, locale);
    expect(dialog.querySelector('h2')!.textContent).to.equal(m.user_account_id);
    const top = fields(dialog, dialog.querySelector('dl.fields')!.parentElement!);
    expect(top.get('Total')).to.equal(usd(m.total_current_market_value));
    const sections = [...dialog.querySelectorAll('section')];
    expect(sections.map((x) => x.querySelector('h3')!.textContent)).to.deep.equal(['Crypto', 'Securities', 'Robo', 'Roth IRA']);
    const names: Record<string, string> = { crypto: 'Crypto', securities: 'Securities', robo: 'Robo', roth_ira: 'Roth IRA' };
    const kyc: Record<string, string> = { approved: 'Approved', pending: 'Pending', rejected: 'Rejected', not_started: 'Not started' };
    for (const a of m.accounts) {
      const sec = sections.find((x) => x.querySelector('h3')!.textContent === names[a.product])!;
      const f = fields(sec);
      expect(f.get('KYC status')).to.include(kyc[a.kyc_status]!);
      expect(f.get('KYC approved')).to.equal(a.kyc_approved_at ? formatDate(a.kyc_approved_at, locale) : '—');
      expect(f.get('Market value')).to.equal(usd(a.current_market_value));
    }
    // The member's orders, through <partner-orders> on the same key.
    const orders = new ListHarness(await waitFor(() => dialog.querySelector('partner-orders'), 'the orders list') as HTMLElement);
    await orders.rowsSettled();
    expect(orders.rows().length).to.be.greaterThan(0);
    const asked = (await s.requests()).filter((r) => r.path.includes('/orders'));
    expect(asked.length).to.be.greaterThan(0);
    expect(asked.every((r) => r.query.user_account_id === m.user_account_id)).to.equal(true);
    await expectAccessible(h.el, 'member panel');
  });

  it('a Calico user: details, and holdings, linked sources and transactions on the list\'s own client: one token call, each request once', async () => {
    const s = await scenario();
    const provider = tokenProvider();
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '25', detail: '', 'allow-deactivate': '' }, { tokenProvider: provider });
    await h.rowsSettled();
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider() });
    const u = (await client.users({ limit: 25 })).items.find((x) => x.user_id === RICH)!; // Ada Lovelace: holdings, sources, transactions
    const heard = collect<CalicoRowSelectEvent>(h.el, 'calico-row-select');
    rowByKey(h, u.user_id).click();
    const dialog = await openPanel(h);
    const inner = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions'].map((tag) => new ListHarness(dialog.querySelector(tag) as HTMLElement));
    await Promise.all(inner.map((x) => x.loaded()));
    expect(provider.reasons).to.have.length(1); // the list's token served the three lists too
    const paths = (await s.requests()).map((r) => r.path).filter((p) => p.includes(u.user_id));
    expect(paths.filter((p) => p.endsWith('/assets'))).to.have.length(1);
    expect(paths.filter((p) => p.endsWith('/transactions'))).to.have.length(1);
    expect(dialog.querySelector('h2')!.textContent).to.equal(u.full_name);
    const f = fields(dialog);
    expect(f.get('Email')).to.equal(`${u.email} Copy`);
    expect(f.get('User ID')).to.equal(`${u.user_id} Copy`);
    expect(f.get('Consented')).to.equal(formatDateTime(u.consented_at, 'en-US'));
    expect(f.get('Status')).to.include(u.deactivated ? 'Deactivated' : 'Active');
    // A click on a row of a list inside the panel stays inside: the host hears only its own rows.
    const innerRow = inner.map((x) => x.rows()[0]).find(Boolean);
    expect(innerRow, 'a row in one of the three lists').to.not.equal(undefined);
    innerRow!.click();
    await sleep(50);
    expect(heard).to.have.length(1);
    await expectAccessible(h.el, 'user panel');
  });

  it('a user\'s panel offers Deactivate with allow-deactivate: confirmed, the panel says so and keeps focus', async () => {
    const s = await scenario();
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '100', detail: '', 'allow-deactivate': '' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    // Deactivations last as long as the sandbox's process: take a user far from the first pages other tests read.
    const row = h.rows().filter((r) => r.dataset.state === 'active').at(-1)!;
    row.click();
    const dialog = await openPanel(h);
    const deactivate = [...dialog.querySelectorAll('button')].find((b) => b.textContent === 'Deactivate')!;
    deactivate.click();
    const confirm = await waitFor(() => h.root.querySelector<HTMLDialogElement>('dialog[part~="dialog"]:not([part~="detail"])[open]'), 'the confirmation');
    [...confirm.querySelectorAll('button')].find((b) => b.textContent === 'Deactivate')!.click();
    await waitFor(() => fields(dialog).get('Status')?.includes('Deactivated'), 'the panel showing Deactivated');
    expect([...dialog.querySelectorAll('button')].some((b) => b.textContent === 'Deactivate')).to.equal(false);
    await waitFor(() => h.root.activeElement?.matches('[part~="detail-close"]'), 'focus on Close');
  });

  it('the lists without a panel of their own show every column as the row shows it, ids with Copy (calico-accounts, partner-orders)', async () => {
    const s = await scenario();
    const accounts = await mount('calico-accounts', { 'base-url': s.calicoBaseUrl, 'page-size': '5', detail: '' }, { tokenProvider: tokenProvider() });
    await accounts.rowsSettled();
    accounts.rows()[0]!.click();
    const a = await openPanel(accounts);
    const fa = fields(a);
    expect([...fa.keys()]).to.deep.equal(['User', 'Source', 'Source ID', 'Consent', 'Connected', 'Revoked']);
    expect(fa.get('Source ID')).to.match(/ Copy$/); // the id, exact, with Copy (not a column of the table)
    const row = accounts.cells(0).map((c) => c.replace(/\s+/g, ' ').trim());
    expect(fa.get('Source')).to.equal(row[1]); // name and id, as in the row
    expect(fa.get('Connected')).to.equal(row[3]);
    expect(fa.get('Source')!.startsWith(a.querySelector('h2')!.textContent!)).to.equal(true);
    expect(fa.get('User')).to.match(/ Copy$/);
    await expectAccessible(accounts.el, 'accounts panel');
    const orders = await mount('partner-orders', { 'base-url': s.partnerBaseUrl, 'page-size': '5', detail: '' }, { tokenProvider: tokenProvider() });
    await orders.rowsSettled();
    orders.rows()[0]!.click();
    const o = await openPanel(orders);
    const fo = fields(o);
    expect(fo.get('Order ID')).to.match(/ Copy$/);
    expect(fo.get('Completed (UTC)')).to.match(/^(\d{4}-\d{2}-\d{2}T[\d:.]+Z|—)$/); // an export-only column, as the export has it
    expect(o.querySelector('h2')!.textContent).to.match(/^(Buy|Sell) \S+$/);
    await expectAccessible(orders.el, 'order panel');
  });
});
