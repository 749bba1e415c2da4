/** English defaults for what every list widget says. Each widget merges its own and the host's `strings` over these. */
export const COMMON_STRINGS = {
  loading: 'Loading…',
  previous: 'Previous',
  next: 'Next',
  pageSize: 'Rows per page',
  pagination: 'Pagination',
  rows: 'Rows {from}–{to}',
  rowsOfTotal: 'Rows {from}–{to} of {total}',
  pageOf: 'Page {page} of {count}',
  pageN: 'Page {page}',
  goToPage: 'Go to page',
  go: 'Go',
  retry: 'Retry',
  errorTitle: 'This could not be loaded.',
  unauthorizedTitle: 'Not authorized to show this data.',
  unauthorizedHint: 'The session may have ended: sign in again, then retry.',
  notConfigured: 'Nothing to show yet: this widget needs a tokenProvider (or a client).',
  rowHint: 'Enter selects this row.',
  partial: 'Some sources could not be loaded, the rest is shown. Missing: {sources}.',
  clearFilters: 'Clear filters',
  none: '—',
};
export type CommonStrings = typeof COMMON_STRINGS;

/** For the widgets that show one user (`user-id`). */
export const USER_ID_STRINGS = {
  badId: 'Nothing to show: the user id given to this widget is not a valid id.',
};
