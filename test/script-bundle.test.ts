/**
 * The script-tag bundle as a bank portal uses it: no bundler, no import — just <script src>, twice
 * (two teams on one page), then elements removed and added again (React StrictMode, HTMX swaps).
 */
import { expect } from '@open-wc/testing';
import { ListHarness, waitFor } from './helpers/harness.js';
import { scenario, tokenProvider } from './helpers/sandbox.js';
import { openUserPanel, personListsSettled } from './helpers/panels.js';

function loadScript(): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/dist/calico-widgets.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('dist/calico-widgets.min.js missing: run npm run build'));
    document.head.append(script);
  });
}

declare global {
  interface Window {
    CalicoWidgets: { version: string; createCalicoClient: Function; createPartnerClient: Function };
  }
}

/** A partner-user-list written into the page as HTML, as a portal without a framework does. */
async function partnerList(lang = '') {
  const s = await scenario();
  const host = document.createElement('div');
  if (lang) host.lang = lang;
  document.body.append(host);
  host.innerHTML = `<partner-user-list base-url="${s.partnerBaseUrl}" page-size="5"></partner-user-list>`;
  const el = host.firstElementChild as HTMLElement & { tokenProvider: unknown };
  el.tokenProvider = tokenProvider();
  const h = new ListHarness(el);
  await h.rowsSettled();
  return { host, el, h };
}

describe('script-tag bundle', () => {
  const errors: string[] = [];
  const warnings: string[] = [];
  before(async () => {
    window.addEventListener('error', (e) => errors.push(e.message));
    const warn = console.warn;
    console.warn = (...args: unknown[]) => (warnings.push(args.join(' ')), warn(...args));
    await loadScript();
    await loadScript(); // a second copy on the same page
  });

  it('registers every element once and exposes the client factories', () => {
    for (const tag of ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-users', 'partner-user-list', 'calico-stats', 'calico-accounts', 'calico-providers', 'partner-orders']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    expect(window.CalicoWidgets.version).to.match(/^\d+\.\d+\.\d+/);
    expect(window.CalicoWidgets.createCalicoClient).to.be.a('function');
    expect(window.CalicoWidgets.createPartnerClient).to.be.a('function');
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => /dev mode/i.test(w))).to.deep.equal([]); // the production build of Lit
  });

  it('renders sandbox data, survives remove/re-add, and follows a token change', async () => {
    const { host, el, h } = await partnerList();
    expect(h.rows()).to.have.length(5);
    el.remove();
    host.append(el);
    el.remove();
    host.append(el); // StrictMode-style double mount
    await h.rowsSettled();
    const second = tokenProvider();
    el.tokenProvider = second;
    await waitFor(() => second.reasons.length === 1, 'the new token provider');
    await h.rowsSettled();
    expect(h.rows()).to.have.length(5);
    host.remove();
  });

  it("opens a user's panel with the person's three lists, all from the one file", async () => {
    const dialog = await openUserPanel();
    await personListsSettled(dialog);
    expect(errors).to.deep.equal([]);
    dialog.close();
  });

  it('carries no translation; a locale script registers one, and the widgets speak it', async () => {
    const bundle = await (await fetch('/dist/calico-widgets.min.js')).text();
    expect(bundle).to.not.include('Aktualisieren'); // German's Refresh: the locales are not in the default bundle
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/dist/locales/de.min.js';
      script.onload = resolve;
      script.onerror = () => reject(new Error('dist/locales/de.min.js missing'));
      document.head.append(script);
    });
    const { host, h } = await partnerList('de-CH');
    expect(h.button('Aktualisieren')).to.not.equal(undefined);
    host.remove();
  });
});
