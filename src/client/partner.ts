import * as S from '../schemas/partner.js';
import type { Order, PartnerSortKey, PartnerUser } from '../schemas/partner.js';
import type * as z from 'zod/mini';
import { endSession, registerClient } from './registry.js';
import { type CallOptions, type ClientOptions, type Query, Transport, fillPath } from './transport.js';
import type { Page, PageToken } from './pages.js';
import type { ListOptions } from './calico.js';
import { PARTNER_PATHS, type PartnerEndpoint, pathsOf } from './paths.js';

/**
 * The Partner API documentation's development host. Not a default: the Partner API has none, so
 * `createPartnerClient` needs a `baseUrl` (your proxy, or the host your contract names).
 * @deprecated No client uses it any more; it goes in the next minor version.
 */
export const PARTNER_DEFAULT_BASE_URL = 'https://partner-api.cryptofi-dev.com/v1';
export const PARTNER_PER_PAGE = { min: 1, max: 100, default: 25 } as const;

export interface PartnerUserQuery {
  user_account_id?: string;
  product?: string;
  crypto_kyc_status?: string;
  securities_kyc_status?: string;
  roth_ira_kyc_status?: string;
  robo_kyc_status?: string;
  created_at_start?: string;
  created_at_end?: string;
  per_page?: number;
  last_record_number?: number;
  sort_order?: 'asc' | 'desc';
  sort_key?: PartnerSortKey | (string & {});
}

export interface PartnerOrderQuery {
  user_account_id?: string;
  product?: string;
  side?: 'buy' | 'sell';
  status?: string;
  placed_at_start?: string;
  placed_at_end?: string;
  per_page?: number;
  last_record_number?: number;
  sort_order?: 'asc' | 'desc';
}

/** A Partner page knows the total and its page size, so the pager can number pages and jump. */
export interface PartnerPage<T> extends Page<T> {
  readonly totalRecords: number;
  readonly perPage: number;
}

/** Turns FastAPI's 422 `detail[]` into words: "per_page: Input should be less than or equal to 100". */
function describeValidationError(detail: S.PartnerValidationError['detail']): string {
  return detail
    .map((d) => {
      const where = d.loc.filter((part) => part !== 'query' && part !== 'body').join('.');
      return where ? `${where}: ${d.msg}` : d.msg;
    })
    .join('; ');
}

/** `baseUrl` is required: the Partner API has no default host. */
export interface PartnerClientOptions extends ClientOptions {
  /** Paths that differ from the ones this library assumes (see docs/api-status.md). */
  paths?: Partial<Record<PartnerEndpoint, string>>;
}

/** A client for the Partner API (x-api-key). Offsets paginate; the total gives page counts. */
export interface PartnerClient {
  readonly api: 'partner';
  /** The API root every request goes to (nothing is ever sent to another origin). */
  readonly baseUrl: string;
  /** Forget cached pages (all, or those whose request key matches). */
  invalidate(match?: (key: string) => boolean): void;
  /** Forget the token, cached pages and reads in flight (aborted), e.g. when the person signs out. */
  clear(): void;
  /** The token for any page (1-based): Partner pages are offsets, so any page can be asked for directly. */
  pageAt(pageNumber: number, perPage: number): PageToken;
  /** `GET /users/` */
  listUsers(query?: PartnerUserQuery, opts?: ListOptions): Promise<PartnerPage<PartnerUser>>;
  /** `GET /users/{user_account_id}/` */
  getUser(userAccountId: string, opts?: CallOptions): Promise<PartnerUser>;
  /** `GET /orders/` */
  listOrders(query?: PartnerOrderQuery, opts?: ListOptions): Promise<PartnerPage<Order>>;
  /** `GET /orders/{order_id}/` */
  getOrder(orderId: string, opts?: CallOptions): Promise<Order>;
}

/** Makes a PartnerClient: the transport (key, cache, retries, parsing) with the Partner API's paths and error bodies. */
export function createPartnerClient(options: PartnerClientOptions): PartnerClient {
  const transport = new Transport(options, {
    name: 'createPartnerClient',
    authHeader: (token) => ['x-api-key', token],
    // An unknown or expired key answers 401 or 403 (not documented which): ask once more for either.
    rejectedStatuses: [401, 403],
    // A 403 is this person refused only when the server half says it refused them itself; from the
    // Partner API a 403 means a bad key, as 401 does.
    kind: (status, byProxy) => (status === 403 && !byProxy ? 'auth' : undefined),
    namesNoOne: (path) => path === paths.listUsers || path === paths.listOrders,
    readErrorBody(_status, body) {
      const validation = S.PartnerValidationError.safeParse(body);
      if (validation.success) {
        return { items: validation.data.detail, message: describeValidationError(validation.data.detail) };
      }
      const plain = S.PartnerDetailError.safeParse(body);
      return plain.success ? { items: [plain.data.detail], message: plain.data.detail } : {};
    },
  });
  const paths = pathsOf(PARTNER_PATHS, options.paths);

  /** One list endpoint: its answer as a page, the next offset as the next token. */
  async function list<T>(path: string, schema: z.ZodMiniType<S.PartnerList<T>>, query: Query, opts: ListOptions = {}): Promise<PartnerPage<T>> {
    const { body, receivedAt } = await transport.get(path, schema, query, opts);
    const perPage = body.per_page || Number(query.per_page) || PARTNER_PER_PAGE.default;
    const done = body.items.length < perPage || body.last_record_number >= body.total_records;
    return {
      items: body.items,
      totalRecords: body.total_records,
      perPage,
      errors: [],
      fetchedAt: receivedAt,
      next: done ? null : { query: { last_record_number: String(body.last_record_number) } },
    };
  }

  const client: PartnerClient = {
    api: 'partner',
    baseUrl: transport.baseUrl.href,
    invalidate: (match) => transport.cache.invalidate(match),
    clear() {
      transport.clear();
      endSession(client); // the widgets using this client drop what they showed and wait (`client`, not `this`: clear may be passed around unbound)
    },
    pageAt: (pageNumber, perPage) => ({ query: { last_record_number: String((pageNumber - 1) * perPage) } }),
    listUsers: (query = {}, opts) => list(paths.listUsers, S.PartnerUserList, { ...query }, opts),
    getUser: async (userAccountId, opts) => (await transport.get(fillPath(paths.getUser, 'user_account_id', userAccountId), S.PartnerUser, {}, opts)).body,
    listOrders: (query = {}, opts) => list(paths.listOrders, S.OrderList, { ...query }, opts),
    getOrder: async (orderId, opts) => (await transport.get(fillPath(paths.getOrder, 'order_id', orderId), S.Order, {}, opts)).body,
  };
  return registerClient(client);
}
