/**
 * docs/theming.md, checked against the code: every custom property it lists is one the styles read
 * (and the styles read no other), every part it lists is rendered and reachable with `::part()`, and
 * the documented patterns (radius on controls, dark-aware overrides, no-caption) do what it says.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { mount, waitFor, type ListHarness } from './helpers/harness.js';
import { scenario, tokenProvider } from './helpers/sandbox.js';

const rich = sandboxUserId(FIXTURE_USERS.rich);
const empty = sandboxUserId(FIXTURE_USERS.empty);
const TAGS = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-users', 'partner-user-list', 'calico-stats', 'calico-accounts', 'calico-providers', 'partner-orders'];

let doc = '';
/** The first column of the markdown table that follows `heading`, without backticks. */
function firstColumn(heading: string): string[] {
  const section = doc.slice(doc.indexOf(heading)).split('\n## ')[0]!;
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => line.split('|')[1]!.match(/`[^`]+`/g)!.map((name) => name.slice(1, -1)));
}

describe('docs/theming.md matches the code', function () {
  this.timeout(30_000);
  before(async () => {
    doc = await (await fetch('/docs/theming.md')).text();
  });

  it('lists exactly the custom properties the styles read', () => {
    const documented = firstColumn('## Custom properties');
    expect(documented.length).to.be.greaterThan(10);
    const read = new Set<string>();
    for (const tag of TAGS) {
      const styles = (customElements.get(tag) as unknown as { elementStyles: { cssText: string }[] }).elementStyles;
      for (const sheet of styles) for (const [name] of sheet.cssText.matchAll(/--calico-[a-z-]+/g)) read.add(name);
    }
    expect([...read].sort()).to.deep.equal([...new Set(documented)].sort());
  });

  it('every documented part is rendered and styleable with ::part()', async () => {
    const s = await scenario();
    const failing = await scenario({ status: 503, times: 1000 });
    const partial = await scenario({ body: 'partial' });
    const calico = { tokenProvider: tokenProvider() };
    const mounted: ListHarness[] = await Promise.all([
      mount('calico-user-accounts', { 'user-id': rich, 'base-url': s.calicoBaseUrl, 'page-size': '50' }, calico),
      mount('calico-users', { 'base-url': s.calicoBaseUrl, 'page-size': '100', 'allow-deactivate': '' }, calico),
      mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl, export: '', detail: '' }, calico),
      mount('calico-user-assets', { 'user-id': empty, 'base-url': s.calicoBaseUrl }, calico),
      mount('calico-user-assets', { 'user-id': rich, 'base-url': partial.calicoBaseUrl }, calico),
      mount('calico-user-assets', { 'user-id': rich, 'base-url': failing.calicoBaseUrl }, calico),
      mount('calico-stats', { 'base-url': s.calicoBaseUrl }, calico),
    ]);
    await waitFor(() => mounted.every((h) => h.root.querySelector('[part~="row"]:not([part~="skeleton"]), [part~="empty"], [part~="error"], [part~="tile"]')), 'every widget to settle', 15_000);
    await waitFor(() => mounted[6]!.root.querySelector('[part~="chart"]'), 'the stats charts', 15_000);
    // An export's status exists once an export ran (the file is not written: the download click is held back).
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {};
    try {
      await (mounted[2]!.el as HTMLElement & { exportCsv(): Promise<unknown> }).exportCsv();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    await (mounted[2]!.el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    // The detail panel's parts exist while it is open.
    mounted[2]!.rows()[0]!.click();
    await waitFor(() => mounted[2]!.part('detail'), 'the detail panel');
    const parts = firstColumn('## Parts');
    expect(parts).to.include.members(['table', 'caption', 'header-cell', 'row', 'cell', 'error-details', 'row-revoked', 'row-deactivated']);
    const probe = document.createElement('style');
    probe.textContent = mounted.map((h) => parts.map((p) => `${h.el.localName}::part(${p}) { --probe-${p}: on; }`).join('\n')).join('\n');
    document.head.append(probe);
    try {
      for (const part of parts) {
        const found = mounted.map((h) => h.root.querySelector<HTMLElement>(`[part~="${part}"]`)).find(Boolean);
        expect(found, `a rendered part "${part}"`).to.not.equal(undefined);
        expect(getComputedStyle(found!).getPropertyValue(`--probe-${part}`).trim(), `::part(${part})`).to.equal('on');
      }
    } finally {
      probe.remove();
    }
  });

  it('--calico-radius rounds the widget, its controls and its panels', async () => {
    const s = await scenario();
    const h = await mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl, style: '--calico-radius: 3px' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    expect(getComputedStyle(h.el).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(h.nextButton).borderTopLeftRadius).to.equal('3px');
    expect(getComputedStyle(h.control('From')).borderTopLeftRadius).to.equal('3px');
  });

  it('--calico-color-surface set on a part (the header cells, the detail panel) is that part\'s background', async () => {
    const style = document.createElement('style');
    style.textContent = '.surface-by-part::part(header-cell), .surface-by-part::part(detail) { --calico-color-surface: rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const s = await scenario();
      const h = await mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl, class: 'surface-by-part', detail: '', layout: 'table' }, { tokenProvider: tokenProvider() });
      await h.rowsSettled();
      expect(getComputedStyle(h.table.tHead!.querySelector('th')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      h.rows()[0]!.click();
      const dialog = await waitFor(() => h.root.querySelector<HTMLDialogElement>('dialog[open]'), 'the detail panel');
      expect(getComputedStyle(dialog).backgroundColor).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('the documented dark-aware override keeps text readable in a dark section', async () => {
    const s = await scenario();
    const box = document.createElement('div');
    box.style.colorScheme = 'dark';
    document.body.append(box);
    const el = document.createElement('calico-user-assets');
    el.setAttribute('user-id', rich);
    el.setAttribute('base-url', s.calicoBaseUrl);
    el.style.setProperty('--calico-color-surface', 'light-dark(#fffdf7, #17150f)');
    el.style.setProperty('--calico-color-text', 'light-dark(#2b2417, #f3ead8)');
    box.append(el);
    try {
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(23, 21, 15)');
      expect(getComputedStyle(el).color).to.equal('rgb(243, 234, 216)');
      box.style.colorScheme = 'light';
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 253, 247)');
      expect(getComputedStyle(el).color).to.equal('rgb(43, 36, 23)');
    } finally {
      box.remove();
    }
  });

  it('no-caption keeps the caption for screen readers only', async () => {
    const s = await scenario();
    const h = await mount('calico-user-assets', { 'user-id': rich, 'base-url': s.calicoBaseUrl, 'no-caption': '' }, { tokenProvider: tokenProvider() });
    await h.rowsSettled();
    const caption = h.part('caption')!;
    expect(caption.getBoundingClientRect().height).to.be.at.most(1);
    expect(h.caption).to.equal('Holdings');
    h.el.removeAttribute('no-caption');
    await waitFor(() => caption.getBoundingClientRect().height > 10, 'the visible caption');
  });

  it('words are never split inside a cell', async () => {
    const s = await scenario();
    const box = document.createElement('div');
    box.style.width = '420px';
    document.body.append(box);
    try {
      const h = await mount('calico-transactions', { 'user-id': rich, 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
      box.append(h.el);
      await h.rowsSettled();
      // A cell's words each fit on one line: no line box inside a word.
      for (const cell of h.root.querySelectorAll<HTMLElement>('td')) {
        const range = document.createRange();
        for (const node of [...cell.querySelectorAll('*'), cell].flatMap((e) => [...e.childNodes]).filter((n) => n.nodeType === Node.TEXT_NODE)) {
          for (const match of node.textContent!.matchAll(/\S+/g)) {
            range.setStart(node, match.index!);
            range.setEnd(node, match.index! + match[0].length);
            expect(range.getClientRects().length, `"${match[0]}" in one piece`).to.be.at.most(1);
          }
        }
      }
    } finally {
      box.remove();
    }
  });

  it('a text field\'s outline contrasts 3:1 or more with its background, light and dark (WCAG 1.4.11)', async () => {
    const s = await scenario();
    const h = await mount('calico-users', { 'base-url': s.calicoBaseUrl }, { tokenProvider: tokenProvider() });
    const field = await waitFor(() => h.root.querySelector('input'), 'the search field');
    const rgb = (color: string) => color.match(/[\d.]+/g)!.slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    for (const scheme of ['light', 'dark']) {
      h.el.parentElement!.style.colorScheme = scheme;
      const style = getComputedStyle(field);
      expect(contrast(style.borderTopColor, style.backgroundColor), scheme).to.be.at.least(3);
      expect(contrast(style.borderTopColor, getComputedStyle(h.el).backgroundColor), `${scheme}, against the widget`).to.be.at.least(3);
    }
  });

  it('a stats data table shows provider names as data, not in the header style', async () => {
    const s = await scenario();
    const h = await mount('calico-stats', { 'base-url': s.calicoBaseUrl, metrics: 'providers' }, { tokenProvider: tokenProvider() });
    const toggle = await waitFor(() => [...h.root.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Show as table'), 'the table toggle', 15_000);
    toggle.click();
    const rowHeader = await waitFor(() => h.root.querySelector<HTMLElement>('tbody th'), 'the data table');
    expect(getComputedStyle(rowHeader).textTransform).to.equal('none');
    expect(getComputedStyle(h.root.querySelector('thead th')!).textTransform).to.equal('uppercase');
  });
});
