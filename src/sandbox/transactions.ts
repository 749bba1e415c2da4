/**
 * The sandbox's transactions (130,000 across 2,400 users), made on demand. A user's transaction i
 * has a random stream of its own and a time inside its own slot of the user's timeline, so any
 * transaction can be made alone, times fall strictly newest first, and a time range is found by
 * binary search. Nothing walks every transaction per request:
 * - a user's page makes only its rows;
 * - the all-users list is a k-way merge of the users' timelines (a heap), resumed from a keyset cursor;
 * - the traded-volume stats read a columnar copy of the trade legs, built once (numbers, no strings).
 */
import type { Transaction } from '../schemas/calico.js';
import { ASSET_PRICES, ASSETS } from './catalog.js';
import { FIXTURE_USERS, NOW, USER_COUNT, formatCents, isoSeconds, stream, userBasics, userId, userLinks } from './data.js';
import { type Random, centsOf, decimalUnits, formatUnits, fnv1a, int, mix, pick, reseedable, rng } from './random.js';

const TYPES = [
  ['input_output', 30],
  ['send', 15],
  ['receive', 20],
  ['input_only', 10],
  ['output_only', 10],
  ['uncategorized', 14],
  ['bridge', 1], // a type this library does not know: shown as "Other"
] as const;

const CATEGORIES = new Map<string, readonly (readonly [string, string?])[]>([
  ['input_output', [['trade', 'market'], ['trade', 'limit'], ['swap']]],
  ['send', [['transfer', 'withdrawal'], ['payment']]],
  ['receive', [['transfer', 'deposit'], ['payment']]],
  ['input_only', [['staking_reward'], ['airdrop'], ['interest']]],
  ['output_only', [['gas_fee'], ['fee']]],
]);

const ETH = ASSETS.findIndex(([symbol]) => symbol === 'ETH');

/** Type by percentile: the weights above add up to 100. */
const TYPE_BY_PERCENT = TYPES.flatMap(([type, weight]) => Array<string>(weight).fill(type));
const TIME_SALT = fnv1a('time');
const TYPE_SALT = fnv1a('type');

/**
 * A user's transactions as a timeline: transaction i happens in (start - (i+1)·step, start - i·step].
 * Its time and type are integer hashes of (seed, i), so scanning a timeline allocates nothing.
 */
interface Timeline {
  user: number;
  count: number;
  /** Seconds since the epoch. */
  start: number;
  step: number;
  seed: number;
}

const timelines: Timeline[] = [];
export function timeline(user: number): Timeline {
  let found = timelines[user];
  if (found) return found;
  const r = stream('tx', user);
  const count = userLinks(user).length === 0 ? 0 : user === FIXTURE_USERS.heavy ? 10_000 : user === FIXTURE_USERS.rich ? 240 : int(r, 20, 80);
  const start = Math.floor((NOW - int(r, 0, 6 * 3600_000)) / 1000);
  const consented = Math.floor(userBasics(user).consentedAt / 1000);
  const step = Math.max(60, Math.floor((start - consented) / Math.max(1, count)));
  return (timelines[user] = { user, count, start, step, seed: Math.floor(r() * 4294967296) });
}

/** Seconds. */
export const txTime = (t: Timeline, i: number) => t.start - i * t.step - (mix(t.seed ^ TIME_SALT, i) % t.step);
const txType = (t: Timeline, i: number) => TYPE_BY_PERCENT[mix(t.seed ^ TYPE_SALT, i) % 100]!;

interface Leg {
  asset: number;
  units: number;
  decimals: number;
  cents: number;
}

/** What a transaction is made of, drawn from its own stream; `r` goes on to make its ids. */
interface Draw {
  time: number;
  type: string;
  provider: string;
  category: readonly [string, string?] | undefined;
  input: Leg | undefined;
  output: Leg | undefined;
  r: Random;
}

/** Per asset: how many whole units a leg may hold, and its quantity decimals. */
const LEG_SHAPES = ASSET_PRICES.map(({ units, decimals }, a) => {
  const whole = units / 10 ** decimals;
  return { max: whole > 1000 ? 2 : whole > 10 ? 50 : 5000, decimals: Math.min(ASSETS[a]![3], 6) };
});

function leg(r: Random): Leg {
  const asset = Math.floor(r() * ASSETS.length);
  const { max, decimals } = LEG_SHAPES[asset]!;
  const units = decimalUnits(r, 0, max, decimals);
  return { asset, units, decimals, cents: centsOf(units, decimals, ASSET_PRICES[asset]!.units, ASSET_PRICES[asset]!.decimals) };
}

/** Draws transaction i, legs first; with `tradesOnly`, nothing unless it is a trade. */
function draw(t: Timeline, i: number): Draw;
function draw(t: Timeline, i: number, tradesOnly: true): Draw | undefined;
function draw(t: Timeline, i: number, tradesOnly = false): Draw | undefined {
  const type = txType(t, i);
  if (tradesOnly && type !== 'input_output') return undefined;
  const r = rng(mix(t.seed, i));
  const input = type === 'input_output' || type === 'receive' || type === 'input_only' || (type !== 'send' && type !== 'output_only' && r() < 0.5) ? leg(r) : undefined;
  const output = type === 'input_output' || type === 'send' || type === 'output_only' || (type === 'uncategorized' && r() < 0.3) ? leg(r) : undefined;
  const time = txTime(t, i);
  if (tradesOnly) return { time, type, provider: '', category: undefined, input, output, r };
  const provider = pick(r, userLinks(t.user)).provider.id;
  const categories = CATEGORIES.get(type);
  const category = categories && pick(r, categories);
  return { time, type, provider, category, input, output, r };
}

const legObject = (l: Leg) => ({
  asset_symbol: ASSETS[l.asset]![0],
  quantity: formatUnits(l.units, l.decimals),
  value: { amount: formatCents(l.cents), currency: 'USD' },
});

const address = (r: Random) => {
  let hex = '0x';
  for (let k = 0; k < 5; k++) hex += Math.floor(r() * 4294967296).toString(16).padStart(8, '0');
  return hex;
};

function transaction(t: Timeline, i: number, d = draw(t, i)): Transaction {
  const r = d.r;
  const tx: Transaction = {
    transaction_id: `tx_${t.user.toString(36)}_${i.toString(36)}_${Math.floor(r() * 1e9).toString(36)}`,
    transaction_type: d.type,
    provider_id: d.provider,
    timestamp: isoSeconds(d.time * 1000),
    user_id: userId(t.user),
  };
  if (d.category) tx.categorization = d.category[1] ? { category: d.category[0], subcategory: d.category[1] } : { category: d.category[0] };
  if (d.input) tx.input = legObject(d.input);
  if (d.output) tx.output = legObject(d.output);
  if (d.type === 'send') tx.to_address = address(r);
  if (d.type === 'receive') tx.from_address = address(r);
  if (r() < 0.6) {
    const units = decimalUnits(r, 0, 1, 6);
    const { units: price, decimals } = ASSET_PRICES[ETH]!;
    const fee = legObject({ asset: ETH, units, decimals: 6, cents: centsOf(units, 6, price, decimals) });
    tx.fees = { total: { ...fee.value }, items: [fee] };
  }
  return tx;
}

// ---- filters --------------------------------------------------------------------------------------

export interface TransactionFilter {
  startMs: number;
  endMs: number;
  providers: ReadonlySet<string>;
  assets: ReadonlySet<string>;
  users: ReadonlySet<string>;
}

const matches = (f: TransactionFilter, d: Draw) =>
  (!f.providers.size || f.providers.has(d.provider)) &&
  (!f.assets.size || (d.input !== undefined && f.assets.has(ASSETS[d.input.asset]![0])) || (d.output !== undefined && f.assets.has(ASSETS[d.output.asset]![0])));

/** The first i in [from, to) for which `past(i)` holds, where past is false then true along i. */
function firstWhere(from: number, to: number, past: (i: number) => boolean): number {
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (past(mid)) to = mid;
    else from = mid + 1;
  }
  return from;
}

/** The transactions of a timeline inside the filter's time range, as [from, to). */
function timeRange(t: Timeline, f: TransactionFilter): [number, number] {
  const from = f.endMs === Infinity ? 0 : firstWhere(0, t.count, (i) => txTime(t, i) * 1000 < f.endMs);
  const to = f.startMs === -Infinity ? t.count : firstWhere(from, t.count, (i) => txTime(t, i) * 1000 < f.startMs);
  return [from, to];
}

// ---- one user's transactions ----------------------------------------------------------------------------

/** Rows offset … offset + limit of one user's transactions, newest first, and whether more follow. */
export function userTransactionPage(user: number, f: TransactionFilter, offset: number, limit: number): { items: Transaction[]; more: boolean } {
  const t = timeline(user);
  if (f.users.size && !f.users.has(userId(user))) return { items: [], more: false };
  const [from, to] = timeRange(t, f);
  const items: Transaction[] = [];
  if (!f.providers.size && !f.assets.size) {
    for (let i = from + offset; i < Math.min(to, from + offset + limit); i++) items.push(transaction(t, i));
    return { items, more: from + offset + limit < to };
  }
  let skipped = 0;
  for (let i = from; i < to; i++) {
    const d = draw(t, i);
    if (!matches(f, d)) continue;
    if (skipped++ < offset) continue;
    if (items.length === limit) return { items, more: true };
    items.push(transaction(t, i, d));
  }
  return { items, more: false };
}

// ---- every user's transactions, merged -------------------------------------------------------------------

/** Where a merged page ended: the last row's time (s), user and index. Rows after it come next. */
export interface MergeKey {
  time: number;
  user: number;
  i: number;
}

interface Head extends MergeKey {
  t: Timeline;
  to: number;
}

/** Newest first; at the same second, by user, then by index. */
const before = (a: MergeKey, b: MergeKey) => a.time > b.time || (a.time === b.time && (a.user < b.user || (a.user === b.user && a.i < b.i)));

/** Every user's transactions, newest first: `limit` rows after `after`, and whether more follow. */
export function mergedTransactionPage(users: readonly number[], f: TransactionFilter, after: MergeKey | undefined, limit: number) {
  const heap: Head[] = [];
  for (const user of users) {
    const t = timeline(user);
    if (!t.count) continue;
    let [from, to] = timeRange(t, f);
    if (after) {
      const next =
        user === after.user
          ? after.i + 1
          : firstWhere(0, t.count, (i) => before(after, { time: txTime(t, i), user, i }));
      from = Math.max(from, next);
    }
    if (from < to) heap.push({ t, to, time: txTime(t, from), user, i: from });
  }
  for (let k = (heap.length >>> 1) - 1; k >= 0; k--) siftDown(heap, k);

  const items: Transaction[] = [];
  let last: MergeKey | undefined;
  while (heap.length) {
    const head = heap[0]!;
    const d = draw(head.t, head.i);
    if (matches(f, d)) {
      if (items.length === limit) return { items, last, more: true };
      items.push(transaction(head.t, head.i, d));
      last = { time: head.time, user: head.user, i: head.i };
    }
    if (++head.i < head.to) head.time = txTime(head.t, head.i);
    else heap[0] = heap[heap.length - 1]!, heap.pop();
    siftDown(heap, 0);
  }
  return { items, last, more: false };
}

function siftDown(heap: Head[], k: number): void {
  for (;;) {
    const l = 2 * k + 1;
    const r = l + 1;
    let top = k;
    if (l < heap.length && before(heap[l]!, heap[top]!)) top = l;
    if (r < heap.length && before(heap[r]!, heap[top]!)) top = r;
    if (top === k) return;
    [heap[k], heap[top]] = [heap[top]!, heap[k]!];
    k = top;
  }
}

export const everyUserIndex = Array.from({ length: USER_COUNT }, (_, i) => i);

// ---- traded volume -------------------------------------------------------------------------------------------

/** The legs of every trade (`input_output`), as columns: made once, read by every stats query. */
let trades: { time: Uint32Array; asset: Uint8Array; cents: Float64Array; length: number } | undefined;

function tradeLegs() {
  if (trades) return trades;
  const most = 2 * everyUserIndex.reduce((n, user) => n + timeline(user).count, 0);
  const legs = { time: new Uint32Array(most), asset: new Uint8Array(most), cents: new Float64Array(most), length: 0 };
  const stream = reseedable(); // the same draws as draw(), without a stream object per transaction
  const add = (time: number, r: Random) => {
    const asset = Math.floor(r() * ASSETS.length);
    const { max, decimals } = LEG_SHAPES[asset]!;
    legs.time[legs.length] = time;
    legs.asset[legs.length] = asset;
    legs.cents[legs.length++] = centsOf(decimalUnits(r, 0, max, decimals), decimals, ASSET_PRICES[asset]!.units, ASSET_PRICES[asset]!.decimals);
  };
  for (const user of everyUserIndex) {
    const t = timeline(user);
    for (let i = 0; i < t.count; i++) {
      if (txType(t, i) !== 'input_output') continue;
      const r = stream.seed(mix(t.seed, i));
      const time = txTime(t, i);
      add(time, r); // input, then output: the order draw() makes them in
      add(time, r);
    }
  }
  return (trades = legs);
}

/** Trade count and volume per asset in [startMs, endMs), most traded first. */
export function tradedAssets(startMs: number, endMs: number) {
  const legs = tradeLegs();
  const count = new Array<number>(ASSETS.length).fill(0);
  const cents = new Array<number>(ASSETS.length).fill(0);
  for (let k = 0; k < legs.length; k++) {
    const at = legs.time[k]! * 1000;
    if (at < startMs || at >= endMs) continue;
    count[legs.asset[k]!]++;
    cents[legs.asset[k]!] += legs.cents[k]!;
  }
  return ASSETS.map(([asset_symbol, asset_name], a) => ({ asset_symbol, asset_name, trade_count: count[a]!, volume: { amount: formatCents(cents[a]!), currency: 'USD' } }))
    .filter((row) => row.trade_count > 0)
    .sort((a, b) => b.trade_count - a.trade_count || (a.asset_symbol < b.asset_symbol ? -1 : 1));
}
