/**
 * The server half's view of every endpoint: its path (from paths.ts, the clients' own), method, the
 * query parameters it accepts, and whether it reads one person's data (the id in its path) or the whole
 * enterprise. The proxy routes only what is listed here. Kept apart from paths.ts so browser bundles
 * carry only the paths.
 */
import { CALICO_PATHS, PARTNER_PATHS } from '../client/paths.js';

export interface EndpointSpec {
  path: string;
  method: 'GET' | 'POST' | 'DELETE';
  query: readonly string[];
  /** `person`: the id in the path names whose data it is. `enterprise`: anyone's. */
  scope: 'person' | 'enterprise';
}

const TX_QUERY = ['limit', 'cursor', 'start_time', 'end_time', 'asset_symbols', 'provider_ids'] as const;

export const CALICO_ENDPOINTS = {
  userAssets: { path: CALICO_PATHS.userAssets, method: 'GET', query: ['limit', 'cursor', 'asset_symbols', 'provider_ids'], scope: 'person' },
  userProviders: { path: CALICO_PATHS.userProviders, method: 'GET', query: ['limit', 'cursor'], scope: 'person' },
  userTransactions: { path: CALICO_PATHS.userTransactions, method: 'GET', query: TX_QUERY, scope: 'person' },
  deactivateUser: { path: CALICO_PATHS.deactivateUser, method: 'DELETE', query: [], scope: 'person' },
  accounts: { path: CALICO_PATHS.accounts, method: 'GET', query: ['limit', 'cursor', 'provider_ids'], scope: 'enterprise' },
  transactions: { path: CALICO_PATHS.transactions, method: 'GET', query: [...TX_QUERY, 'user_ids'], scope: 'enterprise' },
  users: { path: CALICO_PATHS.users, method: 'GET', query: ['limit', 'cursor', 'user_ids'], scope: 'enterprise' },
  searchUsers: { path: CALICO_PATHS.searchUsers, method: 'POST', query: ['limit', 'cursor'], scope: 'enterprise' },
  userStats: { path: CALICO_PATHS.userStats, method: 'GET', query: [], scope: 'enterprise' },
  accountsByProvider: { path: CALICO_PATHS.accountsByProvider, method: 'GET', query: [], scope: 'enterprise' },
  balance: { path: CALICO_PATHS.balance, method: 'GET', query: [], scope: 'enterprise' },
  topTradedAssets: { path: CALICO_PATHS.topTradedAssets, method: 'GET', query: ['limit', 'start_time', 'end_time'], scope: 'enterprise' },
  enterpriseProviders: { path: CALICO_PATHS.enterpriseProviders, method: 'GET', query: [], scope: 'enterprise' },
  calicoProviders: { path: CALICO_PATHS.calicoProviders, method: 'GET', query: [], scope: 'enterprise' },
} as const satisfies Record<string, EndpointSpec>;

const MEMBER_QUERY = ['user_account_id', 'product', 'crypto_kyc_status', 'securities_kyc_status', 'roth_ira_kyc_status', 'robo_kyc_status', 'created_at_start', 'created_at_end', 'per_page', 'last_record_number', 'sort_order', 'sort_key'] as const;
const ORDER_QUERY = ['user_account_id', 'product', 'side', 'status', 'placed_at_start', 'placed_at_end', 'per_page', 'last_record_number', 'sort_order'] as const;

export const PARTNER_ENDPOINTS = {
  listUsers: { path: PARTNER_PATHS.listUsers, method: 'GET', query: MEMBER_QUERY, scope: 'enterprise' },
  getUser: { path: PARTNER_PATHS.getUser, method: 'GET', query: [], scope: 'person' },
  listOrders: { path: PARTNER_PATHS.listOrders, method: 'GET', query: ORDER_QUERY, scope: 'enterprise' },
  // An order id does not say whose order it is: only staff may read one.
  getOrder: { path: PARTNER_PATHS.getOrder, method: 'GET', query: [], scope: 'enterprise' },
} as const satisfies Record<string, EndpointSpec>;
