import { html } from 'lit';
import type { AssetAmount, Transaction } from '../../schemas/calico.js';
import { field, type DetailContent } from '../../templates/detail.js';
import { fill, formatDateTime, formatMoney, formatQuantity, label, lookup } from '../../util/format.js';
import { toUtc } from '../../util/time-range.js';
import type { TransactionsStrings } from '../../locales/en/calico-transactions.js';

/** "0.00012 BTC · $4.20": every digit the API sent. */
const amount = (leg: AssetAmount, locale: string) => `${formatQuantity(leg.quantity, locale)} ${leg.asset_symbol}${leg.value ? ` · ${formatMoney(leg.value, locale)}` : ''}`;

/**
 * A transaction in full: type, time in the reader's zone and in UTC, each leg, fees item by item,
 * addresses and ids with Copy, source and category.
 */
export function transactionDetail(t: Transaction, s: TransactionsStrings, locale: string, source: string): DetailContent {
  const type = lookup(s.typeLabels, t.transaction_type) ?? `${s.other} (${t.transaction_type})`;
  const fees = t.fees;
  const category = t.categorization;
  return {
    heading: fill(s.detailTitle, { type, time: formatDateTime(t.timestamp, locale) }),
    body: html`<dl class="fields">
      ${field(s.type, type, s)}
      ${field(s.time, html`<time datetime=${t.timestamp}>${formatDateTime(t.timestamp, locale, true)}</time>`, s)}
      ${field(s.csv.time, toUtc(t.timestamp), s)}
      ${field(s.out, t.output && amount(t.output, locale), s)}
      ${field(s.in, t.input && amount(t.input, locale), s)}
      ${field(
        s.fees,
        fees && (fees.items.length || fees.total)
          ? html`${fees.items.map((f) => html`<span class="sub-line">${amount(f, locale)}</span>`)}${fees.total ? html`<span class="sub-line">${fill(s.feeTotal, { amount: formatMoney(fees.total, locale) })}</span>` : ''}`
          : undefined,
        s,
      )}
      ${field(s.source, source, s)}
      ${field(s.category, category && `${label(s.categoryLabels, category.category)}${category.subcategory ? ` / ${label(s.subcategoryLabels, category.subcategory)}` : ''}`, s)}
      ${t.from_address ? field(s.fromAddress, undefined, s, t.from_address) : ''}
      ${t.to_address ? field(s.toAddress, undefined, s, t.to_address) : ''}
      ${field(s.csv.id, undefined, s, t.transaction_id)}
      ${t.user_id ? field(s.csv.user, undefined, s, t.user_id) : ''}
    </dl>`,
  };
}
