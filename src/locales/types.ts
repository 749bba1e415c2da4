import type { CommonStrings, DetailStrings, ExportStrings, UserIdStrings } from './en/shared.js';
import type { UserAssetsStrings } from './en/calico-user-assets.js';
import type { UserAccountsStrings } from './en/calico-user-accounts.js';
import type { TransactionsStrings } from './en/calico-transactions.js';
import type { UsersStrings } from './en/calico-users.js';
import type { StatsStrings } from './en/calico-stats.js';
import type { PartnerUserListStrings } from './en/partner-user-list.js';
import type { AccountsStrings } from './en/calico-accounts.js';
import type { ProvidersStrings } from './en/calico-providers.js';
import type { PartnerOrdersStrings } from './en/partner-orders.js';

/** The words every widget shares: written once in a translation. */
export type SharedStrings = CommonStrings & ExportStrings & DetailStrings & UserIdStrings;
/** A widget's own words: its strings without the shared ones. */
export type OwnStrings<S> = Omit<S, keyof SharedStrings>;

/**
 * A complete translation of every widget: the shared words once, then each element's own. Type-checked:
 * a missing key fails the build. Placeholders (`{name}`) stay as they are; plural forms use
 * `{count, plural, one {…} other {…}}` with the language's categories (Intl.PluralRules).
 */
export interface LocaleStrings {
  shared: SharedStrings;
  'calico-user-assets': OwnStrings<UserAssetsStrings>;
  'calico-user-accounts': OwnStrings<UserAccountsStrings>;
  'calico-transactions': OwnStrings<TransactionsStrings>;
  'calico-users': OwnStrings<UsersStrings>;
  'calico-stats': OwnStrings<StatsStrings>;
  'partner-user-list': OwnStrings<PartnerUserListStrings>;
  'calico-accounts': OwnStrings<AccountsStrings>;
  'calico-providers': OwnStrings<ProvidersStrings>;
  'partner-orders': OwnStrings<PartnerOrdersStrings>;
}
export type LocalizedTag = Exclude<keyof LocaleStrings, 'shared'>;
