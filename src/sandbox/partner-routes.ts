/** The Partner API, answered from the sandbox's data, with FastAPI-style 422 bodies. */
import * as S from '../schemas/partner.js';
import { compareDecimals } from '../util/decimal.js';
import { everyMember, everyOrder } from './data.js';
import type { RouteResult } from './http.js';

type Detail = S.PartnerValidationError['detail'][number];

/** Reads the query as FastAPI would, collecting every problem instead of stopping at the first. */
class QueryReader {
  problems: Detail[] = [];
  constructor(private query: URLSearchParams) {}

  int(name: string, fallback: number, min: number, max = Infinity): number {
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

function listResult<T>(all: readonly T[], read: QueryReader, perPage: number, offset: number, schema: typeof S.PartnerUserList | typeof S.OrderList): RouteResult {
  if (read.problems.length) return { status: 422, schema: S.PartnerValidationError, body: { detail: read.problems } };
  const items = all.slice(offset, offset + perPage);
  return {
    status: 200,
    schema,
    body: { items, total_records: all.length, last_record_number: offset + items.length, per_page: perPage },
  };
}

const PRODUCTS = S.PRODUCTS as readonly string[];
const KYC = S.KYC_STATUSES as readonly string[];

export function partnerRoute(method: string, path: string, query: URLSearchParams): RouteResult {
  const notFound = (): RouteResult => ({ status: 404, schema: S.PartnerDetailError, body: { detail: 'Not Found' } });
  if (method !== 'GET') return { status: 405, body: { detail: 'Method Not Allowed' } };

  if (path === '/users/') {
    const read = new QueryReader(query);
    const product = read.choice('product', PRODUCTS);
    const kyc = PRODUCTS.map((p) => [p, read.choice(`${p}_kyc_status`, KYC)] as const).filter(([, s]) => s);
    const start = read.time('created_at_start');
    const end = read.time('created_at_end');
    const perPage = read.int('per_page', 25, 1, 100);
    const offset = read.int('last_record_number', 0, 0);
    const order = read.choice('sort_order', ['asc', 'desc']) ?? 'desc';
    const key = read.choice('sort_key', S.SORT_KEYS) ?? 'created_at';
    const id = query.get('user_account_id');
    let list = everyMember().filter((m) => {
      if (id && m.user_account_id !== id) return false;
      if (product && !m.accounts.some((a) => a.product === product)) return false;
      for (const [p, status] of kyc) if (!m.accounts.some((a) => a.product === p && a.kyc_status === status)) return false;
      const created = Date.parse(m.created_at);
      return (start === undefined || created >= start) && (end === undefined || created < end);
    });
    const compare =
      key === 'total_current_market_value'
        ? (a: S.PartnerUser, b: S.PartnerUser) => compareDecimals(a.total_current_market_value, b.total_current_market_value)
        : key === 'user_account_id'
          ? (a: S.PartnerUser, b: S.PartnerUser) => a.user_account_id.localeCompare(b.user_account_id)
          : null; // created_at: the list is already newest first
    if (compare) list = [...list].sort((a, b) => compare(a, b) || a.user_account_id.localeCompare(b.user_account_id));
    if ((compare && order === 'desc') || (!compare && order === 'asc')) list = [...list].reverse();
    return listResult(list, read, perPage, offset, S.PartnerUserList);
  }

  const user = /^\/users\/([^/]+)\/$/.exec(path);
  if (user) {
    const found = everyMember().find((m) => m.user_account_id === decodeURIComponent(user[1]!));
    return found ? { status: 200, schema: S.PartnerUser, body: found } : notFound();
  }

  if (path === '/orders/') {
    const read = new QueryReader(query);
    const id = query.get('user_account_id');
    const product = read.choice('product', PRODUCTS);
    const side = read.choice('side', ['buy', 'sell']);
    const status = query.get('status');
    const start = read.time('placed_at_start');
    const end = read.time('placed_at_end');
    const perPage = read.int('per_page', 25, 1, 100);
    const offset = read.int('last_record_number', 0, 0);
    const order = read.choice('sort_order', ['asc', 'desc']) ?? 'desc';
    let list = everyOrder().filter((o) => {
      const placed = Date.parse(o.placed_at);
      return (
        (!id || o.user_account_id === id) &&
        (!product || o.product === product) &&
        (!side || o.side === side) &&
        (!status || o.status === status) &&
        (start === undefined || placed >= start) &&
        (end === undefined || placed < end)
      );
    });
    if (order === 'asc') list = [...list].reverse();
    return listResult(list, read, perPage, offset, S.OrderList);
  }

  const order = /^\/orders\/([^/]+)\/$/.exec(path);
  if (order) {
    const found = everyOrder().find((o) => o.order_id === decodeURIComponent(order[1]!));
    return found ? { status: 200, schema: S.Order, body: found } : notFound();
  }
  return notFound();
}
