/**
 * The controllers on their own, with no element: each declares what it needs of its host (a
 * ReactiveControllerHost and, for the dialog, a root to find it in), so a plain object is a host. The
 * network is the sandbox over HTTP, as everywhere.
 */
import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { createCalicoClient, type CalicoClient, type Transaction, type User } from '../src/index.js';
import { Deactivation } from '../src/elements/calico-users/deactivation.js';
import { ExportController } from '../src/controllers/export.js';
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
});
