/**
 * calico-widgets: classes, clients, schemas and types. Importing this module registers nothing;
 * import `calico-widgets/define` (or one element's `define`) to register the tags.
 */
export * from './client/index.js';
export * from './schemas/index.js';
export * from './events.js';
export { sumDecimals, compareDecimals } from './util/decimal.js';
export { CalicoUserAssets } from './elements/calico-user-assets/calico-user-assets.js';
export { CalicoUserAccounts } from './elements/calico-user-accounts/calico-user-accounts.js';
export { CalicoTransactions } from './elements/calico-transactions/calico-transactions.js';
export { CalicoUsers } from './elements/calico-users/calico-users.js';
export { PartnerUserList } from './elements/partner-user-list/partner-user-list.js';
export { CalicoStats, METRICS, type Metric } from './elements/calico-stats/calico-stats.js';
export { USERS_STRINGS, type UsersStrings } from './elements/calico-users/strings.js';
export { PARTNER_USER_LIST_STRINGS, type PartnerUserListStrings } from './elements/partner-user-list/strings.js';
export { STATS_STRINGS, type StatsStrings } from './elements/calico-stats/strings.js';
export { USER_ASSETS_STRINGS, type UserAssetsStrings } from './elements/calico-user-assets/strings.js';
export { USER_ACCOUNTS_STRINGS, type UserAccountsStrings } from './elements/calico-user-accounts/strings.js';
export { TRANSACTIONS_STRINGS, type TransactionsStrings } from './elements/calico-transactions/strings.js';
export { COMMON_STRINGS, type CommonStrings } from './templates/strings.js';
