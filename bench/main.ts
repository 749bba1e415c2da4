// The bench page. `?impl=…` picks what is measured; window.bench exposes the steps bench/run.mjs drives.
// Everyone gets the same data from the same client over the same sandbox (zero added latency).
import { createCalicoClient, createPartnerClient, type PageToken, type TokenProvider } from '../src/index.js';
import { CalicoTransactions } from '../src/elements/calico-transactions/calico-transactions.js';
import { PartnerUserList } from '../src/elements/partner-user-list/partner-user-list.js';
import { CalicoUserAssets } from '../src/elements/calico-user-assets/calico-user-assets.js';
import { CalicoUserAccounts } from '../src/elements/calico-user-accounts/calico-user-accounts.js';
import { CalicoUsers } from '../src/elements/calico-users/calico-users.js';
import { CalicoStats } from '../src/elements/calico-stats/calico-stats.js';
import { defineElement } from '../src/elements/define-element.js';
import { formatDate, formatDateTime, formatMoney, formatQuantity } from '../src/util/format.js';
import { widgetStyles } from '../src/templates/styles.js';
import type { Transaction } from '../src/schemas/calico.js';
import type { PartnerUser } from '../src/schemas/partner.js';

const params = new URLSearchParams(location.search);
const impl = params.get('impl') ?? 'calico-transactions';
const rows = Number(params.get('rows') ?? 25);
const HEAVY = params.get('user')!; // the sandbox user with 10,000 transactions
const stage = document.querySelector<HTMLElement>('#stage')!;
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
/** Waits for `check`; after 30 s it throws, so a wait that can never end fails its part at once (not the driver's timeout minutes later). */
const until = async (check: () => boolean, ceiling = 30_000) => {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > ceiling) throw new Error(`bench: still waiting after ${ceiling / 1000} s for ${check.toString().slice(0, 160)}`);
    await new Promise((r) => setTimeout(r, 0));
  }
};

let tokenCalls = 0;
const tokenProvider: TokenProvider = async ({ signal }) => {
  tokenCalls++;
  const res = await fetch('/sandbox/token', { method: 'POST', body: '{}', signal });
  const body = (await res.json()) as { access_token: string; expires_in: number };
  return { token: body.access_token, expiresIn: body.expires_in };
};
const calico = createCalicoClient({ baseUrl: '/sandbox/calico', tokenProvider });
const partner = createPartnerClient({ baseUrl: '/sandbox/partner/v1', tokenProvider });
const locale = 'en-US';

const CLASSES: Record<string, CustomElementConstructor> = {
  'calico-transactions': CalicoTransactions,
  'partner-user-list': PartnerUserList,
  'calico-user-assets': CalicoUserAssets,
  'calico-user-accounts': CalicoUserAccounts,
  'calico-users': CalicoUsers,
  'calico-stats': CalicoStats,
};
const defineAll = () => Object.entries(CLASSES).forEach(([tag, cls]) => defineElement(tag, cls));

function widget(tag: string): HTMLElement & { updateComplete: Promise<unknown> } {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown>; tokenProvider?: TokenProvider };
  el.setAttribute('base-url', tag === 'partner-user-list' ? '/sandbox/partner/v1' : '/sandbox/calico');
  if (tag !== 'partner-user-list' && tag !== 'calico-users' && tag !== 'calico-stats') el.setAttribute('user-id', HEAVY);
  el.setAttribute('page-size', String(rows));
  el.tokenProvider = tokenProvider;
  return el;
}

/** A list kept page by page the way every implementation here does it: the client, a token per page. */
function pager<T>(fetchPage: (token: PageToken | null) => Promise<{ items: readonly T[]; next: PageToken | null }>) {
  let next: PageToken | null = null;
  return async () => {
    const page = await fetchPage(next);
    next = page.next;
    return page.items;
  };
}
const txPages = () => pager<Transaction>((page) => calico.userTransactions(HEAVY, { limit: rows }, { page }));
const memberPages = () => pager<PartnerUser>((page) => partner.listUsers({ per_page: rows }, { page }));

const leg = (l: Transaction['input']) => (l ? `${formatQuantity(l.quantity, locale)} ${l.asset_symbol}` : '—');
const TX_COLUMNS: [string, (t: Transaction) => string][] = [
  ['Time', (t) => formatDateTime(t.timestamp, locale)],
  ['Type', (t) => t.transaction_type],
  ['Out', (t) => leg(t.output)],
  ['In', (t) => leg(t.input)],
  ['Fees', (t) => (t.fees?.total ? formatMoney(t.fees.total, locale) : '—')],
  ['Source', (t) => t.provider_id],
  ['Category', (t) => t.categorization?.category ?? '—'],
];
const MEMBER_COLUMNS: [string, (m: PartnerUser) => string][] = [
  ['Account', (m) => m.user_account_id],
  ...(['crypto', 'securities', 'robo', 'roth_ira'] as const).map((p): [string, (m: PartnerUser) => string] => [p, (m) => {
    const a = m.accounts.find((x) => x.product === p);
    return a ? `${a.kyc_status} ${formatMoney({ amount: a.current_market_value, currency: 'USD' }, locale)}` : 'Not opened';
  }]),
  ['Total', (m) => formatMoney({ amount: m.total_current_market_value, currency: 'USD' }, locale)],
];
/** The vanilla limit: the cells the widgets draw, with DOM calls (same elements, classes and text). */
const el = (tag: string, className: string, text: string) => Object.assign(document.createElement(tag), { className, textContent: text });
const cell = (tr: HTMLTableRowElement, className = '', ...children: (Node | string)[]) => {
  const td = tr.insertCell();
  td.setAttribute('part', 'cell');
  if (className) td.className = className;
  td.append(...children);
  return td;
};
const TYPE_LABELS: Record<string, string> = { send: 'Send', receive: 'Receive', input_output: 'Trade', input_only: 'Incoming', output_only: 'Outgoing', uncategorized: 'Uncategorized' };
const humanize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/[_-]+/g, ' ');
function legCells(tr: HTMLTableRowElement, l: Transaction['input'], sign: string) {
  cell(tr, 'num', el('span', 'nowrap', l ? `${sign}${formatQuantity(l.quantity, locale)} ${l.asset_symbol}` : '—'), el('span', 'sub', l?.value ? formatMoney(l.value, locale) : ''));
}
function transactionCells(tr: HTMLTableRowElement, t: Transaction) {
  const time = el('time', '', formatDateTime(t.timestamp, locale));
  time.setAttribute('datetime', t.timestamp);
  cell(tr, 'nowrap', time);
  cell(tr, '', Object.hasOwn(TYPE_LABELS, t.transaction_type) ? TYPE_LABELS[t.transaction_type]! : 'Other');
  legCells(tr, t.output, '−');
  legCells(tr, t.input, '+');
  cell(tr, 'num', t.fees?.total ? formatMoney(t.fees.total, locale) : '—');
  cell(tr, '', t.provider_id);
  const c = t.categorization;
  cell(tr, '', c ? humanize(c.category) : '—', el('span', 'sub', c?.subcategory ? humanize(c.subcategory) : ''));
}
const KYC: Record<string, [string, string, string]> = { approved: ['success', '✓', 'Approved'], pending: ['warning', '…', 'Pending'], rejected: ['danger', '✕', 'Rejected'], not_started: ['neutral', '○', 'Not started'] };
const money = (amount: string) => formatMoney({ amount, currency: 'USD' }, locale);
function memberCells(tr: HTMLTableRowElement, m: PartnerUser) {
  cell(tr, '', el('strong', '', m.user_account_id));
  for (const product of ['crypto', 'securities', 'robo', 'roth_ira']) {
    const account = m.accounts.find((a) => a.product === product);
    const [tone, icon, words] = (account && KYC[account.kyc_status]) || ['neutral', '', account?.kyc_status ?? ''];
    const badge = el('span', 'badge', '');
    badge.setAttribute('part', 'badge');
    badge.dataset.tone = tone;
    badge.hidden = !account;
    const mark = el('span', '', icon);
    mark.setAttribute('aria-hidden', 'true');
    badge.append(mark, words);
    cell(tr, account ? '' : 'muted', badge, account ? el('span', 'sub', money(account.current_market_value)) : el('span', '', 'Not opened'));
  }
  cell(tr, 'num', el('strong', '', money(m.total_current_market_value)));
  cell(tr, '', formatDate(m.created_at, locale));
}
const keyOf = (item: Transaction | PartnerUser) => ('transaction_id' in item ? item.transaction_id : item.user_account_id);

interface Bench {
  ready: Promise<unknown>;
  flip?: () => Promise<number>;
  [name: string]: unknown;
}
const bench: Bench = { ready: Promise.resolve() };
(window as unknown as { bench: Bench }).bench = bench;

/** Times one page change: from the press to the new rows painted. */
async function timeFlip(press: () => void, changed: () => boolean) {
  const t0 = performance.now();
  press();
  await until(changed);
  await frames();
  return performance.now() - t0;
}

if (impl === 'calico-transactions' || impl === 'partner-user-list') {
  defineAll();
  const el = widget(impl);
  stage.append(el);
  const root = () => el.shadowRoot!;
  const firstKey = () => root().querySelector('tbody tr[data-key]')?.getAttribute('data-key');
  const busy = () => root().querySelector('table')?.getAttribute('aria-busy') === 'true';
  bench.ready = until(() => !!el.shadowRoot && !!firstKey() && !busy());
  bench.flip = () => {
    const before = firstKey();
    return timeFlip(() => root().querySelector<HTMLButtonElement>('button[data-action="next"]')!.click(), () => !busy() && firstKey() !== before);
  };
} else if (impl.startsWith('vanilla-')) {
  // The practical limit: the widget's own markup and stylesheet, written by hand with DOM calls, rows
  // replaced on every page. Only the machinery differs (no Lit, no controller, no pager).
  const tx = impl === 'vanilla-tx';
  const columns = tx
    ? [['Time'], ['Type'], ['Out', true], ['In', true], ['Fees', true], ['Source'], ['Category']]
    : [['Account'], ['Crypto'], ['Securities'], ['Robo'], ['Roth IRA'], ['Total', true], ['Created']];
  const nextPage = (tx ? txPages() : memberPages()) as () => Promise<readonly (Transaction | PartnerUser)[]>;
  const host = stage.appendChild(document.createElement('div'));
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [widgetStyles.styleSheet!];
  const scroll = shadow.appendChild(Object.assign(document.createElement('div'), { className: 'scroll' }));
  const table = scroll.appendChild(document.createElement('table'));
  table.setAttribute('part', 'table');
  table.createCaption().textContent = tx ? 'Transactions' : 'Members';
  const head = table.createTHead().insertRow();
  for (const [label, numeric] of columns) {
    const th = head.appendChild(Object.assign(document.createElement('th'), { textContent: label, scope: 'col' }));
    if (numeric) th.className = 'num';
  }
  const body = table.createTBody();
  const show = (items: readonly (Transaction | PartnerUser)[]) => {
    const fragment = document.createDocumentFragment();
    items.forEach((item, index) => {
      const tr = document.createElement('tr');
      tr.setAttribute('part', 'row');
      tr.dataset.index = String(index);
      tr.dataset.key = keyOf(item);
      tr.tabIndex = index === 0 ? 0 : -1;
      if (tx) transactionCells(tr, item as Transaction);
      else memberCells(tr, item as PartnerUser);
      fragment.append(tr);
    });
    body.replaceChildren(fragment);
  };
  bench.ready = nextPage().then(show);
  bench.flip = () => {
    const before = body.rows[0]?.dataset.key;
    return timeFlip(() => void nextPage().then(show), () => body.rows[0]?.dataset.key !== before);
  };
} else if (impl.startsWith('vaadin-')) {
  await import('@vaadin/grid/all-imports.js');
  const tx = impl === 'vaadin-tx';
  const columns = (tx ? TX_COLUMNS : MEMBER_COLUMNS) as [string, (item: Transaction | PartnerUser) => string][];
  const nextPage = tx ? txPages() : memberPages();
  const grid = document.createElement('vaadin-grid') as HTMLElement & { items: unknown[]; allRowsVisible: boolean };
  grid.allRowsVisible = true; // render every row of the page, as the other tables do
  for (const [label, cell] of columns) {
    const column = document.createElement('vaadin-grid-column') as HTMLElement & { header: string; renderer: unknown };
    column.header = label;
    column.renderer = (root: HTMLElement, _c: unknown, model: { item: Transaction | PartnerUser }) => (root.textContent = cell(model.item));
    grid.append(column);
  }
  stage.append(grid);
  let shownKey = '';
  const show = (items: readonly (Transaction | PartnerUser)[]) => {
    grid.items = [...items];
    shownKey = keyOf(items[0]!);
  };
  const firstCell = () => grid.querySelector('vaadin-grid-cell-content')?.textContent;
  bench.ready = nextPage().then(show).then(() => until(() => !!firstCell()));
  bench.flip = async () => {
    const before = shownKey;
    let target = '';
    return timeFlip(
      () => void nextPage().then((items) => ((target = columns[0]![1](items[0]!)), show(items))),
      () => shownKey !== before && !!target && [...grid.querySelectorAll('vaadin-grid-cell-content')].some((c) => c.textContent === target),
    );
  };
} else if (impl.startsWith('tabulator-')) {
  const { TabulatorFull: Tabulator } = await import('tabulator-tables');
  const tx = impl === 'tabulator-tx';
  const columns = (tx ? TX_COLUMNS : MEMBER_COLUMNS) as [string, (item: Transaction | PartnerUser) => string][];
  const nextPage = tx ? txPages() : memberPages();
  const holder = document.createElement('div');
  stage.append(holder);
  const toRows = (items: readonly (Transaction | PartnerUser)[]) => items.map((item) => Object.fromEntries([['key', keyOf(item)], ...columns.map(([label, cell]) => [label, cell(item)])]));
  const first = await nextPage();
  const table = new Tabulator(holder, { data: toRows(first), columns: columns.map(([label]) => ({ title: label, field: label })), layout: 'fitData', renderVertical: 'basic' });
  bench.ready = new Promise((resolve) => table.on('tableBuilt', resolve));
  bench.flip = () => {
    const before = holder.querySelector('.tabulator-row .tabulator-cell')?.textContent;
    return timeFlip(
      () => void nextPage().then((items) => table.replaceData(toRows(items))),
      () => { const now = holder.querySelector('.tabulator-row .tabulator-cell')?.textContent; return !!now && now !== before; },
    );
  };
} else if (impl === 'first-paint') {
  // From customElements.define to the first rows painted (the element is already in the page).
  const tag = params.get('tag')!;
  const el = widget(tag);
  stage.append(el);
  bench.firstPaint = async () => {
    const t0 = performance.now();
    defineElement(tag, CLASSES[tag]!);
    const root = () => el.shadowRoot;
    await until(() => !!root() && (tag === 'calico-stats' ? root()!.querySelectorAll('div.bars').length === 2 : !!root()!.querySelector('tbody tr[data-key]')));
    await frames();
    return performance.now() - t0;
  };
} else if (impl === 'economy') {
  // Ten widgets for the same user on one page: how many requests and token calls?
  defineAll();
  const tags = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-transactions', 'calico-user-assets', 'calico-user-accounts', 'calico-transactions'];
  const els = tags.map((tag) => widget(tag));
  bench.run = async () => {
    const t0 = performance.now();
    stage.append(...els);
    await until(() => els.every((el) => el.shadowRoot?.querySelector('tbody tr[data-key]')));
    return { widgets: els.length, tokenCalls, ms: performance.now() - t0 };
  };
} else if (impl === 'export') {
  // Every one of 50,000 transactions (all users since a date) to one CSV file, as a person would export them.
  defineAll();
  const el = widget('calico-transactions') as HTMLElement & { exportCsv(): Promise<{ rows: number; complete: boolean }> };
  el.removeAttribute('user-id');
  el.setAttribute('all-users', '');
  el.setAttribute('start-time', params.get('since')!);
  stage.append(el);
  HTMLAnchorElement.prototype.click = () => {}; // the file is measured, not written to disk
  let longest = 0;
  let longTasks = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) (longest = Math.max(longest, entry.duration)), longTasks++;
  }).observe({ type: 'longtask' });
  bench.exportAll = async () => {
    await until(() => !!el.shadowRoot?.querySelector('tbody tr[data-key]'));
    let bytes = 0;
    el.addEventListener('calico-export', (e) => (bytes = (e as Event & { file: Blob }).file.size), { once: true });
    [longest, longTasks] = [0, 0];
    const t0 = performance.now();
    const result = await el.exportCsv();
    return { ...result, ms: performance.now() - t0, bytes, longestTaskMs: longest, longTasks };
  };
} else if (impl === 'memory') {
  defineAll();
  bench.cycle = async (tag: string, times: number) => {
    for (let i = 0; i < times; i++) {
      const el = widget(tag);
      stage.append(el);
      await el.updateComplete;
      await until(() => !!el.shadowRoot?.querySelector(tag === 'calico-stats' ? 'div.bars' : 'tbody tr[data-key]'));
      el.remove();
    }
  };
}

bench.loaded = true; // every step above is in place
