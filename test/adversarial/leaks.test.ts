/**
 * Leaks: after a full run (load, page, filter, an error, a deactivation), the token is nowhere but the
 * auth header — not in the DOM, attributes, URLs, events, console output or storage — and tricks with
 * `next_uri` never send it to another origin.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { FIXTURE_USERS, sandboxUserId } from '../../src/sandbox/index.js';
import { ListHarness, mount, waitFor } from '../helpers/harness.js';
import { scenario, tokenProvider } from '../helpers/sandbox.js';

const rich = sandboxUserId(FIXTURE_USERS.rich);

function deepHtml(root: ParentNode): string {
  let out = '';
  for (const el of root.querySelectorAll('*')) {
    out += el.outerHTML;
    if (el.shadowRoot) out += el.shadowRoot.innerHTML + deepHtml(el.shadowRoot);
  }
  return out;
}

describe('the token never leaks', function () {
  this.timeout(30_000);

  it('after a full run it is in no DOM, attribute, URL, event, console line or storage', async () => {
    const logged: string[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => (console[m] = (...args: unknown[]) => logged.push(args.map(String).join(' '))));
    const events: Event[] = [];
    const record = (e: Event) => events.push(e);
    for (const type of ['calico-load', 'calico-page-change', 'calico-error', 'calico-row-select', 'calico-user-deactivated']) document.addEventListener(type, record);
    const provider = tokenProvider({ lifetime: 2 });
    try {
      const s = await scenario();
      const failing = await scenario({ status: 500 });
      const tx = await mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl, 'page-size': '5' }, { tokenProvider: provider });
      const users = await mount('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '5', 'allow-deactivate': '' }, { tokenProvider: provider });
      const members = await mount('partner-user-list', { 'base-url': s.partnerBaseUrl, 'page-size': '5' }, { tokenProvider: provider });
      const broken = await mount('calico-user-assets', { 'user-id': rich, 'base-url': failing.calicoBaseUrl }, { tokenProvider: provider });
      await Promise.all([tx, users, members].map((h) => h.rowsSettled()));
      await waitFor(() => broken.alert(), 'the failing widget');
      tx.nextButton.click();
      members.nextButton.click();
      tx.rows()[0]!.click();
      tx.el.setAttribute('start-time', '2026-06-01T00:00:00Z');
      users.button(/^Deactivate /).click();
      const dialog = await waitFor(() => users.root.querySelector<HTMLDialogElement>('dialog[open]'), 'dialog'); // its code loads on first use
      users.button('Deactivate', dialog).click();
      await waitFor(() => !dialog.open, 'deactivated');
      await new Promise((r) => setTimeout(r, 2100)); // the 2 s token expires: a refresh happens
      members.nextButton.click();
      await Promise.all([tx, users, members].map((h) => h.rowsSettled()));
      expect(provider.tokens.length).to.be.at.least(2);

      const haystacks = {
        dom: document.documentElement.outerHTML + deepHtml(document),
        urls: performance.getEntriesByType('resource').map((e) => e.name).join(' ') + location.href,
        events: events.map((e) => JSON.stringify(e, Object.getOwnPropertyNames(e)) + JSON.stringify(Object.fromEntries(Object.entries(e)))).join(' ') +
          events.map((e) => (e as { error?: Error }).error?.message ?? '').join(' '),
        console: logged.join('\n'),
        storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
        log: JSON.stringify([...(await s.requests()), ...(await failing.requests())]),
      };
      expect(events.length).to.be.greaterThan(5);
      for (const token of provider.tokens) {
        for (const [where, text] of Object.entries(haystacks)) expect(text.includes(token), `token found in ${where}`).to.equal(false);
      }
      for (const h of [tx, users, members, broken]) h.el.remove();
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]!));
      for (const type of ['calico-load', 'calico-page-change', 'calico-error', 'calico-row-select', 'calico-user-deactivated']) document.removeEventListener(type, record);
    }
  });

  it('a next_uri naming another origin never takes a request (or the token) there', async () => {
    const s = await scenario({ body: 'evil-next' });
    // The browser keeps 250 resource entries by default: start from an empty buffer, so none is dropped.
    performance.clearResourceTimings();
    const h = await mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl, 'page-size': '5' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const first = h.rows()[0]!.dataset.key;
    h.nextButton.click();
    await waitFor(() => h.live === 'Rows 6–10', 'page 2');
    expect(h.rows()[0]!.dataset.key).to.not.equal(first);
    const origins = performance.getEntriesByType('resource').map((e) => new URL(e.name).origin);
    expect(origins.length).to.be.greaterThan(0);
    expect(new Set(origins)).to.deep.equal(new Set([location.origin]));
    const log = (await s.requests()).filter((r) => r.path.endsWith('/transactions'));
    expect(log.at(-1)!.query.cursor).to.be.a('string'); // the cursor came through, the host did not
    new ListHarness(h.el).el.remove();
  });
});

describe('load: 50 widgets on one page', function () {
  this.timeout(30_000);

  it('share the client: one token call and one request per distinct resource', async () => {
    const s = await scenario({ latency: 50 });
    const provider = tokenProvider();
    const users = [sandboxUserId(0), sandboxUserId(3), sandboxUserId(4), sandboxUserId(5), sandboxUserId(6)];
    const tags = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions'];
    const host = document.createElement('div');
    document.body.append(host);
    const harnesses: ListHarness[] = [];
    for (let i = 0; i < 50; i++) {
      const el = document.createElement(tags[i % 3]!);
      el.setAttribute('user-id', users[i % 5]!);
      el.setAttribute('base-url', s.calicoBaseUrl);
      Object.assign(el, { tokenProvider: provider });
      host.append(el);
      harnesses.push(new ListHarness(el));
    }
    await Promise.all(harnesses.map((h) => h.loaded()));
    expect(harnesses.filter((h) => h.alert())).to.have.length(0);
    expect(provider.reasons).to.deep.equal(['initial']);
    const requests = await s.requests();
    expect(requests.length).to.equal(15); // 3 kinds × 5 users
    expect(new Set(requests.map((r) => r.path)).size).to.equal(15);
    host.remove();
  });
});
