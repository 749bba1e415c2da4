import { COMMON_STRINGS, EXPORT_STRINGS, DETAIL_STRINGS } from './shared.js';
import { USER_ACCOUNTS_STRINGS } from './calico-user-accounts.js';

export const ACCOUNTS_STRINGS = {
  ...COMMON_STRINGS,
  ...EXPORT_STRINGS,
  ...DETAIL_STRINGS,
  caption: 'Linked accounts',
  user: 'User',
  provider: 'Source',
  consent: 'Consent',
  connected: 'Connected',
  revoked: 'Revoked',
  filter: 'Source',
  any: 'All sources',
  empty: 'No linked accounts yet.',
  emptyFiltered: 'No linked accounts from this source.',
  consentLabels: USER_ACCOUNTS_STRINGS.consentLabels,
  /** The export's column headers. */
  csv: { user: 'User ID', source: 'Source', sourceId: 'Source ID', connected: 'Connected (UTC)', revoked: 'Revoked (UTC)' },
};
export type AccountsStrings = typeof ACCOUNTS_STRINGS;
