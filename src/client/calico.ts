import * as S from '../schemas/calico.js';
import type { AccountsByProviderResponse, AssetPosition, BalanceResponse, CurrencyValue, LinkedAccount, ProviderMetadata, SearchUsersRequest, TopTradedAssetsResponse, Transaction, User, UserStatsResponse } from '../schemas/calico.js';
import { endSession, registerClient } from './registry.js';
import { type CallOptions, type ClientOptions, type Query, type Received, Transport, fillPath } from './transport.js';
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

export interface AssetsPage extends Page<AssetPosition> {
  readonly totalValue?: CurrencyValue;
}

function iso(value: string | Date | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  return value instanceof Date ? value.toISOString().replace(/\.\d{3}Z$/, 'Z') : value;
}

function toPage<T>(items: readonly T[], { body, receivedAt }: Received<{ page?: S.PageData | null; errors?: S.ErrorItem[] }>): Page<T> {
  return { items, next: tokenFromNextUri(body.page?.next_uri), errors: body.errors ?? [], fetchedAt: receivedAt };
}

/** A client for the Calico Enterprise API: one method per endpoint (numbers as in ../shared/api/calico-enterprise.md). */
export interface CalicoClient {
  readonly api: 'calico';
  /** The API root every request goes to (nothing is ever sent to another origin). */
  readonly baseUrl: string;
  /** Forget cached pages (all, or those whose request key matches). */
  invalidate(match?: (key: string) => boolean): void;
  /** Forget the token, cached pages and reads in flight (aborted), e.g. when the person signs out. */
  clear(): void;
  /** #1 One user's holdings, with the total value and any sources that failed. */
  userAssets(userId: string, params?: { limit?: number; asset_symbols?: readonly string[]; provider_ids?: readonly string[] }, opts?: ListOptions): Promise<AssetsPage>;
  /** #2 One user's linked crypto sources (the docs show one object or a list: always a list here). */
  userProviders(userId: string, params?: { limit?: number }, opts?: ListOptions): Promise<Page<ProviderMetadata>>;
  /** #3 One user's transactions, newest first. */
  userTransactions(userId: string, filters?: TransactionFilters, opts?: ListOptions): Promise<Page<Transaction>>;
  /** #4 Deactivates a user. Sent exactly once per call: never retried, never cached. */
  deactivateUser(userId: string, opts?: CallOptions): Promise<{ userId: string; status: 'deactivated'; httpStatus: number }>;
  /** #5 Linked accounts of all users. */
  accounts(params?: { limit?: number; provider_ids?: readonly string[] }, opts?: ListOptions): Promise<Page<LinkedAccount>>;
  /** #6 Transactions of all users (each with `user_id`). */
  transactions(filters?: TransactionFilters & { user_ids?: readonly string[] }, opts?: ListOptions): Promise<Page<Transaction>>;
  /** #7 Enterprise users. */
  users(params?: { limit?: number; user_ids?: readonly string[] }, opts?: ListOptions): Promise<Page<User>>;
  /** #8 Search users by email or name. A read, so it is deduplicated and cached like a GET. */
  searchUsers(request?: SearchUsersRequest, opts?: ListOptions): Promise<Page<User>>;
  /** #9 Users: total, active, deactivated. */
  userStats(opts?: CallOptions): Promise<UserStatsResponse['data']>;
  /** #10 Linked accounts per provider. */
  accountsByProvider(opts?: CallOptions): Promise<AccountsByProviderResponse['data']>;
  /** #11 The balance of all accounts. */
  balance(opts?: CallOptions): Promise<BalanceResponse['data']>;
  /** #12 The most traded assets. */
  topTradedAssets(params?: TimeRange & { limit?: number }, opts?: CallOptions): Promise<TopTradedAssetsResponse['data']>;
  /** #13 Sources this enterprise enabled. */
  enterpriseProviders(opts?: CallOptions): Promise<ProviderMetadata[]>;
  /** #14 All sources Calico supports. */
  calicoProviders(opts?: CallOptions): Promise<ProviderMetadata[]>;
}

/** Makes a CalicoClient: the transport (token, cache, retries, parsing) with the Calico API's paths and error bodies. */
export function createCalicoClient(options: CalicoClientOptions): CalicoClient {
  const transport = new Transport(options, {
    name: 'createCalicoClient',
    defaultBaseUrl: CALICO_DEFAULT_BASE_URL,
    authHeader: (token) => ['authorization', `Bearer ${token}`],
    rejectedStatuses: [401, 603],
    namesNoOne: (path) => Object.values(paths).includes(path as never),
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

  const transactionQuery = (f: TransactionFilters): Query => ({
    limit: f.limit,
    start_time: iso(f.start_time),
    end_time: iso(f.end_time),
    asset_symbols: f.asset_symbols,
    provider_ids: f.provider_ids,
  });

  const client: CalicoClient = {
    api: 'calico',
    baseUrl: transport.baseUrl.href,
    invalidate: (match) => transport.cache.invalidate(match),
    clear() {
      transport.clear();
      endSession(client); // the widgets using this client drop what they showed and wait (`client`, not `this`: clear may be passed around unbound)
    },

    async userAssets(userId, params = {}, opts) {
      const res = await transport.get(path('userAssets', userId), S.UserAssetsResponse, params, opts);
      return { ...toPage(res.body.data.assets, res), totalValue: res.body.data.total_value };
    },
    async userProviders(userId, params = {}, opts) {
      const res = await transport.get(path('userProviders', userId), S.UserProvidersResponse, params, opts);
      const { data } = res.body;
      return toPage(Array.isArray(data) ? data : [data], res);
    },
    async userTransactions(userId, filters = {}, opts) {
      const res = await transport.get(path('userTransactions', userId), S.TransactionsResponse, transactionQuery(filters), opts);
      return toPage(res.body.data.transactions, res);
    },
    async deactivateUser(userId, opts) {
      const { status } = await transport.request({ method: 'DELETE', path: path('deactivateUser', userId), schema: null, read: false }, opts);
      transport.cache.invalidate(); // every cached list may now show this user wrongly
      return { userId, status: 'deactivated', httpStatus: status };
    },
    async accounts(params = {}, opts) {
      const res = await transport.get(path('accounts'), S.AccountsResponse, params, opts);
      return toPage(res.body.data.accounts, res);
    },
    async transactions(filters = {}, opts) {
      const query = { ...transactionQuery(filters), user_ids: filters.user_ids };
      const res = await transport.get(path('transactions'), S.TransactionsResponse, query, opts);
      return toPage(res.body.data.transactions, res);
    },
    async users(params = {}, opts) {
      const res = await transport.get(path('users'), S.UsersResponse, params, opts);
      return toPage(res.body.data.users, res);
    },
    async searchUsers(request = {}, opts = {}) {
      // A POST: the cursor of `next_uri` goes into the body, not the query.
      const cursor = opts.page?.query;
      const body = {
        ...request,
        ...(cursor?.cursor ? { cursor: cursor.cursor } : {}),
        ...(cursor?.limit ? { limit: Number(cursor.limit) } : {}),
      };
      const res = await transport.request({ method: 'POST', path: path('searchUsers'), body, schema: S.UsersResponse, read: true }, opts);
      return toPage(res.body.data.users, res);
    },
    userStats: async (opts) => (await transport.get(path('userStats'), S.UserStatsResponse, {}, opts)).body.data,
    accountsByProvider: async (opts) => (await transport.get(path('accountsByProvider'), S.AccountsByProviderResponse, {}, opts)).body.data,
    balance: async (opts) => (await transport.get(path('balance'), S.BalanceResponse, {}, opts)).body.data,
    async topTradedAssets(params = {}, opts) {
      const query = { limit: params.limit, start_time: iso(params.start_time), end_time: iso(params.end_time) };
      return (await transport.get(path('topTradedAssets'), S.TopTradedAssetsResponse, query, opts)).body.data;
    },
    enterpriseProviders: async (opts) => (await transport.get(path('enterpriseProviders'), S.ProvidersResponse, {}, opts)).body.data,
    calicoProviders: async (opts) => (await transport.get(path('calicoProviders'), S.ProvidersResponse, {}, opts)).body.data,
  };
  return registerClient(client);
}
