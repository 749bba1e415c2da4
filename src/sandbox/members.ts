/**
 * The sandbox's Partner members (10,000) and orders (5,000), each made from its own stream in its own
 * time slot, so a page makes only its rows. Filters and sorts read every member as a table of numbers,
 * made once.
 */
import { KYC_STATUSES, PRODUCTS, type Order, type PartnerUser } from '../schemas/partner.js';
import { ASSETS, ASSET_PRICES } from './catalog.js';
import { NOW, formatCents, isoSeconds, stream, streamSeed } from './data.js';
import { centsOf, decimalUnits, formatUnits, int, mix, reseedable, weighted } from './random.js';

export const MEMBER_COUNT = 10_000;
export const ORDER_COUNT = 5000;
const HOUR = 3600_000;
/** How often each KYC status is drawn, in KYC_STATUSES' order (the order the draws have always had). */
const KYC_WEIGHTS = { approved: 70, pending: 15, rejected: 8, not_started: 7 } as const;
const KYC = KYC_STATUSES.map((status) => [status, KYC_WEIGHTS[status]] as const);

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

/**
 * Every member in numbers, one typed array per field: what filtering and sorting read, and what a
 * member's record is written from. No object per member: making all 10,000 for the first filter or sort
 * is a loop over arrays (objects per member spent most of a cold request in garbage collection).
 */
export interface MemberTable {
  /** Creation time (ms since the epoch), by member index. */
  readonly created: Float64Array;
  readonly totalCents: Float64Array;
  /** By `index * 4 + product` (PRODUCTS' order): the KYC status' position in KYC_STATUSES, -1 when not opened. */
  readonly kyc: Int8Array;
  /** By `index * 4 + product`: the account's value in cents. */
  readonly cents: Float64Array;
  /** By `index * 4 + product`: when its KYC was approved (ms), NaN when it was not. */
  readonly approvedAt: Float64Array;
}

const SLOTS = MEMBER_COUNT * PRODUCTS.length;
const table: MemberTable = {
  created: new Float64Array(MEMBER_COUNT),
  totalCents: new Float64Array(MEMBER_COUNT),
  kyc: new Int8Array(SLOTS),
  cents: new Float64Array(SLOTS),
  approvedAt: new Float64Array(SLOTS),
};
const made = new Uint8Array(MEMBER_COUNT);
const members = reseedable(); // one PRNG re-seeded per member: no stream object each

/** Writes member `index` into the table, from its own seed (the draws in the same order as ever: the data does not change). */
function make(index: number): void {
  const r = members.seed(mix(streamSeed('member'), index));
  const created = Math.floor((NOW - HOUR - index * 2 * HOUR - Math.floor(r() * 2 * HOUR)) / 1000) * 1000;
  const base = index * PRODUCTS.length;
  let opened = 0;
  for (let p = 0; p < PRODUCTS.length; p++) {
    const chosen = r() < 0.6;
    table.kyc[base + p] = chosen ? 0 : -1;
    if (chosen) opened++;
  }
  if (opened === 0) table.kyc[base + Math.floor(r() * PRODUCTS.length)] = 0;
  let totalCents = 0;
  for (let p = 0; p < PRODUCTS.length; p++) {
    const slot = base + p;
    if (table.kyc[slot] === -1) continue;
    const kyc = weighted(r, KYC);
    const cents = kyc === 'approved' || kyc === 'pending' ? decimalUnits(r, 0, 120_000, 2) : 0;
    totalCents += cents;
    table.kyc[slot] = KYC_STATUSES.indexOf(kyc);
    table.cents[slot] = cents;
    table.approvedAt[slot] = kyc === 'approved' ? created + int(r, 1, 72) * HOUR : Number.NaN;
  }
  table.created[index] = created;
  table.totalCents[index] = totalCents;
  made[index] = 1;
}

let complete = false;
/** The table with every member in it (made once, on the first filter or sort). */
export function everyMember(): MemberTable {
  if (!complete) {
    for (let i = 0; i < MEMBER_COUNT; i++) if (!made[i]) make(i);
    complete = true;
  }
  return table;
}

/** Member `index` as the API sends it; only its own row of the table is made for it. */
export function member(index: number): SandboxMember {
  if (!made[index]) make(index);
  const base = index * PRODUCTS.length;
  const accounts: SandboxMember['accounts'] = [];
  for (let p = 0; p < PRODUCTS.length; p++) {
    const slot = base + p;
    const kyc = table.kyc[slot]!;
    if (kyc === -1) continue;
    const approvedAt = table.approvedAt[slot]!;
    accounts.push({
      product: PRODUCTS[p]!,
      kyc_status: KYC_STATUSES[kyc]!,
      current_market_value: formatCents(table.cents[slot]!),
      ...(Number.isNaN(approvedAt) ? {} : { kyc_approved_at: isoSeconds(approvedAt) }),
    });
  }
  return {
    user_account_id: memberAccountId(index),
    created_at: isoSeconds(table.created[index]!),
    accounts,
    total_current_market_value: formatCents(table.totalCents[index]!),
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
