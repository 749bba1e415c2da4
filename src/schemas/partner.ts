/**
 * Partner API bodies (../shared/api/partner.md): documented, so every required field and type is
 * checked; extra fields are accepted and dropped, and enums stay open.
 */
import * as z from 'zod/mini';
import { DateTime, DecimalString, openEnum } from './common.js';

export const PRODUCTS = ['crypto', 'securities', 'robo', 'roth_ira'] as const;
export type KnownProduct = (typeof PRODUCTS)[number];
export const KYC_STATUSES = ['approved', 'pending', 'rejected', 'not_started'] as const;
export const SORT_KEYS = ['created_at', 'user_account_id', 'total_current_market_value'] as const;
export type PartnerSortKey = (typeof SORT_KEYS)[number];

export const PartnerAccount = z.object({
  product: openEnum(PRODUCTS),
  kyc_status: openEnum(KYC_STATUSES),
  current_market_value: DecimalString,
  kyc_approved_at: z.optional(z.nullable(DateTime)),
});
export type PartnerAccount = z.infer<typeof PartnerAccount>;

export const PartnerUser = z.object({
  user_account_id: z.string(),
  total_current_market_value: DecimalString,
  accounts: z.array(PartnerAccount),
  created_at: z.optional(DateTime),
});
export type PartnerUser = z.infer<typeof PartnerUser>;

const Count = z.number().check(z.int(), z.minimum(0));

/** A list answer: `last_record_number` is the offset after this page, `total_records` the count of all. */
const listOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({ items: z.array(item), total_records: Count, last_record_number: Count, per_page: Count });
export interface PartnerList<T> {
  items: T[];
  total_records: number;
  last_record_number: number;
  per_page: number;
}

export const PartnerUserList = listOf(PartnerUser);
export type PartnerUserList = z.infer<typeof PartnerUserList>;

export const Order = z.object({
  order_id: z.string(),
  user_account_id: z.string(),
  product: openEnum(PRODUCTS),
  side: openEnum(['buy', 'sell'] as const),
  symbol: z.string(),
  quantity: DecimalString,
  notional: DecimalString,
  fee: DecimalString,
  status: z.string(),
  placed_at: DateTime,
  completed_at: z.nullable(DateTime),
  is_recurring_order: z.boolean(),
  recurring_order_id: z.nullable(z.string()),
});
export type Order = z.infer<typeof Order>;

export const OrderList = listOf(Order);
export type OrderList = z.infer<typeof OrderList>;

/** 422: FastAPI's validation error. */
export const PartnerValidationError = z.object({
  detail: z.array(
    z.object({
      // (string | int)[]; written as a check rather than a union/record: the same rule at a fraction of
      // the bundle weight for a widget that never otherwise needs zod's union or record code.
      loc: z.array(z.custom<string | number>((v) => typeof v === 'string' || typeof v === 'number')),
      msg: z.string(),
      type: z.string(),
      input: z.optional(z.unknown()),
      ctx: z.optional(z.looseObject({})),
    }),
  ),
});
export type PartnerValidationError = z.infer<typeof PartnerValidationError>;

/** 401 / 403 / 404: `{ detail: string }`. */
export const PartnerDetailError = z.object({ detail: z.string() });
export type PartnerDetailError = z.infer<typeof PartnerDetailError>;
