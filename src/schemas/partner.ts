/**
 * Partner API bodies (../shared/api/partner.md): documented, so every required field and type is
 * checked; extra fields are accepted and dropped, and enums stay open.
 */
import type * as z from 'zod/mini';
import { array, boolean, custom, looseObject, nullable, number, object, optional, refine, string, unknown } from 'zod/mini';
import { DateTime, DecimalString, openEnum } from './common.js';

export const PRODUCTS = ['crypto', 'securities', 'robo', 'roth_ira'] as const;
export type KnownProduct = (typeof PRODUCTS)[number];
export const KYC_STATUSES = ['approved', 'pending', 'rejected', 'not_started'] as const;
export const SORT_KEYS = ['created_at', 'user_account_id', 'total_current_market_value'] as const;
export type PartnerSortKey = (typeof SORT_KEYS)[number];

export const PartnerAccount = object({
  product: openEnum(PRODUCTS),
  kyc_status: openEnum(KYC_STATUSES),
  current_market_value: DecimalString,
  kyc_approved_at: optional(nullable(DateTime)),
});
export type PartnerAccount = z.infer<typeof PartnerAccount>;

export const PartnerUser = object({
  user_account_id: string(),
  total_current_market_value: DecimalString,
  accounts: array(PartnerAccount),
  created_at: optional(DateTime),
});
export type PartnerUser = z.infer<typeof PartnerUser>;

/**
 * A count: a whole number, 0 or more. Our own check rather than zod's int() and minimum() (as the search
 * body's limit): the same rule and a clearer message, without zod's number-check code (~0.5 kB gzip)
 * in any widget.
 */
export const Count = /* @__PURE__ */ number().check(refine((n) => Number.isSafeInteger(n) && n >= 0, 'expected a whole number, 0 or more'));

/** A list answer: `last_record_number` is the offset after this page, `total_records` the count of all. */
const listOf = <T extends z.ZodMiniType>(item: T) =>
  object({ items: array(item), total_records: Count, last_record_number: Count, per_page: Count });
export interface PartnerList<T> {
  items: T[];
  total_records: number;
  last_record_number: number;
  per_page: number;
}

export const PartnerUserList = listOf(PartnerUser);
export type PartnerUserList = z.infer<typeof PartnerUserList>;

export const Order = object({
  order_id: string(),
  user_account_id: string(),
  product: openEnum(PRODUCTS),
  side: openEnum(['buy', 'sell'] as const),
  symbol: string(),
  quantity: DecimalString,
  notional: DecimalString,
  fee: DecimalString,
  status: string(),
  placed_at: DateTime,
  completed_at: nullable(DateTime),
  is_recurring_order: boolean(),
  recurring_order_id: nullable(string()),
});
export type Order = z.infer<typeof Order>;

export const OrderList = listOf(Order);
export type OrderList = z.infer<typeof OrderList>;

/** 422: FastAPI's validation error. */
export const PartnerValidationError = object({
  detail: array(
    object({
      // (string | int)[]; written as a check rather than a union/record: the same rule at a fraction of
      // the bundle weight for a widget that never otherwise needs zod's union or record code.
      loc: array(custom<string | number>((v) => typeof v === 'string' || typeof v === 'number')),
      msg: string(),
      type: string(),
      input: optional(unknown()),
      ctx: optional(looseObject({})),
    }),
  ),
});
export type PartnerValidationError = z.infer<typeof PartnerValidationError>;

/** 401 / 403 / 404: `{ detail: string }`. */
export const PartnerDetailError = object({ detail: string() });
export type PartnerDetailError = z.infer<typeof PartnerDetailError>;
