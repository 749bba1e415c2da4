import { COMMON_STRINGS, EXPORT_STRINGS, DETAIL_STRINGS } from './shared.js';
import { PARTNER_USER_LIST_STRINGS } from './partner-user-list.js';

export const PARTNER_ORDERS_STRINGS = {
  ...COMMON_STRINGS,
  ...EXPORT_STRINGS,
  ...DETAIL_STRINGS,
  needsBaseUrl: PARTNER_USER_LIST_STRINGS.needsBaseUrl,
  caption: 'Orders',
  placed: 'Placed',
  member: 'Member',
  product: 'Product',
  side: 'Side',
  symbol: 'Asset',
  quantity: 'Quantity',
  notional: 'Amount',
  fee: 'Fee',
  status: 'Status',
  recurring: 'Recurring',
  any: 'Any',
  filters: 'Filters',
  placedFrom: 'Placed from',
  placedTo: 'Placed to',
  empty: 'No orders yet.',
  emptyFiltered: 'No orders match these filters.',
  products: PARTNER_USER_LIST_STRINGS.products,
  sides: { buy: 'Buy', sell: 'Sell' },
  statuses: { pending: 'Pending', completed: 'Completed' },
  /** The export's column headers. */
  csv: {
    placed: 'Placed (UTC)',
    completed: 'Completed (UTC)',
    currency: 'Currency',
    recurring: 'Recurring order',
    id: 'Order ID',
  },
};
export type PartnerOrdersStrings = typeof PARTNER_ORDERS_STRINGS;
