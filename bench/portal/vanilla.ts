// The hand-written baseline for the portal cold start: the same token call, the same eleven API requests
// (URLs as the widgets send them) and the same visible rows, toolbars and pagers as the seven widgets,
// with fetch and plain DOM calls. No Lit, no zod, no library code; no validation, no error states.
// Holdings and transactions name their sources as the widgets do: from the person's linked sources
// (one request, shared with the sources card) or, for all users, the enterprise's.
const USER = '946416e3-f6b4-4a54-86e9-9e2843f0573e';
const C = '/sandbox/calico/enterprise/v2';
const P = '/sandbox/partner/v1';
const locale = document.documentElement.lang || navigator.language;

// ---- formatting: every Intl formatter built once (building one is the slow part) ----
const integer = new Intl.NumberFormat(locale);
const quantityFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }); // exact digits of a decimal string
const usd = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 20 }); // "$0.892" stays exact
const usdCompact = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });

interface Money { amount: string; currency: string }
type Decimal = Intl.StringNumericLiteral;
const quantity = (q: string) => quantityFormat.format(q as Decimal);
// The sandbox answers in USD only; anything else is shown as a plain amount with its code.
const money = (v: Money | null | undefined, f = usd) => (!v ? '—' : v.currency === 'USD' ? f.format(v.amount as Decimal) : `${quantity(v.amount)} ${v.currency}`);
const date = (iso: string | null | undefined) => (iso ? dateOnly.format(new Date(iso)) : '—');
const humanize = (id: string) => {
  const text = id.replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
};

// ---- DOM helpers ----
type Child = string | Node;
function h(tag: string, className = '', ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.append(...children);
  return el;
}
const sub = (text: string) => h('span', 'sub', text);
const TONES: Record<string, [tone: string, icon: string]> = {
  active: ['success', '✓'], approved: ['success', '✓'], revoked: ['danger', '✕'], rejected: ['danger', '✕'],
  expired: ['warning', '!'], pending: ['warning', '…'], not_started: ['neutral', '○'],
};
function badge(text: string, status: string) {
  const [tone, icon] = TONES[status] ?? ['neutral', ''];
  const el = h('span', `badge ${tone}`);
  if (icon) el.append(Object.assign(h('span', '', icon), { ariaHidden: 'true' }));
  el.append(text);
  return el;
}
const labelled = (text: string, control: HTMLElement) => h('label', '', text, control);
function input(type: string, placeholder = '') {
  const el = document.createElement('input');
  el.type = type;
  if (placeholder) el.placeholder = placeholder;
  return el;
}
function select(options: [value: string, text: string][]) {
  const el = document.createElement('select');
  for (const [value, text] of options) el.add(new Option(text, value));
  return el;
}
const button = (text: string) => Object.assign(h('button', '', text), { type: 'button' });
const toolbar = (...children: Child[]) => h('div', 'toolbar', ...children);

interface Column { label: string; num?: boolean; sort?: string }
/** A captioned table; rows are built detached and go in with one append. */
function table(caption: string, columns: Column[], rows: HTMLTableRowElement[]) {
  const t = h('table', '', h('caption', '', caption)) as HTMLTableElement;
  const head = t.createTHead().insertRow();
  for (const c of columns) {
    const th = h('th', c.num ? 'num' : '', c.sort ? h('button', 'sort', c.label, c.sort) : c.label);
    th.setAttribute('scope', 'col');
    head.append(th);
  }
  const rowsFragment = document.createDocumentFragment();
  rowsFragment.append(...rows);
  t.createTBody().append(rowsFragment);
  return t;
}
function row(cells: HTMLElement[], className = '') {
  const tr = document.createElement('tr');
  if (className) tr.className = className;
  tr.append(...cells);
  return tr;
}
const td = (className: string, ...content: Child[]) => h('td', className, ...content);

/** The pager the widgets draw: status, Previous/Next, numbered pages when the total is known, page size. */
function pager(count: number, numberedPages?: number) {
  const nav = h('nav', '', h('span', 'status', numberedPages ? `Page 1 of ${integer.format(numberedPages)}` : `Rows 1–${count}`));
  const previous = button('Previous');
  previous.setAttribute('aria-disabled', 'true');
  nav.append(previous);
  if (numberedPages) {
    const pages = h('ol');
    for (const p of [1, 2, 0, numberedPages]) pages.append(h('li', '', p ? button(integer.format(p)) : '…'));
    nav.append(pages);
  }
  nav.append(button('Next'));
  if (numberedPages) nav.append(h('form', '', labelled('Go to page ', input('number')), Object.assign(h('button', '', 'Go'), { type: 'submit' })));
  nav.append(labelled('Rows per page', select([['10', '10'], ['25', '25'], ['50', '50'], ['100', '100']])));
  return nav;
}

// ---- network: one token, then the same requests the widgets send ----
const token: Promise<string> = fetch('/sandbox/token', { method: 'POST', body: '{}' })
  .then((res) => res.json())
  .then((body: { access_token: string }) => body.access_token);
async function get<T>(url: string, auth: (token: string) => Record<string, string>): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json', ...auth(await token) } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json() as Promise<T>;
}
const calico = <T>(path: string) => get<T>(C + path, (t) => ({ authorization: `Bearer ${t}` }));
const partner = <T>(path: string) => get<T>(P + path, (t) => ({ 'x-api-key': t }));

// ---- the portal: seven cards, each filled when its data arrives ----
const host = document.querySelector<HTMLElement>('#widgets')!;
function card(title: string, tag: string, load: Promise<Child[]>) {
  const body = h('div', 'widget');
  host.append(h('section', 'card', h('h2', '', title), body));
  return load.then((content) => {
    const fragment = document.createDocumentFragment();
    fragment.append(...content);
    body.append(fragment);
    // For the bench: this widget's data is in the DOM.
    document.dispatchEvent(new CustomEvent('portal-shown', { detail: tag }));
  });
}

interface AssetPosition { asset_symbol: string; asset_name?: string; quantity: string; price: Money; value: Money; provider_id: string }
interface AssetAmount { asset_symbol: string; quantity: string; value?: Money }
interface Transaction {
  transaction_type: string; provider_id: string; timestamp: string; user_id?: string;
  categorization?: { category: string; subcategory?: string };
  input?: AssetAmount; output?: AssetAmount; fees?: { total?: Money; items: AssetAmount[] };
}
interface Source { provider_id: string; provider_auth_type: string; display_label: string; description: string; consent?: { status: string; connected_on?: string; deleted_on?: string | null } }
interface User { full_name: string; email: string; consented_at: string; deactivated: boolean; deactivated_on: string | null }
interface Member { user_account_id: string; created_at: string; total_current_market_value: string; accounts: { product: string; kyc_status: string; current_market_value: string }[] }

const stats = Promise.all([
  calico<{ data: { total: number; active: number; deactivated: number } }>('/stats/users'),
  calico<{ data: { total: Money } }>('/stats/balance'),
  calico<{ data: { providers: { provider_id: string; display_label?: string; accounts: number }[] } }>('/stats/accounts-by-provider'),
  calico<{ data: { assets: { asset_symbol: string; asset_name?: string; trade_count: number; volume: Money }[] } }>('/stats/top-traded-assets?limit=8'),
]).then(([{ data: users }, { data: balance }, { data: byProvider }, { data: top }]) => {
  const tile = (label: string, ...value: Child[]) => h('div', '', h('dt', '', label), h('dd', '', ...value));
  return [
    h('h3', '', 'Users'),
    h('dl', 'tiles', tile('Total', integer.format(users.total)), tile('Active', integer.format(users.active)), tile('Deactivated', integer.format(users.deactivated))),
    h('h3', '', 'Balance of all accounts'),
    h('dl', 'tiles', tile('', money(balance.total, usdCompact), h('small', '', `Exactly ${money(balance.total)}`))),
    table('Accounts by provider', [{ label: 'Provider' }, { label: 'Accounts', num: true }],
      byProvider.providers.map((p) => row([td('', p.display_label ?? p.provider_id), td('num', integer.format(p.accounts))]))),
    table('Top traded assets', [{ label: 'Asset' }, { label: 'Trades · volume', num: true }],
      top.assets.map((a) => row([td('', a.asset_name ? `${a.asset_symbol} · ${a.asset_name}` : a.asset_symbol), td('num', `${integer.format(a.trade_count)} trades · ${money(a.volume, usdCompact)}`)]))),
  ];
});

type Names = Map<string, string>;
const namesOf = (list: { provider_id: string; display_label: string }[]): Names => new Map(list.map((p) => [p.provider_id, p.display_label]));
const sourceName = (names: Names, id: string) => names.get(id) ?? id;
const assetsPage = calico<{ data: { assets: AssetPosition[]; total_value?: Money } }>(`/users/${USER}/assets?limit=10`);
const userSources = calico<{ data: Source[] }>(`/users/${USER}/providers?limit=30`);
const userNames = userSources.then(({ data }) => namesOf(data));
const assets = Promise.all([assetsPage, userNames]).then(([{ data }, names]) => {
  const sorted = [...data.assets].sort((a, b) => Number(b.value.amount) - Number(a.value.amount)); // largest value first, as the widget
  return [
    toolbar(h('div', 'summary', `Total value: ${money(data.total_value)}`)),
    table('Holdings', [{ label: 'Asset' }, { label: 'Quantity', num: true }, { label: 'Price', num: true }, { label: 'Value', num: true }, { label: 'Source' }],
      sorted.map((a) => row([
        td('', h('strong', '', a.asset_symbol), ...(a.asset_name ? [sub(a.asset_name)] : [])),
        td('num', quantity(a.quantity)), td('num', money(a.price)), td('num', money(a.value)), td('', sourceName(names, a.provider_id)),
      ]))),
    pager(sorted.length),
  ];
});

const AUTH: Record<string, string> = { api_key: 'API key', oauth2: 'OAuth', wallet: 'Wallet' };
const CONSENT: Record<string, string> = { active: 'Active', revoked: 'Revoked', expired: 'Expired' };
const sources = userSources.then(({ data }) => [
  table('Linked sources', ['Source', 'Connection', 'Consent', 'Connected', 'Revoked'].map((label) => ({ label })),
    data.map((p) => {
      const status = p.consent?.status;
      return row([
        td('', h('strong', '', p.display_label), sub(p.description)),
        td('', AUTH[p.provider_auth_type] ?? p.provider_auth_type),
        td('', status ? badge(CONSENT[status] ?? status, status) : '—'),
        td('', date(p.consent?.connected_on)),
        td('', date(p.consent?.deleted_on)),
      ], status === 'revoked' ? 'revoked' : '');
    })),
  pager(data.length),
]);

const TYPES: Record<string, string> = { send: 'Send', receive: 'Receive', input_output: 'Trade', input_only: 'Incoming', output_only: 'Outgoing', uncategorized: 'Uncategorized' };
const leg = (l: AssetAmount | undefined, sign: string): Child[] =>
  l ? [h('span', 'nowrap', `${sign}${quantity(l.quantity)} ${l.asset_symbol}`), ...(l.value ? [sub(money(l.value))] : [])] : ['—'];
function transactions(path: string, allUsers: boolean, names: () => Promise<Names>) {
  const page = calico<{ data: { transactions: Transaction[] } }>(path);
  return Promise.all([page, names()]).then(([{ data }, names]) => [
    toolbar(labelled('From', input('date')), labelled('To', input('date'))),
    table(allUsers ? 'Transactions of all users' : 'Transactions',
      [{ label: 'Time' }, ...(allUsers ? [{ label: 'User' }] : []), { label: 'Type' }, { label: 'Out', num: true }, { label: 'In', num: true }, { label: 'Fees', num: true }, { label: 'Source' }, { label: 'Category' }],
      data.transactions.map((t) => {
        const time = h('time', '', dateTime.format(new Date(t.timestamp)));
        time.setAttribute('datetime', t.timestamp);
        const fees = t.fees?.total ? money(t.fees.total) : t.fees?.items.length ? t.fees.items.map((f) => `${quantity(f.quantity)} ${f.asset_symbol}`).join(', ') : '—';
        const c = t.categorization;
        return row([
          td('nowrap', time),
          ...(allUsers ? [td('', h('span', 'id', t.user_id ?? '—'))] : []),
          td('', TYPES[t.transaction_type] ?? 'Other'),
          td('num', ...leg(t.output, '−')),
          td('num', ...leg(t.input, '+')),
          td('num', fees),
          td('', sourceName(names, t.provider_id)),
          td('', ...(c ? [humanize(c.category), ...(c.subcategory ? [sub(humanize(c.subcategory))] : [])] : ['—'])),
        ]);
      })),
    pager(data.transactions.length),
  ]);
}
const userTransactions = transactions(`/users/${USER}/transactions?limit=10`, false, () => userNames);

const users = calico<{ data: { users: User[] } }>('/users/all?limit=10').then(({ data }) => [
  toolbar(labelled('Search users', input('search', 'Name or email'))),
  table('Users', ['Name', 'Email', 'Consented', 'Status', 'Actions'].map((label) => ({ label })),
    data.users.map((u) => {
      const deactivate = button('Deactivate');
      deactivate.className = 'danger';
      deactivate.ariaLabel = `Deactivate ${u.full_name}`;
      return row([
        td('', h('strong', '', u.full_name)),
        td('', u.email),
        td('', date(u.consented_at)),
        td('', u.deactivated ? badge(u.deactivated_on ? `Deactivated ${date(u.deactivated_on)}` : 'Deactivated', 'revoked') : badge('Active', 'active')),
        u.deactivated ? td('') : td('', deactivate),
      ], u.deactivated ? 'deactivated' : '');
    })),
  pager(data.users.length),
]);

// Issued in the widgets' order: the Partner list asks last.
const allTransactions = transactions('/transactions?limit=10', true, () => calico<{ data: Source[] }>('/providers').then(({ data }) => namesOf(data)));

const PRODUCTS: [id: string, label: string][] = [['crypto', 'Crypto'], ['securities', 'Securities'], ['robo', 'Robo'], ['roth_ira', 'Roth IRA']];
const KYC: [id: string, label: string][] = [['approved', 'Approved'], ['pending', 'Pending'], ['rejected', 'Rejected'], ['not_started', 'Not started']];
const KYC_LABEL = Object.fromEntries(KYC);
const members = partner<{ items: Member[]; total_records: number; per_page: number }>('/users/?per_page=10').then((page) => [
  toolbar(
    labelled('Product', select([['', 'Any'], ...PRODUCTS])),
    ...PRODUCTS.map(([, label]) => labelled(`${label} KYC`, select([['', 'Any'], ...KYC]))),
    labelled('Created from', input('date')),
    labelled('Created to', input('date')),
  ),
  table('Members', [{ label: 'Account', sort: ' ↕' }, ...PRODUCTS.map(([, label]) => ({ label })), { label: 'Total', num: true, sort: ' ↕' }, { label: 'Created', sort: ' ▼' }],
    page.items.map((m) => row([
      td('', h('strong', '', m.user_account_id), ...m.accounts
        .filter((a) => !PRODUCTS.some(([p]) => p === a.product))
        .map((a) => sub(`${a.product}: ${KYC_LABEL[a.kyc_status] ?? a.kyc_status} · ${money({ amount: a.current_market_value, currency: 'USD' })}`))),
      ...PRODUCTS.map(([product]) => {
        const a = m.accounts.find((x) => x.product === product);
        return a
          ? td('', badge(KYC_LABEL[a.kyc_status] ?? a.kyc_status, a.kyc_status), sub(money({ amount: a.current_market_value, currency: 'USD' })))
          : td('muted', 'Not opened');
      }),
      td('num', h('strong', '', money({ amount: m.total_current_market_value, currency: 'USD' }))),
      td('', date(m.created_at)),
    ]))),
  pager(page.items.length, Math.ceil(page.total_records / page.per_page)),
]);

// Same order on the page as the demo portal.
void Promise.all([
  card('Enterprise overview', 'calico-stats', stats),
  card('Holdings', 'calico-user-assets', assets),
  card('Linked exchanges and wallets', 'calico-user-accounts', sources),
  card('Transactions', 'calico-transactions', userTransactions),
  card('Users', 'calico-users', users),
  card('Investment members (Partner API)', 'partner-user-list', members),
  card('All users\u2019 transactions', 'calico-transactions (all users)', allTransactions),
]);

export {}; // a module: its names stay out of the global scope
