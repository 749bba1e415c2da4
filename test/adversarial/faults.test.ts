/**
 * Faults, widget by widget as a person meets them: what they see, which events fire, how many
 * requests were made (no retry storms). Every case runs against the sandbox's fault injection.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { createCalicoClient, type TokenProvider } from '../../src/index.js';
import type { CalicoErrorEvent } from '../../src/events.js';
import { FIXTURE_USERS, type Faults, sandboxUserId } from '../../src/sandbox/index.js';
import { ListHarness, collect, waitFor } from '../helpers/harness.js';
import { scenario, tokenProvider, type Scenario } from '../helpers/sandbox.js';

const rich = sandboxUserId(FIXTURE_USERS.rich);

async function widget(faults: Faults, options: { provider?: TokenProvider; client?: (s: Scenario) => unknown } = {}) {
  // The faults hit the list's own requests; its sources' names (read beside each page) answer normally.
  const s = await scenario({ match: '/transactions', ...faults });
  const el = document.createElement('calico-transactions');
  el.setAttribute('user-id', rich);
  el.setAttribute('page-size', '10');
  el.setAttribute('base-url', s.calicoBaseUrl);
  const errors = collect<CalicoErrorEvent>(el, 'calico-error');
  const loads = collect<Event>(el, 'calico-load');
  const provider = (options.provider ?? tokenProvider()) as TokenProvider & { reasons?: string[] };
  Object.assign(el, { tokenProvider: provider }, options.client ? { client: options.client(s) } : {});
  document.body.append(el);
  return { s, h: new ListHarness(el), errors, loads, provider, requests: async () => (await s.requests()).filter((r) => r.path.endsWith('/transactions')).length };
}

describe('faults: what the person sees, the events, the request count', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('calico-transactions').forEach((el) => el.remove()));

  it('401 once: recovers silently with one new token', async () => {
    const provider = tokenProvider({ first: 'sbx_1_stale' });
    const { h, errors, requests } = await widget({}, { provider });
    await h.rowsSettled();
    expect(provider.reasons).to.deep.equal(['initial', 'rejected']);
    expect(errors).to.have.length(0);
    expect(await requests()).to.equal(2);
  });

  it('401 always: the unauthorized state, calico-error kind auth, two requests only', async () => {
    const { h, errors, requests } = await widget({}, { provider: () => 'sbx_1_refused' });
    await waitFor(() => h.alert(), 'unauthorized');
    expect(h.alert()!.textContent).to.contain('Not authorized');
    expect(errors.map((e) => e.error.kind)).to.deep.equal(['auth']);
    await new Promise((r) => setTimeout(r, 300));
    expect(await requests()).to.equal(2);
  });

  it('429 with Retry-After: waits, then recovers', async () => {
    const started = performance.now();
    const { h, errors, requests } = await widget({ status: 429, retryAfter: 1, times: 1 });
    await h.rowsSettled();
    expect(performance.now() - started).to.be.at.least(950);
    expect(errors).to.have.length(0);
    expect(await requests()).to.equal(2);
  });

  it('503 twice then 200: the rows, no error', async () => {
    const { h, errors, loads, requests } = await widget({ status: 503, times: 2 });
    await h.rowsSettled();
    expect(errors).to.have.length(0);
    expect(loads).to.have.length(1);
    expect(await requests()).to.equal(3);
  });

  it('network down: a clear error with Retry after bounded tries; recovers when the browser is back online', async () => {
    const { h, errors, requests } = await widget({ body: 'drop', times: 4 });
    await waitFor(() => h.alert(), 'the network error', 15_000);
    expect(h.alert()!.textContent).to.contain('could not be reached');
    expect(errors.map((e) => e.error.kind)).to.deep.equal(['network']);
    expect(await requests()).to.equal(4); // first try + 3 retries, then it stops
    window.dispatchEvent(new Event('online'));
    await h.rowsSettled();
    expect(h.alert()).to.equal(null);
  });

  it('a response that never ends: times out with a clear error (and Retry)', async () => {
    const { h, errors } = await widget({ body: 'hang', times: 1 }, {
      client: (s) => createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider(), timeoutMs: 800, retry: { retries: 0 } }),
    });
    await waitFor(() => h.alert(), 'the timeout');
    expect(h.alert()!.textContent).to.contain('did not answer within 1 s');
    expect(errors[0]!.error.kind).to.equal('network');
    h.button('Retry').click();
    await h.rowsSettled();
  });

  it('malformed JSON: an invalid-response error', async () => {
    const { h, errors, requests } = await widget({ body: 'malformed-json' });
    await waitFor(() => h.alert(), 'the error');
    expect(h.alert()!.textContent).to.contain('not JSON');
    expect(errors[0]!.error.kind).to.equal('invalid-response');
    expect(await requests()).to.equal(1);
  });

  it('a body failing its schema in one nested field: the error names the field', async () => {
    const { h, errors } = await widget({ body: 'schema' });
    await waitFor(() => h.alert(), 'the error');
    expect(h.alert()!.textContent).to.contain('"data.transactions[0].transaction_id"');
    expect(errors[0]!.error.field).to.equal('data.transactions[0].transaction_id');
  });

  it('partial data: the rows and which source failed, no error event', async () => {
    const { h, errors } = await widget({ body: 'partial' });
    await h.rowsSettled();
    expect(h.visible('partial')!.textContent).to.contain('kraken (provider unavailable)');
    expect(errors).to.have.length(0);
  });
});
