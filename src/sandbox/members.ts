/**
 * The sandbox's Partner members (10,000) and orders (5,000), each made from its own stream in its own
 * time slot, so a page makes only its rows. Filters and sorts read a numeric summary of every member,
 * made once.
 */
import type { Order, PartnerUser } from '../schemas/partner.js';
import { ASSETS, ASSET_PRICES } from './catalog.js';
import { NOW, formatCents, isoSeconds, stream, streamSeed } from './data.js';
import { centsOf, decimalUnits, formatUnits, int, mix, reseedable, weighted } from './random.js';

export const MEMBER_COUNT = 10_000;
export const ORDER_COUNT = 5000;
const HOUR = 3600_000;
const PRODUCTS = ['crypto', 'securities', 'robo', 'roth_ira'] as const;
const KYC = [['approved', 70], ['pending', 15], ['rejected', 8], ['not_started', 7]] as const;

export interface SandboxMember extends PartnerUser {
  created_at: string;
}

/** Member i is the (i+1)-th newest: created inside its own two-hour slot, so the list is newest first. */
export const memberAccountId = (index: number) => `member-${String(MEMBER_COUNT - index).padStart(5, '0')}`;

export function memberIndexOf(id: string): number | undefined {
  const match = /^member-(\d{5})$/.exec(id);
  const index = match ? MEMBER_COUNT - Number(match[1]) : -1;
  return index >= 0 && index < MEMBER_COUNT ? index : undefined;
}

/** What filtering and sorting need, as numbers. */
export interface MemberSummary {
  index: number;
  created: number;
  products: { product: string; kyc: string; cents: number; approvedAt: number | undefined }[];
  totalCents: number;
}

const members = reseedable(); // summaries keep numbers, not their streams: one PRNG re-seeded per member

function summarise(index: number): MemberSummary {
  const r = members.seed(mix(streamSeed('member'), index));
  const created = Math.floor((NOW - HOUR - index * 2 * HOUR - Math.floor(r() * 2 * HOUR)) / 1000) * 1000;
  const chosen: string[] = [];
  for (const product of PRODUCTS) if (r() < 0.6) chosen.push(product);
  if (chosen.length === 0) chosen.push(PRODUCTS[Math.floor(r() * PRODUCTS.length)]!);
  let totalCents = 0;
  const products = chosen.map((product) => {
    const kyc = weighted(r, KYC);
    const cents = kyc === 'approved' || kyc === 'pending' ? decimalUnits(r, 0, 120_000, 2) : 0;
    totalCents += cents;
    return { product, kyc, cents, approvedAt: kyc === 'approved' ? created + int(r, 1, 72) * HOUR : undefined };
  });
  return { index, created, products, totalCents };
}

const summaries: MemberSummary[] = [];
export const memberSummary = (index: number) => (summaries[index] ??= summarise(index));

let all: MemberSummary[] | undefined;
/** Every member's summary, newest first (made once, on the first filter or sort). */
export function everyMemberSummary(): MemberSummary[] {
  return (all ??= Array.from({ length: MEMBER_COUNT }, (_, i) => memberSummary(i)));
}

export function member(index: number): SandboxMember {
  const s = memberSummary(index);
  return {
    user_account_id: memberAccountId(index),
    created_at: isoSeconds(s.created),
    accounts: s.products.map((p) => ({
      product: p.product,
      kyc_status: p.kyc,
      current_market_value: formatCents(p.cents),
      ...(p.approvedAt === undefined ? {} : { kyc_approved_at: isoSeconds(p.approvedAt) }),
    })),
    total_current_market_value: formatCents(s.totalCents),
  };
}

// ---- orders ---------------------------------------------------------------------------------------------

const orders: Order[] = [];
/** Order i is the (i+1)-th newest, placed inside its own 90-minute slot. */
export function order(index: number): Order {
  const found = orders[index];
  if (found) return found;
  const r = stream('order', index);
  const placed = Math.floor((NOW - 600_000 - index * 90 * 60_000 - Math.floor(r() * 90 * 60_000)) / 1000) * 1000;
  // Skewed to the newest members (the top of the member list): a handful trade often, most rarely or never.
  const memberIndex = Math.floor(r() ** 2 * MEMBER_COUNT);
  const asset = Math.floor(r() * ASSETS.length);
  const { units: price, decimals: priceDecimals } = ASSET_PRICES[asset]!;
  const units = decimalUnits(r, 0, 20, 4);
  const notionalCents = centsOf(units, 4, price, priceDecimals);
  const pending = r() < 0.1;
  const recurring = r() < 0.2;
  const uuidPart = Math.floor(r() * 4294967296).toString(16).padStart(8, '0') + Math.floor(r() * 4294967296).toString(16).padStart(8, '0');
  return (orders[index] = {
    order_id: `ord_${uuidPart}`,
    user_account_id: memberAccountId(memberIndex),
    product: 'crypto',
    side: r() < 0.6 ? 'buy' : 'sell',
    symbol: ASSETS[asset]![0],
    quantity: formatUnits(units, 4),
    notional: formatCents(notionalCents),
    fee: formatCents(centsOf(notionalCents, 2, 125, 4)),
    status: pending ? 'pending' : 'completed',
    placed_at: isoSeconds(placed),
    completed_at: pending ? null : isoSeconds(placed + int(r, 1, 90) * 1000),
    is_recurring_order: recurring,
    recurring_order_id: recurring ? `rec_${int(r, 1000, 9999)}` : null,
  });
}

let everyOrderList: Order[] | undefined;
export const everyOrder = () => (everyOrderList ??= Array.from({ length: ORDER_COUNT }, (_, i) => order(i)));
