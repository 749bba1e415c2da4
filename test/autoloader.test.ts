/**
 * The script-tag autoloader as a bank portal uses it: one <script type="module"> from a CDN path, then
 * widgets written into the page (or into a shadow root) are defined on first sight, each loading only
 * its own code; a chunk that fails to load shows a message with Retry in the widget's place.
 * The CDN here is /__cdn/dist/ (web-test-runner.config.mjs), which fails partner-orders' chunk once.
 */
import { expect } from '@open-wc/testing';
import { ListHarness, waitFor } from './helpers/harness.js';
import { scenario, tokenProvider } from './helpers/sandbox.js';

interface Autoloader {
  version: string;
  observe(root: ParentNode): void;
  load(tag: string): Promise<unknown>;
  ready(): Promise<Record<string, unknown>>;
}
const api = () => (window as unknown as { CalicoWidgets: Autoloader }).CalicoWidgets;
const scripts = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.startsWith('/__cdn/'));
const TAGS = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-users', 'partner-user-list', 'calico-stats', 'calico-accounts', 'calico-providers', 'partner-orders'];

/** Writes HTML into a fresh host, as a portal without a framework does. */
function mount(html: string, into: ParentNode = document.body): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  into.append(host);
  return host.firstElementChild as HTMLElement;
}

describe('script-tag autoloader', () => {
  const warnings: string[] = [];
  const errors: string[] = [];
  before(async () => {
    window.addEventListener('error', (e) => errors.push(e.message));
    const warn = console.warn;
    console.warn = (...args: unknown[]) => (warnings.push(args.join(' ')), warn(...args));
    // A widget already in the page before the script runs, as in server-rendered HTML.
    const s = await scenario();
    const early = mount(`<calico-users base-url="${s.calicoBaseUrl}" page-size="3"></calico-users>`);
    (early as HTMLElement & { tokenProvider: unknown }).tokenProvider = tokenProvider();
    early.id = 'early';
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.type = 'module';
      script.src = '/__cdn/dist/calico-autoloader.min.js';
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('dist/calico-autoloader.min.js missing: run npm run build'));
      document.head.append(script);
    });
  });

  it('defines a widget already in the page, loading its code and nothing of the others', async () => {
    await customElements.whenDefined('calico-users');
    const h = new ListHarness(document.getElementById('early')!);
    await h.rowsSettled();
    expect(h.rows()).to.have.length(3);
    for (const tag of TAGS.filter((t) => t !== 'calico-users')) expect(customElements.get(tag), tag).to.equal(undefined);
    const loaded = scripts();
    expect(loaded.some((p) => /\/autoload\/calico-users-[\w-]+\.js$/.test(p))).to.equal(true);
    expect(loaded.filter((p) => /\/autoload\/(calico-stats|partner-orders|partner-user-list|calico-accounts)-/.test(p))).to.deep.equal([]);
    expect(api().version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('defines a tag added later, and one inside a shadow root it is told about', async () => {
    const s = await scenario();
    const stats = mount(`<calico-stats base-url="${s.calicoBaseUrl}"></calico-stats>`) as HTMLElement & { tokenProvider: unknown };
    stats.tokenProvider = tokenProvider();
    await waitFor(() => customElements.get('calico-stats'), 'calico-stats defined');
    await waitFor(() => stats.shadowRoot?.querySelector('[part~="tile"]'), 'calico-stats rendered');

    const outer = document.createElement('div');
    document.body.append(outer);
    const shadow = outer.attachShadow({ mode: 'open' });
    const accounts = mount(`<calico-accounts base-url="${s.calicoBaseUrl}" page-size="2"></calico-accounts>`, shadow) as HTMLElement & { tokenProvider: unknown };
    accounts.tokenProvider = tokenProvider();
    await new Promise((r) => setTimeout(r, 50));
    expect(customElements.get('calico-accounts'), 'not watched yet').to.equal(undefined);
    api().observe(shadow);
    await waitFor(() => customElements.get('calico-accounts'), 'calico-accounts defined');
    await new ListHarness(accounts).rowsSettled();
  });

  it('shows a message with Retry where a chunk failed, and Retry loads the widget', async () => {
    const s = await scenario();
    const orders = mount(`<partner-orders base-url="${s.partnerBaseUrl}" page-size="2"></partner-orders>`) as HTMLElement & { tokenProvider: unknown };
    orders.tokenProvider = tokenProvider();
    const german = mount(`<partner-orders lang="de" base-url="${s.partnerBaseUrl}"></partner-orders>`);
    const alert = await waitFor(() => orders.querySelector<HTMLElement>('.calico-load-error[role="alert"]'), 'the load error');
    expect(alert.textContent).to.contain('This widget could not be loaded.');
    expect(customElements.get('partner-orders')).to.equal(undefined);
    expect(warnings.some((w) => /<partner-orders> could not be loaded/.test(w))).to.equal(true);
    const retry = alert.querySelector('button')!;
    expect(retry.textContent).to.equal('Retry');
    expect(german.querySelector('.calico-load-error')?.textContent).to.equal('Dieses Widget konnte nicht geladen werden. Erneut versuchen');
    retry.focus();
    retry.click();
    await waitFor(() => customElements.get('partner-orders'), 'partner-orders defined after Retry');
    await new ListHarness(orders).rowsSettled();
    expect(orders.querySelector('.calico-load-error'), 'the message is gone').to.equal(null);
    expect(german.querySelector('.calico-load-error'), 'everywhere').to.equal(null);
    // The browser keeps a failed module URL failed: the retry asked for the chunk under a new one.
    expect(scripts().filter((p) => p.includes('/autoload/partner-orders-'))).to.have.length(2);
  });

  it('forwards sign-out and translations to the shared code', async () => {
    const { default: de } = await import('../src/locales/de.js');
    const s = await scenario();
    const german = mount(`<partner-orders lang="de" base-url="${s.partnerBaseUrl}" page-size="2"></partner-orders>`) as HTMLElement & { tokenProvider: unknown };
    german.tokenProvider = tokenProvider();
    await (api() as unknown as { registerLocale(lang: string, strings: unknown): Promise<void> }).registerLocale('de', de);
    const h = new ListHarness(german);
    await h.rowsSettled();
    await waitFor(() => h.caption.startsWith('Aufträge'), 'the German caption');
    const api$ = await api().ready();
    expect(api$.clearSharedClients).to.be.a('function');
    expect(api$.createCalicoClient).to.be.a('function');
    await (api() as unknown as { clearSharedClients(): Promise<void> }).clearSharedClients();
    await api().load('no-such-widget').then(
      () => expect.fail('loaded a tag that does not exist'),
      (error: Error) => expect(error.message).to.contain('<no-such-widget>'),
    );
    expect(errors).to.deep.equal([]);
  });
});
