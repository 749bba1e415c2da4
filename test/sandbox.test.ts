import { expect } from '@open-wc/testing';
import { createCalicoClient, createPartnerClient } from '../src/index.js';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { userAssets, userProviders, userRecord } from '../src/sandbox/data.js';
import { computeAggregates } from '../src/sandbox/aggregates.js';
import { PRECOMPUTED } from '../src/sandbox/aggregates.generated.js';
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

  it('merges every user\'s transactions newest first, page after page, exactly as their own lists', async () => {
    const token = await sandboxToken();
    const calico = createCalicoClient({ baseUrl: '/sandbox/calico', tokenProvider: () => token });
    const ids = [FIXTURE_USERS.rich, 7, 8, 9].map(sandboxUserId);
    const range = { start_time: '2025-06-01T00:00:00Z', end_time: '2026-09-01T00:00:00Z' };
    const own = [];
    for (const id of ids) {
      for (let page = await calico.userTransactions(id, { limit: 100, ...range }); ; ) {
        own.push(...page.items);
        if (!page.next) break;
        page = await calico.userTransactions(id, { limit: 100, ...range }, { page: page.next });
      }
    }
    const merged = [];
    for (let page = await calico.transactions({ limit: 7, user_ids: ids, ...range }); ; ) {
      merged.push(...page.items);
      if (!page.next) break;
      page = await calico.transactions({ limit: 7, user_ids: ids, ...range }, { page: page.next });
    }
    expect(own.length).to.be.greaterThan(100);
    expect(merged.map((t) => t.transaction_id).sort()).to.deep.equal(own.map((t) => t.transaction_id).sort());
    for (let i = 1; i < merged.length; i++) expect(merged[i - 1]!.timestamp >= merged[i]!.timestamp).to.equal(true);
    for (const t of merged) expect(t.timestamp >= range.start_time && t.timestamp < range.end_time).to.equal(true);
  });

  it('counts trades in the stats exactly as the transactions list shows them', async () => {
    const token = await sandboxToken();
    const calico = createCalicoClient({ baseUrl: '/sandbox/calico', tokenProvider: () => token });
    const range = { start_time: '2026-10-20T00:00:00Z', end_time: '2026-10-22T00:00:00Z' };
    const counts = new Map<string, { trades: number; cents: number }>();
    let seen = 0;
    for (let page = await calico.transactions({ limit: 100, ...range }); ; ) {
      for (const t of page.items) {
        seen++;
        if (t.transaction_type !== 'input_output') continue;
        for (const leg of [t.input!, t.output!]) {
          const row = counts.get(leg.asset_symbol) ?? { trades: 0, cents: 0 };
          row.trades++;
          row.cents += Math.round(Number(leg.value!.amount) * 100);
          counts.set(leg.asset_symbol, row);
        }
      }
      if (!page.next) break;
      page = await calico.transactions({ limit: 100, ...range }, { page: page.next });
    }
    expect(seen).to.be.greaterThan(100);
    const top = await calico.topTradedAssets({ limit: 100, ...range });
    expect(top.assets.length).to.equal(counts.size);
    for (const a of top.assets) {
      expect([a.asset_symbol, a.trade_count, Math.round(Number(a.volume.amount) * 100)]).to.deep.equal([a.asset_symbol, counts.get(a.asset_symbol)!.trades, counts.get(a.asset_symbol)!.cents]);
    }
  });

  it('makes the same fixtures in Node and in the browser', async () => {
    const token = await sandboxToken();
    const calico = createCalicoClient({ baseUrl: '/sandbox/calico', tokenProvider: () => token });
    const rich = sandboxUserId(FIXTURE_USERS.rich);
    // The server (Node) answers; the same generator runs here in Chromium.
    expect((await calico.userProviders(rich, { limit: 100 })).items).to.deep.equal(userProviders(FIXTURE_USERS.rich));
    const served = (await calico.userAssets(rich, { limit: 100 })).items.map((a) => JSON.stringify(a)).sort();
    expect(served).to.deep.equal(userAssets(FIXTURE_USERS.rich).map((a) => JSON.stringify(a)).sort());
    const names = (users: readonly { user_id: string; full_name: string; email: string; consented_at: string }[]) => users.map(({ user_id, full_name, email, consented_at }) => ({ user_id, full_name, email, consented_at }));
    expect(names((await calico.users({ limit: 5 })).items)).to.deep.equal(names([0, 1, 2, 3, 4].map((i) => userRecord(i))));
    expect(rich).to.equal('946416e3-f6b4-4a54-86e9-9e2843f0573e'); // the id the docs and examples use
    // The stats Node precomputed are what this browser computes from the generator.
    expect(computeAggregates()).to.deep.equal(PRECOMPUTED);
  });

  it('sorts and filters members over the whole list', async () => {
    const token = await sandboxToken();
    const partner = createPartnerClient({ baseUrl: '/sandbox/partner/v1', tokenProvider: () => token });
    const top = await partner.listUsers({ per_page: 100, sort_key: 'total_current_market_value', sort_order: 'desc' });
    const cents = top.items.map((m) => Math.round(Number(m.total_current_market_value) * 100));
    for (let i = 1; i < cents.length; i++) expect(cents[i - 1]! >= cents[i]!).to.equal(true);
    const oldest = await partner.listUsers({ per_page: 1, sort_order: 'asc' });
    expect(oldest.items[0]!.user_account_id).to.equal('member-00001');
    const approved = await partner.listUsers({ per_page: 100, robo_kyc_status: 'approved' });
    expect(approved.totalRecords).to.be.within(1000, 9000);
    for (const m of approved.items) expect(m.accounts.some((a) => a.product === 'robo' && a.kyc_status === 'approved')).to.equal(true);
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

  it('is no backend: refuses large bodies, and tokens signed with a constant secret', async () => {
    const big = await fetch('/sandbox/calico/enterprise/v2/users/search', { method: 'POST', body: JSON.stringify({ query: 'x'.repeat(100_000) }) });
    expect(big.status).to.equal(413);
    // The secret is random per process: a token signed the way the first sandbox did (a constant in its
    // source) is refused.
    const fnv = (text: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      return (h >>> 0).toString(36);
    };
    const stamp = (Date.now() + 600_000).toString(36);
    const forged = await fetch('/sandbox/calico/enterprise/v2/stats/users', { headers: { authorization: `Bearer sbx_${stamp}_${fnv(`${stamp}:calico-widgets-sandbox`)}` } });
    expect(forged.status).to.equal(401);
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
