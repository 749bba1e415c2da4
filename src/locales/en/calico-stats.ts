import { COMMON_STRINGS } from './shared.js';

export const STATS_STRINGS = {
  ...COMMON_STRINGS,
  users: 'Users',
  usersTotal: 'Total',
  usersActive: 'Active',
  usersDeactivated: 'Deactivated',
  balance: 'Balance of all accounts',
  exact: 'Exactly {amount}',
  accountsByProvider: 'Accounts by provider',
  provider: 'Provider',
  accounts: 'Accounts',
  topTradedAssets: 'Top traded assets',
  asset: 'Asset',
  volumeAndTrades: 'Trades · volume',
  trades: '{count, plural, one {{count} trade} other {{count} trades}}',
  showTable: 'Show as table',
  showChart: 'Show as chart',
};
export type StatsStrings = typeof STATS_STRINGS;
