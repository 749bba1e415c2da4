/**
 * The embedding examples, each loaded as a page (in an iframe) against the sandbox: plain HTML with only
 * the script tag, a React 19 app, a Vue 3 app and an Angular 21 app built with Vite from the package.
 * Each must render data and reload when the host hands the widgets a new token provider.
 */
import { expect } from '@open-wc/testing';
import { ListHarness, waitFor } from './helpers/harness.js';

/**
 * The built examples as a web server would serve them, byte for byte (`/__cdn/steady/…`): the test
 * server's own routes would transform their scripts (it once hid an untranspiled decorator).
 */
const built = (name: string) => `/__cdn/steady/examples/${name}/dist/index.html`;

async function open(url: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 900px';
  frame.src = url;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

const EXAMPLES = [
  // `clients`: widgets of one API with one provider share one client, so one token call each.
  { name: 'plain HTML (script tag only)', url: '/examples/plain-html/index.html', widgets: ['calico-user-accounts', 'partner-user-list'], clients: 2 },
  { name: 'React 19 (StrictMode)', url: built('react'), widgets: ['calico-user-assets', 'calico-transactions'], clients: 1 },
  { name: 'Vue 3', url: built('vue'), widgets: ['calico-user-accounts', 'calico-users'], clients: 1 },
  { name: 'Angular 21 (standalone, zoneless)', url: built('angular'), widgets: ['calico-user-assets', 'calico-users'], clients: 1 },
];

for (const example of EXAMPLES) {
  describe(`example: ${example.name}`, function () {
    this.timeout(20_000);

    it('renders sandbox data in every widget and follows a new token provider', async () => {
      const doc = await open(example.url);
      const harnesses = await waitFor(() => {
        const found = example.widgets.map((tag) => doc.querySelector(tag));
        return found.every((el) => el?.shadowRoot) && found.map((el) => new ListHarness(el as HTMLElement));
      }, 'the widgets');
      await Promise.all(harnesses.map((h) => h.rowsSettled()));
      for (const h of harnesses) expect(h.rows().length, h.el.localName).to.be.greaterThan(0);
      const calls = doc.querySelector('#token-calls')!;
      expect(calls.textContent).to.equal(String(example.clients));
      (doc.querySelector('#new-token') as HTMLButtonElement).click();
      await waitFor(() => calls.textContent === String(2 * example.clients), 'the new token provider to be asked');
      await Promise.all(harnesses.map((h) => h.rowsSettled()));
    });
  });
}

for (const [framework, url] of [['React 19 event props', built('react')], ['Angular (calico-row-select)', built('angular')]]) {
  describe(`example: drill-down through ${framework}`, function () {
    this.timeout(20_000);

    it('receives calico-row-select, and signs out through clearSharedClients()', async () => {
      const doc = await open(url);
      const el = await waitFor(() => doc.querySelector('calico-user-assets')?.shadowRoot && doc.querySelector('calico-user-assets'), 'the widget');
      const h = new ListHarness(el as HTMLElement);
      await h.rowsSettled();
      h.rows()[0]!.click();
      await waitFor(() => doc.querySelector('#selected')!.textContent!.includes('asset_symbol'), 'the selection');
      (doc.querySelector('#end-session') as HTMLButtonElement).click();
      await waitFor(() => h.rows().length === 0, 'the rows of the ended session gone');
    });
  });
}
