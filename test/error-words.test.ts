/**
 * Error panels speak to people: a plain sentence per error kind in the widget's language, the status
 * and the server's own words kept in a collapsed Details (and in `calico-error`), and Retry only
 * where asking again can succeed.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import type { CalicoErrorEvent } from '../src/events.js';
import { expectAccessible } from './helpers/a11y.js';
import { collect, mount, waitFor } from './helpers/harness.js';
import { scenario, tokenProvider } from './helpers/sandbox.js';

const rich = sandboxUserId(FIXTURE_USERS.rich);
/** What a sighted person reads: Details stays closed, so only its summary shows. */
const seen = (panel: HTMLElement) => panel.innerText;

describe('error panels', function () {
  this.timeout(20_000);

  async function failing(status: number, attrs: Record<string, string> = { 'user-id': rich }) {
    const s = await scenario({ status, times: 1000 });
    const h = await mount('calico-user-assets', { ...attrs, 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    const errors = collect<CalicoErrorEvent>(h.el, 'calico-error');
    const panel = await waitFor(() => h.alert(), 'the error panel');
    await waitFor(() => errors.length, 'calico-error');
    return { h, panel, error: errors[0]!.error };
  }

  for (const [status, kind, sentence, retry] of [
    [404, 'not-found', 'There is nothing here', false],
    [601, 'not-found', 'There is nothing here', false],
    [400, 'bad-request', 'This request could not be handled', false],
    [503, 'server', 'The service had a problem', true],
  ] as const) {
    it(`HTTP ${status}: a plain sentence, the details for support, ${retry ? 'and Retry' : 'no Retry'}`, async () => {
      const { h, panel, error } = await failing(status);
      expect(error.kind).to.equal(kind);
      expect(error.status).to.equal(status);
      expect(seen(panel)).to.contain(sentence);
      expect(seen(panel)).to.not.contain(`HTTP ${status}`);
      expect(seen(panel)).to.not.contain(error.message.slice(0, 12));
      const details = h.part('error-details') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      expect(details.textContent).to.contain(error.message);
      expect(details.textContent!.split(`HTTP ${status}`)).to.have.length(2, 'the status, once');
      expect([...panel.querySelectorAll('button')].some((b) => b.textContent!.trim() === 'Retry')).to.equal(retry);
      await expectAccessible(h.el, `error ${status}`);
    });
  }

  it('speaks the widget language: the sentences and Details are strings like any other', async () => {
    const { h, panel } = await failing(503);
    (h.el as HTMLElement & { strings: object }).strings = { errorServer: 'Der Dienst hatte ein Problem.', details: 'Einzelheiten' };
    await waitFor(() => seen(panel).includes('Der Dienst hatte ein Problem.'), 'the translated sentence');
    expect(h.part('error-details')!.querySelector('summary')!.textContent).to.equal('Einzelheiten');
  });
});
