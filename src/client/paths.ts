/**
 * Every endpoint path of both APIs, in one place: the clients build their URLs from it, and the server
 * half (endpoints.ts adds each one's method, query parameters and scope) routes only these. Rows the
 * public docs leave incomplete are our reading of them: override a path with the `paths` option of a
 * client or a proxy.
 */
export const CALICO_PATHS = {
  userAssets: '/enterprise/v2/users/{user_id}/assets',
  userProviders: '/enterprise/v2/users/{user_id}/providers',
  userTransactions: '/enterprise/v2/users/{user_id}/transactions',
  deactivateUser: '/enterprise/v2/users/{user_id}',
  accounts: '/enterprise/v2/accounts',
  transactions: '/enterprise/v2/transactions',
  users: '/enterprise/v2/users/all',
  searchUsers: '/enterprise/v2/users/search',
  userStats: '/enterprise/v2/stats/users',
  accountsByProvider: '/enterprise/v2/stats/accounts-by-provider',
  balance: '/enterprise/v2/stats/balance',
  topTradedAssets: '/enterprise/v2/stats/top-traded-assets',
  enterpriseProviders: '/enterprise/v2/providers',
  calicoProviders: '/enterprise/v2/providers/calico',
} as const;
export type CalicoEndpoint = keyof typeof CALICO_PATHS;

export const PARTNER_PATHS = {
  listUsers: '/users/',
  getUser: '/users/{user_account_id}/',
  listOrders: '/orders/',
  getOrder: '/orders/{order_id}/',
} as const;
export type PartnerEndpoint = keyof typeof PARTNER_PATHS;

/**
 * Each endpoint's path, with an integrator's overrides. An override must keep the placeholders of the
 * path it replaces (`{user_id}`): without one the request would silently leave out whose data it is.
 */
export function pathsOf<E extends string>(table: Record<E, string>, overrides: Partial<Record<E, string>> = {}): Record<E, string> {
  for (const [name, path] of Object.entries(overrides) as [E, string | undefined][]) {
    for (const placeholder of table[name]?.match(/\{\w+\}/g) ?? []) {
      if (!path?.includes(placeholder)) throw new TypeError(`paths.${name} must contain ${placeholder}; got "${path}"`);
    }
  }
  return { ...table, ...overrides };
}
