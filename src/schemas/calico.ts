/**
 * Calico Enterprise API bodies (../shared/api/calico-enterprise.md; which are documented and which
 * assumed: docs/api-status.md). Every object is loose: unknown fields pass through and stay on the
 * value, and a missing optional field never fails a page; required fields and their types are checked.
 */
import * as z from 'zod/mini';
import { CalendarDate, DateTime, DecimalString, openEnum } from './common.js';

export const ErrorItem = z.looseObject({ provider_id: z.string(), cause: z.string() });
export type ErrorItem = z.infer<typeof ErrorItem>;

export const PageData = z.looseObject({ next_uri: z.optional(z.nullable(z.string())) });
export type PageData = z.infer<typeof PageData>;

export const CONSENT_STATUSES = ['active', 'revoked', 'expired'] as const;
export const Consent = z.looseObject({
  connected_on: DateTime,
  deleted_on: z.optional(z.nullable(DateTime)),
  status: openEnum(CONSENT_STATUSES),
});
export type Consent = z.infer<typeof Consent>;

export const AUTH_TYPES = ['api_key', 'oauth2', 'wallet'] as const;
export const ProviderMetadata = z.looseObject({
  provider_id: z.string(),
  provider_auth_type: openEnum(AUTH_TYPES),
  display_label: z.string(),
  description: z.string(),
  consent: z.optional(Consent),
});
export type ProviderMetadata = z.infer<typeof ProviderMetadata>;

export const User = z.looseObject({
  user_id: z.string(),
  email: z.string(),
  full_name: z.string(),
  consented_at: DateTime,
  deactivated: z.boolean(),
  deactivated_on: z.optional(z.nullable(CalendarDate)),
});
export type User = z.infer<typeof User>;

export const CurrencyValue = z.looseObject({ amount: DecimalString, currency: z.string() });
export type CurrencyValue = z.infer<typeof CurrencyValue>;

export const AssetPosition = z.looseObject({
  asset_symbol: z.string(),
  asset_name: z.optional(z.string()),
  quantity: DecimalString,
  price: z.optional(CurrencyValue),
  value: CurrencyValue,
  provider_id: z.string(),
  updated_at: z.optional(DateTime),
});
export type AssetPosition = z.infer<typeof AssetPosition>;

export const AssetAmount = z.looseObject({
  asset_symbol: z.string(),
  quantity: DecimalString,
  value: z.optional(CurrencyValue),
});
export type AssetAmount = z.infer<typeof AssetAmount>;

export const FeeObject = z.looseObject({ total: z.optional(CurrencyValue), items: z.array(AssetAmount) });
export type FeeObject = z.infer<typeof FeeObject>;

export const TransactionCategorization = z.looseObject({
  category: z.string(),
  subcategory: z.optional(z.string()),
});
export type TransactionCategorization = z.infer<typeof TransactionCategorization>;

export const TRANSACTION_TYPES = [
  'send',
  'receive',
  'input_output',
  'input_only',
  'output_only',
  'uncategorized',
] as const;
export type KnownTransactionType = (typeof TRANSACTION_TYPES)[number];

/**
 * One schema for every `transaction_type`: the legs are optional, and an unknown type is kept as a
 * string (the widget shows it as "Other") instead of failing the whole page.
 */
export const Transaction = z.looseObject({
  transaction_id: z.string(),
  transaction_type: openEnum(TRANSACTION_TYPES),
  provider_id: z.string(),
  timestamp: DateTime,
  user_id: z.optional(z.string()),
  categorization: z.optional(TransactionCategorization),
  fees: z.optional(FeeObject),
  input: z.optional(AssetAmount),
  output: z.optional(AssetAmount),
  to_address: z.optional(z.string()),
  from_address: z.optional(z.string()),
});
export type Transaction = z.infer<typeof Transaction>;

function envelope<T extends z.ZodMiniType>(data: T) {
  return z.looseObject({
    page: z.optional(z.nullable(PageData)),
    data,
    errors: z.optional(z.array(ErrorItem)),
  });
}

// #1
export const UserAssetsResponse = envelope(
  z.looseObject({ assets: z.array(AssetPosition), total_value: z.optional(CurrencyValue) }),
);
export type UserAssetsResponse = z.infer<typeof UserAssetsResponse>;
// #2 — the docs show one object under `data`, the text says a list: accept both.
export const UserProvidersResponse = envelope(z.union([z.array(ProviderMetadata), ProviderMetadata]));
export type UserProvidersResponse = z.infer<typeof UserProvidersResponse>;
// #3, #6
export const TransactionsResponse = envelope(z.looseObject({ transactions: z.array(Transaction) }));
export type TransactionsResponse = z.infer<typeof TransactionsResponse>;
// #4
export const DeactivateUserResponse = z.looseObject({
  data: z.looseObject({ user_id: z.string(), status: z.string() }),
});
export type DeactivateUserResponse = z.infer<typeof DeactivateUserResponse>;
// #5
export const LinkedAccount = z.looseObject({
  user_id: z.string(),
  provider_id: z.string(),
  display_label: z.string(),
  consent: z.optional(Consent),
});
export type LinkedAccount = z.infer<typeof LinkedAccount>;
export const AccountsResponse = envelope(z.looseObject({ accounts: z.array(LinkedAccount) }));
export type AccountsResponse = z.infer<typeof AccountsResponse>;
// #7, #8
export const UsersResponse = envelope(z.looseObject({ users: z.array(User) }));
export type UsersResponse = z.infer<typeof UsersResponse>;
export const SearchUsersRequest = z.looseObject({
  query: z.optional(z.string()),
  deactivated: z.optional(z.boolean()),
  limit: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
  cursor: z.optional(z.string()),
});
export type SearchUsersRequest = z.infer<typeof SearchUsersRequest>;
// #9
export const UserStatsResponse = z.looseObject({
  data: z.looseObject({ total: z.number(), active: z.number(), deactivated: z.number() }),
});
export type UserStatsResponse = z.infer<typeof UserStatsResponse>;
// #10
export const AccountsByProviderResponse = z.looseObject({
  data: z.looseObject({
    providers: z.array(
      z.looseObject({ provider_id: z.string(), display_label: z.optional(z.string()), accounts: z.number() }),
    ),
  }),
});
export type AccountsByProviderResponse = z.infer<typeof AccountsByProviderResponse>;
// #11
export const BalanceResponse = z.looseObject({
  data: z.looseObject({ total: CurrencyValue, assets: z.optional(z.array(AssetAmount)) }),
});
export type BalanceResponse = z.infer<typeof BalanceResponse>;
// #12
export const TopTradedAssetsResponse = z.looseObject({
  data: z.looseObject({
    assets: z.array(
      z.looseObject({
        asset_symbol: z.string(),
        asset_name: z.optional(z.string()),
        trade_count: z.number(),
        volume: CurrencyValue,
      }),
    ),
  }),
});
export type TopTradedAssetsResponse = z.infer<typeof TopTradedAssetsResponse>;
// #13, #14
export const ProvidersResponse = z.looseObject({ data: z.array(ProviderMetadata) });
export type ProvidersResponse = z.infer<typeof ProvidersResponse>;

/** The error body (assumed): `{ errors: ErrorItem[], message? }`. */
export const CalicoErrorResponse = z.looseObject({
  errors: z.optional(z.array(ErrorItem)),
  message: z.optional(z.string()),
});
export type CalicoErrorResponse = z.infer<typeof CalicoErrorResponse>;
