/**
 * Bad input from the host: attributes of the wrong type or out of range, ids that try to change the
 * path, token providers that throw, hang or return garbage. Clear messages, a warning at most once,
 * nothing uncaught, the page usable.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { createCalicoClient } from '../../src/index.js';
import { FIXTURE_USERS, sandboxUserId } from '../../src/sandbox/index.js';
import { ListHarness, mount, waitFor } from '../helpers/harness.js';
import { rejection, scenario, tokenProvider } from '../helpers/sandbox.js';

const rich = sandboxUserId(FIXTURE_USERS.rich);
const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(e.message));
window.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));

describe('bad input', function () {
  this.timeout(20_000);
  let warnings: string[];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (m: string) => warnings.push(m);
  });
  afterEach(() => {
    console.warn = original;
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  it('page-size of the wrong type or range falls back or clamps, warning once', async () => {
    const s = await scenario();
    for (const [value, limit] of [['-5', '1'], ['1e3', '100'], ['2.5', '30'], ['abc', '30'], ['', '30']] as const) {
      const h = await mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl, 'page-size': value }, { tokenProvider: tokenProvider() });
      await h.rowsSettled();
      const own = (await s.requests()).filter((r) => r.path.endsWith('/transactions')); // not its sources' names
      expect(own.at(-1)!.query.limit ?? '30', value).to.equal(limit);
    }
    expect(warnings.filter((w) => w.includes('"abc"'))).to.have.length(1);
  });

  it('partner filters outside their enums are ignored with one warning each', async () => {
    const s = await scenario();
    const h = await mount('partner-user-list', { 'base-url': s.partnerBaseUrl, 'robo-kyc-status': 'maybe', 'sort-key': 'password', 'created-at-end': 'soon' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    expect((await s.requests())[0]!.query).to.deep.equal({ per_page: '25' });
    expect(warnings.filter((w) => /"maybe"|"password"|"soon"/.test(w))).to.have.length(3);
  });

  it('partner-user-list without base-url asks for one and sends nothing (the documented host is a dev one)', async () => {
    const asked: string[] = [];
    const h = await mount('partner-user-list', {}, { tokenProvider: ({ reason }: { reason: string }) => (asked.push(reason), 'sbx_never_sent') });
    await waitFor(() => h.root?.textContent?.includes('needs a base-url'), 'the needs-configuration state');
    expect(asked).to.deep.equal([]); // no token was even asked for
    expect(warnings.filter((w) => w.includes('<partner-user-list>: set base-url'))).to.have.length(1);
  });

  it('a user-id outside the id alphabet warns once, says so, and loads nothing', async () => {
    const s = await scenario();
    const ids = ['../../stats/users', 'x?limit=100', 'a#b', '%2e%2e', '..', 'a/b', 'a b', 'zoë'];
    for (const tag of ['calico-user-accounts', 'calico-user-assets', 'calico-transactions']) {
      for (const id of ids) {
        const h = await mount(tag, { 'user-id': id, 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
        await waitFor(() => h.root?.textContent?.includes('not a valid id'), `the state for ${id}`);
      }
    }
    expect(await s.requests()).to.deep.equal([]); // not one request: no proxy ever sees another path
    for (const id of ids) expect(warnings.filter((w) => w.includes(`"${id}"`) && w.includes('<calico-user-accounts>'))).to.have.length(1);
    // The client refuses such an id too, before any request.
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: tokenProvider() });
    const error = await rejection(client.userProviders('a/b'));
    expect([error.kind, await s.requests()]).to.deep.equal(['bad-request', []]);
  });

  it('a token provider that throws, returns garbage, or is not a function: a clear state, no uncaught error', async () => {
    const s = await scenario();
    for (const provider of [() => { throw new Error('SSO down'); }, () => 42, () => ({ token: '' }), () => Promise.reject(new TypeError('x'))]) {
      const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl }, { tokenProvider: provider });
      await waitFor(() => h.alert(), 'the unauthorized state');
      expect(h.alert()!.textContent).to.contain('Not authorized');
    }
    const notAFunction = await mount('calico-users', { 'base-url': s.calicoBaseUrl }, { tokenProvider: 'sbx_token_in_an_attribute?' });
    await (notAFunction.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(warnings.some((w) => w.includes('tokenProvider must be a function'))).to.equal(true);
    expect(warnings.join(' ')).to.not.contain('sbx_token_in_an_attribute');
    expect(await s.requests()).to.have.length(0);
  });

  it('a token provider that hangs: a timeout error, not a spinner forever', async () => {
    const s = await scenario();
    const client = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: () => new Promise(() => {}), timeoutMs: 500 });
    const h = await mount('calico-users', {}, { client });
    await waitFor(() => h.alert(), 'the timeout');
    expect(h.alert()!.textContent).to.contain('Not authorized');
  });

  it('a base-url that is not http(s) is refused with one warning, and never executes', async () => {
    const h = await mount('calico-users', { 'base-url': 'javascript:window.__pwned=1' }, { tokenProvider: tokenProvider() });
    expect(h.visible('empty')!.textContent).to.contain('needs a tokenProvider, cookie-session or a client');
    expect(warnings.filter((w) => w.includes('is not an http(s) URL'))).to.have.length(1);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(new ListHarness(h.el).rows()).to.have.length(0);
  });
});
