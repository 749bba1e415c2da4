/**
 * The docs' copy-paste page runs as written: the block marked `<!-- snippet:sandbox-page -->` in
 * docs/sandbox.md is read from the test server (it serves the repository, docs included), put into a
 * fixture and run against the sandbox this server mounts. Both widgets must render data rows: a wrong
 * `base-url` (say `/sandbox/calico/enterprise/v2`, which doubles the path) or a wrong fixture id fails it.
 *
 * Nothing else registers the elements: the snippet's own import must do it.
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { ListHarness } from './helpers/harness.js';

const MARK = 'snippet:sandbox-page';

/**
 * The one rewrite. The snippet is written for `npm start`, where the page is saved as
 * demo/sandbox-page.html and Vite resolves `../src/define.ts` from that file. Here the snippet's script
 * runs in the test page, and this server serves the same module (compiled by esbuild) at
 * `/src/define.ts`. Nothing else in the snippet is changed.
 */
const DEV_SERVER_IMPORT = "'../src/define.ts'";
const TEST_SERVER_IMPORT = "'/src/define.ts'";

async function readSnippet(): Promise<string> {
  const res = await fetch('/docs/sandbox.md');
  expect(res.status, 'GET /docs/sandbox.md').to.equal(200);
  const markdown = await res.text();
  const match = new RegExp(`<!-- ${MARK} -->\\r?\\n\`\`\`html\\r?\\n([\\s\\S]*?)\\r?\\n\`\`\``).exec(markdown);
  if (!match) throw new Error(`docs/sandbox.md has no \`\`\`html block right after <!-- ${MARK} -->`);
  return match[1]!;
}

/** Script elements parsed by DOMParser (or innerHTML) never run: each is made afresh, attributes and text copied. */
function runnable(script: HTMLScriptElement): HTMLScriptElement {
  const fresh = document.createElement('script');
  for (const { name, value } of script.attributes) fresh.setAttribute(name, value);
  fresh.textContent = script.textContent!.replaceAll(DEV_SERVER_IMPORT, TEST_SERVER_IMPORT);
  return fresh;
}

describe('docs/sandbox.md: "Use it from a plain HTML page"', function () {
  this.timeout(20_000);

  it('renders the rich user\u2019s holdings and the partner members, as pasted', async () => {
    const source = await readSnippet();
    expect(source.trimStart().toLowerCase().startsWith('<!doctype html>'), 'a complete page').to.be.true;
    if (!source.includes(`import ${DEV_SERVER_IMPORT};`)) {
      // `npm start` serves demo/ as its root: `/src/define.ts` there is the demo page's HTML, not a module.
      throw new Error(`the snippet must import ${DEV_SERVER_IMPORT} (what npm start resolves from demo/sandbox-page.html)`);
    }
    expect(customElements.get('calico-user-assets'), 'nothing registered before the snippet runs').to.be.undefined;

    const page = new DOMParser().parseFromString(source, 'text/html');
    expect(page.head.querySelector('script'), 'scripts belong in the body (only the body is mounted)').to.be.null;

    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    // Listen before anything runs: each widget ends in calico-load (with rows, or it fails) or calico-error.
    const settled = (tag: string) =>
      new Promise<void>((resolve, reject) => {
        host.addEventListener('calico-load', (event) => {
          if ((event.target as Element).localName !== tag) return;
          if (event.items.length > 0) resolve();
          else reject(new Error(`<${tag}> loaded no rows (is the user-id a sandbox fixture id?)`));
        });
        host.addEventListener('calico-error', (event) => {
          const el = event.target as Element;
          if (el.localName === tag) reject(new Error(`<${tag} base-url="${el.getAttribute('base-url')}">: ${event.error.kind}: ${event.error.message}`));
        });
      });
    const loads = [settled('calico-user-assets'), settled('partner-user-list')];

    // Mount the body in document order; scripts made afresh so they run, as they would in the page.
    for (const node of [...page.body.childNodes]) {
      const imported = document.importNode(node, true);
      if (imported instanceof HTMLScriptElement) host.append(runnable(imported));
      else {
        if (imported instanceof Element) for (const inner of imported.querySelectorAll('script')) inner.replaceWith(runnable(inner));
        host.append(imported);
      }
    }

    await Promise.all(loads);
    for (const tag of ['calico-user-assets', 'partner-user-list']) {
      const h = new ListHarness(host.querySelector(tag) as HTMLElement);
      await h.rowsSettled();
      expect(h.rows().length, `${tag} data rows`).to.be.greaterThan(0);
    }
    expect(customElements.get('calico-user-assets'), 'registered by the snippet').to.exist;
  });
});
