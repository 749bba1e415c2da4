import { COMMON_STRINGS, EXPORT_STRINGS, DETAIL_STRINGS } from './shared.js';
import { USER_ACCOUNTS_STRINGS } from './calico-user-accounts.js';

export const PROVIDERS_STRINGS = {
  ...COMMON_STRINGS,
  ...EXPORT_STRINGS,
  ...DETAIL_STRINGS,
  caption: 'Sources enabled for this enterprise',
  captionCatalog: 'Sources Calico supports',
  provider: 'Source',
  authType: 'Connection',
  description: 'Description',
  search: 'Search sources',
  count: '{count, plural, one {{count} source} other {{count} sources}}',
  countFiltered: '{count} of {total, plural, one {{total} source} other {{total} sources}}',
  empty: 'No sources.',
  emptyFiltered: 'No source matches “{query}”.',
  authLabels: USER_ACCOUNTS_STRINGS.authLabels,
  /** The export's column headers. */
  csv: { source: 'Source', sourceId: 'Source ID', connection: 'Connection',  },
};
export type ProvidersStrings = typeof PROVIDERS_STRINGS;
