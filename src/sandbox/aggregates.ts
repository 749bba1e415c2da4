/**
 * The enterprise-wide stats, which add up every user's holdings or every trade. Their all-time values
 * are precomputed into aggregates.generated.ts (`node scripts/sandbox-aggregates.mjs`; `npm test`
 * checks it is current), so the first stats request does not walk 130,000 transactions. A time range
 * is computed on demand.
 */
import type { BalanceResponse, TopTradedAssetsResponse } from '../schemas/calico.js';
import { ASSETS } from './catalog.js';
import { USER_COUNT, formatCents, userHoldings } from './data.js';
import { PRECOMPUTED } from './aggregates.generated.js';
import { formatUnits } from './random.js';
import { tradedAssets } from './transactions.js';

type Balance = BalanceResponse['data'];
type TradedAsset = TopTradedAssetsResponse['data']['assets'][number];

export function computeBalance(): Balance {
  const units = new Array<number>(ASSETS.length).fill(0);
  const cents = new Array<number>(ASSETS.length).fill(0);
  const held = new Set<number>();
  for (let index = 0; index < USER_COUNT; index++) {
    for (const h of userHoldings(index)) {
      units[h.asset] += h.units;
      cents[h.asset] += h.cents;
      held.add(h.asset);
    }
  }
  const assets = [...held]
    .sort((a, b) => cents[b]! - cents[a]! || a - b)
    .map((a) => ({ asset_symbol: ASSETS[a]![0], quantity: formatUnits(units[a]!, ASSETS[a]![3]), value: { amount: formatCents(cents[a]!), currency: 'USD' } }));
  return { total: { amount: formatCents(cents.reduce((sum, c) => sum + c, 0)), currency: 'USD' }, assets };
}

/** What aggregates.generated.ts holds. */
export const computeAggregates = () => ({ balance: computeBalance(), topTraded: tradedAssets(-Infinity, Infinity) });

export const balance = (): Balance => PRECOMPUTED.balance;

export function topTradedAssets(startMs: number, endMs: number, limit: number): TradedAsset[] {
  const all = startMs === -Infinity && endMs === Infinity ? PRECOMPUTED.topTraded : tradedAssets(startMs, endMs);
  return all.slice(0, limit);
}
