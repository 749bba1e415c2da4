/**
 * The script-tag autoloader as a bank portal uses it: one <script type="module"> from a CDN path, then
 * widgets written into the page (or into a shadow root) are defined on first sight, each loading only
 * its own code; a chunk that fails to load shows a message with Retry in the widget's place.
 * The CDN is /__cdn/<run>/dist/ (web-test-runner.config.mjs), which fails partner-orders' chunk once per run.
 */
import { expect } from '@open-wc/testing';
import { ListHarness, waitFor } from './helpers/harness.js';
import { scenario, tokenProvider } from './helpers/sandbox.js';
import { PERSON_LISTS, openUserPanel, personListsSettled } from './helpers/panels.js';

interface Autoloader {
  version: string;
  observe(root: ParentNode): void;
  load(tag: string): Promise<unknown>;
  ready(): Promise<Record<string, unknown>>;
  clearSharedClients(): void;
  registerLocale(lang: string, strings: unknown): void;
}
type Widget = HTMLElement & { tokenProvider: unknown };
const api = () => (window as unknown as { CalicoWidgets: Autoloader }).CalicoWidgets;
const cdn = `/__cdn/${crypto.randomUUID()}/dist`;
/** The scripts fetched from the CDN (address and query). */
const fetched = () => performance.getEntriesByType('resource').map((e) => new URL(e.name)).filter((u) => u.pathname.startsWith(cdn) && u.pathname.endsWith('.js')).map((u) => u.pathname + u.search);
const TAGS = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-users', 'partner-user-list', 'calico-stats', 'calico-accounts', 'calico-providers', 'partner-orders'];
let graph: { tags: Record<string, string>; imports: Record<string, string[]> };

/** Writes HTML into a fresh host, as a portal without a framework does. */
function mount(html: string, into: ParentNode = document.body): Widget {
  const host = document.createElement('div');
  host.innerHTML = html;
  into.append(host);
  const el = host.firstElementChild as Widget;
  el.tokenProvider = tokenProvider(); // a property set before the tag's code arrives is kept
  return el;
}

function addScript(src: string, type = ''): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    if (type) script.type = type;
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} missing: run npm run build`));
    document.head.append(script);
  });
}

describe('script-tag autoloader', () => {
  const problems: string[] = [];
  const warnings: string[] = [];
  before(async () => {
    performance.setResourceTimingBufferSize(1000); // fetched() reads them: the default 250 could fill up
    window.addEventListener('error', (e) => problems.push(e.message));
    window.addEventListener('unhandledrejection', (e) => problems.push(String(e.reason)));
    const warn = console.warn;
    console.warn = (...args: unknown[]) => (warnings.push(args.join(' ')), warn(...args));
    graph = await (await fetch(`${cdn}/autoload/chunks.json`)).json();
    // A widget already in the page before the script runs, as in server-rendered HTML.
    const s = await scenario();
    mount(`<calico-users id="early" base-url="${s.calicoBaseUrl}" page-size="3"></calico-users>`);
    // A translation's script tag before the autoloader's: it registers itself all the same.
    await addScript(`${cdn}/locales/fr.min.js`);
    await addScript(`${cdn}/calico-autoloader.min.js`, 'module');
  });

  it('defines a widget already in the page, loading its chunks and no other widget\'s', async () => {
    // A translation registered before any widget's code has arrived waits for it.
    const { default: de } = await import('../src/locales/de.js');
    api().registerLocale('de', de);
    await customElements.whenDefined('calico-users');
    const h = new ListHarness(document.getElementById('early')!);
    await h.rowsSettled();
    expect(h.rows()).to.have.length(3);
    for (const tag of TAGS.filter((t) => t !== 'calico-users')) expect(customElements.get(tag), tag).to.equal(undefined);
    // What was fetched is the loader, calico-users' entry and exactly the chunks it imports.
    const expected = new Set<string>();
    const visit = (file: string) => expected.has(file) || (expected.add(file), graph.imports[file]!.forEach(visit));
    visit(graph.tags['calico-users']!);
    expect(fetched().filter((p) => p.includes('/autoload/')).sort()).to.deep.equal([...expected].map((file) => `${cdn}/${file}`).sort());
    expect(api().version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('defines a tag added later, and one inside a shadow root it is told about', async () => {
    const s = await scenario();
    const stats = mount(`<calico-stats base-url="${s.calicoBaseUrl}"></calico-stats>`);
    await waitFor(() => customElements.get('calico-stats'), 'calico-stats defined');
    await waitFor(() => stats.shadowRoot?.querySelector('[part~="tile"]'), 'calico-stats rendered');

    const outer = document.createElement('div');
    document.body.append(outer);
    const shadow = outer.attachShadow({ mode: 'open' });
    const accounts = mount(`<calico-accounts base-url="${s.calicoBaseUrl}" page-size="2"></calico-accounts>`, shadow);
    await new Promise((r) => setTimeout(r, 50));
    expect(customElements.get('calico-accounts'), 'not watched yet').to.equal(undefined);
    api().observe(shadow);
    await waitFor(() => customElements.get('calico-accounts'), 'calico-accounts defined');
    await new ListHarness(accounts).rowsSettled();
  });

  it('shows a message with Retry where a chunk failed, in the widget\'s language; Retry keeps focus and loads it', async () => {
    const s = await scenario();
    const orders = mount(`<partner-orders base-url="${s.partnerBaseUrl}" page-size="2"></partner-orders>`);
    const german = mount(`<partner-orders lang="de" base-url="${s.partnerBaseUrl}" page-size="2"></partner-orders>`);
    const alert = await waitFor(() => orders.querySelector<HTMLElement>('.calico-load-error[role="alert"]'), 'the load error');
    expect(alert.textContent).to.equal('This widget could not be loaded. Retry');
    expect(german.querySelector('.calico-load-error')?.textContent).to.equal('Dieses Widget konnte nicht geladen werden. Erneut versuchen');
    expect(customElements.get('partner-orders')).to.equal(undefined);
    expect(warnings.some((w) => /<partner-orders> could not be loaded \(/.test(w))).to.equal(true);
    const retry = alert.querySelector('button')!;
    retry.focus();
    retry.click();
    expect(alert.getAttribute('aria-busy'), 'busy while it loads').to.equal('true');
    expect(document.activeElement, 'focus stays on Retry while it loads').to.equal(retry);
    await waitFor(() => customElements.get('partner-orders'), 'partner-orders defined after Retry');
    await Promise.all([new ListHarness(orders).rowsSettled(), new ListHarness(german).rowsSettled()]);
    expect(orders.querySelector('.calico-load-error'), 'the message is gone').to.equal(null);
    expect(german.querySelector('.calico-load-error'), 'everywhere').to.equal(null);
    // A browser may keep a failed module address failed: the retry asked under a new one.
    const chunk = `${cdn}/${graph.tags['partner-orders']}`;
    expect(fetched().filter((p) => p.startsWith(chunk))).to.deep.equal([chunk, `${chunk}?retry=1`]);
  });

  it('a panel shows an element the autoloader loaded on a Retry: it asks for no other copy of its code', async () => {
    // After the test above: <partner-orders> came from `?retry=1`; its plain address failed once.
    expect(customElements.get('partner-orders'), 'defined by the Retry').to.not.equal(undefined);
    const before = fetched().filter((p) => p.includes('/partner-orders-')).length;
    const s = await scenario();
    const members = mount(`<partner-user-list detail base-url="${s.partnerBaseUrl}" page-size="2"></partner-user-list>`);
    const h = new ListHarness(members);
    await waitFor(() => customElements.get('partner-user-list'), 'partner-user-list defined');
    await h.rowsSettled();
    h.rows()[0]!.click();
    const dialog = await waitFor(() => members.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'), 'the member panel');
    const orders = new ListHarness(await waitFor(() => dialog.querySelector<HTMLElement>('partner-orders'), 'the orders list'));
    await orders.rowsSettled();
    expect(orders.rows().length).to.be.greaterThan(0);
    expect(fetched().filter((p) => p.includes('/partner-orders-')).length, 'no other request for its code').to.equal(before);
    dialog.close();
  });

  it('the users panel loads the person\'s three lists from their tags\' own files, each asked for once', async () => {
    const dialog = await openUserPanel(() => {
      for (const tag of PERSON_LISTS) expect(customElements.get(tag), `${tag} not loaded before the panel`).to.equal(undefined);
    });
    await personListsSettled(dialog);
    for (const tag of PERSON_LISTS) {
      const file = `${cdn}/${graph.tags[tag]}`;
      expect(fetched().filter((p) => p === file), `${tag}: its own file, once`).to.have.length(1);
    }
    dialog.close();
  });

  it('widgets speak the translations registered before their code arrived: by registerLocale, by a script tag', async () => {
    const german = document.querySelector<Widget>('partner-orders[lang="de"]')!;
    await waitFor(() => new ListHarness(german).caption.startsWith('Aufträge'), 'the German caption');
    const s = await scenario();
    const french = new ListHarness(mount(`<calico-providers lang="fr" base-url="${s.calicoBaseUrl}" page-size="3"></calico-providers>`));
    await waitFor(() => customElements.get('calico-providers'), 'calico-providers defined');
    await french.rowsSettled();
    expect(french.caption).to.contain('Sources activées pour cette entreprise');
  });

  it('signs out synchronously: every widget drops what it showed at once', async () => {
    const h = new ListHarness(document.getElementById('early')!);
    expect(h.rows().length).to.be.greaterThan(0);
    expect(api().clearSharedClients()).to.equal(undefined);
    await (h.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(h.rows()).to.have.length(0);
    const everything = await api().ready();
    expect(everything.createCalicoClient).to.be.a('function');
    expect(everything.clearSharedClients).to.be.a('function');
  });

  it('refuses a tag it does not know, own properties only', async () => {
    for (const tag of ['no-such-widget', 'constructor', '__proto__']) {
      const error = await api().load(tag).then(() => undefined, (e: Error) => e);
      expect(error?.message, tag).to.contain(`<${tag}>`);
    }
    expect(problems).to.deep.equal([]);
  });
});
