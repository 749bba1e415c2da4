/**
 * Page → the server half → the API, over real HTTP (the test server mounts the proxy at /proxy/calico in
 * front of its sandbox). The portal's session is a cookie; the enterprise credential never reaches here.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { createCalicoClient } from '../src/index.js';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { captureWarnings, mount, waitFor } from './helpers/harness.js';
import { tokenProvider } from './helpers/sandbox.js';

const A = sandboxUserId(FIXTURE_USERS.rich);
const B = sandboxUserId(5);

describe('the server half, with a cookie session', () => {
  beforeEach(() => {
    document.cookie = `portal_session=customer:${A}; path=/`;
  });
  afterEach(() => {
    document.cookie = 'portal_session=; path=/; max-age=0';
  });

  it('a widget with cookie-session and no tokenProvider shows the signed-in customer through the proxy', async () => {
    const h = await mount('calico-user-assets', { 'user-id': A, 'base-url': '/proxy/calico', 'cookie-session': '' });
    await h.rowsSettled();
    expect(h.rows().length).to.be.greaterThan(0);
  });

  it("another customer's data is refused by the proxy, and the widget says so (not allowed, not signed out)", async () => {
    const h = await mount('calico-user-assets', { 'user-id': B, 'base-url': '/proxy/calico', 'cookie-session': '' });
    await waitFor(() => h.alert(), 'the refusal');
    expect(h.alert()!.textContent).to.contain("You don't have access to this.");
  });

  it('without cookie-session no cookie is sent: the proxy sees no session', async () => {
    const h = await mount('calico-user-assets', { 'user-id': A, 'base-url': '/proxy/calico' }, { tokenProvider: tokenProvider() });
    await waitFor(() => h.alert(), 'the refusal');
    expect(h.alert()!.textContent).to.contain('Not authorized');
  });

  it('is refused for a base-url on another origin, before any request', async () => {
    expect(() => createCalicoClient({ baseUrl: 'https://bank.example/proxy', sendCookies: true })).to.throw(/own origin/);
    await captureWarnings(async (warnings) => {
      const h = await mount('calico-user-assets', { 'user-id': A, 'base-url': 'https://bank.example/calico', 'cookie-session': '' });
      await waitFor(() => h.root?.textContent?.includes('needs a tokenProvider'), 'the needs-configuration state');
      expect(warnings.some((w) => w.includes('cookie-session needs a base-url on this page'))).to.equal(true);
    });
  });
});
