import { COMMON_STRINGS, EXPORT_STRINGS, DETAIL_STRINGS } from './shared.js';

export const PARTNER_USER_LIST_STRINGS = {
  ...COMMON_STRINGS,
  needsBaseUrl: 'Nothing to show yet: this widget needs a base-url (the Partner API or your proxy).',
  ...EXPORT_STRINGS,
  ...DETAIL_STRINGS,
  caption: 'Members',
  account: 'Account',
  total: 'Total',
  created: 'Created',
  notOpened: 'Not opened',
  product: 'Product',
  any: 'Any',
  kycOf: '{product} KYC',
  createdFrom: 'Created from',
  createdTo: 'Created to',
  filters: 'Filters',
  empty: 'No members yet.',
  emptyFiltered: 'No members match these filters.',
  /** The detail panel (`detail`). */
  memberTitle: '{account}',
  kycStatus: 'KYC status',
  kycApproved: 'KYC approved',
  marketValue: 'Market value',
  products: { crypto: 'Crypto', securities: 'Securities', robo: 'Robo', roth_ira: 'Roth IRA' },
  kyc: { approved: 'Approved', pending: 'Pending', rejected: 'Rejected', not_started: 'Not started' },
  /** Names of the API's query parameters, for its validation errors. */
  params: {
    per_page: 'Rows per page',
    last_record_number: 'Page',
    created_at_start: 'Created from',
    created_at_end: 'Created to',
    sort_key: 'Sort',
    sort_order: 'Sort order',
    product: 'Product',
  },
  /** The export's column headers; `{product}` is a product's name. */
  csv: { kyc: '{product} KYC', value: '{product} value', approved: '{product} KYC approved (UTC)', currency: 'Currency', created: 'Created (UTC)' },
};
export type PartnerUserListStrings = typeof PARTNER_USER_LIST_STRINGS;
