/**
 * Small screens: `layout="auto"` shows each row as a card of label: value lines below a widget width of
 * 40rem (a container query on the widget, not the viewport); the page never scrolls sideways at 320 px.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import { expectAccessible } from './helpers/a11y.js';
import { ListHarness, captureWarnings, mount, waitFor } from './helpers/harness.js';
import { scenario, tokenProvider } from './helpers/sandbox.js';

const RICH = '946416e3-f6b4-4a54-86e9-9e2843f0573e';
const LISTS: [string, 'calico' | 'partner', Record<string, string>][] = [
  ['calico-user-assets', 'calico', { 'user-id': RICH }],
  ['calico-user-accounts', 'calico', { 'user-id': RICH }],
  ['calico-transactions', 'calico', { 'user-id': RICH }],
  ['calico-users', 'calico', { 'allow-deactivate': '' }],
  ['partner-user-list', 'partner', {}],
  ['calico-accounts', 'calico', {}],
  ['calico-providers', 'calico', { catalog: '' }],
  ['partner-orders', 'partner', {}],
];

const asCards = (h: ListHarness) => getComputedStyle(h.rows()[0]!).display === 'block';
/** The label a card shows before a cell's value (generated content, from the column header). */
const labelOf = (cell: Element) => getComputedStyle(cell, '::before').content;

async function mountAll(extra: Record<string, string> = {}) {
  const s = await scenario();
  const provider = tokenProvider();
  const all = await Promise.all(
    LISTS.map(([tag, api, attrs]) =>
      mount(tag, { ...attrs, ...extra, 'page-size': '5', detail: '', 'base-url': api === 'calico' ? s.calicoBaseUrl : s.partnerBaseUrl }, { tokenProvider: provider }),
    ),
  );
  const stats = await mount('calico-stats', { 'base-url': s.calicoBaseUrl }, { tokenProvider: provider });
  await Promise.all(all.map((h) => h.rowsSettled()));
  await waitFor(() => stats.root.querySelectorAll('[part~="chart"]').length === 2, 'the stats charts');
  return { lists: all, stats };
}

describe('layout', function () {
  this.timeout(30_000);
  afterEach(() => setViewport({ width: 1280, height: 800 }));

  it('at 320 px every widget shows cards, nothing scrolls the page sideways, and axe finds nothing', async () => {
    await setViewport({ width: 320, height: 800 });
    const { lists, stats } = await mountAll();
    for (const h of lists) {
      expect(asCards(h), `${h.el.localName} as cards`).to.equal(true);
      const header = h.root.querySelector<HTMLElement>('thead th')!.dataset.label!;
      expect(labelOf(h.rows()[0]!.cells[0]!), `${h.el.localName}'s first label`).to.contain(header);
      // Still a table for screen readers, and the row still opens its panel.
      expect(h.rows()[0]!.closest('table')!.rows[0]!.cells[0]!.getAttribute('scope')).to.equal('col');
      expect(h.rows()[0]!.tabIndex).to.equal(0);
    }
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const el of [...lists.map((h) => h.el), stats.el]) expect(el.getBoundingClientRect().right, el.localName).to.be.at.most(320);
    // Every control reachable and at least 24×24 px: axe's target-size rule, and the page's own check.
    for (const h of lists) {
      for (const control of h.root.querySelectorAll<HTMLElement>('button, select, input')) {
        const box = control.getBoundingClientRect();
        if (box.width === 0 || control.closest('[hidden]')) continue;
        expect(box.width >= 24 && box.height >= 24, `${h.el.localName} ${control.outerHTML.slice(0, 60)} ${box.width}×${box.height}`).to.equal(true);
        expect(box.right, `${h.el.localName} ${control.outerHTML.slice(0, 60)}`).to.be.at.most(320);
      }
      await expectAccessible(h.el, `${h.el.localName} at 320 px`);
    }
  });

  it('at 320 px with text at 200 %, nothing scrolls the page sideways and every control stays on screen', async () => {
    await setViewport({ width: 320, height: 800 });
    document.documentElement.style.fontSize = '200%';
    try {
      const { lists } = await mountAll();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const h of lists) {
        expect(asCards(h), `${h.el.localName} as cards`).to.equal(true);
        for (const control of h.root.querySelectorAll<HTMLElement>('button, select, input')) {
          if (control.closest('[hidden]') || !control.getClientRects().length) continue;
          expect(control.getBoundingClientRect().right, `${h.el.localName} ${control.outerHTML.slice(0, 60)}`).to.be.at.most(320.5);
        }
      }
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('at 768 px every list is a table', async () => {
    await setViewport({ width: 768, height: 800 });
    const { lists } = await mountAll();
    for (const h of lists) expect(asCards(h), `${h.el.localName} as a table`).to.equal(false);
    expect(document.documentElement.scrollWidth).to.be.at.most(768);
  });

  it('follows the widget\'s own width: in a narrow sidebar of a wide page it shows cards', async () => {
    const s = await scenario();
    const h = await mount('calico-transactions', { 'user-id': RICH, 'base-url': s.calicoBaseUrl, 'page-size': '5' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    expect(asCards(h)).to.equal(false);
    h.el.parentElement!.style.width = '300px';
    await waitFor(() => asCards(h), 'cards in the narrow box');
    expect(labelOf(h.rows()[0]!.cells[1]!)).to.contain('Type');
    // `table` keeps the table when narrow (it scrolls in its box); `cards` shows cards when wide.
    h.el.setAttribute('layout', 'table');
    await waitFor(() => !asCards(h), 'a table');
    h.el.parentElement!.style.width = '';
    h.el.setAttribute('layout', 'cards');
    await waitFor(() => asCards(h), 'cards when wide');
  });

  it('a column label from `strings` stays text in the cards\' stylesheet: no quote, brace or line break escapes it', async () => {
    const s = await scenario();
    const hostile = 'Ty"pe\\\r} :host { display: none } td { color: red } \n"';
    const h = await mount('calico-transactions', { 'user-id': RICH, 'base-url': s.calicoBaseUrl, 'page-size': '5', layout: 'cards' }, { tokenProvider: tokenProvider(), strings: { type: hostile } });
    await h.rowsSettled();
    expect(getComputedStyle(h.el).display).to.equal('block');
    expect(getComputedStyle(h.rows()[0]!.cells[1]!).color).to.not.equal('rgb(255, 0, 0)');
    expect(labelOf(h.rows()[0]!.cells[1]!)).to.contain('Ty');
    expect(labelOf(h.rows()[0]!.cells[2]!)).to.contain('Out'); // the next column's label still applies
  });

  it('a bad layout value warns once and is auto', async () => {
    await captureWarnings(async (warnings) => {
      const s = await scenario();
      const h = await mount('calico-user-accounts', { 'user-id': RICH, 'base-url': s.calicoBaseUrl, layout: 'grid' }, { tokenProvider: tokenProvider() });
      await h.rowsSettled();
      h.el.parentElement!.style.width = '300px';
      await waitFor(() => asCards(h), 'auto: cards when narrow');
      expect(warnings.filter((w) => w.includes('layout "grid"'))).to.have.length(1);
    });
  });

  it('a tall table keeps its header row visible in its box (--calico-table-max-height)', async () => {
    const s = await scenario();
    const h = await mount('calico-transactions', { 'user-id': RICH, 'base-url': s.calicoBaseUrl, 'page-size': '50', style: '--calico-table-max-height: 300px' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const box = h.root.querySelector<HTMLElement>('.scroll')!;
    box.scrollTop = 400;
    const head = h.root.querySelector('thead th')!.getBoundingClientRect();
    expect(Math.abs(head.top - box.getBoundingClientRect().top)).to.be.below(2);
  });
});
