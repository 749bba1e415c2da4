import type { CommonStrings, DetailStrings, ExportStrings, UserIdStrings } from '../templates/strings.js';
import type { UserAssetsStrings } from '../elements/calico-user-assets/strings.js';
import type { UserAccountsStrings } from '../elements/calico-user-accounts/strings.js';
import type { TransactionsStrings } from '../elements/calico-transactions/strings.js';
import type { UsersStrings } from '../elements/calico-users/strings.js';
import type { StatsStrings } from '../elements/calico-stats/strings.js';
import type { PartnerUserListStrings } from '../elements/partner-user-list/strings.js';
import type { AccountsStrings } from '../elements/calico-accounts/strings.js';
import type { ProvidersStrings } from '../elements/calico-providers/strings.js';
import type { PartnerOrdersStrings } from '../elements/partner-orders/strings.js';

/** The words every widget shares: written once in a translation. */
export type SharedStrings = CommonStrings & ExportStrings & DetailStrings & UserIdStrings;
/** A widget's own words: its strings without the shared ones. */
type Own<S> = Omit<S, keyof SharedStrings>;

/**
 * A complete translation of every widget: the shared words once, then each element's own. Type-checked:
 * a missing key fails the build. Placeholders (`{name}`) stay as they are; plural forms use
 * `{count, plural, one {…} other {…}}` with the language's categories (Intl.PluralRules).
 */
export interface LocaleStrings {
  shared: SharedStrings;
  'calico-user-assets': Own<UserAssetsStrings>;
  'calico-user-accounts': Own<UserAccountsStrings>;
  'calico-transactions': Own<TransactionsStrings>;
  'calico-users': Own<UsersStrings>;
  'calico-stats': Own<StatsStrings>;
  'partner-user-list': Own<PartnerUserListStrings>;
  'calico-accounts': Own<AccountsStrings>;
  'calico-providers': Own<ProvidersStrings>;
  'partner-orders': Own<PartnerOrdersStrings>;
}
export type LocalizedTag = Exclude<keyof LocaleStrings, 'shared'>;
