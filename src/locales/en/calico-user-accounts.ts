import { COMMON_STRINGS, EXPORT_STRINGS, DETAIL_STRINGS, USER_ID_STRINGS } from './shared.js';

export const USER_ACCOUNTS_STRINGS = {
  ...COMMON_STRINGS,
  ...EXPORT_STRINGS,
  ...DETAIL_STRINGS,
  ...USER_ID_STRINGS,
  caption: 'Linked sources',
  provider: 'Source',
  authType: 'Connection',
  consent: 'Consent',
  connected: 'Connected',
  revoked: 'Revoked',
  empty: 'No linked exchanges or wallets.',
  noUser: 'Choose a user to see their linked sources.',
  authLabels: { api_key: 'API key', oauth2: 'OAuth', wallet: 'Wallet' },
  consentLabels: { active: 'Active', revoked: 'Revoked', expired: 'Expired' },
  /** The export's column headers. */
  csv: { source: 'Source', sourceId: 'Source ID', connection: 'Connection', connected: 'Connected (UTC)', revoked: 'Revoked (UTC)' },
};
export type UserAccountsStrings = typeof USER_ACCOUNTS_STRINGS;
