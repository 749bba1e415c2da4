import * as S from '../schemas/partner.js';
import { type CallOptions, type ClientOptions, Transport, fillPath } from './transport.js';
import type { Page } from './pages.js';
import type { ListOptions } from './calico.js';
import { PARTNER_PATHS, type PartnerEndpoint, pathsOf } from './paths.js';

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
  sort_key?: S.PartnerSortKey | (string & {});
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

export interface PartnerPage<T> extends Page<T> {
  readonly totalRecords: number;
  readonly perPage: number;
  /** Records before this page (the offset this page started at). */
  readonly offset: number;
}

/** Turns FastAPI's 422 `detail[]` into words: "per_page: Input should be less than or equal to 100". */
export function describeValidationError(detail: S.PartnerValidationError['detail']): string {
  return detail
    .map((d) => {
      const where = d.loc.filter((part) => part !== 'query' && part !== 'body').join('.');
      return where ? `${where}: ${d.msg}` : d.msg;
    })
    .join('; ');
}

export interface PartnerClientOptions extends ClientOptions {
  /** Paths that differ from the ones this library assumes (see docs/api-status.md). */
  paths?: Partial<Record<PartnerEndpoint, string>>;
}

export type PartnerClient = ReturnType<typeof createPartnerClient>;

/** A typed client for the Partner API (x-api-key). Offsets paginate; the total gives page counts. */
export function createPartnerClient(options: PartnerClientOptions) {
  const transport = new Transport(options, {
    defaultBaseUrl: PARTNER_DEFAULT_BASE_URL,
    authHeader: (token) => ['x-api-key', token],
    // An unknown or expired key answers 401 or 403 (not documented which): ask once more for either.
    rejectedStatuses: [401, 403],
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

  async function list<T>(path: string, schema: typeof S.PartnerUserList | typeof S.OrderList, query: object, opts: ListOptions = {}) {
    const merged = { ...query, ...opts.page?.query } as Record<string, string | number | undefined>;
    const { body } = (await transport.request({ method: 'GET', path, query: merged, schema, read: true }, opts)) as unknown as {
      body: { items: T[]; total_records: number; last_record_number: number; per_page: number };
    };
    const perPage = body.per_page || Number(merged.per_page) || PARTNER_PER_PAGE.default;
    const offset = Math.max(0, body.last_record_number - body.items.length);
    const done = body.items.length < perPage || body.last_record_number >= body.total_records;
    const page: PartnerPage<T> = {
      items: body.items,
      totalRecords: body.total_records,
      perPage,
      offset,
      errors: [],
      next: done ? null : { query: { last_record_number: String(body.last_record_number) } },
    };
    return page;
  }

  return {
    api: 'partner' as const,
    baseUrl: transport.baseUrl.href,
    invalidate: (match?: (key: string) => boolean) => transport.cache.invalidate(match),
    /** Forget the token, cached pages and reads in flight (aborted), e.g. when the person signs out. */
    clear: () => transport.clear(),
    /** The token for any page: Partner pages are offsets, so any page can be asked for directly. */
    pageAt: (pageNumber: number, perPage: number) => ({ query: { last_record_number: String((pageNumber - 1) * perPage) } }),

    /** `GET /users/` */
    listUsers: (query: PartnerUserQuery = {}, opts?: ListOptions) =>
      list<S.PartnerUser>(paths.listUsers, S.PartnerUserList, query, opts),
    /** `GET /users/{user_account_id}/` */
    async getUser(userAccountId: string, opts?: CallOptions) {
      const path = fillPath(paths.getUser, 'user_account_id', userAccountId);
      return (await transport.request({ method: 'GET', path, schema: S.PartnerUser, read: true }, opts)).body as S.PartnerUser;
    },
    /** `GET /orders/` */
    listOrders: (query: PartnerOrderQuery = {}, opts?: ListOptions) =>
      list<S.Order>(paths.listOrders, S.OrderList, query, opts),
    /** `GET /orders/{order_id}/` */
    async getOrder(orderId: string, opts?: CallOptions) {
      const path = fillPath(paths.getOrder, 'order_id', orderId);
      return (await transport.request({ method: 'GET', path, schema: S.Order, read: true }, opts)).body as S.Order;
    },
  };
}
