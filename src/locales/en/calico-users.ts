import { COMMON_STRINGS, EXPORT_STRINGS, DETAIL_STRINGS } from './shared.js';

export const USERS_STRINGS = {
  ...COMMON_STRINGS,
  ...EXPORT_STRINGS,
  ...DETAIL_STRINGS,
  caption: 'Users',
  search: 'Search users',
  searchHint: 'Name or email',
  name: 'Name',
  email: 'Email',
  consented: 'Consented',
  status: 'Status',
  actions: 'Actions',
  active: 'Active',
  deactivated: 'Deactivated',
  deactivatedOn: 'Deactivated {date}',
  deactivate: 'Deactivate',
  deactivateUser: 'Deactivate {name}',
  confirmTitle: 'Deactivate {name}?',
  confirmText: '{email} will no longer be able to share data with you. This cannot be undone here.',
  deactivating: 'Deactivating…',
  deactivatedNotice: '{name} was deactivated.',
  deactivateFailed: 'The user was not deactivated.',
  /** After a timeout or a lost connection the DELETE may or may not have been carried out. */
  deactivateChecking: 'No answer came back: checking whether {name} was deactivated…',
  deactivateUnknown: 'We could not tell whether {name} was deactivated. Close this and reload the list before trying again.',
  empty: 'No users yet.',
  emptyFiltered: 'No users match “{query}”.',
  /** The export's column headers. */
  csv: { id: 'User ID', consented: 'Consented (UTC)', deactivatedOn: 'Deactivated on' },
};
export type UsersStrings = typeof USERS_STRINGS;
