import { COMMON_STRINGS, USER_ID_STRINGS } from '../../templates/strings.js';

export const USER_ASSETS_STRINGS = {
  ...COMMON_STRINGS,
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
};
export type UserAssetsStrings = typeof USER_ASSETS_STRINGS;
