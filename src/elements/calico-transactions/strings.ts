import { COMMON_STRINGS, USER_ID_STRINGS } from '../../templates/strings.js';

export const TRANSACTIONS_STRINGS = {
  ...COMMON_STRINGS,
  ...USER_ID_STRINGS,
  caption: 'Transactions',
  captionAllUsers: 'Transactions of all users',
  time: 'Time',
  user: 'User',
  type: 'Type',
  out: 'Out',
  in: 'In',
  fees: 'Fees',
  source: 'Source',
  category: 'Category',
  from: 'From',
  to: 'To',
  filter: 'Time range',
  empty: 'No transactions yet.',
  emptyFiltered: 'No transactions in this time range.',
  typeLabels: {
    send: 'Send',
    receive: 'Receive',
    input_output: 'Trade',
    input_only: 'Incoming',
    output_only: 'Outgoing',
    uncategorized: 'Uncategorized',
  } as Record<string, string>,
  /** Any `transaction_type` this library does not know. */
  other: 'Other',
};
export type TransactionsStrings = typeof TRANSACTIONS_STRINGS;
