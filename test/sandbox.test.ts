import { expect } from '@open-wc/testing';
import { createCalicoClient, createPartnerClient } from '../src/client/index.js';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { sandboxToken, scenario } from './helpers/sandbox.js';

describe('sandbox', () => {
  it('answers every endpoint at every page size, each answer passing its own schema', async () => {
    const s = await scenario();
    const token = await sandboxToken();
    const calico = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: () => token });
    const partner = createPartnerClient({ baseUrl: s.partnerBaseUrl, tokenProvider: () => token });
    const id = sandboxUserId(FIXTURE_USERS.rich);
    for (const limit of [1, 30, 100]) {
      await calico.userAssets(id, { limit });
      await calico.userProviders(id, { limit });
      await calico.userTransactions(id, { limit });
      await calico.accounts({ limit });
      await calico.transactions({ limit });
      await calico.users({ limit });
      await calico.searchUsers({ query: 'a', limit });
      await calico.topTradedAssets({ limit });
      await partner.listUsers({ per_page: limit });
      await partner.listOrders({ per_page: limit });
    }
    await Promise.all([calico.userStats(), calico.accountsByProvider(), calico.balance(), calico.enterpriseProviders(), calico.calicoProviders()]);
    const log = await s.requests();
    expect(log.length).to.equal(35);
    expect(log.filter((r) => r.status !== 200)).to.deep.equal([]);
  });

  it('is large enough to paginate for real', async () => {
    const token = await sandboxToken();
    const calico = createCalicoClient({ baseUrl: '/sandbox/calico', tokenProvider: () => token });
    const partner = createPartnerClient({ baseUrl: '/sandbox/partner/v1', tokenProvider: () => token });
    const stats = await calico.userStats();
    expect(stats.total).to.be.at.least(2000);
    expect(stats.deactivated).to.be.greaterThan(0);
    const providers = await calico.accountsByProvider();
    expect(providers.providers.length).to.be.at.least(12);
    expect(providers.providers.reduce((n, p) => n + p.accounts, 0)).to.be.at.least(5000);
    expect((await calico.balance()).assets!.length).to.be.at.least(40);
    const heavy = await calico.userTransactions(sandboxUserId(FIXTURE_USERS.heavy), { limit: 100 });
    expect(heavy.items).to.have.length(100);
    const top = await calico.topTradedAssets({ limit: 100 });
    const trades = top.assets.reduce((n, a) => n + a.trade_count, 0);
    expect(trades).to.be.greaterThan(50_000); // both legs of ~30% of 100,000+ transactions
    expect((await partner.listUsers({ per_page: 1 })).totalRecords).to.equal(10_000);
    const users = await calico.users({ limit: 100 });
    expect(users.items.some((u) => /[^\x00-\x7f]/.test(u.full_name))).to.equal(true);
  });

  it('has every transaction type, including one the library does not know', async () => {
    const token = await sandboxToken();
    const calico = createCalicoClient({ baseUrl: '/sandbox/calico', tokenProvider: () => token });
    const page = await calico.userTransactions(sandboxUserId(FIXTURE_USERS.heavy), { limit: 100 }, { page: { query: { cursor: btoa('o:0'), limit: '100' } } });
    const types = new Set<string>();
    let next: typeof page.next = page.next;
    for (const t of page.items) types.add(t.transaction_type);
    for (let i = 0; i < 10 && next; i++) {
      const more = await calico.userTransactions(sandboxUserId(FIXTURE_USERS.heavy), { limit: 100 }, { page: next });
      more.items.forEach((t) => types.add(t.transaction_type));
      next = more.next;
    }
    expect([...types].sort()).to.deep.equal(['bridge', 'input_only', 'input_output', 'output_only', 'receive', 'send', 'uncategorized']);
  });

  it('refuses a missing, forged or expired token', async () => {
    const res1 = await fetch('/sandbox/calico/enterprise/v2/stats/users');
    expect(res1.status).to.equal(401);
    const res2 = await fetch('/sandbox/calico/enterprise/v2/stats/users', { headers: { authorization: 'Bearer sbx_zzzz_1' } });
    expect(res2.status).to.equal(401);
    const expired = await sandboxToken(0.001);
    const res3 = await fetch('/sandbox/partner/v1/users/', { headers: { 'x-api-key': expired } });
    expect(res3.status).to.equal(403);
    const res4 = await fetch('/sandbox/partner/v1/users/');
    expect(res4.status).to.equal(401);
    expect(await res4.json()).to.deep.equal({ detail: 'Not authenticated' });
  });

  it('takes a fault per request from a header', async () => {
    const token = await sandboxToken();
    const res = await fetch('/sandbox/calico/enterprise/v2/stats/users', {
      headers: { authorization: `Bearer ${token}`, 'x-sandbox-fault': 'status=503;retryAfter=2' },
    });
    expect(res.status).to.equal(503);
    expect(res.headers.get('retry-after')).to.equal('2');
  });
});
