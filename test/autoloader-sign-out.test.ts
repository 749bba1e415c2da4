/**
 * Sign-out through the script-tag autoloader while a widget's code is still on its way: the element
 * keeps what the host set on it for the session that ended (its tokenProvider, its user-id), so it
 * must come up ended, waiting for the next session's input, and load nothing of the previous person.
 * A page of its own: each tag here is defined for the first time in it.
 */
import { expect } from '@open-wc/testing';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { ListHarness, waitFor } from './helpers/harness.js';
import { scenario, sleep, tokenProvider } from './helpers/sandbox.js';

type Widget = HTMLElement & { tokenProvider: unknown; userId?: string; updateComplete: Promise<unknown> };
const api = () => (window as unknown as { CalicoWidgets: { clearSharedClients(): void } }).CalicoWidgets;
const cdn = `/__cdn/steady-${crypto.randomUUID()}/dist`;
const RICH = sandboxUserId(FIXTURE_USERS.rich);

/** Written into the page as HTML, its token provider set before the tag's code can have arrived. */
function write(html: string): Widget {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  const el = host.firstElementChild as Widget;
  el.tokenProvider = tokenProvider();
  return el;
}

describe('autoloader: a session that ends while a widget\'s code is loading', function () {
  this.timeout(20_000);
  before(async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = `${cdn}/calico-autoloader.min.js`;
    await new Promise((resolve, reject) => ((script.onload = resolve), (script.onerror = reject), document.head.append(script)));
  });

  for (const [tag, when] of [['calico-user-assets', 'before any widget\'s code arrived'], ['calico-user-accounts', 'after another widget\'s code arrived']] as const) {
    it(`${when}: it comes up waiting, asks for nothing of the previous person, and loads for the next person's input`, async () => {
      if (when.startsWith('after')) {
        const s = await scenario();
        write(`<calico-stats base-url="${s.calicoBaseUrl}"></calico-stats>`);
        await customElements.whenDefined('calico-stats');
      }
      expect(customElements.get(tag), 'not loaded yet').to.equal(undefined);
      const s = await scenario();
      const el = write(`<${tag} base-url="${s.calicoBaseUrl}" user-id="${RICH}"></${tag}>`);
      api().clearSharedClients(); // signed out: the tag's code cannot have arrived within this task
      await customElements.whenDefined(tag);
      await el.updateComplete;
      await sleep(300);
      const h = new ListHarness(el);
      expect((await s.requests()).map((r) => r.path), 'nothing on the wire').to.deep.equal([]);
      expect(h.rows()).to.have.length(0);
      expect(h.root.textContent).to.contain('Nothing to show yet.');
      el.userId = sandboxUserId(5); // the next person
      await waitFor(() => h.rows().length > 0, 'the next person\'s rows');
      expect((await s.requests()).map((r) => r.path)).to.include(`/enterprise/v2/users/${sandboxUserId(5)}/${tag === 'calico-user-assets' ? 'assets' : 'providers'}`);
    });
  }
});
