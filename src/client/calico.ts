import * as S from '../schemas/calico.js';
import { type CallOptions, type ClientOptions, type Query, Transport, fillPath } from './transport.js';
import { type Page, type PageToken, tokenFromNextUri } from './pages.js';
import { CALICO_PATHS, type CalicoEndpoint, pathsOf } from './paths.js';

export { CALICO_PATHS, type CalicoEndpoint };

export const CALICO_DEFAULT_BASE_URL = 'https://api.getcalico.com';
/** `limit` range and default (documented for the Platform API). */
export const CALICO_LIMIT = { min: 1, max: 100, default: 30 } as const;

export interface CalicoClientOptions extends ClientOptions {
  paths?: Partial<Record<CalicoEndpoint, string>>;
}

export interface ListOptions extends CallOptions {
  page?: PageToken | null;
}

export interface TimeRange {
  /** ISO-8601 UTC, or a Date. */
  start_time?: string | Date;
  end_time?: string | Date;
}
export interface TransactionFilters extends TimeRange {
  limit?: number;
  asset_symbols?: readonly string[];
  provider_ids?: readonly string[];
}

export interface AssetsPage extends Page<S.AssetPosition> {
  readonly totalValue?: S.CurrencyValue;
}

function iso(value: string | Date | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  return value instanceof Date ? value.toISOString().replace(/\.\d{3}Z$/, 'Z') : value;
}

function toPage<T>(items: readonly T[], body: { page?: S.PageData | null; errors?: S.ErrorItem[] }): Page<T> {
  return { items, next: tokenFromNextUri(body.page?.next_uri), errors: body.errors ?? [] };
}

export type CalicoClient = ReturnType<typeof createCalicoClient>;

/** A typed client for the Calico Enterprise API: one method per endpoint. */
export function createCalicoClient(options: CalicoClientOptions) {
  const transport = new Transport(options, {
    defaultBaseUrl: CALICO_DEFAULT_BASE_URL,
    authHeader: (token) => ['authorization', `Bearer ${token}`],
    rejectedStatuses: [401, 603],
    readErrorBody(_status, body) {
      const parsed = S.CalicoErrorResponse.safeParse(body);
      if (!parsed.success) return {};
      const items = parsed.data.errors ?? [];
      const causes = items.map((e) => `${e.provider_id}: ${e.cause}`).join('; ');
      return { items, message: parsed.data.message ?? (causes || undefined) };
    },
  });
  const paths = pathsOf(CALICO_PATHS, options.paths);
  const path = (name: CalicoEndpoint, userId?: unknown) =>
    userId === undefined ? paths[name] : fillPath(paths[name], 'user_id', userId);

  const get = <T extends S.UsersResponse['data'] | unknown>(
    name: CalicoEndpoint,
    schema: Parameters<typeof transport.request>[0]['schema'],
    query: Query,
    opts: ListOptions = {},
    userId?: unknown,
  ) =>
    transport.request(
      { method: 'GET', path: path(name, userId), query: { ...query, ...opts.page?.query }, schema, read: true },
      opts,
    ) as Promise<{ status: number; body: T }>;

  const transactionQuery = (f: TransactionFilters): Query => ({
    limit: f.limit,
    start_time: iso(f.start_time),
    end_time: iso(f.end_time),
    asset_symbols: f.asset_symbols,
    provider_ids: f.provider_ids,
  });

  return {
    api: 'calico' as const,
    baseUrl: transport.baseUrl.href,
    /** Forget cached pages (all, or those whose request key matches). */
    invalidate: (match?: (key: string) => boolean) => transport.cache.invalidate(match),
    /** Forget the token, cached pages and reads in flight (aborted), e.g. when the person signs out. */
    clear: () => transport.clear(),

    /** #1 One user's holdings, with the total value and any sources that failed. */
    async userAssets(
      userId: string,
      params: { limit?: number; asset_symbols?: readonly string[]; provider_ids?: readonly string[] } = {},
      opts?: ListOptions,
    ): Promise<AssetsPage> {
      const { body } = await get<S.UserAssetsResponse>('userAssets', S.UserAssetsResponse, params, opts, userId);
      return { ...toPage(body.data.assets, body), totalValue: body.data.total_value };
    },

    /** #2 One user's linked crypto sources (the docs show one object or a list: always a list here). */
    async userProviders(userId: string, params: { limit?: number } = {}, opts?: ListOptions) {
      const { body } = await get<S.UserProvidersResponse>('userProviders', S.UserProvidersResponse, params, opts, userId);
      const items = Array.isArray(body.data) ? body.data : [body.data];
      return toPage<S.ProviderMetadata>(items, body);
    },

    /** #3 One user's transactions, newest first. */
    async userTransactions(userId: string, filters: TransactionFilters = {}, opts?: ListOptions) {
      const { body } = await get<S.TransactionsResponse>(
        'userTransactions', S.TransactionsResponse, transactionQuery(filters), opts, userId);
      return toPage<S.Transaction>(body.data.transactions, body);
    },

    /** #4 Deactivates a user. Sent exactly once per call: never retried, never cached. */
    async deactivateUser(userId: string, opts?: CallOptions) {
      const { status } = await transport.request(
        { method: 'DELETE', path: path('deactivateUser', userId), schema: null, read: false },
        opts,
      );
      transport.cache.invalidate(); // every cached list may now show this user wrongly
      return { userId, status: 'deactivated' as const, httpStatus: status };
    },

    /** #5 Linked accounts of all users. */
    async accounts(params: { limit?: number; provider_ids?: readonly string[] } = {}, opts?: ListOptions) {
      const { body } = await get<S.AccountsResponse>('accounts', S.AccountsResponse, params, opts);
      return toPage<S.LinkedAccount>(body.data.accounts, body);
    },

    /** #6 Transactions of all users (each with `user_id`). */
    async transactions(filters: TransactionFilters & { user_ids?: readonly string[] } = {}, opts?: ListOptions) {
      const { body } = await get<S.TransactionsResponse>(
        'transactions', S.TransactionsResponse, { ...transactionQuery(filters), user_ids: filters.user_ids }, opts);
      return toPage<S.Transaction>(body.data.transactions, body);
    },

    /** #7 Enterprise users. */
    async users(params: { limit?: number; user_ids?: readonly string[] } = {}, opts?: ListOptions) {
      const { body } = await get<S.UsersResponse>('users', S.UsersResponse, params, opts);
      return toPage<S.User>(body.data.users, body);
    },

    /** #8 Search users by email or name. A read, so it is deduplicated and cached like a GET. */
    async searchUsers(request: S.SearchUsersRequest = {}, opts: ListOptions = {}) {
      const cursor = opts.page?.query;
      const body = {
        ...request,
        ...(cursor?.cursor ? { cursor: cursor.cursor } : {}),
        ...(cursor?.limit ? { limit: Number(cursor.limit) } : {}),
      };
      const { body: res } = (await transport.request(
        { method: 'POST', path: path('searchUsers'), body, schema: S.UsersResponse, read: true },
        opts,
      )) as { body: S.UsersResponse };
      return toPage<S.User>(res.data.users, res);
    },

    /** #9 */
    async userStats(opts?: CallOptions) {
      return (await get<S.UserStatsResponse>('userStats', S.UserStatsResponse, {}, opts)).body.data;
    },
    /** #10 */
    async accountsByProvider(opts?: CallOptions) {
      return (await get<S.AccountsByProviderResponse>('accountsByProvider', S.AccountsByProviderResponse, {}, opts)).body.data;
    },
    /** #11 */
    async balance(opts?: CallOptions) {
      return (await get<S.BalanceResponse>('balance', S.BalanceResponse, {}, opts)).body.data;
    },
    /** #12 */
    async topTradedAssets(params: TimeRange & { limit?: number } = {}, opts?: CallOptions) {
      const query = { limit: params.limit, start_time: iso(params.start_time), end_time: iso(params.end_time) };
      return (await get<S.TopTradedAssetsResponse>('topTradedAssets', S.TopTradedAssetsResponse, query, opts)).body.data;
    },
    /** #13 Sources this enterprise enabled. */
    async enterpriseProviders(opts?: CallOptions) {
      return (await get<S.ProvidersResponse>('enterpriseProviders', S.ProvidersResponse, {}, opts)).body.data;
    },
    /** #14 All sources Calico supports. */
    async calicoProviders(opts?: CallOptions) {
      return (await get<S.ProvidersResponse>('calicoProviders', S.ProvidersResponse, {}, opts)).body.data;
    },
  };
}
