/**
 * Languages: each shipped translation is complete (no English left), a widget picks the nearest
 * registered `lang` (de-AT → de → en) and follows a change of it at run time, `strings` still wins,
 * plural forms follow the language's rules, and under dir="rtl" the layout mirrors.
 */
import { expect } from '@open-wc/testing';
import { fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../src/define.js';
import { registerLocale, type LocaleStrings } from '../src/index.js';
import { fill } from '../src/util/format.js';
import ar from '../src/locales/ar.js';
import de from '../src/locales/de.js';
import es from '../src/locales/es.js';
import fr from '../src/locales/fr.js';
import ptBR from '../src/locales/pt-BR.js';
import { expectAccessible } from './helpers/a11y.js';
import { ENGLISH } from './helpers/english.js';
import { ListHarness, waitFor } from './helpers/harness.js';
import { scenario, tokenProvider } from './helpers/sandbox.js';

const RICH = '946416e3-f6b4-4a54-86e9-9e2843f0573e';
const LOCALES: Record<string, LocaleStrings> = { de, es, fr, 'pt-BR': ptBR, ar };
const WIDGETS: [string, 'calico' | 'partner', string][] = [
  ['calico-user-assets', 'calico', `user-id="${RICH}"`],
  ['calico-user-accounts', 'calico', `user-id="${RICH}"`],
  ['calico-transactions', 'calico', `user-id="${RICH}"`],
  ['calico-users', 'calico', 'allow-deactivate'],
  ['calico-stats', 'calico', ''],
  ['partner-user-list', 'partner', ''],
  ['calico-accounts', 'calico', ''],
  ['calico-providers', 'calico', 'catalog'],
  ['partner-orders', 'partner', ''],
];

/**
 * Words that are the same in the language as in English, on purpose (a term of art, a name, a symbol):
 * each language's own list, reviewed; anything else equal to English is a string left untranslated.
 */
const NAMES = ['OAuth', 'Roth IRA'];
const SAME: Record<string, string[]> = {
  de: [...NAMES, 'Name', 'Status', 'Wallet', 'Airdrop', 'Limit'],
  es: [...NAMES, 'Total', 'Total {amount}', 'Airdrop'],
  fr: [...NAMES, 'Total', 'Total {amount}', 'Airdrop', 'Source', 'Page', 'Page {page}', 'Pagination', 'Description', 'Actions', 'Crypto', '{count, plural, one {{count} source} other {{count} sources}}'],
  'pt-BR': [...NAMES, 'Total', 'Total {amount}', 'Airdrop'],
  ar: NAMES,
};

/** Every leaf string of a translation, by its dotted path. */
function leaves(node: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (typeof node === 'string') out.set(path, node);
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) leaves(v, path ? `${path}.${k}` : k, out);
  return out;
}

/** What a widget shows and says: its text nodes and its accessible labels, through every shadow root. */
function shownText(root: ParentNode, out: string[] = []): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === Node.TEXT_NODE) {
      const parent = n.parentElement;
      if (n.textContent!.trim() && !parent?.closest('[hidden], style, script')) out.push(n.textContent!.trim());
    } else {
      const el = n as Element;
      for (const a of ['aria-label', 'placeholder', 'title']) if (el.getAttribute(a)) out.push(el.getAttribute(a)!);
      if (el.shadowRoot) shownText(el.shadowRoot, out);
    }
  }
  return out;
}

async function mountIn(lang: string, dir = 'ltr') {
  const s = await scenario();
  const box = await fixture<HTMLElement>(html`<div></div>`);
  box.lang = lang;
  box.dir = dir;
  box.innerHTML = WIDGETS.map(([tag, api, attrs]) => `<${tag} ${attrs} page-size="5" export base-url="${api === 'calico' ? s.calicoBaseUrl : s.partnerBaseUrl}"></${tag}>`).join('');
  const provider = tokenProvider();
  const hs = [...box.children].map((el) => (Object.assign(el, { tokenProvider: provider }), new ListHarness(el as HTMLElement)));
  await Promise.all(hs.map((h) => (h.el.localName === 'calico-stats' ? waitFor(() => h.root.querySelectorAll('[part~="chart"]').length === 2, 'charts') : h.rowsSettled())));
  return { box, hs };
}

describe('languages', function () {
  this.timeout(40_000);
  const english = leaves(ENGLISH);
  before(async () => {
    for (const [lang, strings] of Object.entries(LOCALES)) registerLocale(lang, strings);
  });

  it('plural forms follow the language: English one/other, Arabic\'s six', () => {
    const rows = '{count, plural, one {{count} row} other {{count} rows}}';
    expect(fill(rows, { count: 1 })).to.equal('1 row');
    expect(fill(rows, { count: 1200 })).to.equal('1,200 rows');
    expect(fill(rows, { count: 1200 }, 'de')).to.equal('1.200 rows');
    const six = '{count, plural, zero {z} one {o} two {t} few {f{count}} many {m{count}} other {x{count}}}';
    expect([0, 1, 2, 3, 11, 100].map((count) => fill(six, { count }, 'ar-u-nu-latn'))).to.deep.equal(['z', 'o', 't', 'f3', 'm11', 'x100']);
    expect(fill('{count, plural, =0 {none} other {{count}}}', { count: 0 })).to.equal('none');
    // Every plural in every shipped translation names the categories its language has.
    for (const [lang, strings] of Object.entries(LOCALES)) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [path, text] of leaves(strings)) {
        if (!text.includes(', plural,')) continue;
        expect(text, `${lang} ${path}`).to.include('other {');
        if (lang === 'ar') for (const c of categories) expect(text, `ar ${path} has "${c}"`).to.include(`${c} {`);
      }
    }
  });

  for (const lang of Object.keys(LOCALES)) {
    it(`${lang}: every widget renders with no English left`, async () => {
      const strings = LOCALES[lang]!;
      const { box, hs } = await mountIn(lang, lang === 'ar' ? 'rtl' : 'ltr');
      // Complete and translated, key by key (the type checks completeness; this checks the words).
      const same = SAME[lang]!;
      const ownLeaves = leaves(strings);
      const words = (text: string) => /\p{L}/u.test(text.replace(/\{\w+\}/g, '')); // not only placeholders ("{account}")
      const untranslated = [...ownLeaves].filter(([path, text]) => english.get(path) === text && words(text) && !same.includes(text)).map(([p]) => p);
      expect([...ownLeaves.keys()].sort(), `${lang}: the same keys as English`).to.deep.equal([...english.keys()].sort());
      expect(untranslated, `${lang}: strings equal to English`).to.deep.equal([]);
      // On screen: no text node or label is an English string (that the language words differently).
      const theirs = new Set(ownLeaves.values());
      const englishWords = new Set([...english.values()].filter((text) => !theirs.has(text) && !text.includes('{')));
      // Transaction categories included: the known ones are translated too (an unknown one is data, shown as it comes).
      const leftover = [...new Set(shownText(box))].filter((t) => englishWords.has(t));
      expect(leftover, `${lang}: English on screen`).to.deep.equal([]);
      // The translation is what is shown.
      expect(hs[2]!.caption).to.equal(strings['calico-transactions'].caption);
      expect(hs[2]!.button(strings.shared.refresh)).to.not.equal(undefined);
      await expectAccessible(hs[2]!.el, `${lang} transactions`);
    });
  }

  it('ar with dir="rtl": the layout mirrors, arrows point the reading way, numbers stay readable', async () => {
    const { hs } = await mountIn('ar', 'rtl');
    const tx = hs[2]!;
    const previous = tx.root.querySelector<HTMLElement>('[data-action="previous"]')!;
    const next = tx.root.querySelector<HTMLElement>('[data-action="next"]')!;
    expect(previous.getBoundingClientRect().left).to.be.greaterThan(next.getBoundingClientRect().left); // Previous on the right
    expect(getComputedStyle(previous, '::before').content).to.include('→');
    expect(getComputedStyle(next, '::after').content).to.include('←');
    const amount = tx.root.querySelector('td.num')!;
    expect(getComputedStyle(amount).unicodeBidi).to.equal('isolate');
    // "−25.8 BCH" keeps its sign before the number: the amount reads left to right inside the Arabic row.
    const leg = getComputedStyle(tx.root.querySelector('td.num .nowrap')!);
    expect([leg.direction, leg.unicodeBidi]).to.deep.equal(['ltr', 'isolate']);
    const firstHeader = tx.root.querySelector('thead th')!.getBoundingClientRect();
    const lastHeader = [...tx.root.querySelectorAll('thead th')].at(-1)!.getBoundingClientRect();
    expect(firstHeader.left).to.be.greaterThan(lastHeader.left); // columns run right to left
  });

  it('de: a list without a panel of its own shows each value in the panel as its row does (not the raw API value)', async () => {
    const s = await scenario();
    const box = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    box.innerHTML = `<calico-user-assets user-id="${RICH}" detail base-url="${s.calicoBaseUrl}"></calico-user-assets>`;
    const h = new ListHarness(Object.assign(box.firstElementChild as HTMLElement, { tokenProvider: tokenProvider() }));
    await h.rowsSettled();
    const row = h.cells(0).map((c) => c.replace(/\s+/g, ' ').trim());
    h.rows()[0]!.click();
    const dialog = await waitFor(() => h.root.querySelector<HTMLDialogElement>('dialog[part~="detail"][open]'), 'the panel');
    const panel = [...dialog.querySelectorAll('dl.fields > div')].map((d) => [d.querySelector('dt')!.textContent!.trim(), d.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()]);
    const headers = [...h.root.querySelectorAll('thead th')].map((th) => th.textContent!.trim());
    expect(panel).to.deep.equal(headers.map((label, i) => [label, row[i]]));
    expect(panel[3]![1]).to.match(/\d,\d{2}\s?\$$/); // "9,05 $": German, not "9.05" and "USD"
  });

  it('de: known transaction categories and subcategories are shown in German', async () => {
    const s = await scenario();
    const box = await fixture<HTMLElement>(html`<div lang="de"></div>`);
    box.innerHTML = `<calico-transactions user-id="${RICH}" page-size="100" base-url="${s.calicoBaseUrl}"></calico-transactions>`;
    const h = new ListHarness(Object.assign(box.firstElementChild as HTMLElement, { tokenProvider: tokenProvider() }));
    await h.rowsSettled();
    const t = de['calico-transactions'];
    const column = [...h.root.querySelectorAll('thead th')].findIndex((th) => th.textContent!.trim() === t.category);
    const cells = h.rows().map((r) => r.cells[column]!);
    const own = (c: Element) => [...c.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
    const categories = new Set(cells.map(own).filter((x) => x !== '—'));
    const subcategories = new Set(cells.map((c) => c.querySelector('.sub')!.textContent!.trim()).filter(Boolean));
    expect(categories.size).to.be.greaterThan(3);
    expect(subcategories.size).to.be.greaterThan(1);
    for (const c of categories) expect(Object.values(t.categoryLabels), c).to.include(c);
    for (const c of subcategories) expect(Object.values(t.subcategoryLabels), c).to.include(c);
  });

  it('follows lang: de-AT falls back to de, a change of lang at run time re-renders, strings still win', async () => {
    const s = await scenario();
    const box = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    const el = document.createElement('calico-transactions');
    el.setAttribute('user-id', RICH);
    el.setAttribute('base-url', s.calicoBaseUrl);
    Object.assign(el, { tokenProvider: tokenProvider() });
    box.append(el);
    const h = new ListHarness(el);
    await h.rowsSettled();
    expect(h.caption).to.equal('Transactions');
    box.lang = 'de-AT';
    await waitFor(() => h.caption === de['calico-transactions'].caption, 'German');
    box.lang = 'zz';
    await waitFor(() => h.caption === 'Transactions', 'English again');
    Object.assign(el, { strings: { caption: 'Umsätze' } });
    box.lang = 'de';
    await waitFor(() => h.caption === 'Umsätze' && h.button(de.shared.refresh), 'strings over the translation');
  });
});
