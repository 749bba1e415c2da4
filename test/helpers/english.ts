/** The English strings in the shape of a translation (LocaleStrings): what every translation is checked against. */
import type { LocaleStrings } from '../../src/locales/types.js';
import { COMMON_STRINGS, DETAIL_STRINGS, EXPORT_STRINGS, USER_ID_STRINGS } from '../../src/locales/en/shared.js';
import { USER_ASSETS_STRINGS } from '../../src/locales/en/calico-user-assets.js';
import { USER_ACCOUNTS_STRINGS } from '../../src/locales/en/calico-user-accounts.js';
import { TRANSACTIONS_STRINGS } from '../../src/locales/en/calico-transactions.js';
import { USERS_STRINGS } from '../../src/locales/en/calico-users.js';
import { STATS_STRINGS } from '../../src/locales/en/calico-stats.js';
import { PARTNER_USER_LIST_STRINGS } from '../../src/locales/en/partner-user-list.js';
import { ACCOUNTS_STRINGS } from '../../src/locales/en/calico-accounts.js';
import { PROVIDERS_STRINGS } from '../../src/locales/en/calico-providers.js';
import { PARTNER_ORDERS_STRINGS } from '../../src/locales/en/partner-orders.js';
const shared = { ...COMMON_STRINGS, ...EXPORT_STRINGS, ...DETAIL_STRINGS, ...USER_ID_STRINGS };
const own = (s: object) => Object.fromEntries(Object.entries(s).filter(([k]) => !(k in shared)));
export const ENGLISH: LocaleStrings = {
  shared,
  'calico-user-assets': own(USER_ASSETS_STRINGS),
  'calico-user-accounts': own(USER_ACCOUNTS_STRINGS),
  'calico-transactions': own(TRANSACTIONS_STRINGS),
  'calico-users': own(USERS_STRINGS),
  'calico-stats': own(STATS_STRINGS),
  'partner-user-list': own(PARTNER_USER_LIST_STRINGS),
  'calico-accounts': own(ACCOUNTS_STRINGS),
  'calico-providers': own(PROVIDERS_STRINGS),
  'partner-orders': own(PARTNER_ORDERS_STRINGS),
} as unknown as LocaleStrings;

