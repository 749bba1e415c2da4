/**
 * The sandbox's Calico users: deterministic, and made one record at a time. Each user's record,
 * linked sources and holdings come from streams of their own, so a page of users never makes
 * anyone's holdings, and a holdings page never makes the other 2,399 users.
 */
import type { AssetPosition, LinkedAccount, ProviderMetadata, User } from '../schemas/calico.js';
import { ASSET_PRICES, ASSETS, FIRST_NAMES, LAST_NAMES, PROVIDERS } from './catalog.js';
import { type Random, centsOf, decimalUnits, fnv1a, formatUnits, int, mix, pick, rng, shuffled, uuid } from './random.js';

export const SEED = 20261101;
/** The sandbox's "now": data is fixed in time so every run sees the same pages. */
export const NOW = Date.UTC(2026, 10, 1, 12, 0, 0);
export const USER_COUNT = 2400;
export const DAY = 86_400_000;

/** Users with a known shape, for the demo and the tests. */
export const FIXTURE_USERS = {
  /** Many sources and holdings, a revoked consent, some hundred transactions. */
  rich: 0,
  /** No linked source, no holding, no transaction. */
  empty: 1,
  /** 10,000 transactions: for paging to the end. */
  heavy: 2,
} as const;

/** One seed per kind of stream; a record's stream is `stream(kind, index)`. */
const KIND_SEEDS = new Map<string, number>();
export function streamSeed(kind: string): number {
  let seed = KIND_SEEDS.get(kind);
  if (seed === undefined) KIND_SEEDS.set(kind, (seed = fnv1a(`${SEED}:${kind}`)));
  return seed;
}
export const stream = (kind: string, index: number): Random => rng(mix(streamSeed(kind), index));

export const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Memoises `make(index)` in a sparse array: each record is made once, the first time it is asked for. */
function memo<T>(make: (index: number) => T): (index: number) => T {
  const made: T[] = [];
  return (index) => (made[index] ??= make(index));
}

// ---- ids --------------------------------------------------------------------------------------

/** Ids keep the seed of the first sandbox, so ids in docs and examples stay valid. */
export const userId = memo((index) => uuid(rng(fnv1a(`${SEED}:id:${index}`))));

let userIndexes: Map<string, number> | undefined;
export function userIndexOf(id: string): number | undefined {
  if (!userIndexes) {
    userIndexes = new Map();
    for (let i = 0; i < USER_COUNT; i++) userIndexes.set(userId(i), i);
  }
  return userIndexes.get(id);
}

// ---- records ----------------------------------------------------------------------------------

/** Names folded to ASCII for e-mail addresses, once per name (normalize is slow). */
const ASCII = new Map<string, string>();
const ascii = (name: string) => {
  let folded = ASCII.get(name);
  if (folded === undefined) ASCII.set(name, (folded = name.normalize('NFKD').replace(/[^a-zA-Z]/g, '').toLowerCase() || 'user'));
  return folded;
};

/** What the stats and the transaction timelines need of a user, as numbers: the first draws of its stream. */
export const userBasics = memo((index) => {
  const r = stream('user', index);
  const consentedAt = NOW - int(r, 30, 900) * DAY - int(r, 0, DAY);
  const deactivated = index > 2 && r() < 0.12;
  const deactivatedDays = int(r, 5, 25);
  return { consentedAt, deactivated, deactivatedOn: deactivated ? consentedAt + deactivatedDays * DAY : undefined, r };
});

export const userRecord = memo((index): User => {
  const { consentedAt, deactivated, deactivatedOn, r } = userBasics(index);
  const first = index === 0 ? 'Ada' : pick(r, FIRST_NAMES);
  const last = index === 0 ? 'Lovelace' : pick(r, LAST_NAMES);
  return {
    user_id: userId(index),
    email: `${ascii(first)}.${ascii(last)}${index}@example.com`,
    full_name: `${first} ${last}`,
    consented_at: new Date(consentedAt).toISOString(),
    deactivated,
    deactivated_on: deactivatedOn === undefined ? null : new Date(deactivatedOn).toISOString().slice(0, 10),
  };
});

// ---- linked sources -----------------------------------------------------------------------------

/** A user's linked sources as numbers: what holdings, timelines and stats need. */
export const userLinks = memo((index) => {
  const r = stream('links', index);
  const count = index === FIXTURE_USERS.empty ? 0 : index === FIXTURE_USERS.rich ? 6 : int(r, 1, 5);
  const consentedAt = userBasics(index).consentedAt;
  return shuffled(r, PROVIDERS, count).map((provider, i) => {
    const connected = consentedAt + int(r, 0, 20) * DAY;
    const revoked = index === FIXTURE_USERS.rich ? i === count - 1 : r() < 0.15;
    const status = revoked ? 'revoked' : r() < 0.05 ? 'expired' : 'active';
    return { provider, connected, deleted: revoked ? connected + int(r, 10, 200) * DAY : undefined, status };
  });
});

export const userProviders = memo((index): ProviderMetadata[] =>
  userLinks(index).map(({ provider: p, connected, deleted, status }) => ({
    provider_id: p.id,
    provider_auth_type: p.auth,
    display_label: p.label,
    description: `${p.label} ${p.auth === 'wallet' ? 'wallet' : 'exchange account'}`,
    consent: {
      connected_on: new Date(connected).toISOString(),
      deleted_on: deleted === undefined ? null : new Date(deleted).toISOString(),
      status,
    },
  })),
);

export function userLinkedAccounts(index: number): LinkedAccount[] {
  const user_id = userId(index);
  return userProviders(index).map((p) => ({ user_id, provider_id: p.provider_id, display_label: p.display_label, consent: p.consent }));
}

/** Linked accounts per source over every user, most first: numbers only. */
export function linkCountsByProvider(): Map<(typeof PROVIDERS)[number], number> {
  const counts = new Map<(typeof PROVIDERS)[number], number>();
  for (let i = 0; i < USER_COUNT; i++) for (const l of userLinks(i)) counts.set(l.provider, (counts.get(l.provider) ?? 0) + 1);
  return counts;
}

// ---- holdings -------------------------------------------------------------------------------------

/** A holding as numbers: the stats aggregate these without making a string. */
export interface Holding {
  asset: number; // index into ASSETS
  units: number; // quantity in 10^-decimals units
  cents: number;
  provider: string;
  updatedAt: number;
}

export const userHoldings = memo((index): Holding[] => {
  const r = stream('assets', index);
  const holdings: Holding[] = [];
  for (const link of userLinks(index)) {
    if (link.status !== 'active') continue;
    const count = index === FIXTURE_USERS.rich ? 8 : int(r, 1, 6);
    for (const asset of shuffled(r, ASSET_INDEXES, count)) {
      const { units: price, decimals: priceDecimals } = ASSET_PRICES[asset]!;
      const decimals = ASSETS[asset]![3];
      const whole = price / 10 ** priceDecimals;
      const units = decimalUnits(r, 0, whole > 1000 ? 3 : whole > 10 ? 200 : 20_000, decimals);
      holdings.push({ asset, units, cents: centsOf(units, decimals, price, priceDecimals), provider: link.provider.id, updatedAt: NOW - int(r, 0, 3600) * 1000 });
    }
  }
  return holdings;
});
const ASSET_INDEXES = ASSETS.map((_, i) => i);

export const formatCents = (cents: number) => formatUnits(cents, 2);

export function userAssets(index: number): AssetPosition[] {
  return userHoldings(index).map((h) => {
    const [asset_symbol, asset_name, price, decimals] = ASSETS[h.asset]!;
    return {
      asset_symbol,
      asset_name,
      quantity: formatUnits(h.units, decimals),
      price: { amount: price, currency: 'USD' },
      value: { amount: formatCents(h.cents), currency: 'USD' },
      provider_id: h.provider,
      updated_at: isoSeconds(h.updatedAt),
    };
  });
}

// ---- the Calico catalog --------------------------------------------------------------------------------

/** Every source Calico supports: the 14 real ones and 700+ others. */
export const calicoProviders = memo((): ProviderMetadata[] => {
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
}).bind(null, 0);
