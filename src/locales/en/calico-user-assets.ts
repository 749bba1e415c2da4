import { COMMON_STRINGS, EXPORT_STRINGS, DETAIL_STRINGS, USER_ID_STRINGS } from './shared.js';

export const USER_ASSETS_STRINGS = {
  ...COMMON_STRINGS,
  ...EXPORT_STRINGS,
  ...DETAIL_STRINGS,
  ...USER_ID_STRINGS,
  caption: 'Holdings',
  asset: 'Asset',
  quantity: 'Quantity',
  price: 'Price',
  value: 'Value',
  source: 'Source',
  totalValue: 'Total value',
  pageTotal: 'this page',
  empty: 'No holdings yet.',
  noUser: 'Choose a user to see their holdings.',
  /** The export's column headers. */
  csv: {
    name: 'Name',
    priceCurrency: 'Price currency',
    valueCurrency: 'Value currency',
  },
};
export type UserAssetsStrings = typeof USER_ASSETS_STRINGS;
