/**
 * Every widget on a page with a strict Content-Security-Policy (no inline script or style, no eval,
 * Trusted Types required): zero violations, and the widgets still render their data.
 */
import { expect } from '@open-wc/testing';
import { ListHarness, waitFor } from './helpers/harness.js';

describe('a page with a strict Content-Security-Policy', function () {
  this.timeout(20_000);

  for (const [how, page] of [['the one-file bundle', '/test/fixtures/strict-csp.html'], ['the autoloader (dynamic import)', '/__csp/autoloader.html'], ['the autoloader under a nonce-only script-src', '/__csp/nonce.html']]) it(`runs every widget with zero violations, loaded by ${how}`, async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1200px; height: 900px';
    frame.src = page;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as Window & { cspViolations: string[] };
    const doc = frame.contentDocument!;
    const lists = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-users', 'partner-user-list'];
    const harnesses = lists.map((tag) => new ListHarness(doc.querySelector(tag) as HTMLElement));
    await Promise.all(harnesses.map((h) => h.rowsSettled()));
    await waitFor(() => doc.querySelector('calico-stats')!.shadowRoot!.querySelectorAll('.bars').length === 2, 'the stats charts');
    // Open and close the deactivate dialog, sort and filter: the interactive paths run under the policy too.
    const users = harnesses[3]!;
    users.button(/^Deactivate /).click();
    await waitFor(() => users.root.querySelector('dialog')?.open, 'dialog');
    users.button('Cancel', users.root.querySelector('dialog')!).click();
    // A detail panel (its code and styles load on first use), and the user panel's three lists.
    for (const h of [harnesses[2]!, users]) {
      h.rows()[0]!.click();
      const panel = await waitFor(() => h.root.querySelector<HTMLDialogElement>('dialog[part~="detail"][open]'), 'a detail panel');
      expect(getComputedStyle(panel.querySelector('dl')!).display).to.equal('grid');
      if (h === users) await Promise.all([...panel.querySelectorAll('calico-transactions, calico-user-assets')].map((el) => new ListHarness(el as HTMLElement).loaded()));
      (panel.querySelector('[part~="detail-close"]') as HTMLButtonElement).click();
    }
    harnesses[4]!.button(/^Total/).click();
    await harnesses[4]!.rowsSettled();
    // The styles really apply (adopted stylesheets are allowed by style-src 'self').
    expect(getComputedStyle(users.table).borderCollapse).to.equal('collapse');
    // The test server injects its own socket script into every HTML page it serves; it has no nonce.
    expect(win.cspViolations.filter((v) => !v.includes('/__web-dev-server__web-socket.js')).join(' · ')).to.equal('');
  });

  it('the check can fail: an inline style attribute is reported', async () => {
    const frame = document.querySelector('iframe')!; // the first: the one-file bundle's
    const win = frame.contentWindow as Window & { cspViolations: string[] };
    const div = frame.contentDocument!.createElement('div');
    div.setAttribute('style', 'color: red');
    frame.contentDocument!.body.append(div);
    await waitFor(() => win.cspViolations.length > 0, 'a violation');
  });
});
