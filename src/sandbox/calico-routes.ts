/** The Calico Enterprise API, answered from the sandbox's data. Each route returns a body and the schema it must pass. */
import * as S from '../schemas/calico.js';
import { compareDecimals, sumDecimals } from '../util/decimal.js';
import { ASSETS } from './catalog.js';
import {
  calicoProviders,
  everyLinkedAccount,
  everyTransaction,
  everyUser,
  sandboxUser,
  totalValue,
  userIndexOf,
  userTransactions,
} from './data.js';
import type { Transaction } from '../schemas/calico.js';
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

function offsetOf(cursor: string | null | undefined): number {
  if (!cursor) return 0;
  let decoded = '';
  try {
    decoded = atob(cursor);
  } catch {
    /* falls through */
  }
  const match = /^o:(\d+)$/.exec(decoded);
  if (!match) throw new CalicoBadRequest('cursor is not valid');
  return Number(match[1]);
}

/** Slices a list and writes `next_uri` as the real API does: the same path and filters plus a cursor. */
function page<T>(list: readonly T[], path: string, query: URLSearchParams, limit: number, offset: number) {
  const items = list.slice(offset, offset + limit);
  let next_uri: string | null = null;
  if (offset + limit < list.length) {
    const next = new URLSearchParams(query);
    next.set('limit', String(limit));
    next.set('cursor', btoa(`o:${offset + limit}`));
    next_uri = `${path}?${next}`;
  }
  return { items, page: { next_uri } };
}

const csv = (value: string | null) => (value ? value.split(',').map((s) => s.trim()).filter(Boolean) : []);

function timeFilter(query: URLSearchParams) {
  const start = query.get('start_time');
  const end = query.get('end_time');
  for (const [name, value] of [['start_time', start], ['end_time', end]] as const) {
    if (value && Number.isNaN(Date.parse(value))) throw new CalicoBadRequest(`${name} must be an ISO-8601 date-time`);
  }
  const startMs = start ? Date.parse(start) : -Infinity;
  const endMs = end ? Date.parse(end) : Infinity;
  return (t: Transaction) => {
    const at = Date.parse(t.timestamp);
    return at >= startMs && at < endMs;
  };
}

function filterTransactions(list: readonly Transaction[], query: URLSearchParams) {
  const inRange = timeFilter(query);
  const assets = new Set(csv(query.get('asset_symbols')));
  const providers = new Set(csv(query.get('provider_ids')));
  const users = new Set(csv(query.get('user_ids')));
  return list.filter(
    (t) =>
      inRange(t) &&
      (!providers.size || providers.has(t.provider_id)) &&
      (!users.size || users.has(t.user_id ?? '')) &&
      (!assets.size || assets.has(t.input?.asset_symbol ?? '') || assets.has(t.output?.asset_symbol ?? '')),
  );
}

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
    const data = sandboxUser(index);
    switch (method + (userPath[2] ?? '')) {
      case 'GET/assets': {
        const symbols = new Set(csv(query.get('asset_symbols')));
        const providers = new Set(csv(query.get('provider_ids')));
        const assets = data.assets
          .filter((a) => (!symbols.size || symbols.has(a.asset_symbol)) && (!providers.size || providers.has(a.provider_id)))
          .sort((a, b) => compareDecimals(b.value.amount, a.value.amount));
        const { items, page: p } = page(assets, path, query, limitOf(query), offsetOf(query.get('cursor')));
        return {
          status: 200,
          schema: S.UserAssetsResponse,
          body: { page: p, data: { assets: items, total_value: { amount: totalValue(assets), currency: 'USD' } } },
        };
      }
      case 'GET/providers': {
        const { items, page: p } = page(data.providers, path, query, limitOf(query), offsetOf(query.get('cursor')));
        return { status: 200, schema: S.UserProvidersResponse, body: { page: p, data: items } };
      }
      case 'GET/transactions': {
        const list = filterTransactions(userTransactions(index), query);
        const { items, page: p } = page(list, path, query, limitOf(query), offsetOf(query.get('cursor')));
        return { status: 200, schema: S.TransactionsResponse, body: { page: p, data: { transactions: items } } };
      }
      case 'DELETE': {
        if (!data.user.deactivated && !deactivatedNow.has(id)) deactivatedNow.set(id, new Date().toISOString().slice(0, 10));
        return { status: 200, schema: S.DeactivateUserResponse, body: { data: { user_id: id, status: 'deactivated' } } };
      }
    }
    return notFound('Endpoint');
  }

  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /enterprise/v2/accounts': {
      const providers = new Set(csv(query.get('provider_ids')));
      const list = everyLinkedAccount().filter((a) => !providers.size || providers.has(a.provider_id));
      const { items, page: p } = page(list, path, query, limitOf(query), offsetOf(query.get('cursor')));
      return { status: 200, schema: S.AccountsResponse, body: { page: p, data: { accounts: items } } };
    }
    case 'GET /enterprise/v2/transactions': {
      const list = filterTransactions(everyTransaction(), query);
      const { items, page: p } = page(list, path, query, limitOf(query), offsetOf(query.get('cursor')));
      return { status: 200, schema: S.TransactionsResponse, body: { page: p, data: { transactions: items } } };
    }
    case 'GET /enterprise/v2/users/all': {
      const ids = new Set(csv(query.get('user_ids')));
      const list = everyUser().map((u) => userWithState(u.user)).filter((u) => !ids.size || ids.has(u.user_id));
      const { items, page: p } = page(list, path, query, limitOf(query), offsetOf(query.get('cursor')));
      return { status: 200, schema: S.UsersResponse, body: { page: p, data: { users: items } } };
    }
    case 'POST /enterprise/v2/users/search': {
      const request = S.SearchUsersRequest.safeParse(body ?? {});
      if (!request.success) throw new CalicoBadRequest('the search body is not valid');
      const { query: text, deactivated, cursor } = request.data;
      const needle = fold(text ?? '');
      const list = everyUser()
        .map((u) => userWithState(u.user))
        .filter(
          (u) =>
            (deactivated === undefined || u.deactivated === deactivated) &&
            (!needle || fold(u.full_name).includes(needle) || fold(u.email).includes(needle)),
        );
      const limit = limitOf(request.data);
      const offset = offsetOf(cursor);
      const items = list.slice(offset, offset + limit);
      const next_uri = offset + limit < list.length ? `${path}?limit=${limit}&cursor=${encodeURIComponent(btoa(`o:${offset + limit}`))}` : null;
      return { status: 200, schema: S.UsersResponse, body: { page: { next_uri }, data: { users: items } } };
    }
    case 'GET /enterprise/v2/stats/users': {
      const all = everyUser().map((u) => userWithState(u.user));
      const deactivated = all.filter((u) => u.deactivated).length;
      return { status: 200, schema: S.UserStatsResponse, body: { data: { total: all.length, active: all.length - deactivated, deactivated } } };
    }
    case 'GET /enterprise/v2/stats/accounts-by-provider': {
      const counts = new Map<string, { provider_id: string; display_label: string; accounts: number }>();
      for (const a of everyLinkedAccount()) {
        const row = counts.get(a.provider_id) ?? { provider_id: a.provider_id, display_label: a.display_label, accounts: 0 };
        row.accounts++;
        counts.set(a.provider_id, row);
      }
      const providers = [...counts.values()].sort((a, b) => b.accounts - a.accounts);
      return { status: 200, schema: S.AccountsByProviderResponse, body: { data: { providers } } };
    }
    case 'GET /enterprise/v2/stats/balance': {
      const bySymbol = new Map<string, { quantities: string[]; values: string[] }>();
      for (const u of everyUser()) {
        for (const a of u.assets) {
          const row = bySymbol.get(a.asset_symbol) ?? { quantities: [], values: [] };
          row.quantities.push(a.quantity);
          row.values.push(a.value.amount);
          bySymbol.set(a.asset_symbol, row);
        }
      }
      const assets = [...bySymbol].map(([asset_symbol, row]) => ({
        asset_symbol,
        quantity: sumDecimals(row.quantities),
        value: { amount: sumDecimals(row.values), currency: 'USD' },
      }));
      assets.sort((a, b) => compareDecimals(b.value.amount, a.value.amount));
      const total = sumDecimals(assets.map((a) => a.value.amount));
      return { status: 200, schema: S.BalanceResponse, body: { data: { total: { amount: total, currency: 'USD' }, assets } } };
    }
    case 'GET /enterprise/v2/stats/top-traded-assets': {
      const limit = limitOf(query, 10);
      const inRange = timeFilter(query);
      const rows = new Map<string, { count: number; volumes: string[] }>();
      for (const t of everyTransaction()) {
        if (t.transaction_type !== 'input_output' || !inRange(t)) continue;
        for (const legItem of [t.input, t.output]) {
          if (!legItem) continue;
          const row = rows.get(legItem.asset_symbol) ?? { count: 0, volumes: [] };
          row.count++;
          row.volumes.push(legItem.value?.amount ?? '0');
          rows.set(legItem.asset_symbol, row);
        }
      }
      const names = new Map(ASSETS.map(([symbol, name]) => [symbol, name]));
      const assets = [...rows]
        .map(([asset_symbol, row]) => ({
          asset_symbol,
          asset_name: names.get(asset_symbol),
          trade_count: row.count,
          volume: { amount: sumDecimals(row.volumes), currency: 'USD' },
        }))
        .sort((a, b) => b.trade_count - a.trade_count)
        .slice(0, limit);
      return { status: 200, schema: S.TopTradedAssetsResponse, body: { data: { assets } } };
    }
    case 'GET /enterprise/v2/providers': {
      const enabled = new Set(everyLinkedAccount().map((a) => a.provider_id));
      const data = calicoProviders().filter((p) => enabled.has(p.provider_id));
      return { status: 200, schema: S.ProvidersResponse, body: { data } };
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

