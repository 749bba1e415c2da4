/** The Partner API, answered from the sandbox's data, with FastAPI-style 422 bodies. */
import * as S from '../schemas/partner.js';
import { MEMBER_COUNT, ORDER_COUNT, everyMember, everyOrder, member, memberIndexOf, order as makeOrder } from './members.js';
import type { RouteResult } from './http.js';

type Detail = S.PartnerValidationError['detail'][number];

/** Reads the query as FastAPI would, collecting every problem instead of stopping at the first. */
class QueryReader {
  problems: Detail[] = [];
  constructor(private query: URLSearchParams) {}

  /** An integer query parameter; above the largest safe integer it is refused too (a page's counts must stay exact). */
  int(name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number {
    const raw = this.query.get(name);
    if (raw === null || raw === '') return fallback;
    const n = Number(raw);
    if (!/^-?\d+$/.test(raw)) this.fail(name, raw, 'int_parsing', 'Input should be a valid integer, unable to parse string as an integer');
    else if (n < min) this.fail(name, raw, 'greater_than_equal', `Input should be greater than or equal to ${min}`, { ge: min });
    else if (n > max) this.fail(name, raw, 'less_than_equal', `Input should be less than or equal to ${max}`, { le: max });
    else return n;
    return fallback;
  }

  choice(name: string, allowed: readonly string[]): string | undefined {
    const raw = this.query.get(name);
    if (raw === null || raw === '') return undefined;
    if (!allowed.includes(raw)) {
      const words = allowed.map((a) => `'${a}'`);
      const list = `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
      this.fail(name, raw, 'enum', `Input should be ${list}`, { expected: list });
      return undefined;
    }
    return raw;
  }

  time(name: string): number | undefined {
    const raw = this.query.get(name);
    if (raw === null || raw === '') return undefined;
    const at = Date.parse(raw);
    if (Number.isNaN(at)) this.fail(name, raw, 'datetime_from_date_parsing', 'Input should be a valid datetime');
    return Number.isNaN(at) ? undefined : at;
  }

  private fail(name: string, input: string, type: string, msg: string, ctx?: Record<string, unknown>) {
    this.problems.push({ type, loc: ['query', name], msg, input, ...(ctx ? { ctx } : {}) });
  }
}

/** One page of a list of `total` records, made by `make(position)`: only the page's records are made. */
function listResult<T>(total: number, make: (position: number) => T, read: QueryReader, perPage: number, offset: number, schema: typeof S.PartnerUserList | typeof S.OrderList): RouteResult {
  if (read.problems.length) return { status: 422, schema: S.PartnerValidationError, body: { detail: read.problems } };
  const items: T[] = [];
  for (let k = offset; k < Math.min(total, offset + perPage); k++) items.push(make(k));
  return {
    status: 200,
    schema,
    body: { items, total_records: total, last_record_number: offset + items.length, per_page: perPage },
  };
}

/** Member indexes in a sort order over all members, made once per key (filters keep the order). */
const sorted = new Map<string, number[]>();
function sortedIndexes(key: 'total_current_market_value' | 'user_account_id'): number[] {
  let found = sorted.get(key);
  if (found) return found;
  // Ascending. The account id ascends as the index descends (member-10000 is index 0): no sort needed.
  if (key === 'user_account_id') found = Array.from({ length: MEMBER_COUNT }, (_, k) => MEMBER_COUNT - 1 - k);
  else {
    // By value, ties by account id: packed into one number each, so the engine's numeric sort does it.
    const { totalCents } = everyMember();
    const keys = Float64Array.from(totalCents, (cents, index) => cents * 16384 + (MEMBER_COUNT - 1 - index));
    found = Array.from(keys.sort(), (k) => MEMBER_COUNT - 1 - (k % 16384));
  }
  sorted.set(key, found);
  return found;
}

const PRODUCTS = S.PRODUCTS as readonly string[];
const KYC = S.KYC_STATUSES as readonly string[];

export function partnerRoute(method: string, path: string, query: URLSearchParams): RouteResult {
  const notFound = (): RouteResult => ({ status: 404, schema: S.PartnerDetailError, body: { detail: 'Not Found' } });
  if (method !== 'GET') return { status: 405, body: { detail: 'Method Not Allowed' } };

  if (path === '/users/') {
    const read = new QueryReader(query);
    const product = read.choice('product', PRODUCTS);
    // Product and status as their positions in PRODUCTS and KYC_STATUSES: how the member table keeps them.
    const kyc = PRODUCTS.map((p, at) => [at, KYC.indexOf(read.choice(`${p}_kyc_status`, KYC) ?? '')] as const).filter(([, status]) => status >= 0);
    const start = read.time('created_at_start');
    const end = read.time('created_at_end');
    const perPage = read.int('per_page', 25, 1, 100);
    const offset = read.int('last_record_number', 0, 0);
    const order = read.choice('sort_order', ['asc', 'desc']) ?? 'desc';
    const key = read.choice('sort_key', S.SORT_KEYS) ?? 'created_at';
    const id = query.get('user_account_id') || null;
    if (read.problems.length) return listResult(0, member, read, perPage, offset, S.PartnerUserList);
    const filtered = id !== null || product !== undefined || kyc.length > 0 || start !== undefined || end !== undefined;
    let indexes: readonly number[] | undefined;
    if (key !== 'created_at') indexes = sortedIndexes(key as 'total_current_market_value' | 'user_account_id');
    if (filtered) {
      const only = id === null ? undefined : memberIndexOf(id);
      const t = everyMember();
      const opened = product === undefined ? -1 : PRODUCTS.indexOf(product);
      const keep = (i: number) => {
        if (id !== null && i !== only) return false;
        const base = i * PRODUCTS.length;
        if (opened >= 0 && t.kyc[base + opened] === -1) return false;
        for (const [p, status] of kyc) if (t.kyc[base + p] !== status) return false;
        const created = t.created[i]!;
        return (start === undefined || created >= start) && (end === undefined || created < end);
      };
      indexes = (indexes ?? Array.from({ length: MEMBER_COUNT }, (_, i) => i)).filter(keep);
    }
    // created_at is the natural order (index 0 is the newest); other keys are sorted ascending.
    const descending = order === 'desc';
    const reversed = key === 'created_at' ? !descending : descending;
    const total = indexes ? indexes.length : MEMBER_COUNT;
    const at = (position: number) => (reversed ? total - 1 - position : position);
    return listResult(total, (position) => member(indexes ? indexes[at(position)]! : at(position)), read, perPage, offset, S.PartnerUserList);
  }

  const user = /^\/users\/([^/]+)\/$/.exec(path);
  if (user) {
    const index = memberIndexOf(decodeURIComponent(user[1]!));
    return index === undefined ? notFound() : { status: 200, schema: S.PartnerUser, body: member(index) };
  }

  if (path === '/orders/') {
    const read = new QueryReader(query);
    const id = query.get('user_account_id') || null;
    const product = read.choice('product', PRODUCTS);
    const side = read.choice('side', ['buy', 'sell']);
    const status = query.get('status') || null;
    const start = read.time('placed_at_start');
    const end = read.time('placed_at_end');
    const perPage = read.int('per_page', 25, 1, 100);
    const offset = read.int('last_record_number', 0, 0);
    const order = read.choice('sort_order', ['asc', 'desc']) ?? 'desc';
    if (read.problems.length) return listResult(0, makeOrder, read, perPage, offset, S.OrderList);
    const filtered = id !== null || product !== undefined || side !== undefined || status !== null || start !== undefined || end !== undefined;
    const list = filtered
      ? everyOrder().filter((o) => {
          const placed = Date.parse(o.placed_at);
          return (
            (id === null || o.user_account_id === id) &&
            (!product || o.product === product) &&
            (!side || o.side === side) &&
            (status === null || o.status === status) &&
            (start === undefined || placed >= start) &&
            (end === undefined || placed < end)
          );
        })
      : undefined;
    const total = list ? list.length : ORDER_COUNT;
    const at = (position: number) => (order === 'asc' ? total - 1 - position : position);
    return listResult(total, (position) => (list ? list[at(position)]! : makeOrder(at(position))), read, perPage, offset, S.OrderList);
  }

  const order = /^\/orders\/([^/]+)\/$/.exec(path);
  if (order) {
    const found = everyOrder().find((o) => o.order_id === decodeURIComponent(order[1]!));
    return found ? { status: 200, schema: S.Order, body: found } : notFound();
  }
  return notFound();
}
