import { expect } from '@open-wc/testing';
import { ApiError, createCalicoClient, pages, sharedCalicoClient } from '../src/index.js';
import { tokenFromNextUri } from '../src/client/pages.js';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { rejection, scenario, sleep, tokenProvider } from './helpers/sandbox.js';

const rich = sandboxUserId(FIXTURE_USERS.rich);

async function setup(faults = {}, options: Partial<Parameters<typeof createCalicoClient>[0]> = {}) {
  const s = await scenario(faults);
  const provider = tokenProvider();
  const urls: string[] = [];
  const signals: AbortSignal[] = [];
  const client = createCalicoClient({
    baseUrl: s.calicoBaseUrl,
    tokenProvider: provider,
    retry: { baseDelayMs: 20 },
    // Observes the network edge only; every request still goes over real HTTP to the sandbox.
    fetch: (input, init) => {
      urls.push(String(input));
      if (init?.signal) signals.push(init.signal);
      return fetch(input, init);
    },
    ...options,
  });
  return { s, provider, client, urls, signals };
}

describe('Calico client: endpoints', () => {
  it('answers every endpoint with schema-checked data', async () => {
    const { client } = await setup();
    const assets = await client.userAssets(rich);
    expect(assets.items.length).to.be.greaterThan(10);
    expect(assets.totalValue?.currency).to.equal('USD');
    const providers = await client.userProviders(rich);
    expect(providers.items).to.have.length(6);
    expect(providers.items.some((p) => p.consent?.status === 'revoked')).to.equal(true);
    const txs = await client.userTransactions(rich, { limit: 50 });
    expect(txs.items).to.have.length(50);
    expect(txs.next).to.not.equal(null);
    expect((await client.accounts({ limit: 10 })).items).to.have.length(10);
    const all = await client.transactions({ limit: 5 });
    expect(all.items.every((t) => typeof t.user_id === 'string')).to.equal(true);
    expect((await client.users({ limit: 100 })).items).to.have.length(100);
    expect((await client.searchUsers({ query: 'lovelace', limit: 100 })).items.some((u) => u.user_id === rich)).to.equal(true);
    const stats = await client.userStats();
    expect(stats.total).to.equal(2400);
    expect(stats.active + stats.deactivated).to.equal(2400);
    expect((await client.accountsByProvider()).providers.length).to.be.at.least(12);
    const balance = await client.balance();
    expect(balance.assets!.length).to.be.at.least(40);
    expect((await client.topTradedAssets({ limit: 5 })).assets).to.have.length(5);
    expect((await client.enterpriseProviders()).length).to.be.at.least(12);
    expect((await client.calicoProviders()).length).to.be.at.least(700);
    const victim = (await client.users({ limit: 100 })).items.find((u) => !u.deactivated && u.user_id !== rich)!;
    expect((await client.deactivateUser(victim.user_id)).status).to.equal('deactivated');
    const after = await client.users({ user_ids: [victim.user_id] });
    expect(after.items[0]!.deactivated).to.equal(true);
  });

  it('reads both documented answers of Deactivate: 200 with a body and 204 with none', async () => {
    const { client } = await setup();
    // Users no other test reads; the sandbox answers 204 for an odd index and 200 for an even one.
    const [odd, even] = [sandboxUserId(2301), sandboxUserId(2302)];
    const before = await client.users({ user_ids: [odd, even] });
    expect(before.items.map((u) => u.deactivated)).to.deep.equal([false, false]);
    const answers = [await client.deactivateUser(odd), await client.deactivateUser(even)];
    expect(answers.map((a) => [a.status, a.httpStatus])).to.deep.equal([['deactivated', 204], ['deactivated', 200]]);
  });

  it('accepts the documented single-object `data` of the providers endpoint as a list', async () => {
    const { client } = await setup();
    const page = await client.userProviders(rich, { limit: 1 });
    expect(page.items).to.have.length(1);
  });

  it('uses a path overridden by the integrator', async () => {
    const s = await scenario();
    const custom = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider(), paths: { calicoProviders: '/enterprise/v2/providers' } });
    const enterprise = await custom.calicoProviders();
    expect(enterprise.length).to.be.lessThan(100); // served from the overridden path
  });

  it('refuses an override that leaves out whose data it is ({user_id}), when the client is made', () => {
    const make = (path: string) => () => createCalicoClient({ baseUrl: 'https://bank.example/api', tokenProvider: tokenProvider(), paths: { userAssets: path } });
    expect(make('/enterprise/v2/assets')).to.throw(TypeError, 'paths.userAssets must contain {user_id}');
    expect(make('/v3/people/{user_id}/holdings')).to.not.throw();
  });
});

describe('Calico client: token provider', () => {
  it('is asked once for any number of concurrent calls (single flight)', async () => {
    const { client, provider } = await setup();
    await Promise.all([client.userAssets(rich), client.userProviders(rich), client.userTransactions(rich), client.userStats(), client.balance()]);
    expect(provider.reasons).to.deep.equal(['initial']);
  });

  it('refreshes before the token expires, with reason "expired"', async () => {
    const provider = tokenProvider({ lifetime: 2 });
    const s = await scenario();
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: provider });
    await client.userStats();
    await sleep(2000);
    await client.balance();
    expect(provider.reasons).to.deep.equal(['initial', 'expired']);
    expect((await s.requests()).every((r) => r.auth === 'ok')).to.equal(true);
  });

  it('on a 401 asks again with reason "rejected" and retries once', async () => {
    const provider = tokenProvider({ first: 'sbx_revoked_token' });
    const s = await scenario();
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: provider });
    const stats = await client.userStats();
    expect(stats.total).to.equal(2400);
    expect(provider.reasons).to.deep.equal(['initial', 'rejected']);
    expect((await s.requests()).map((r) => r.status)).to.deep.equal([401, 200]);
  });

  it('a second 401 is an auth error (no retry storm)', async () => {
    const s = await scenario();
    const reasons: string[] = [];
    const client = createCalicoClient({
      baseUrl: s.calicoBaseUrl,
      tokenProvider: ({ reason }) => (reasons.push(reason), 'sbx_0_bad'),
    });
    const error = await rejection(client.userStats());
    expect(error).to.be.instanceOf(ApiError);
    expect(error.kind).to.equal('auth');
    expect(error.status).to.equal(401);
    expect(reasons).to.deep.equal(['initial', 'rejected']);
    expect(await s.requests()).to.have.length(2);
  });

  it('a provider that throws or returns garbage gives a clear auth error', async () => {
    const s = await scenario();
    for (const bad of [() => { throw new Error('backend down'); }, () => 42, () => ({ nope: 1 }), () => '', () => Promise.reject(new Error('x'))]) {
      const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: bad as never });
      const error = await rejection(client.userStats());
      expect(error.kind).to.equal('auth');
      // A provider that throws: plain words (its own error is logged for the developer); garbage: which rule it broke.
      expect(error.message).to.match(/token provider|Signing in to the data service did not work/);
    }
    expect(await s.requests()).to.have.length(0);
  });

  it('refuses a token a header cannot carry, before any request, without quoting it anywhere', async () => {
    const s = await scenario();
    const seen: string[] = [];
    for (const token of ['sbx_abc\r\nX-Evil: 1', 'sbx_abc\u0000def', 'sbx_abc def', 'sbx_ébc', 'sbx_abc\n']) {
      const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: () => token, fetch: (input, init) => (seen.push(String(input)), fetch(input, init)) });
      const error = await rejection(client.userStats());
      expect(error.kind).to.equal('auth');
      expect(error.message).to.contain('only visible ASCII');
      // Nowhere in the error, its message or a cause chain.
      for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
        expect(String(e)).to.not.contain('sbx_');
        expect(JSON.stringify(e)).to.not.contain('sbx_');
      }
    }
    expect(seen).to.deep.equal([]);
    expect(await s.requests()).to.have.length(0);
  });

  it('tells the provider the origin its token will be sent to', async () => {
    const s = await scenario();
    const origins: string[] = [];
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: async ({ origin }) => (origins.push(origin), (await tokenProvider()({ reason: 'initial', signal: new AbortController().signal, origin }))) });
    await client.userStats();
    expect(origins).to.deep.equal([location.origin]);
  });

  it('a provider that hangs times out with a clear auth error', async () => {
    const s = await scenario();
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: () => new Promise(() => {}), timeoutMs: 300 });
    const error = await rejection(client.userStats());
    expect(error.kind).to.equal('auth');
    expect(error.message).to.contain('did not answer');
  });

  it('never puts the token in a URL or an error message', async () => {
    const { client, urls, provider } = await setup({ status: 500 }, { retry: { retries: 0 } });
    const error = await rejection(client.userTransactions(rich));
    const token = provider.tokens[0]!;
    expect(token).to.match(/^sbx_/);
    expect(urls.join(' ')).to.not.contain(token);
    expect(`${error.message} ${JSON.stringify(error)}`).to.not.contain(token);
  });
});

describe('Calico client: dedup, cache, abort', () => {
  it('pages() refuses a server that repeats a cursor: a part is never passed off as the whole list', async () => {
    const next = { query: { cursor: 'again' } };
    const walk = async () => {
      for await (const page of pages(async () => ({ items: [1], next, errors: [], fetchedAt: 0 }))) void page;
    };
    expect((await rejection(walk())).kind).to.equal('invalid-response');
  });

  it('store: false shares a read in flight but keeps nothing (an export\'s pages); fetchedAt says when the server answered', async () => {
    const { client, urls } = await setup();
    const [a, b] = await Promise.all([client.users({ limit: 5 }, { store: false }), client.users({ limit: 5 }, { store: false })]);
    expect(urls).to.have.length(1);
    expect(a.fetchedAt).to.equal(b.fetchedAt);
    await client.users({ limit: 5 }, { store: false });
    expect(urls).to.have.length(2); // not served from memory
    const kept = await client.users({ limit: 5 });
    const again = await client.users({ limit: 5 });
    expect(urls).to.have.length(3);
    expect(again.fetchedAt).to.equal(kept.fetchedAt); // from memory, with the time the server sent it
    expect(Math.abs(kept.fetchedAt - Date.now())).to.be.lessThan(5000);
  });

  it('identical concurrent GETs share one fetch; a fetched page is served from memory', async () => {
    const { client, s } = await setup({ latency: 100 });
    const [a, b] = await Promise.all([client.users({ limit: 7 }), client.users({ limit: 7 })]);
    expect(a.items).to.equal(b.items); // one parsed body for both
    await client.users({ limit: 7 });
    expect(await s.requests()).to.have.length(1);
    await client.users({ limit: 7 }, { fresh: true });
    expect(await s.requests()).to.have.length(2);
  });

  it('an abort drops only its own interest; the fetch is cancelled when nobody wants it', async () => {
    const { client, signals } = await setup({ latency: 300 });
    const one = new AbortController();
    const first = client.users({ limit: 3 }, { signal: one.signal });
    const second = client.users({ limit: 3 });
    one.abort();
    expect((await rejection(first)).name).to.equal('AbortError');
    expect((await second).items).to.have.length(3);

    const a = new AbortController();
    const b = new AbortController();
    const p1 = client.users({ limit: 4 }, { signal: a.signal });
    const p2 = client.users({ limit: 4 }, { signal: b.signal });
    await sleep(20);
    a.abort();
    expect(signals.at(-1)!.aborted).to.equal(false);
    b.abort();
    expect(signals.at(-1)!.aborted).to.equal(true);
    await Promise.allSettled([p1, p2]);
  });
});

describe('Calico client: retries and errors', () => {
  it('retries 503 with back-off and succeeds', async () => {
    const { client, s } = await setup({ status: 503, times: 2 });
    expect((await client.userStats()).total).to.equal(2400);
    expect((await s.requests()).map((r) => r.status)).to.deep.equal([503, 503, 200]);
  });

  it('honours Retry-After on 429', async () => {
    const { client, s } = await setup({ status: 429, retryAfter: 1, times: 1 });
    const started = performance.now();
    await client.userStats();
    expect(performance.now() - started).to.be.at.least(950);
    expect((await s.requests()).map((r) => r.status)).to.deep.equal([429, 200]);
  });

  it('gives a rate-limit error after the retries run out', async () => {
    const { client, s } = await setup({ status: 429, retryAfter: 0 }, { retry: { retries: 2, baseDelayMs: 1 } });
    const error = await rejection(client.userStats());
    expect(error.kind).to.equal('rate-limit');
    expect(await s.requests()).to.have.length(3);
  });

  it('never retries another 4xx', async () => {
    const { client, s } = await setup();
    const error = await rejection(client.users({ limit: 500 }));
    expect(error.kind).to.equal('bad-request');
    expect(error.message).to.contain('limit must be an integer');
    expect(await s.requests()).to.have.length(1);
  });

  it('never sends a destructive call twice', async () => {
    const victim = (await (await setup()).client.users({ limit: 50 })).items.find((u) => !u.deactivated && u.user_id !== rich)!;
    const { client, s } = await setup({ status: 503, times: 1, match: victim.user_id });
    const error = await rejection(client.deactivateUser(victim.user_id));
    expect(error.kind).to.equal('server');
    expect((await s.requests()).filter((r) => r.method === 'DELETE')).to.have.length(1);
  });

  it('retries network errors, then reports a network error', async () => {
    let calls = 0;
    const client = createCalicoClient({
      baseUrl: 'http://127.0.0.1:9/api',
      tokenProvider: () => 'sbx_unused',
      retry: { retries: 2, baseDelayMs: 5 },
      fetch: (input, init) => (calls++, fetch(input, init)),
    });
    const error = await rejection(client.userStats());
    expect(error.kind).to.equal('network');
    expect(calls).to.equal(3);
  });

  it('a response that never ends times out with a clear error', async () => {
    const { client } = await setup({ body: 'hang' }, { timeoutMs: 500, retry: { retries: 0 } });
    const error = await rejection(client.userStats());
    expect(error.kind).to.equal('network');
    expect(error.message).to.contain('did not answer within');
  });

  it('malformed JSON is an invalid-response error', async () => {
    const { client } = await setup({ body: 'malformed-json' });
    const error = await rejection(client.users());
    expect(error.kind).to.equal('invalid-response');
    expect(error.message).to.contain('not JSON');
  });

  it('a body failing its schema names the field', async () => {
    const { client } = await setup({ body: 'schema' });
    const error = await rejection(client.userTransactions(rich));
    expect(error.kind).to.equal('invalid-response');
    expect(error.field).to.equal('data.transactions[0].transaction_id');
    expect(error.message).to.contain('data.transactions[0].transaction_id');
  });

  it('partial data (206 with errors[]) returns the data and the failed sources', async () => {
    const { client } = await setup({ body: 'partial' });
    const page = await client.userAssets(rich);
    expect(page.items.length).to.be.greaterThan(0);
    expect(page.errors).to.deep.equal([{ provider_id: 'kraken', cause: 'provider_unavailable' }]);
  });

  it('maps Calico\'s 601 (customer not found) to not-found', async () => {
    const { client } = await setup();
    const error = await rejection(client.userAssets('00000000-0000-4000-8000-000000000000'));
    expect(error.kind).to.equal('not-found');
    expect(error.status).to.equal(601);
  });

  it('the timeout covers a body that stalls after its headers, not only the headers', async () => {
    const { client } = await setup({ body: 'stall' }, { timeoutMs: 800, retry: { retries: 0 } });
    const error = await rejection(client.userStats());
    expect([error.kind, error.message]).to.deep.equal(['network', 'The server did not answer within 1 s.']);
  });

  it('a read in flight when a write succeeds never lands in the cache', async () => {
    const { client, s, urls } = await setup({ matchedLatency: 800, match: '/users/all' });
    const stale = client.users({ limit: 5 }); // slow: still in flight when the write is done
    while (!(await s.requests()).some((r) => r.path === '/enterprise/v2/users/all')) await sleep(20);
    await client.deactivateUser(sandboxUserId(7));
    await stale;
    const before = urls.length;
    await client.users({ limit: 5 }); // a new read, not the page read before the write
    expect(urls.length).to.equal(before + 1);
  });

  it('puts only ids from the id alphabet in a path; anything else is refused before any request', async () => {
    const { client, urls } = await setup();
    for (const bad of ['a/b?c#d', '%2e%2e', '..', '.', '', '  ', 'a b', 'é']) expect((await rejection(client.userAssets(bad))).kind).to.equal('bad-request');
    expect(urls).to.deep.equal([]);
    await client.userAssets(rich);
    expect(urls[0]).to.contain(`/users/${rich}/assets`);
  });
});

describe('Calico client: pagination', () => {
  it('merges next_uri onto the same endpoint and never leaves the base origin', async () => {
    const { client, urls, s } = await setup();
    const first = await client.userTransactions(rich, { limit: 10, start_time: '2020-01-01T00:00:00Z' });
    const second = await client.userTransactions(rich, { limit: 10, start_time: '2020-01-01T00:00:00Z' }, { page: first.next });
    expect(second.items[0]!.transaction_id).to.not.equal(first.items[0]!.transaction_id);
    const log = await s.requests();
    expect(log[1]!.query).to.include({ limit: '10', start_time: '2020-01-01T00:00:00Z' });
    expect(log[1]!.query.cursor).to.be.a('string');
    expect(urls.every((u) => new URL(u).origin === location.origin)).to.equal(true);
  });

  it('reads only the query of next_uri, whatever host or path it names', () => {
    expect(tokenFromNextUri('https://evil.example/steal?cursor=abc&limit=5')).to.deep.equal({ query: { cursor: 'abc', limit: '5' } });
    expect(tokenFromNextUri(null)).to.equal(null);
    expect(tokenFromNextUri('')).to.equal(null);
  });

  it('walks every page with an async iterator', async () => {
    const { client } = await setup();
    const seen: string[] = [];
    for await (const page of pages((next) => client.userProviders(rich, { limit: 4 }, { page: next }))) {
      seen.push(...page.items.map((p) => p.provider_id));
    }
    expect(seen).to.have.length(6);
    expect(new Set(seen).size).to.equal(6);
  });
});

describe('client sharing', () => {
  it('the same provider and base URL give the same client', () => {
    const provider = () => 'x';
    expect(sharedCalicoClient(provider, '/a')).to.equal(sharedCalicoClient(provider, '/a'));
    expect(sharedCalicoClient(provider, '/a')).to.not.equal(sharedCalicoClient(provider, '/b'));
    expect(sharedCalicoClient(provider, '/a')).to.not.equal(sharedCalicoClient(() => 'x', '/a'));
  });
});
