/** English defaults for what every list widget says. Each widget merges its own and the host's `strings` over these. */
export const COMMON_STRINGS = {
  loading: 'Loading…',
  previous: 'Previous',
  next: 'Next',
  pageSize: 'Rows per page',
  pagination: 'Pagination',
  rows: 'Rows {from}–{to}',
  pageOf: 'Page {page} of {count}',
  pageN: 'Page {page}',
  goToPage: 'Go to page',
  go: 'Go',
  retry: 'Retry',
  errorTitle: 'This could not be loaded.',
  errorNetwork: 'The service could not be reached. Check the connection, then retry.',
  errorRateLimit: 'Too many requests just now. Wait a moment, then retry.',
  errorNotFound: 'There is nothing here: it may have been removed, or the link is wrong.',
  errorBadRequest: 'This request could not be handled.',
  errorInvalidResponse: 'The data received could not be read. Retry; if it happens again, contact support.',
  errorServer: 'The service had a problem. Try again in a moment.',
  details: 'Details',
  unauthorizedTitle: 'Not authorized to show this data.',
  unauthorizedHint: 'The session may have ended: sign in again, then retry.',
  notConfigured: 'Nothing to show yet: this widget needs a tokenProvider, cookie-session or a client.',
  errorForbidden: "You don't have access to this.",
  waiting: 'Nothing to show yet.',
  rowHint: 'Enter selects this row.',
  partial: 'Some sources could not be loaded, the rest is shown. Missing: {sources}.',
  clearFilters: 'Clear filters',
  updated: 'Updated {time}',
  updatedNow: 'Updated just now',
  refresh: 'Refresh',
  refreshFailed: 'Could not refresh: the data shown may be out of date.',
  none: '—',
};
export type CommonStrings = typeof COMMON_STRINGS;

/** For the widgets that show one user (`user-id`). */
export const USER_ID_STRINGS = {
  badId: 'Nothing to show: the user id given to this widget is not a valid id.',
};
export type UserIdStrings = typeof USER_ID_STRINGS;

/** For the lists: export's button, progress and outcomes. */
export const EXPORT_STRINGS = {
  export: 'Export',
  exporting: 'Exporting… {count, plural, one {{count} row} other {{count} rows}}',
  exportingOf: 'Exporting… {count} of {total, plural, one {{total} row} other {{total} rows}}',
  exportDone: 'Exported {count, plural, one {{count} row} other {{count} rows}} to {file}.',
  exportKept: 'Saved {count, plural, one {the row} other {the {count} rows}} fetched to {file}: the export is incomplete.',
  exportChanged: 'Export stopped after {count, plural, one {{count} row} other {{count} rows}}: the list changed while it ran. Nothing was saved.',
  exportCancelled: 'Export cancelled after {count, plural, one {{count} row} other {{count} rows}}: nothing was saved.',
  exportFailed: 'Export stopped after {count, plural, one {{count} row} other {{count} rows}}: {reason} Nothing was saved.',
  exportKeep: 'Save {count, plural, one {the row} other {the {count} rows}}',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
};
export type ExportStrings = typeof EXPORT_STRINGS;

/** For the lists: the detail panel (`detail`) and its Copy buttons. */
export const DETAIL_STRINGS = {
  rowHintDetail: 'Enter shows the details.',
  close: 'Close',
  copy: 'Copy',
  copyOf: 'Copy {label}',
  copied: '{label} copied.',
  copyFailed: 'Could not copy: select the text instead.',
};
export type DetailStrings = typeof DETAIL_STRINGS;
