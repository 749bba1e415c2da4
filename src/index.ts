/**
 * calico-widgets: the public API, every name on purpose (docs/api/calico-widgets.api.md reports it and
 * `npm test` checks the report, failing on a type the API uses but does not export). Importing this
 * module registers nothing; import `calico-widgets/define` (or one element's `define`) to register the
 * tags. The package's `exports` map reaches this module, the `define` modules, the five translations
 * (`calico-widgets/locales/de`, …), the server half and the sandbox; nothing else.
 */

// Elements and their words.
export { registerLocale } from './locales/registry.js';
export type { LocaleStrings, SharedStrings, OwnStrings } from './locales/types.js';
export { CalicoUserAssets } from './elements/calico-user-assets/calico-user-assets.js';
export { CalicoUserAccounts } from './elements/calico-user-accounts/calico-user-accounts.js';
export { CalicoTransactions } from './elements/calico-transactions/calico-transactions.js';
export { CalicoUsers } from './elements/calico-users/calico-users.js';
export { PartnerUserList } from './elements/partner-user-list/partner-user-list.js';
export { CalicoStats, METRICS, type Metric } from './elements/calico-stats/calico-stats.js';
export { CalicoAccounts } from './elements/calico-accounts/calico-accounts.js';
export { CalicoProviders } from './elements/calico-providers/calico-providers.js';
export { PartnerOrders } from './elements/partner-orders/partner-orders.js';
export { COMMON_STRINGS, EXPORT_STRINGS, DETAIL_STRINGS, USER_ID_STRINGS, type CommonStrings, type ExportStrings, type DetailStrings, type UserIdStrings } from './locales/en/shared.js';
export { USER_ASSETS_STRINGS, type UserAssetsStrings } from './locales/en/calico-user-assets.js';
export { USER_ACCOUNTS_STRINGS, type UserAccountsStrings } from './locales/en/calico-user-accounts.js';
export { TRANSACTIONS_STRINGS, type TransactionsStrings } from './locales/en/calico-transactions.js';
export { USERS_STRINGS, type UsersStrings } from './locales/en/calico-users.js';
export { PARTNER_USER_LIST_STRINGS, type PartnerUserListStrings } from './locales/en/partner-user-list.js';
export { STATS_STRINGS, type StatsStrings } from './locales/en/calico-stats.js';
export { ACCOUNTS_STRINGS, type AccountsStrings } from './locales/en/calico-accounts.js';
export { PROVIDERS_STRINGS, type ProvidersStrings } from './locales/en/calico-providers.js';
export { PARTNER_ORDERS_STRINGS, type PartnerOrdersStrings } from './locales/en/partner-orders.js';
export { CalicoLoadEvent, CalicoPageChangeEvent, CalicoErrorEvent, CalicoRowSelectEvent, CalicoUserDeactivatedEvent, CalicoExportEvent } from './events.js';
export type { ExportResult } from './controllers/export.js';
// What the elements are built from, as types: their base classes, their columns and what a list's
// protected members name (to read the elements' declarations, and to build a widget on them).
export type { WidgetElement } from './elements/widget-element.js';
export type { ListElement, PageCall, PageSizeRange, ListStrings } from './elements/list-element.js';
export type { Column, RowText } from './columns/column.js';
export type { CsvColumn } from './util/csv.js';
export type { DetailContent } from './templates/detail.js';
export type { ResourceController, ResourceOptions, LoadCall, LoadStatus } from './controllers/resource.js';
export type { PagedResourceController, PagedResourceOptions } from './controllers/paged-resource.js';
export type { ListBase } from './templates/list-view.js';
export type { WithSourceNames } from './client/source-names.js';

// Clients: made by a host, or shared by the elements.
export {
  createCalicoClient,
  CALICO_DEFAULT_BASE_URL,
  CALICO_LIMIT,
  type CalicoClient,
  type CalicoClientOptions,
  type ListOptions,
  type TimeRange,
  type TransactionFilters,
  type AssetsPage,
} from './client/calico.js';
export {
  createPartnerClient,
  PARTNER_DEFAULT_BASE_URL,
  PARTNER_PER_PAGE,
  type PartnerClient,
  type PartnerClientOptions,
  type PartnerUserQuery,
  type PartnerOrderQuery,
  type PartnerPage,
} from './client/partner.js';
export { CALICO_PATHS, PARTNER_PATHS, type CalicoEndpoint, type PartnerEndpoint } from './client/paths.js';
export type { ClientOptions, RetryOptions, CallOptions } from './client/transport.js';
export type { TokenProvider, TokenGrant, TokenReason } from './client/token.js';
export { ApiError, type ApiErrorKind, type ApiErrorInit } from './client/errors.js';
export { pages, type Page, type PageToken } from './client/pages.js';
export { sharedCalicoClient } from './client/shared.js';
export { sharedPartnerClient } from './client/shared-partner.js';
export { clearSharedClients } from './client/registry.js';

// What the APIs answer: each zod schema and its type share one name (src/schemas; design.md).
export {
  CONSENT_STATUSES,
  AUTH_TYPES,
  TRANSACTION_TYPES,
  type KnownTransactionType,
  ErrorItem,
  PageData,
  Consent,
  ProviderMetadata,
  User,
  CurrencyValue,
  AssetPosition,
  AssetAmount,
  FeeObject,
  TransactionCategorization,
  Transaction,
  LinkedAccount,
  SearchUsersRequest,
  UserAssetsResponse,
  UserProvidersResponse,
  TransactionsResponse,
  DeactivateUserResponse,
  AccountsResponse,
  UsersResponse,
  UserStatsResponse,
  AccountsByProviderResponse,
  BalanceResponse,
  TopTradedAssetsResponse,
  ProvidersResponse,
  CalicoErrorResponse,
} from './schemas/calico.js';
export {
  PRODUCTS,
  KYC_STATUSES,
  SORT_KEYS,
  type KnownProduct,
  type PartnerSortKey,
  PartnerAccount,
  PartnerUser,
  // The members' list schema stays inside: its name is the element's (PartnerUserList above).
  type PartnerList,
  Order,
  OrderList,
  PartnerValidationError,
  PartnerDetailError,
} from './schemas/partner.js';
export { DecimalString, DateTime, CalendarDate } from './schemas/common.js';

// Exact decimal arithmetic on the APIs' decimal strings (sums and order without floating point).
export { sumDecimals, compareDecimals } from './util/decimal.js';
