/**
 * Every endpoint both clients call, in one table: path, method, the query parameters it accepts, and
 * whether it reads one person's data (the id in its path) or the whole enterprise. The clients build
 * their requests from it; the server half (calico-widgets/server) routes only what it lists.
 * Rows the public docs leave incomplete are our reading of them: override a path with the `paths`
 * option of a client or a proxy.
 */
export interface EndpointSpec {
  path: string;
  method: 'GET' | 'POST' | 'DELETE';
  query: readonly string[];
  /** `person`: the id in the path names whose data it is. `enterprise`: anyone's. */
  scope: 'person' | 'enterprise';
}

const TX_QUERY = ['limit', 'cursor', 'start_time', 'end_time', 'asset_symbols', 'provider_ids'] as const;

export const CALICO_ENDPOINTS = {
  userAssets: { path: '/enterprise/v2/users/{user_id}/assets', method: 'GET', query: ['limit', 'cursor', 'asset_symbols', 'provider_ids'], scope: 'person' },
  userProviders: { path: '/enterprise/v2/users/{user_id}/providers', method: 'GET', query: ['limit', 'cursor'], scope: 'person' },
  userTransactions: { path: '/enterprise/v2/users/{user_id}/transactions', method: 'GET', query: TX_QUERY, scope: 'person' },
  deactivateUser: { path: '/enterprise/v2/users/{user_id}', method: 'DELETE', query: [], scope: 'person' },
  accounts: { path: '/enterprise/v2/accounts', method: 'GET', query: ['limit', 'cursor', 'provider_ids'], scope: 'enterprise' },
  transactions: { path: '/enterprise/v2/transactions', method: 'GET', query: [...TX_QUERY, 'user_ids'], scope: 'enterprise' },
  users: { path: '/enterprise/v2/users/all', method: 'GET', query: ['limit', 'cursor', 'user_ids'], scope: 'enterprise' },
  searchUsers: { path: '/enterprise/v2/users/search', method: 'POST', query: ['limit', 'cursor'], scope: 'enterprise' },
  userStats: { path: '/enterprise/v2/stats/users', method: 'GET', query: [], scope: 'enterprise' },
  accountsByProvider: { path: '/enterprise/v2/stats/accounts-by-provider', method: 'GET', query: [], scope: 'enterprise' },
  balance: { path: '/enterprise/v2/stats/balance', method: 'GET', query: [], scope: 'enterprise' },
  topTradedAssets: { path: '/enterprise/v2/stats/top-traded-assets', method: 'GET', query: ['limit', 'start_time', 'end_time'], scope: 'enterprise' },
  enterpriseProviders: { path: '/enterprise/v2/providers', method: 'GET', query: [], scope: 'enterprise' },
  calicoProviders: { path: '/enterprise/v2/providers/calico', method: 'GET', query: [], scope: 'enterprise' },
} as const satisfies Record<string, EndpointSpec>;
export type CalicoEndpoint = keyof typeof CALICO_ENDPOINTS;

const MEMBER_QUERY = ['user_account_id', 'product', 'crypto_kyc_status', 'securities_kyc_status', 'roth_ira_kyc_status', 'robo_kyc_status', 'created_at_start', 'created_at_end', 'per_page', 'last_record_number', 'sort_order', 'sort_key'] as const;
const ORDER_QUERY = ['user_account_id', 'product', 'side', 'status', 'placed_at_start', 'placed_at_end', 'per_page', 'last_record_number', 'sort_order'] as const;

export const PARTNER_ENDPOINTS = {
  listUsers: { path: '/users/', method: 'GET', query: MEMBER_QUERY, scope: 'enterprise' },
  getUser: { path: '/users/{user_account_id}/', method: 'GET', query: [], scope: 'person' },
  listOrders: { path: '/orders/', method: 'GET', query: ORDER_QUERY, scope: 'enterprise' },
  // An order id does not say whose order it is: only staff may read one.
  getOrder: { path: '/orders/{order_id}/', method: 'GET', query: [], scope: 'enterprise' },
} as const satisfies Record<string, EndpointSpec>;
export type PartnerEndpoint = keyof typeof PARTNER_ENDPOINTS;

/** The path of each endpoint, with an integrator's overrides. */
export function pathsOf<E extends string>(table: Record<E, EndpointSpec>, overrides: Partial<Record<E, string>> = {}): Record<E, string> {
  const paths = {} as Record<E, string>;
  for (const name of Object.keys(table) as E[]) paths[name] = overrides[name] ?? table[name].path;
  return paths;
}
