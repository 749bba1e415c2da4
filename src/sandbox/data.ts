/**
 * The sandbox's deterministic world, generated lazily from a seed: each user's data is made the first
 * time it is asked for, the enterprise-wide lists the first time a list needs them. Start-up does
 * nothing.
 */
import type { AssetPosition, LinkedAccount, ProviderMetadata, Transaction, User } from '../schemas/calico.js';
import type { PartnerUser, Order } from '../schemas/partner.js';
import { multiplyDecimals, sumDecimals } from '../util/decimal.js';
import { ASSETS, FIRST_NAMES, LAST_NAMES, PROVIDERS } from './catalog.js';
import { type Random, decimal, fnv1a, int, pick, rng, uuid, weighted } from './random.js';

export const SEED = 20261101;
/** The sandbox's "now": data is fixed in time so every run sees the same pages. */
export const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);
export const USER_COUNT = 2400;
export const MEMBER_COUNT = 10_000;
const DAY = 86_400_000;

/** Users with a known shape, for the demo and the tests. */
export const FIXTURE_USERS = {
  /** Many sources and holdings, a revoked consent, some hundred transactions. */
  rich: 0,
  /** No linked source, no holding, no transaction. */
  empty: 1,
  /** 10,000 transactions: for paging to the end. */
  heavy: 2,
} as const;

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface SandboxUser {
  index: number;
  user: User;
  providers: ProviderMetadata[];
  assets: AssetPosition[];
}

const users = new Map<number, SandboxUser>();
const userIds = new Map<string, number>();
const transactions = new Map<number, Transaction[]>();

function userRandom(index: number, salt: string): Random {
  return rng(fnv1a(`${SEED}:${salt}:${index}`));
}

export function userId(index: number): string {
  return uuid(userRandom(index, 'id'));
}

export function userIndexOf(id: string): number | undefined {
  if (userIds.size === 0) for (let i = 0; i < USER_COUNT; i++) userIds.set(userId(i), i);
  return userIds.get(id);
}

export function sandboxUser(index: number): SandboxUser {
  let found = users.get(index);
  if (!found) users.set(index, (found = makeUser(index)));
  return found;
}

function makeUser(index: number): SandboxUser {
  const r = userRandom(index, 'user');
  const first = index === 0 ? 'Ada' : pick(r, FIRST_NAMES);
  const last = index === 0 ? 'Lovelace' : pick(r, LAST_NAMES);
  const ascii = (s: string) => s.normalize('NFKD').replace(/[^a-zA-Z]/g, '').toLowerCase() || 'user';
  const consentedAt = NOW - int(r, 30, 900) * DAY - int(r, 0, DAY);
  const deactivated = index > 2 && r() < 0.12;
  const user: User = {
    user_id: userId(index),
    email: `${ascii(first)}.${ascii(last)}${index}@example.com`,
    full_name: `${first} ${last}`,
    consented_at: new Date(consentedAt).toISOString(),
    deactivated,
    deactivated_on: deactivated ? new Date(consentedAt + int(r, 5, 25) * DAY).toISOString().slice(0, 10) : null,
  };

  const linkCount = index === FIXTURE_USERS.empty ? 0 : index === FIXTURE_USERS.rich ? 6 : int(r, 1, 5);
  const chosen = [...PROVIDERS].sort(() => r() - 0.5).slice(0, linkCount);
  const providers: ProviderMetadata[] = chosen.map((p, i) => {
    const connected = consentedAt + int(r, 0, 20) * DAY;
    const revoked = index === FIXTURE_USERS.rich ? i === linkCount - 1 : r() < 0.15;
    const status = revoked ? 'revoked' : r() < 0.05 ? 'expired' : 'active';
    return {
      provider_id: p.id,
      provider_auth_type: p.auth,
      display_label: p.label,
      description: `${p.label} ${p.auth === 'wallet' ? 'wallet' : 'exchange account'}`,
      consent: {
        connected_on: new Date(connected).toISOString(),
        deleted_on: revoked ? new Date(connected + int(r, 10, 200) * DAY).toISOString() : null,
        status,
      },
    };
  });

  const assets: AssetPosition[] = [];
  for (const p of providers) {
    if (p.consent?.status !== 'active') continue;
    const count = index === FIXTURE_USERS.rich ? 8 : int(r, 1, 6);
    const picked = [...ASSETS].sort(() => r() - 0.5).slice(0, count);
    for (const [symbol, name, price, decimals] of picked) {
      const magnitude = Number(price) > 1000 ? 3 : Number(price) > 10 ? 200 : 20_000;
      const quantity = decimal(r, 0, magnitude, decimals);
      assets.push({
        asset_symbol: symbol,
        asset_name: name,
        quantity,
        price: { amount: price, currency: 'USD' },
        value: { amount: multiplyDecimals(quantity, price, 2), currency: 'USD' },
        provider_id: p.provider_id,
        updated_at: isoSeconds(NOW - int(r, 0, 3600_000)),
      });
    }
  }
  return { index, user, providers, assets };
}

export function totalValue(assets: readonly AssetPosition[]): string {
  return sumDecimals(assets.map((a) => a.value.amount).concat('0.00'));
}

const TYPES = [
  ['input_output', 30],
  ['send', 15],
  ['receive', 20],
  ['input_only', 10],
  ['output_only', 10],
  ['uncategorized', 14],
  ['bridge', 1], // a type this library does not know: shown as "Other"
] as const;

const CATEGORIES: Record<string, readonly (readonly [string, string?])[]> = {
  input_output: [['trade', 'market'], ['trade', 'limit'], ['swap']],
  send: [['transfer', 'withdrawal'], ['payment']],
  receive: [['transfer', 'deposit'], ['payment']],
  input_only: [['staking_reward'], ['airdrop'], ['interest']],
  output_only: [['gas_fee'], ['fee']],
};

function leg(r: Random) {
  const [symbol, , price, decimals] = pick(r, ASSETS);
  const quantity = decimal(r, 0, Number(price) > 1000 ? 2 : Number(price) > 10 ? 50 : 5000, Math.min(decimals, 6));
  return { asset_symbol: symbol, quantity, value: { amount: multiplyDecimals(quantity, price, 2), currency: 'USD' } };
}

const address = (r: Random) => `0x${Array.from({ length: 40 }, () => Math.floor(r() * 16).toString(16)).join('')}`;

/** One user's transactions, newest first. */
export function userTransactions(index: number): Transaction[] {
  let list = transactions.get(index);
  if (list) return list;
  const r = userRandom(index, 'tx');
  const { user, providers } = sandboxUser(index);
  const count = providers.length === 0 ? 0 : index === FIXTURE_USERS.heavy ? 10_000 : index === 0 ? 240 : int(r, 20, 80);
  const span = (NOW - Date.parse(user.consented_at)) / Math.max(1, count);
  let time = NOW - int(r, 0, 6 * 3600_000);
  list = [];
  for (let i = 0; i < count; i++) {
    time -= Math.max(60_000, Math.floor(r() * span * 2));
    const type = weighted(r, TYPES);
    const provider = pick(r, providers).provider_id;
    const tx: Transaction = {
      transaction_id: `tx_${index.toString(36)}_${i.toString(36)}_${Math.floor(r() * 1e9).toString(36)}`,
      transaction_type: type,
      provider_id: provider,
      timestamp: isoSeconds(time),
      user_id: user.user_id,
    };
    const category = CATEGORIES[type];
    if (category) {
      const [name, sub] = pick(r, category);
      tx.categorization = sub ? { category: name, subcategory: sub } : { category: name };
    }
    if (type === 'input_output' || type === 'receive' || type === 'input_only' || (type !== 'send' && type !== 'output_only' && r() < 0.5)) tx.input = leg(r);
    if (type === 'input_output' || type === 'send' || type === 'output_only' || (type === 'uncategorized' && r() < 0.3)) tx.output = leg(r);
    if (type === 'send') tx.to_address = address(r);
    if (type === 'receive') tx.from_address = address(r);
    if (r() < 0.6) {
      const fee = { asset_symbol: 'ETH', quantity: decimal(r, 0, 1, 6), value: { amount: '0.00', currency: 'USD' } };
      fee.value.amount = multiplyDecimals(fee.quantity, '3512.08', 2);
      tx.fees = { total: { amount: fee.value.amount, currency: 'USD' }, items: [fee] };
    }
    list.push(tx);
  }
  transactions.set(index, list);
  return list;
}

let allTransactions: Transaction[] | undefined;
/** Every user's transactions merged, newest first (made once, on first use). */
export function everyTransaction(): Transaction[] {
  if (!allTransactions) {
    allTransactions = [];
    for (let i = 0; i < USER_COUNT; i++) allTransactions.push(...userTransactions(i));
    allTransactions.sort((a, b) => (a.timestamp < b.timestamp ? 1 : a.timestamp > b.timestamp ? -1 : 0));
  }
  return allTransactions;
}

export function everyUser(): SandboxUser[] {
  return Array.from({ length: USER_COUNT }, (_, i) => sandboxUser(i));
}

export function everyLinkedAccount(): LinkedAccount[] {
  return everyUser().flatMap(({ user, providers }) =>
    providers.map((p) => ({ user_id: user.user_id, provider_id: p.provider_id, display_label: p.display_label, consent: p.consent })),
  );
}

/** Every source Calico supports: the 14 real ones and 700+ others. */
export function calicoProviders(): ProviderMetadata[] {
  const list: ProviderMetadata[] = PROVIDERS.map((p) => ({
    provider_id: p.id,
    provider_auth_type: p.auth,
    display_label: p.label,
    description: `${p.label} via Calico Connect`,
  }));
  for (let i = list.length; i < 720; i++) {
    list.push({
      provider_id: `exchange_${String(i).padStart(4, '0')}`,
      provider_auth_type: i % 3 === 0 ? 'wallet' : 'api_key',
      display_label: `Exchange ${String(i).padStart(4, '0')}`,
      description: 'A source supported by Calico',
    });
  }
  return list;
}

// ---- Partner API -------------------------------------------------------------------------------

export interface SandboxMember extends PartnerUser {
  created_at: string;
}

const PRODUCTS = ['crypto', 'securities', 'robo', 'roth_ira'] as const;
let members: SandboxMember[] | undefined;

/** 10,000 members, newest first by created_at. */
export function everyMember(): SandboxMember[] {
  if (members) return members;
  const r = rng(SEED + 7);
  let created = NOW - 3600_000;
  members = [];
  for (let i = 0; i < MEMBER_COUNT; i++) {
    created -= int(r, 60_000, 4 * 3600_000);
    const products = PRODUCTS.filter(() => r() < 0.6);
    if (products.length === 0) products.push(pick(r, PRODUCTS));
    const accounts = products.map((product) => {
      const kyc = weighted(r, [['approved', 70], ['pending', 15], ['rejected', 8], ['not_started', 7]] as const);
      const value = kyc === 'approved' || kyc === 'pending' ? decimal(r, 0, 120_000, 2) : '0.00';
      return {
        product,
        kyc_status: kyc,
        current_market_value: value,
        ...(kyc === 'approved' ? { kyc_approved_at: isoSeconds(created + int(r, 1, 72) * 3600_000) } : {}),
      };
    });
    members.push({
      user_account_id: `member-${String(MEMBER_COUNT - i).padStart(5, '0')}`,
      created_at: isoSeconds(created),
      accounts,
      total_current_market_value: sumDecimals(accounts.map((a) => a.current_market_value)),
    });
  }
  return members;
}

let orders: Order[] | undefined;
export function everyOrder(): Order[] {
  if (orders) return orders;
  const r = rng(SEED + 11);
  const all = everyMember();
  let placed = NOW - 600_000;
  orders = [];
  for (let i = 0; i < 5000; i++) {
    placed -= int(r, 60_000, 3 * 3600_000);
    const member = pick(r, all);
    const [symbol, , price] = pick(r, ASSETS);
    const quantity = decimal(r, 0, 20, 4);
    const notional = multiplyDecimals(quantity, price, 2);
    const pending = r() < 0.1;
    const recurring = r() < 0.2;
    orders.push({
      order_id: `ord_${uuid(r)}`,
      user_account_id: member.user_account_id,
      product: 'crypto',
      side: r() < 0.6 ? 'buy' : 'sell',
      symbol,
      quantity,
      notional,
      fee: multiplyDecimals(notional, '0.0125', 2),
      status: pending ? 'pending' : 'completed',
      placed_at: isoSeconds(placed),
      completed_at: pending ? null : isoSeconds(placed + int(r, 1000, 90_000)),
      is_recurring_order: recurring,
      recurring_order_id: recurring ? `rec_${int(r, 1000, 9999)}` : null,
    });
  }
  return orders;
}
