/**
 * Sessions end: clearSharedClients() (sign-out, a staff member switching customer) forgets every shared
 * client's token, cached pages and reads in flight, and widgets drop what they showed.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { clearSharedClients, sharedCalicoClient, type TokenProvider } from '../src/index.js';
import { mount, waitFor } from './helpers/harness.js';
import { rejection, sandboxToken, scenario, sleep } from './helpers/sandbox.js';

/** A provider written as the README shows it: one function, reading who is signed in now. */
function portal() {
  const signedIn = { person: 'A' };
  const asked: string[] = [];
  const provider: TokenProvider = async ({ reason }) => (asked.push(`${signedIn.person}:${reason}`), sandboxToken());
  return { signedIn, asked, provider };
}

describe('clearSharedClients()', () => {
  it('forgets the token and the cached pages of every shared client', async () => {
    const s = await scenario();
    const { signedIn, asked, provider } = portal();
    const client = sharedCalicoClient(provider, s.calicoBaseUrl);
    await client.userStats();
    await client.userStats(); // from memory
    expect(await s.requests()).to.have.length(1);
    clearSharedClients();
    signedIn.person = 'B';
    await client.userStats();
    expect(await s.requests()).to.have.length(2); // not the page of A's session
    expect(asked).to.deep.equal(['A:initial', 'B:initial']); // and B's token, asked for afresh
  });

  it('aborts the reads in flight, so none lands in the next session', async () => {
    const s = await scenario({ matchedLatency: 1500, match: '/stats/users' });
    const { provider } = portal();
    const client = sharedCalicoClient(provider, s.calicoBaseUrl);
    const pending = client.userStats();
    while (!(await s.requests()).length) await sleep(20);
    clearSharedClients();
    expect((await rejection(pending)).name).to.equal('AbortError');
  });

  it('makes every widget drop what it showed and load again with the new session', async () => {
    const s = await scenario();
    const { signedIn, asked, provider } = portal();
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '5' }, { tokenProvider: provider });
    await h.rowsSettled();
    expect(h.rows()).to.have.length(5);
    signedIn.person = 'B';
    clearSharedClients();
    await (h.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(h.rows()).to.have.length(0); // A's rows are gone at once (skeleton while B's load)
    await waitFor(() => h.rows().length === 5, "B's rows");
    expect(asked).to.deep.equal(['A:initial', 'B:initial']);
    expect(await s.requests()).to.have.length(2);
  });
});
