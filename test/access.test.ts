/**
 * Access, safe by default: nothing is fetched before a widget knows whose data it shows, and "not
 * allowed" is not "signed out". Requests are read on the wire (the sandbox's log of what it received).
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { createPartnerClient } from '../src/index.js';
import type { CalicoErrorEvent } from '../src/events.js';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { captureWarnings, collect, mount, waitFor } from './helpers/harness.js';
import { scenario, sleep, tokenProvider } from './helpers/sandbox.js';

const rich = sandboxUserId(FIXTURE_USERS.rich);
const other = sandboxUserId(5);
const buttons = (panel: HTMLElement) => [...panel.querySelectorAll('button')].map((b) => b.textContent!.trim());

/** Captures console.error while `body` runs. */
async function captureErrors(body: (errors: unknown[][]) => Promise<void>): Promise<void> {
  const errors: unknown[][] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args);
  try {
    await body(errors);
  } finally {
    console.error = original;
  }
}

describe('nothing is fetched before a widget knows whose data it shows', function () {
  this.timeout(20_000);

  it('<calico-transactions> with neither user-id nor all-users sends nothing, waits, warns once after 3 s, and loads the user set later', async () => {
    const s = await scenario();
    await captureWarnings(async (warnings) => {
      const h = await mount('calico-transactions', { 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
      await waitFor(() => h.root?.textContent?.includes('Nothing to show yet.'), 'the waiting state');
      expect(h.alert(), 'no error for the customer').to.equal(null);
      await waitFor(() => warnings.some((w) => w.includes('<calico-transactions>') && w.includes('user-id') && w.includes('all-users')), 'the console warning', 8000);
      expect(await s.requests(), 'nothing on the wire').to.deep.equal([]);
      (h.el as HTMLElement & { userId?: string }).userId = rich; // the page learned who is signed in
      await h.rowsSettled();
      // The page, and the names of the person's own sources (never the enterprise's).
      expect((await s.requests()).map((r) => r.path)).to.have.members([`/enterprise/v2/users/${rich}/transactions`, `/enterprise/v2/users/${rich}/providers`]);
    });
  });

  it('<partner-orders> with a user-account-id that is not an id asks for no one\'s orders: no request, no calico-load, an export of none', async () => {
    const s = await scenario();
    const h = await mount<HTMLElement & { exportCsv(): Promise<{ rows: number; complete: boolean }> }>('partner-orders', { 'base-url': s.partnerBaseUrl, 'user-account-id': 'member 42' }, { tokenProvider: tokenProvider() });
    const loads = collect(h.el, 'calico-load');
    await waitFor(() => h.visible('empty') ?? h.alert(), 'the bad id state');
    await sleep(300);
    expect(await h.el.exportCsv().catch(() => ({ rows: 0 }))).to.deep.include({ rows: 0 });
    // Before, the bad id was dropped from the filter: every member's orders were fetched, sent in calico-load and exported.
    expect((await s.requests()).map((r) => r.path), 'nothing on the wire').to.deep.equal([]);
    expect(loads).to.have.length(0);
  });

  it('createPartnerClient without a baseUrl fails at once, naming what is missing, and sends nothing anywhere', () => {
    expect(() => createPartnerClient({ tokenProvider: tokenProvider() })).to.throw(/createPartnerClient needs a baseUrl/);
  });

  it('a widget with neither a tokenProvider nor cookie-session says so on screen and, after 3 s, in the console', async () => {
    const s = await scenario();
    await captureWarnings(async (warnings) => {
      const h = await mount('calico-user-assets', { 'base-url': s.calicoBaseUrl, 'user-id': rich });
      await waitFor(() => h.root?.textContent?.includes('needs a tokenProvider, cookie-session or a client'), 'the needs-configuration state');
      await waitFor(() => warnings.some((w) => w.includes('<calico-user-assets>') && w.includes('cookie-session')), 'the console warning', 8000);
      expect(await s.requests()).to.deep.equal([]);
    });
  });
});

describe('"not allowed" is not "signed out"', function () {
  this.timeout(20_000);

  async function failing(tag: string, api: 'calico' | 'partner', status: number, attrs: Record<string, string>) {
    const s = await scenario({ status, times: 1000 });
    const provider = tokenProvider();
    const h = await mount(tag, { ...attrs, 'base-url': api === 'calico' ? s.calicoBaseUrl : s.partnerBaseUrl }, { tokenProvider: provider });
    const errors = collect<CalicoErrorEvent>(h.el, 'calico-error');
    const panel = await waitFor(() => h.alert(), 'the error panel');
    await waitFor(() => errors.length, 'calico-error');
    return { h, s, panel, error: errors[0]!.error, provider };
  }

  for (const status of [403, 602]) {
    it(`Calico ${status}: forbidden, "You don't have access to this.", no sign-in advice, no Retry, no new token asked`, async () => {
      const { panel, error, provider, s } = await failing('calico-user-assets', 'calico', status, { 'user-id': rich });
      expect(error.kind).to.equal('forbidden');
      expect(panel.innerText).to.contain("You don't have access to this.");
      expect(panel.innerText).to.not.match(/sign in/i);
      expect(buttons(panel)).to.not.include('Retry');
      expect(provider.reasons).to.deep.equal(['initial']);
      // Each request once (the page and its sources' names): a refusal is not retried.
      expect((await s.requests()).map((r) => r.path)).to.have.members([`/enterprise/v2/users/${rich}/assets`, `/enterprise/v2/users/${rich}/providers`]);
    });
  }

  for (const status of [401, 603]) {
    it(`Calico ${status}: auth, the session may have ended (a new token is asked once)`, async () => {
      const { panel, error, provider } = await failing('calico-user-assets', 'calico', status, { 'user-id': rich });
      expect(error.kind).to.equal('auth');
      expect(panel.innerText).to.match(/sign in again/);
      expect(provider.reasons).to.deep.equal(['initial', 'rejected']);
    });
  }

  it("Partner 403 from the API is a bad key (auth); from the server half, a refusal of this person (forbidden)", async () => {
    const api = await failing('partner-user-list', 'partner', 403, {});
    expect(api.error.kind).to.equal('auth');
    document.cookie = 'portal_session=customer:member-09999; path=/';
    try {
      const h = await mount('partner-orders', { 'base-url': '/proxy/partner', 'cookie-session': '' }); // an enterprise-wide list: refused
      const errors = collect<CalicoErrorEvent>(h.el, 'calico-error');
      const panel = await waitFor(() => h.alert(), 'the refusal');
      await waitFor(() => errors.length, 'calico-error');
      expect(errors[0]!.error.kind).to.equal('forbidden');
      expect(panel.innerText).to.contain("You don't have access to this.");
    } finally {
      document.cookie = 'portal_session=; path=/; max-age=0';
    }
  });

  it('through the Calico server half: another customer is forbidden, no one signed in is auth', async () => {
    document.cookie = `portal_session=customer:${rich}; path=/`;
    try {
      const theirs = await mount('calico-user-assets', { 'user-id': other, 'base-url': '/proxy/calico', 'cookie-session': '' });
      await waitFor(() => theirs.alert(), 'the refusal');
      expect(theirs.alert()!.innerText).to.contain("You don't have access to this.");
    } finally {
      document.cookie = 'portal_session=; path=/; max-age=0';
    }
    const nobody = await mount('calico-user-assets', { 'user-id': rich, 'base-url': '/proxy/calico', 'cookie-session': '' });
    await waitFor(() => nobody.alert(), 'the refusal');
    expect(nobody.alert()!.innerText).to.match(/sign in again/);
  });

  it("a tokenProvider that throws: plain words for the person, the provider's own error once in the console for the developer", async () => {
    const s = await scenario();
    const failure = new Error('portal session service is down');
    await captureErrors(async (logged) => {
      const h = await mount('calico-user-assets', { 'base-url': s.calicoBaseUrl, 'user-id': rich }, { tokenProvider: async () => Promise.reject(failure) });
      const panel = await waitFor(() => h.alert(), 'the error panel');
      expect(panel.innerText).to.not.contain('tokenProvider');
      expect(panel.textContent).to.not.contain('error.cause');
      const mine = logged.filter((args) => args.includes(failure));
      expect(mine, 'one console.error carrying the provider\'s error').to.have.length(1);
      expect(String(mine[0]![0])).to.contain('tokenProvider');
    });
  });

  it('a 404 on an endpoint that names no one warns that base-url is probably wrong; a 404 for an id does not', async () => {
    const s = await scenario();
    await captureWarnings(async (warnings) => {
      const wrong = `${s.calicoBaseUrl}/enterprise/v2`; // doubles the path: every request 404s
      const h = await mount('calico-users', { 'base-url': wrong }, { tokenProvider: tokenProvider() });
      await waitFor(() => h.alert(), 'the error');
      await waitFor(() => warnings.some((w) => w.includes('base URL is probably wrong') && w.includes(`${wrong}/enterprise/v2/users/all`)), 'the warning');
      const count = warnings.length;
      const one = await mount('calico-user-assets', { 'base-url': s.calicoBaseUrl, 'user-id': 'no-such-user' }, { tokenProvider: tokenProvider() });
      await waitFor(() => one.alert(), 'not found');
      await sleep(100);
      expect(warnings.slice(count).filter((w) => w.includes('probably wrong'))).to.deep.equal([]);
    });
  });
});
