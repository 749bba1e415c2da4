import { expect } from '@open-wc/testing';
import { createPartnerClient, pages } from '../src/index.js';
import { rejection, scenario, tokenProvider } from './helpers/sandbox.js';

async function setup(faults = {}) {
  const s = await scenario(faults);
  const provider = tokenProvider();
  const client = createPartnerClient({ baseUrl: s.partnerBaseUrl, tokenProvider: provider, retry: { baseDelayMs: 10 } });
  return { s, client, provider };
}

describe('Partner client', () => {
  it('uses paths overridden by the integrator, ids included', async () => {
    const s = await scenario();
    // The same sandbox, reached through a base URL one segment shorter and paths one segment longer.
    const client = createPartnerClient({
      baseUrl: s.partnerBaseUrl.replace(/\/v1\/?$/, ''),
      tokenProvider: tokenProvider(),
      paths: { listUsers: '/v1/users/', getUser: '/v1/users/{user_account_id}/' },
    });
    const first = (await client.listUsers({ per_page: 1 })).items[0]!;
    expect((await client.getUser(first.user_account_id)).user_account_id).to.equal(first.user_account_id);
    expect((await s.requests()).map((r) => r.status)).to.deep.equal([200, 200]);
    expect(() => createPartnerClient({ baseUrl: s.partnerBaseUrl, tokenProvider: tokenProvider(), paths: { getOrder: '/orders/' } })).to.throw(TypeError, '{order_id}');
  });

  it('lists members with totals and sends the key as x-api-key', async () => {
    const { client, s } = await setup();
    const page = await client.listUsers({ per_page: 25 });
    expect(page.items).to.have.length(25);
    expect(page.totalRecords).to.equal(10_000);
    expect(page.perPage).to.equal(25);
    expect(page.next).to.deep.equal({ query: { last_record_number: '25' } });
    expect((await s.requests())[0]!.auth).to.equal('ok');
  });

  it('passes filters and sorting as the contract names them', async () => {
    const { client, s } = await setup();
    const page = await client.listUsers({ product: 'robo', robo_kyc_status: 'pending', sort_key: 'total_current_market_value', sort_order: 'desc', per_page: 10 });
    expect(page.items.every((m) => m.accounts.some((a) => a.product === 'robo' && a.kyc_status === 'pending'))).to.equal(true);
    const values = page.items.map((m) => Number(m.total_current_market_value));
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    expect((await s.requests())[0]!.query).to.deep.equal({
      product: 'robo', robo_kyc_status: 'pending', sort_key: 'total_current_market_value', sort_order: 'desc', per_page: '10',
    });
  });

  it('jumps straight to any page and knows the last one', async () => {
    const { client, s } = await setup();
    const last = await client.listUsers({ per_page: 100 }, { page: client.pageAt(100, 100) });
    expect((await s.requests())[0]!.query.last_record_number).to.equal('9900');
    expect(last.items).to.have.length(100);
    expect(last.next).to.equal(null);
  });

  it('walks all pages of a filtered list', async () => {
    const { client } = await setup();
    const created = { created_at_start: '2026-10-25T00:00:00Z' };
    let count = 0;
    let total = 0;
    for await (const page of pages((next) => client.listUsers({ ...created, per_page: 10 }, { page: next }))) {
      count += page.items.length;
      total = page.totalRecords;
    }
    expect(total).to.be.greaterThan(10);
    expect(count).to.equal(total);
  });

  it('turns a 422 into words a person understands', async () => {
    const { client, s } = await setup();
    const error = await rejection(client.listUsers({ per_page: 500, sort_order: 'sideways' as 'asc' }));
    expect(error.kind).to.equal('bad-request');
    expect(error.status).to.equal(422);
    expect(error.message).to.contain('per_page: Input should be less than or equal to 100');
    expect(error.message).to.contain("sort_order: Input should be 'asc' or 'desc'");
    expect(error.items).to.have.length(2);
    expect(await s.requests()).to.have.length(1);
  });

  it('on 403 (expired key) asks for a new key once', async () => {
    const s = await scenario();
    const provider = tokenProvider({ first: 'sbx_1_expired' });
    const client = createPartnerClient({ baseUrl: s.partnerBaseUrl, tokenProvider: provider });
    expect((await client.listUsers({ per_page: 1 })).items).to.have.length(1);
    expect(provider.reasons).to.deep.equal(['initial', 'rejected']);
    expect((await s.requests()).map((r) => r.status)).to.deep.equal([403, 200]);
  });

  it('gets one user and one order; an unknown one is not-found', async () => {
    const { client } = await setup();
    expect((await client.getUser('member-00042')).user_account_id).to.equal('member-00042');
    expect((await rejection(client.getUser('member-99999'))).kind).to.equal('not-found');
    const orders = await client.listOrders({ side: 'buy', per_page: 5 });
    expect(orders.items.every((o) => o.side === 'buy')).to.equal(true);
    expect((await client.getOrder(orders.items[0]!.order_id)).order_id).to.equal(orders.items[0]!.order_id);
  });
});
