/**
 * The controllers on their own, with no element: each declares what it needs of its host (a
 * ReactiveControllerHost and, for the dialog, a root to find it in), so a plain object is a host. The
 * network is the sandbox over HTTP, as everywhere.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import type { SessionController } from '../src/controllers/session.js';
import { createCalicoClient, type CalicoClient, type Transaction, type User } from '../src/index.js';
import { Deactivation } from '../src/elements/calico-users/deactivation.js';
import { ExportController } from '../src/controllers/export.js';
import { ListController } from '../src/controllers/list.js';
import { listDetail } from '../src/controllers/list-detail.js';
import { DETAIL_STRINGS } from '../src/locales/en/shared.js';
import { html, render } from 'lit';
import { clientId } from '../src/client/registry.js';
import { onFirstUse } from '../src/util/first-use.js';
import { captureWarnings, waitFor } from './helpers/harness.js';
import { scenario, tokenProvider } from './helpers/sandbox.js';

/** The least a controller's host is: it takes controllers and is asked to update. */
function plainHost() {
  const controllers: ReactiveController[] = [];
  return {
    controllers,
    updates: 0,
    renderRoot: document.createElement('div'),
    addController(c: ReactiveController) {
      controllers.push(c);
    },
    removeController() {},
    requestUpdate() {
      this.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
}

describe('controllers without an element', function () {
  this.timeout(20_000);

  it('Deactivation: one DELETE per confirmation however often confirmed; after the session ends its answer is recorded, never announced', async () => {
    const s = await scenario({ latency: 300 });
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider() });
    // Users of the second page: no other test deactivates them (deactivations last as long as the sandbox).
    const first = await client.users({ limit: 100 });
    const [a, b] = (await client.users({ limit: 100 }, { page: first.next })).items.filter((u) => !u.deactivated).slice(-2) as [User, User];
    const host = plainHost();
    const told: [string, boolean][] = [];
    const deactivation = new Deactivation(host, {
      client: (): CalicoClient => client,
      deactivated: async (user, announce) => void told.push([user.user_id, announce]),
      failed: () => {},
    });
    expect(host.controllers).to.include(deactivation);
    deactivation.open(a);
    expect(deactivation.state.phase).to.equal('confirm');
    await Promise.all([deactivation.confirm(), deactivation.confirm(), deactivation.confirm()]);
    expect(told).to.deep.equal([[a.user_id, true]]);
    expect(deactivation.state.phase).to.equal('closed');
    // B: the session ends while its DELETE is on its way.
    deactivation.open(b);
    const sent = deactivation.confirm();
    await waitFor(() => deactivation.state.phase === 'sending', 'sending');
    deactivation.sessionEnded();
    expect(deactivation.state.phase).to.equal('closed');
    await sent;
    expect(told).to.deep.equal([[a.user_id, true], [b.user_id, false]]);
    const deletes = (await s.requests()).filter((r) => r.method === 'DELETE').map((r) => r.path);
    expect(deletes).to.have.length(2);
    expect(deletes[0]).to.contain(a.user_id);
  });

  it('ExportController: walks every page into one file; the session ending mid-walk drops the rows and offers nothing to save', async () => {
    const s = await scenario({ latency: 150 });
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider() });
    const rich = '946416e3-f6b4-4a54-86e9-9e2843f0573e'; // 240 transactions
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {}; // no real download
    try {
      const saved: [number, boolean, Blob][] = [];
      const options = {
        fetchPage: (page: unknown, signal: AbortSignal) => client.userTransactions(rich, { limit: 100 }, { page: page as never, signal, fresh: true, store: false }),
        fileName: () => 'transactions.csv',
        onSaved: (rows: number, complete: boolean, file: Blob) => void saved.push([rows, complete, file]),
        onError: () => {},
      };
      const columns = [['ID', (t: Transaction) => t.transaction_id] as const];
      const whole = new ExportController<Transaction>(plainHost(), options);
      expect(await whole.run(columns, () => true)).to.deep.equal({ rows: 240, complete: true });
      expect((await saved[0]![2].text()).split('\r\n').filter(Boolean)).to.have.length(241);
      const ended = new ExportController<Transaction>(plainHost(), options);
      const walk = ended.run(columns, () => true);
      await waitFor(() => ended.state.phase === 'running' && ended.state.rows > 0, 'the first page');
      ended.sessionEnded();
      expect((await walk).complete).to.equal(false);
      expect(ended.state.phase).to.equal('idle');
      ended.keep(); // nothing left to keep
      expect(saved).to.have.length(1);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('onFirstUse: one load for every use, tried again after a failure (warned once), nothing for a session that ended while it loaded', async () => {
    await captureWarnings(async (warnings) => {
      let epoch = 0;
      let loads = 0;
      let fail = true;
      const host = document.createElement('calico-users');
      const use = onFirstUse(host, 'the test code', async () => {
        loads++;
        if (fail) throw new Error('offline');
        return 'code';
      }, () => epoch);
      expect(await use()).to.equal(undefined);
      expect(warnings.filter((w) => w.includes('<calico-users>: the test code could not be loaded.'))).to.have.length(1);
      fail = false;
      expect(await Promise.all([use(), use()])).to.deep.equal(['code', 'code']);
      expect(loads).to.equal(2); // the failed one, then one for both
      const loading = use();
      epoch++; // the session ends while it is asked for
      expect(await loading).to.equal(undefined);
      expect(await use()).to.equal('code');
      expect(loads).to.equal(2);
    });
  });

  it('ListController: page-size clamped (warned once), one key per client, page size and inputs, pages with the host\'s events, an export at the largest size; no key once the session ends', async () => {
    const s = await scenario();
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider() });
    const host = Object.assign(new EventTarget(), plainHost(), { localName: 'test-list', pageSize: 500 as string | number | undefined });
    let search: string | null = 'a';
    const limits: number[] = [];
    const list = new ListController<CalicoClient, User>(host, {
      range: () => ({ min: 1, max: 100, default: 25 }),
      client: () => client,
      inputs: () => (search === null ? null : [search]),
      fetchPage: (c, call, limit) => (limits.push(limit), c.users({ limit }, call)),
    });
    expect(host.controllers).to.include(list);
    await captureWarnings(async (warnings) => {
      expect(list.pageSize).to.equal(100);
      expect(list.pageSize, 'read again').to.equal(100);
      host.pageSize = 'ten';
      expect(list.pageSize).to.equal(25);
      host.pageSize = '5';
      expect(list.pageSize).to.equal(5);
      expect(warnings.filter((w) => w.includes('<test-list>: page-size'))).to.deep.equal([
        '[calico-widgets] <test-list>: page-size 500 is outside 1–100; using 100.',
        '[calico-widgets] <test-list>: page-size "ten" is not a whole number; using 25.',
      ]);
    });
    const loads: number[] = [];
    host.addEventListener('calico-load', (e) => loads.push((e as CustomEvent & { page: number }).page));
    const update = () => host.controllers.forEach((c) => c.hostUpdate?.());
    update();
    expect(list.key).to.equal(JSON.stringify([clientId(client), 5, 'a']));
    await waitFor(() => list.resource.page, 'the first page');
    expect(list.resource.page!.items).to.have.length(5);
    expect(loads).to.deep.equal([1]);
    const page = await list.exportPage(null, new AbortController().signal);
    expect(page.items.length).to.be.above(5);
    expect(limits).to.deep.equal([5, 100]);
    search = null;
    update();
    expect(list.key, 'cannot load').to.equal(null);
    search = 'a';
    update();
    list.sessionEnded();
    expect(list.key, 'nothing to export after the session').to.equal(null);
    host.controllers.forEach((c) => c.hostDisconnected?.()); // the load the last update started: aborted
  });

  it("listDetail: a record's panel shown modal once rendered, focus back to its row (found by its key) when closed, gone when the session ends", async () => {
    const host = plainHost();
    const root = host.renderRoot;
    // The rows live in the host's root beside the panel, as in a list.
    const table = root.appendChild(document.createElement('table'));
    document.body.append(root);
    try {
      table.innerHTML = '<tr data-key="a"><td>A</td></tr>';
      const row = table.querySelector('tr')!;
      const detail = listDetail<{ id: string }>(host, (r) => ({ heading: `Record ${r.id}`, body: html`<p>${r.id}</p>` }));
      expect(host.controllers).to.have.length(1);
      const draw = () => (render(detail.view(DETAIL_STRINGS), root), host.controllers.forEach((c) => c.hostUpdated?.()));
      const dialog = () => root.querySelector('dialog');
      detail.open({ id: 'a' }, row);
      draw();
      expect(dialog()?.matches(':modal'), 'modal').to.equal(true);
      expect(dialog()!.querySelector('h2')!.textContent).to.equal('Record a');
      // The list drew the page again meanwhile: the row element is another one, with the same key.
      table.innerHTML = '<tr data-key="b"><td>B</td></tr><tr data-key="a"><td>A again</td></tr>';
      const again = table.querySelectorAll('tr')[1]!;
      dialog()!.close();
      await waitFor(() => document.activeElement === again, 'focus on the row with its key');
      draw();
      expect(dialog() === null, 'closed').to.equal(true);
      detail.open({ id: 'a' }, row);
      draw();
      const updates = host.updates;
      (host.controllers[0] as SessionController).sessionEnded();
      expect(host.updates).to.be.above(updates);
      draw();
      expect(dialog() === null, 'gone with the session').to.equal(true); // a boolean: chai would print the element
    } finally {
      root.remove();
    }
  });
});
