/**
 * Subresource Integrity: dist/integrity.json holds the true SHA-384 of every file a page loads by script
 * tag or through the autoloader, and a browser enforces them: the autoloader's own tag by its
 * `integrity` attribute, its chunks by an import map's `integrity`. A chunk that does not match is
 * refused, and the widget shows the load error with Retry.
 */
import { expect } from '@open-wc/testing';
import { ListHarness, waitFor } from './helpers/harness.js';
import { scenario, tokenProvider } from './helpers/sandbox.js';

type Hashes = Record<string, string>;
/** dist/ as a CDN serves it: the bytes on disk (the test server's own /dist/ route rewrites imports). */
const cdn = '/__cdn/steady/dist';
const hashes = async (): Promise<Hashes> => (await fetch(`${cdn}/integrity.json`)).json();
const sha384 = async (path: string) => `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', await (await fetch(path)).arrayBuffer()))))}`;

/** A page in an iframe: the autoloader by script tag with its hash, its chunks pinned by an import map. */
async function pinnedPage(integrity: Hashes, html: string): Promise<Document> {
  const map = { integrity: Object.fromEntries(Object.entries(integrity).filter(([file]) => file.startsWith('autoload/')).map(([file, hash]) => [new URL(`${cdn}/${file}`, location.href).href, hash])) };
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script type="importmap">${JSON.stringify(map)}</script>
    <script type="module" src="${cdn}/calico-autoloader.min.js" integrity="${integrity['calico-autoloader.min.js']}" crossorigin="anonymous"></script>
    </head><body>${html}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

describe('Subresource Integrity (dist/integrity.json)', function () {
  this.timeout(30_000);

  it('lists every script file with its true SHA-384', async () => {
    const integrity = await hashes();
    const files = Object.keys(integrity);
    expect(files).to.include.members(['calico-widgets.min.js', 'calico-autoloader.min.js', 'locales/de.min.js']);
    expect(files.filter((f) => f.startsWith('autoload/')).length).to.be.greaterThan(10);
    for (const file of files) expect(await sha384(`${cdn}/${file}`), file).to.equal(integrity[file]);
  });

  it('a page with every hash pinned loads its widget', async () => {
    const s = await scenario();
    const doc = await pinnedPage(await hashes(), `<calico-users base-url="${s.calicoBaseUrl}" page-size="2"></calico-users>`);
    // A module script runs before the frame's load event: by now the autoloader has run.
    expect((doc.defaultView as Window & { CalicoWidgets?: unknown }).CalicoWidgets).to.be.an('object');
    const el = doc.querySelector('calico-users') as HTMLElement & { tokenProvider: unknown };
    el.tokenProvider = tokenProvider();
    await waitFor(() => doc.defaultView!.customElements.get('calico-users'), 'calico-users defined', 15_000);
    await new ListHarness(el).rowsSettled();
  });

  it('a chunk whose bytes do not match its pinned hash is refused: the widget shows the load error', async () => {
    const integrity = await hashes();
    const graph = (await (await fetch(`${cdn}/autoload/chunks.json`)).json()) as { tags: Record<string, string> };
    integrity[graph.tags['calico-providers']!] = `sha384-${btoa('not the hash of this file, forty-eight bytes long!')}`;
    const s = await scenario();
    const doc = await pinnedPage(integrity, `<calico-providers base-url="${s.calicoBaseUrl}"></calico-providers>`);
    const el = doc.querySelector('calico-providers')!;
    await waitFor(() => el.querySelector('.calico-load-error'), 'the load error', 15_000);
    expect(doc.defaultView!.customElements.get('calico-providers')).to.equal(undefined);
  });

  it('a script tag whose integrity does not match is not run', async () => {
    const integrity = await hashes();
    integrity['calico-autoloader.min.js'] = integrity['calico-widgets.min.js']!; // a real hash, of another file
    const doc = await pinnedPage(integrity, '');
    expect((doc.defaultView as Window & { CalicoWidgets?: unknown }).CalicoWidgets).to.equal(undefined);
  });
});
