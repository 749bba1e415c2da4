/** The Calico Enterprise API, answered from the sandbox's data. Each route returns a body and the schema it must pass. */
import * as S from '../schemas/calico.js';
import { USER_COUNT, calicoProviders, linkCountsByProvider, userBasics, formatCents, userAssets, userHoldings, userId, userIndexOf, userLinkedAccounts, userProviders, userRecord } from './data.js';
import { type MergeKey, type TransactionFilter, everyUserIndex, mergedTransactionPage, userTransactionPage } from './transactions.js';
import { balance, topTradedAssets } from './aggregates.js';
import type { RouteResult } from './http.js';

export class CalicoBadRequest extends Error {}

const deactivatedNow = new Map<string, string>(); // user_id → date, for DELETE in this process

function limitOf(params: URLSearchParams | Record<string, unknown>, fallback = 30): number {
  const raw = params instanceof URLSearchParams ? params.get('limit') : (params.limit as string | number | undefined);
  if (raw === null || raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new CalicoBadRequest('limit must be an integer from 1 to 100');
  return n;
}

function decodeCursor(cursor: string): string {
  try {
    return atob(cursor);
  } catch {
    throw new CalicoBadRequest('cursor is not valid');
  }
}

function offsetOf(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d+)$/.exec(decodeCursor(cursor));
  if (!match) throw new CalicoBadRequest('cursor is not valid');
  return Number(match[1]);
}

/** `next_uri` as the real API writes it: the same path and filters plus a cursor. */
function nextUri(path: string, query: URLSearchParams, limit: number, cursor: string): string {
  const next = new URLSearchParams(query);
  next.set('limit', String(limit));
  next.set('cursor', btoa(cursor));
  return `${path}?${next}`;
}

/** The API's `page` object for rows offset … offset + limit: `next_uri` when more rows follow. */
const pageData = (more: boolean, path: string, query: URLSearchParams, limit: number, offset: number) => ({
  next_uri: more ? nextUri(path, query, limit, `o:${offset + limit}`) : null,
});

/** Slices a list made in full (a user's sources or holdings: a few dozen at most). */
function page<T>(list: readonly T[], path: string, query: URLSearchParams, limit: number, offset: number) {
  return { items: list.slice(offset, offset + limit), page: pageData(offset + limit < list.length, path, query, limit, offset) };
}

/** Takes rows offset … offset + limit from a lazy sequence, and says whether more follow. */
function take<T>(rows: Iterable<T>, offset: number, limit: number): { items: T[]; more: boolean } {
  const items: T[] = [];
  let seen = 0;
  for (const row of rows) {
    if (seen++ < offset) continue;
    if (items.length === limit) return { items, more: true };
    items.push(row);
  }
  return { items, more: false };
}

const csv = (value: string | null) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);

function transactionFilter(query: URLSearchParams): TransactionFilter {
  const start = query.get('start_time');
  const end = query.get('end_time');
  for (const [name, value] of [['start_time', start], ['end_time', end]] as const) {
    if (value && Number.isNaN(Date.parse(value))) throw new CalicoBadRequest(`${name} must be an ISO-8601 date-time`);
  }
  return {
    startMs: start ? Date.parse(start) : -Infinity,
    endMs: end ? Date.parse(end) : Infinity,
    assets: new Set(csv(query.get('asset_symbols'))),
    providers: new Set(csv(query.get('provider_ids'))),
    users: new Set(csv(query.get('user_ids'))),
  };
}

/** The all-users list's keyset cursor: where the last page ended. */
function mergeKeyOf(cursor: string | null): MergeKey | undefined {
  if (!cursor) return undefined;
  const match = /^k:(\d+):(\d+):(\d+)$/.exec(decodeCursor(cursor));
  if (!match) throw new CalicoBadRequest('cursor is not valid');
  return { time: Number(match[1]), user: Number(match[2]), i: Number(match[3]) };
}

function* linkedAccounts(providers: ReadonlySet<string>) {
  for (const index of everyUserIndex) for (const a of userLinkedAccounts(index)) if (!providers.size || providers.has(a.provider_id)) yield a;
}

/** Aggregates over every user that change only when the generator does: made once. */
const once = <T>(make: () => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

const accountsByProvider = once(() =>
  [...linkCountsByProvider()]
    .map(([p, accounts]) => ({ provider_id: p.id, display_label: p.label, accounts }))
    .sort((a, b) => b.accounts - a.accounts || (a.provider_id < b.provider_id ? -1 : 1)),
);

/** Case- and accent-folded names and emails, for search: made once. */
const searchable = once(() => everyUserIndex.map((i) => `${fold(userRecord(i).full_name)}\n${fold(userRecord(i).email)}`));

function userWithState(user: S.User): S.User {
  const on = deactivatedNow.get(user.user_id);
  return on ? { ...user, deactivated: true, deactivated_on: on } : user;
}

export function calicoRoute(method: string, path: string, query: URLSearchParams, body: unknown): RouteResult {
  const notFound = (what: string): RouteResult => ({
    status: 404,
    body: { errors: [{ provider_id: 'calico', cause: 'not_found' }], message: `${what} not found` },
  });
  const userPath = /^\/enterprise\/v2\/users\/([^/]+)(\/assets|\/providers|\/transactions)?$/.exec(path);

  if (userPath && userPath[1] !== 'all' && userPath[1] !== 'search') {
    const id = decodeURIComponent(userPath[1]!);
    const index = userIndexOf(id);
    if (index === undefined) return { status: 601, body: { errors: [{ provider_id: 'calico', cause: 'customer_not_found' }], message: `User ${id} not found` } };
    switch (method + (userPath[2] ?? '')) {
      case 'GET/assets': {
        const symbols = new Set(csv(query.get('asset_symbols')));
        const providers = new Set(csv(query.get('provider_ids')));
        const holdings = userHoldings(index);
        const assets = userAssets(index)
          .map((asset, k) => ({ asset, cents: holdings[k]!.cents }))
          .filter(({ asset: a }) => (!symbols.size || symbols.has(a.asset_symbol)) && (!providers.size || providers.has(a.provider_id)))
          .sort((a, b) => b.cents - a.cents);
        const total = formatCents(assets.reduce((sum, a) => sum + a.cents, 0));
        const { items, page: p } = page(assets.map((a) => a.asset), path, query, limitOf(query), offsetOf(query.get('cursor')));
        return { status: 200, schema: S.UserAssetsResponse, body: { page: p, data: { assets: items, total_value: { amount: total, currency: 'USD' } } } };
      }
      case 'GET/providers': {
        const { items, page: p } = page(userProviders(index), path, query, limitOf(query), offsetOf(query.get('cursor')));
        return { status: 200, schema: S.UserProvidersResponse, body: { page: p, data: items } };
      }
      case 'GET/transactions': {
        const limit = limitOf(query);
        const offset = offsetOf(query.get('cursor'));
        const { items, more } = userTransactionPage(index, transactionFilter(query), offset, limit);
        const p = pageData(more, path, query, limit, offset);
        return { status: 200, schema: S.TransactionsResponse, body: { page: p, data: { transactions: items } } };
      }
      case 'DELETE': {
        if (!userRecord(index).deactivated && !deactivatedNow.has(id)) deactivatedNow.set(id, new Date().toISOString().slice(0, 10));
        // Both documented answers: 204 with no body for users with an odd index, 200 with the body for the rest.
        if (index % 2 === 1) return { status: 204, body: null };
        return { status: 200, schema: S.DeactivateUserResponse, body: { data: { user_id: id, status: 'deactivated' } } };
      }
    }
    return notFound('Endpoint');
  }

  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /enterprise/v2/accounts': {
      const limit = limitOf(query);
      const offset = offsetOf(query.get('cursor'));
      const { items, more } = take(linkedAccounts(new Set(csv(query.get('provider_ids')))), offset, limit);
      return { status: 200, schema: S.AccountsResponse, body: { page: pageData(more, path, query, limit, offset), data: { accounts: items } } };
    }
    case 'GET /enterprise/v2/transactions': {
      const limit = limitOf(query);
      const filter = transactionFilter(query);
      const users = filter.users.size ? [...filter.users].map(userIndexOf).filter((i) => i !== undefined).sort((a, b) => a - b) : everyUserIndex;
      const { items, last, more } = mergedTransactionPage(users, filter, mergeKeyOf(query.get('cursor')), limit);
      const next_uri = more && last ? nextUri(path, query, limit, `k:${last.time}:${last.user}:${last.i}`) : null;
      return { status: 200, schema: S.TransactionsResponse, body: { page: { next_uri }, data: { transactions: items } } };
    }
    case 'GET /enterprise/v2/users/all': {
      const limit = limitOf(query);
      const offset = offsetOf(query.get('cursor'));
      const ids = new Set(csv(query.get('user_ids')));
      const indexes = ids.size ? [...ids].map(userIndexOf).filter((i) => i !== undefined).sort((a, b) => a - b) : everyUserIndex;
      const items = indexes.slice(offset, offset + limit).map((i) => userWithState(userRecord(i)));
      const p = pageData(offset + limit < indexes.length, path, query, limit, offset);
      return { status: 200, schema: S.UsersResponse, body: { page: p, data: { users: items } } };
    }
    case 'POST /enterprise/v2/users/search': {
      const request = S.SearchUsersRequest.safeParse(body ?? {});
      if (!request.success) throw new CalicoBadRequest('the search body is not valid');
      const { query: text, deactivated, cursor } = request.data;
      const needle = fold(text ?? '');
      const names = searchable();
      const found = function* () {
        for (const i of everyUserIndex) {
          if (needle && !names[i]!.includes(needle)) continue;
          const user = userWithState(userRecord(i));
          if (deactivated === undefined || user.deactivated === deactivated) yield user;
        }
      };
      const limit = limitOf(request.data);
      const offset = offsetOf(cursor);
      const { items, more } = take(found(), offset, limit);
      const next_uri = more ? `${path}?limit=${limit}&cursor=${encodeURIComponent(btoa(`o:${offset + limit}`))}` : null;
      return { status: 200, schema: S.UsersResponse, body: { page: { next_uri }, data: { users: items } } };
    }
    case 'GET /enterprise/v2/stats/users': {
      let deactivated = 0;
      for (const i of everyUserIndex) if (userBasics(i).deactivated || deactivatedNow.has(userId(i))) deactivated++;
      return { status: 200, schema: S.UserStatsResponse, body: { data: { total: USER_COUNT, active: USER_COUNT - deactivated, deactivated } } };
    }
    case 'GET /enterprise/v2/stats/accounts-by-provider':
      return { status: 200, schema: S.AccountsByProviderResponse, body: { data: { providers: accountsByProvider() } } };
    case 'GET /enterprise/v2/stats/balance':
      return { status: 200, schema: S.BalanceResponse, body: { data: balance() } };
    case 'GET /enterprise/v2/stats/top-traded-assets': {
      const { startMs, endMs } = transactionFilter(query);
      return { status: 200, schema: S.TopTradedAssetsResponse, body: { data: { assets: topTradedAssets(startMs, endMs, limitOf(query, 10)) } } };
    }
    case 'GET /enterprise/v2/providers': {
      const enabled = new Set<string>(accountsByProvider().map((row) => row.provider_id));
      return { status: 200, schema: S.ProvidersResponse, body: { data: calicoProviders().filter((p) => enabled.has(p.provider_id)) } };
    }
    case 'GET /enterprise/v2/providers/calico':
      return { status: 200, schema: S.ProvidersResponse, body: { data: calicoProviders() } };
  }
  return notFound('Endpoint');
}

/** Case- and accent-insensitive matching ("zoe" finds "Zoë"). */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

