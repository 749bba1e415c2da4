/**
 * Hostile data: every free-text field of every response replaced by XSS / markup / bidi / very long
 * payloads, every decimal by a huge or tiny one (the sandbox's `hostile` fault). Rendered as text,
 * nothing executes, the layout stays inside its box, numbers format exactly.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { FIXTURE_USERS, sandboxUserId } from '../../src/sandbox/index.js';
import { ListHarness, waitFor } from '../helpers/harness.js';
import { scenario, tokenProvider } from '../helpers/sandbox.js';
import type { CalicoErrorEvent } from '../../src/events.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const rich = sandboxUserId(FIXTURE_USERS.rich);
const CASES: [string, Record<string, string>, 'calico' | 'partner'][] = [
  ['calico-user-assets', { 'user-id': rich }, 'calico'],
  ['calico-user-accounts', { 'user-id': rich }, 'calico'],
  ['calico-transactions', { 'user-id': rich }, 'calico'],
  ['calico-transactions', { 'all-users': '' }, 'calico'],
  ['calico-users', { 'allow-deactivate': '' }, 'calico'],
  ['partner-user-list', {}, 'partner'],
];

/** Every element in the shadow tree, shadow roots included. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...allElements(el.shadowRoot));
  }
  return out;
}

describe('hostile data is rendered as text', function () {
  this.timeout(20_000);

  for (const [tag, attrs, api] of CASES) {
    it(`<${tag}${attrs['user-id'] ? ' user-id' : ''}>`, async () => {
      const s = await scenario({ body: 'hostile' });
      const box = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries({ ...attrs, 'page-size': '10', 'base-url': api === 'partner' ? s.partnerBaseUrl : s.calicoBaseUrl })) el.setAttribute(k, v);
      Object.assign(el, { tokenProvider: tokenProvider() });
      box.append(el);
      const h = new ListHarness(el);
      await h.loaded();
      await new Promise((r) => setTimeout(r, 100)); // an onerror would have fired by now
      expect(h.alert(), h.alert()?.textContent ?? '').to.equal(null);
      expect(window.__pwned).to.equal(undefined);
      const injected = allElements(h.root).filter((e) => ['IMG', 'SCRIPT', 'IFRAME'].includes(e.tagName) || (e.tagName === 'svg' && !e.classList.contains('track')));
      expect(injected).to.deep.equal([]);
      expect(allElements(h.root).some((e) => [...e.attributes].some((a) => a.name.startsWith('on')))).to.equal(false);
      const text = h.root.textContent!;
      expect(text).to.match(/<img src=x onerror=|<script>|<svg onload=|javascript:|DROP TABLE|\u202E/);
      // The layout stays in its box: long strings wrap or scroll inside, the pager stays reachable.
      expect(el.getBoundingClientRect().width).to.be.at.most(760);
      const next = h.pager.getBoundingClientRect();
      expect(next.right).to.be.at.most(box.getBoundingClientRect().right + 1);
    });
  }

  for (const [tag, attrs, api] of CASES.filter(([t]) => ['calico-user-accounts', 'calico-transactions', 'partner-user-list'].includes(t))) {
    it(`<${tag}${attrs['user-id'] ? ' user-id' : ''}>: open values named "constructor", "__proto__", "toString" are text`, async () => {
      const s = await scenario({ body: 'inherited-names' });
      const errors: Event[] = [];
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries({ ...attrs, 'page-size': '10', 'base-url': api === 'partner' ? s.partnerBaseUrl : s.calicoBaseUrl })) el.setAttribute(k, v);
      el.addEventListener('calico-error', (e) => errors.push(e));
      Object.assign(el, { tokenProvider: tokenProvider() });
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const h = new ListHarness(el);
      await h.loaded();
      expect(h.alert(), h.alert()?.textContent ?? '').to.equal(null);
      expect(errors).to.have.length(0);
      expect(h.rows().length).to.be.greaterThan(0); // no row lost
      const text = h.root.textContent!;
      expect(text).to.match(/constructor|proto|tostring|hasownproperty/i);
      expect(text).to.not.contain('native code');
    });
  }

  it('a 300,000-digit decimal is an invalid response naming the field, not a frozen page', async () => {
    const s = await scenario({ body: 'huge-decimal' });
    const errors: CalicoErrorEvent[] = [];
    const el = document.createElement('calico-user-assets');
    for (const [k, v] of Object.entries({ 'user-id': rich, 'base-url': s.calicoBaseUrl })) el.setAttribute(k, v);
    el.addEventListener('calico-error', (e) => errors.push(e));
    Object.assign(el, { tokenProvider: tokenProvider() });
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const h = new ListHarness(el);
    await waitFor(() => h.alert(), 'the error');
    expect(errors.map((e) => [e.error.kind, e.error.field])).to.deep.equal([['invalid-response', 'data.assets[0].quantity']]);
    expect(h.alert()!.textContent).to.contain('at most 80 characters');
  });

  it('<calico-stats>', async () => {
    const s = await scenario({ body: 'hostile' });
    const el = document.createElement('calico-stats');
    el.setAttribute('base-url', s.calicoBaseUrl);
    Object.assign(el, { tokenProvider: tokenProvider() });
    (await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`)).append(el);
    await waitFor(() => el.shadowRoot?.querySelectorAll('.bars').length === 2, 'charts');
    expect(window.__pwned).to.equal(undefined);
    expect(el.shadowRoot!.querySelectorAll('img, script, iframe')).to.have.length(0);
  });

  it('formats huge and tiny decimal strings exactly', async () => {
    const s = await scenario({ body: 'hostile' });
    const h = new ListHarness(document.createElement('calico-user-assets'));
    h.el.setAttribute('user-id', rich);
    h.el.setAttribute('base-url', s.calicoBaseUrl);
    Object.assign(h.el, { tokenProvider: tokenProvider() });
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(h.el);
    await h.rowsSettled();
    const text = h.table.textContent!;
    expect(text).to.contain('123,456,789,012,345,678,901,234,567,890.12');
    expect(text).to.contain('0.000000000000000001');
    expect(text).to.contain('99,999,999,999,999,999,999,999,999.999999');
  });
});
