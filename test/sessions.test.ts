/**
 * Sessions end: clearSharedClients() (sign-out, a staff member switching customer) forgets every shared
 * client's token, cached pages and reads in flight, and widgets drop what they showed.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { clearSharedClients, createCalicoClient, sharedCalicoClient, type TokenProvider } from '../src/index.js';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { type ListHarness, mount, waitFor } from './helpers/harness.js';
import { rejection, sandboxToken, scenario, sleep, tokenProvider } from './helpers/sandbox.js';

const RICH = sandboxUserId(FIXTURE_USERS.rich);

/** A provider written as the README shows it: one function, reading who is signed in now. */
function portal() {
  const signedIn = { person: 'A' };
  const asked: string[] = [];
  const provider: TokenProvider = async ({ reason }) => (asked.push(`${signedIn.person}:${reason}`), sandboxToken());
  return { signedIn, asked, provider };
}

describe('clearSharedClients()', () => {
  it('forgets the token and the cached pages of every shared client', async () => {
    const s = await scenario();
    const { signedIn, asked, provider } = portal();
    const client = sharedCalicoClient(provider, s.calicoBaseUrl);
    await client.userStats();
    await client.userStats(); // from memory
    expect(await s.requests()).to.have.length(1);
    clearSharedClients();
    signedIn.person = 'B';
    await client.userStats();
    expect(await s.requests()).to.have.length(2); // not the page of A's session
    expect(asked).to.deep.equal(['A:initial', 'B:initial']); // and B's token, asked for afresh
  });

  it('aborts the reads in flight, so none lands in the next session', async () => {
    const s = await scenario({ matchedLatency: 1500, match: '/stats/users' });
    const { provider } = portal();
    const client = sharedCalicoClient(provider, s.calicoBaseUrl);
    const pending = client.userStats();
    while (!(await s.requests()).length) await sleep(20);
    clearSharedClients();
    expect((await rejection(pending)).name).to.equal('AbortError');
  });

  it('makes every widget drop what it showed and wait: nothing loads until the host gives the next session', async () => {
    const s = await scenario();
    const { signedIn, asked, provider } = portal();
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '5' }, { tokenProvider: provider });
    await h.rowsSettled();
    expect(h.rows()).to.have.length(5);
    signedIn.person = 'B';
    clearSharedClients();
    await (h.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(h.rows()).to.have.length(0); // A's rows are gone at once
    expect(h.root.textContent).to.contain('Nothing to show yet.');
    await sleep(300);
    expect(await s.requests(), 'nothing is asked on its own').to.have.length(1);
    (h.el as unknown as { refresh(): void }).refresh(); // the host says: show the next session
    await waitFor(() => h.rows().length === 5, "B's rows");
    expect(asked).to.deep.equal(['A:initial', 'B:initial']);
    expect(await s.requests()).to.have.length(2);
  });
});

type Widget = HTMLElement & { updateComplete: Promise<unknown>; tokenProvider?: TokenProvider; userId?: string; refresh(): void; exportCsv(): Promise<{ rows: number; complete: boolean }> };
const openDialogs = (h: ListHarness) => [...h.root.querySelectorAll('dialog')].filter((d) => d.open);

describe('sign-out leaves nothing behind', function () {
  this.timeout(30_000);

  it('closes panels and confirmations, drops a running export and the rows, stops refreshing, and sends nothing until the next person is given', async () => {
    const s = await scenario({ matchedLatency: 400, match: '/transactions' });
    const a = portal();
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) downloads.push(this.download);
      else click.call(this);
    };
    try {
      const base = { 'base-url': s.calicoBaseUrl };
      const [users, admin, txs] = await Promise.all([
        mount<Widget>('calico-users', { ...base, 'page-size': '5', detail: '', 'refresh-interval': '15' }, { tokenProvider: a.provider }),
        mount<Widget>('calico-users', { ...base, 'page-size': '5', 'allow-deactivate': '' }, { tokenProvider: a.provider }),
        mount<Widget>('calico-transactions', { ...base, 'user-id': RICH, export: '' }, { tokenProvider: a.provider }),
      ]);
      await Promise.all([users.rowsSettled(), admin.rowsSettled(), txs.rowsSettled()]);
      // A's panel, open with its three lists; a confirmation, open; an export, running.
      users.rows()[0]!.click();
      await waitFor(() => openDialogs(users).length === 1, "A user's panel");
      admin.root.querySelector<HTMLButtonElement>('td button.danger')!.click();
      await waitFor(() => openDialogs(admin).length === 1, 'the confirmation');
      const deactivate = [...openDialogs(admin)[0]!.querySelectorAll('button')].find((b) => b.textContent === 'Deactivate')!;
      const exported = txs.el.exportCsv();
      await waitFor(() => /Exporting… 100 rows/.test(txs.part('export-status')?.textContent ?? ''), 'the export under way', 6000);

      a.signedIn.person = 'B';
      clearSharedClients();
      const sent = (await s.requests()).length;
      expect(await exported).to.deep.equal({ rows: 0, complete: false });
      await Promise.all([users, admin, txs].map((h) => h.el.updateComplete));
      for (const h of [users, admin, txs]) {
        // Counts, not elements: chai would print a whole shadow tree if this failed.
        expect(openDialogs(h).length, `${h.el.localName}: no dialog open`).to.equal(0);
        expect(h.rows().length, `${h.el.localName}: no row of A`).to.equal(0);
        expect(h.root.textContent).to.contain('Nothing to show yet.');
      }
      expect(txs.part('export-status')?.textContent?.trim() ?? '', 'no "save what was fetched"').to.equal('');
      expect([...txs.root.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.not.include('Save the 100 rows');
      deactivate.click(); // the old confirmation's button, pressed anyway
      document.dispatchEvent(new Event('visibilitychange')); // a visible page refreshes at once when a timer runs
      await sleep(700); // a page of the export, a refresh or a DELETE would have been sent by now
      const after = (await s.requests()).slice(sent);
      expect(after.map((r) => `${r.method} ${r.path}`), 'nothing after the sign-out').to.deep.equal([]);
      expect(downloads).to.deep.equal([]);
      expect(a.asked).to.deep.equal(['A:initial']);

      // The next person: the host sets what it shows them. Only then does anything load, with B's token.
      const b = portal();
      b.signedIn.person = 'B';
      txs.el.userId = sandboxUserId(FIXTURE_USERS.heavy);
      txs.el.tokenProvider = b.provider;
      await txs.rowsSettled();
      expect(b.asked).to.deep.equal(['B:initial']);
      const heavy = sandboxUserId(FIXTURE_USERS.heavy);
      expect((await s.requests()).slice(sent).map((r) => r.path)).to.have.members([`/enterprise/v2/users/${heavy}/transactions`, `/enterprise/v2/users/${heavy}/providers`]);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it("a host's own client: its clear() ends the session of the widgets using it; refresh() loads with the new token, on the wire", async () => {
    const s = await scenario();
    const a = portal();
    const sentWith: string[] = [];
    const client = createCalicoClient({
      baseUrl: s.calicoBaseUrl,
      tokenProvider: a.provider,
      // Reads the Authorization header each request carries at the network edge; the request still goes over HTTP.
      fetch: (input, init) => (sentWith.push(new Headers(init?.headers).get('authorization') ?? ''), fetch(input, init)),
    });
    const h = await mount<Widget>('calico-user-assets', { 'user-id': RICH }, { client });
    await h.rowsSettled();
    const first = sentWith[0];
    a.signedIn.person = 'B';
    client.clear();
    await h.el.updateComplete;
    expect(h.rows()).to.have.length(0);
    await sleep(300);
    expect(sentWith).to.have.length(2); // the page and its sources' names, nothing since
    h.el.refresh();
    await h.rowsSettled();
    expect(a.asked).to.deep.equal(['A:initial', 'B:initial']);
    expect(sentWith).to.have.length(4);
    for (const header of sentWith.slice(2)) {
      expect(header).to.match(/^Bearer /);
      expect(header, 'a new token on the wire').to.not.equal(first);
    }
  });
});

describe('<calico-users>: the deactivate flow belongs to the dialog that started it', function () {
  this.timeout(30_000);

  it("a late re-read of user A, after A's DELETE got no answer, never closes the dialog since opened for user B", async () => {
    // Two active users far down the list, which no other test deactivates or reads.
    const probe = await scenario();
    const [userA, userB] = (await createCalicoClient({ baseUrl: probe.calicoBaseUrl, tokenProvider: tokenProvider() }).users({ limit: 60 })).items.filter((u) => !u.deactivated).slice(-2);
    // A's DELETE is carried out but its answer is lost; every answer takes 700 ms, so A's re-read is still out when B is asked about.
    const s = await scenario({ latency: 700, body: 'drop-after', match: userA!.user_id, times: 1 });
    const h = await mount<Widget>('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '60', 'allow-deactivate': '' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const deactivateButton = (id: string) => h.root.querySelector<HTMLButtonElement>(`tr[data-key="${CSS.escape(id)}"] button.danger`)!;
    deactivateButton(userA!.user_id).click();
    const dialog = await waitFor(() => openDialogs(h)[0], "A's confirmation");
    [...dialog.querySelectorAll('button')].find((x) => x.textContent === 'Deactivate')!.click();
    await waitFor(() => dialog.querySelector('[part="error"][role="status"]'), "the re-read of A (its DELETE got no answer)", 8000);
    dialog.dispatchEvent(new Event('cancel', { cancelable: true })); // Escape: the person leaves A for now
    deactivateButton(userB!.user_id).click(); // …and asks about B
    await waitFor(() => dialog.open && dialog.textContent!.includes(userB!.full_name), "B's confirmation");
    // A's re-read comes back (A is deactivated): A's row says so, and B's dialog stays open, about B.
    await waitFor(() => h.root.querySelector(`tr[data-key="${CSS.escape(userA!.user_id)}"]`)?.textContent?.includes('Deactivated'), 'A shown deactivated', 10_000);
    await h.el.updateComplete;
    expect(dialog.open, "B's dialog is still open").to.equal(true);
    expect(dialog.textContent).to.contain(userB!.full_name);
    expect(dialog.querySelector('[part="error"]'), "nothing of A's failure in B's dialog").to.equal(null);
  });
});

// A review of the sign-out, each case a test that failed before its fix.
describe('sign-out: what a review tried', function () {
  this.timeout(30_000);

  it("the widget's own controls, presentation inputs and a detached widget never restart the previous person's view", async () => {
    const s = await scenario();
    const a = portal();
    const users = await mount<Widget>('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '5' }, { tokenProvider: a.provider });
    const assets = await mount<Widget>('calico-user-assets', { 'base-url': s.calicoBaseUrl, 'user-id': RICH }, { tokenProvider: a.provider });
    const stats = await mount<Widget>('calico-stats', { 'base-url': s.calicoBaseUrl }, { tokenProvider: a.provider });
    await Promise.all([users.rowsSettled(), assets.rowsSettled(), waitFor(() => stats.root.querySelector('svg'), 'the stats')]);
    const parent = assets.el.parentElement!;
    assets.el.remove(); // a hidden tab, a cached route: out of the page when the session ends
    clearSharedClients();
    const sent = (await s.requests()).length;
    // The person types a search; the host re-renders with new strings; the widget comes back into the page.
    const box = users.root.querySelector<HTMLInputElement>('input[type="search"]')!;
    box.value = 'ada';
    box.dispatchEvent(new InputEvent('input'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    (users.el as Widget & { strings: object }).strings = { caption: 'Customers' };
    parent.append(assets.el);
    await Promise.all([users, assets, stats].map((h) => h.el.updateComplete));
    await sleep(500);
    expect((await s.requests()).slice(sent).map((r) => r.path), 'nothing on the wire').to.deep.equal([]);
    expect(assets.rows().length, "no row of the previous person's").to.equal(0);
    for (const h of [users, assets, stats]) expect(h.root.textContent, h.el.localName).to.contain('Nothing to show yet.');
  });

  it('a widget taken out of the page during its first moments, then the session ends: nothing loads, nothing comes back', async () => {
    const s = await scenario({ latency: 600 });
    const a = portal();
    const assets = await mount<Widget>('calico-user-assets', { 'base-url': s.calicoBaseUrl, 'user-id': RICH }, { tokenProvider: a.provider });
    const parent = assets.el.parentElement!;
    assets.el.remove(); // while its first load is held (no skeleton yet)
    clearSharedClients();
    const sent = (await s.requests()).length;
    await sleep(500); // past the hold: its end must not render the detached widget (that refreshed its session mark)
    parent.append(assets.el);
    await assets.el.updateComplete;
    await sleep(300);
    expect((await s.requests()).slice(sent).map((r) => r.path), 'nothing on the wire').to.deep.equal([]);
    expect(assets.root.textContent).to.contain('Nothing to show yet.');
  });

  it('a widget out of the page when the session ends, then updated there (its page size, its strings): nothing loads, nothing comes back', async () => {
    const s = await scenario();
    const a = portal();
    const assets = await mount<Widget & { pageSize: number }>('calico-user-assets', { 'base-url': s.calicoBaseUrl, 'user-id': RICH }, { tokenProvider: a.provider });
    const tx = await mount<Widget & { strings: object }>('calico-transactions', { 'base-url': s.calicoBaseUrl, 'user-id': RICH, 'page-size': '5' }, { tokenProvider: a.provider });
    await Promise.all([assets.rowsSettled(), tx.rowsSettled()]);
    const parents = [assets.el.parentElement!, tx.el.parentElement!];
    assets.el.remove();
    tx.el.remove();
    clearSharedClients();
    a.signedIn.person = 'B';
    const sent = (await s.requests()).length;
    // Updates the widgets hear of no session's end in: presentation and their own controls, set while out of the page.
    assets.el.pageSize = 10;
    tx.el.strings = { caption: 'Activity' };
    await Promise.all([assets.el.updateComplete, tx.el.updateComplete]);
    await sleep(300);
    parents[0]!.append(assets.el);
    parents[1]!.append(tx.el);
    await Promise.all([assets.el.updateComplete, tx.el.updateComplete]);
    await sleep(300);
    expect((await s.requests()).slice(sent).map((r) => r.path), 'nothing on the wire').to.deep.equal([]);
    expect(a.asked, 'no token asked for the next person').to.deep.equal(['A:initial']);
    for (const h of [assets, tx]) {
      expect(h.rows().length, `${h.el.localName}: no row of the previous person's`).to.equal(0);
      expect(h.root.textContent, h.el.localName).to.contain('Nothing to show yet.');
    }
  });

  it('a panel whose code is still loading when the session ends never opens', async () => {
    const s = await scenario();
    const h = await mount<Widget>('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '5', detail: '' }, { tokenProvider: portal().provider });
    await h.rowsSettled();
    h.rows()[0]!.click();
    clearSharedClients(); // before the panel's code (or its promise) comes back
    await sleep(300);
    await h.el.updateComplete;
    expect(openDialogs(h).length).to.equal(0);
  });

  it("clearSharedClients() clears the host's own clients too, and a client's clear() works unbound", async () => {
    const s = await scenario();
    const a = portal();
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: a.provider });
    const h = await mount<Widget>('calico-user-assets', { 'user-id': RICH }, { client });
    await h.rowsSettled();
    a.signedIn.person = 'B';
    clearSharedClients();
    h.el.refresh();
    await h.rowsSettled();
    expect(a.asked, "the host's client forgot A's token").to.deep.equal(['A:initial', 'B:initial']);
    const clear = client.clear; // handed to a button or a timer, as hosts do
    clear();
    await h.el.updateComplete;
    expect(h.rows().length, 'the widget using it ended').to.equal(0);
  });
});
