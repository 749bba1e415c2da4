/**
 * Calico Enterprise API bodies (../shared/api/calico-enterprise.md; which are documented and which
 * assumed: docs/api-status.md). Every object is loose: unknown fields pass through and stay on the
 * value, and a missing optional field never fails a page; required fields and their types are checked.
 */
import type * as z from 'zod/mini';
import { array, boolean, looseObject, nullable, number, optional, refine, string, union } from 'zod/mini';
import { CalendarDate, DateTime, DecimalString, openEnum } from './common.js';

export const ErrorItem = looseObject({ provider_id: string(), cause: string() });
export type ErrorItem = z.infer<typeof ErrorItem>;

export const PageData = looseObject({ next_uri: optional(nullable(string())) });
export type PageData = z.infer<typeof PageData>;

export const CONSENT_STATUSES = ['active', 'revoked', 'expired'] as const;
export const Consent = looseObject({
  connected_on: DateTime,
  deleted_on: optional(nullable(DateTime)),
  status: openEnum(CONSENT_STATUSES),
});
export type Consent = z.infer<typeof Consent>;

export const AUTH_TYPES = ['api_key', 'oauth2', 'wallet'] as const;
export const ProviderMetadata = looseObject({
  provider_id: string(),
  provider_auth_type: openEnum(AUTH_TYPES),
  display_label: string(),
  description: string(),
  consent: optional(Consent),
});
export type ProviderMetadata = z.infer<typeof ProviderMetadata>;

export const User = looseObject({
  user_id: string(),
  email: string(),
  full_name: string(),
  consented_at: DateTime,
  deactivated: boolean(),
  deactivated_on: optional(nullable(CalendarDate)),
});
export type User = z.infer<typeof User>;

export const CurrencyValue = looseObject({ amount: DecimalString, currency: string() });
export type CurrencyValue = z.infer<typeof CurrencyValue>;

export const AssetPosition = looseObject({
  asset_symbol: string(),
  asset_name: optional(string()),
  quantity: DecimalString,
  price: optional(CurrencyValue),
  value: CurrencyValue,
  provider_id: string(),
  updated_at: optional(DateTime),
});
export type AssetPosition = z.infer<typeof AssetPosition>;

export const AssetAmount = looseObject({
  asset_symbol: string(),
  quantity: DecimalString,
  value: optional(CurrencyValue),
});
export type AssetAmount = z.infer<typeof AssetAmount>;

export const FeeObject = looseObject({ total: optional(CurrencyValue), items: array(AssetAmount) });
export type FeeObject = z.infer<typeof FeeObject>;

export const TransactionCategorization = looseObject({
  category: string(),
  subcategory: optional(string()),
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
export const Transaction = looseObject({
  transaction_id: string(),
  transaction_type: openEnum(TRANSACTION_TYPES),
  provider_id: string(),
  timestamp: DateTime,
  user_id: optional(string()),
  categorization: optional(TransactionCategorization),
  fees: optional(FeeObject),
  input: optional(AssetAmount),
  output: optional(AssetAmount),
  to_address: optional(string()),
  from_address: optional(string()),
});
export type Transaction = z.infer<typeof Transaction>;

function envelope<T extends z.ZodMiniType>(data: T) {
  return looseObject({
    page: optional(nullable(PageData)),
    data,
    errors: optional(array(ErrorItem)),
  });
}

// #1
export const UserAssetsResponse = envelope(
  looseObject({ assets: array(AssetPosition), total_value: optional(CurrencyValue) }),
);
export type UserAssetsResponse = z.infer<typeof UserAssetsResponse>;
// #2 — the docs show one object under `data`, the text says a list: accept both.
export const UserProvidersResponse = envelope(union([array(ProviderMetadata), ProviderMetadata]));
export type UserProvidersResponse = z.infer<typeof UserProvidersResponse>;
// #3, #6
export const TransactionsResponse = envelope(looseObject({ transactions: array(Transaction) }));
export type TransactionsResponse = z.infer<typeof TransactionsResponse>;
// #4
export const DeactivateUserResponse = looseObject({
  data: looseObject({ user_id: string(), status: string() }),
});
export type DeactivateUserResponse = z.infer<typeof DeactivateUserResponse>;
// #5
export const LinkedAccount = looseObject({
  user_id: string(),
  provider_id: string(),
  display_label: string(),
  consent: optional(Consent),
});
export type LinkedAccount = z.infer<typeof LinkedAccount>;
export const AccountsResponse = envelope(looseObject({ accounts: array(LinkedAccount) }));
export type AccountsResponse = z.infer<typeof AccountsResponse>;
// #7, #8
export const UsersResponse = envelope(looseObject({ users: array(User) }));
export type UsersResponse = z.infer<typeof UsersResponse>;
export const SearchUsersRequest = looseObject({
  query: optional(string()),
  deactivated: optional(boolean()),
  limit: optional(/* @__PURE__ */ number().check(refine((n) => Number.isInteger(n) && n >= 1 && n <= 100, 'expected a whole number from 1 to 100'))),
  cursor: optional(string()),
});
export type SearchUsersRequest = z.infer<typeof SearchUsersRequest>;
// #9
export const UserStatsResponse = looseObject({
  data: looseObject({ total: number(), active: number(), deactivated: number() }),
});
export type UserStatsResponse = z.infer<typeof UserStatsResponse>;
// #10
export const AccountsByProviderResponse = looseObject({
  data: looseObject({
    providers: array(
      looseObject({ provider_id: string(), display_label: optional(string()), accounts: number() }),
    ),
  }),
});
export type AccountsByProviderResponse = z.infer<typeof AccountsByProviderResponse>;
// #11
export const BalanceResponse = looseObject({
  data: looseObject({ total: CurrencyValue, assets: optional(array(AssetAmount)) }),
});
export type BalanceResponse = z.infer<typeof BalanceResponse>;
// #12
export const TopTradedAssetsResponse = looseObject({
  data: looseObject({
    assets: array(
      looseObject({
        asset_symbol: string(),
        asset_name: optional(string()),
        trade_count: number(),
        volume: CurrencyValue,
      }),
    ),
  }),
});
export type TopTradedAssetsResponse = z.infer<typeof TopTradedAssetsResponse>;
// #13, #14
export const ProvidersResponse = looseObject({ data: array(ProviderMetadata) });
export type ProvidersResponse = z.infer<typeof ProvidersResponse>;

/** The error body (assumed): `{ errors: ErrorItem[], message? }`. */
export const CalicoErrorResponse = looseObject({
  errors: optional(array(ErrorItem)),
  message: optional(string()),
});
export type CalicoErrorResponse = z.infer<typeof CalicoErrorResponse>;
