import { html } from 'lit';
import type { PartnerClient } from '../../client/partner.js';
import { PRODUCTS, type PartnerUser } from '../../schemas/partner.js';
import { KYC_LOOK, statusBadge } from '../../templates/badge.js';
import { field, section, type DetailContent } from '../../templates/detail.js';
import { fill, formatDate, formatMoney, label } from '../../util/format.js';
import { memberOrders } from '../compose.js';
import type { PartnerUserListStrings } from '../../locales/en/partner-user-list.js';

/**
 * A member in full: each product (the four known ones first, then any other the API sends) with its KYC
 * status, approval date and market value; the total; and the member's orders, through a
 * `<partner-orders>` on the same client (same key, same cache).
 */
export function memberDetail(m: PartnerUser, s: PartnerUserListStrings, locale: string, currency: string, client: PartnerClient | undefined): DetailContent {
  const money = (amount: string) => formatMoney({ amount, currency }, locale);
  const known = PRODUCTS.map((p) => m.accounts.find((a) => a.product === p) ?? p);
  const others = m.accounts.filter((a) => !(PRODUCTS as readonly string[]).includes(a.product));
  return {
    heading: fill(s.memberTitle, { account: m.user_account_id }),
    body: html`<dl class="fields">
        ${field(s.account, undefined, s, m.user_account_id)}
        ${field(s.total, html`<strong>${money(m.total_current_market_value)}</strong>`, s)}
        ${field(s.created, formatDate(m.created_at, locale), s)}
      </dl>
      ${[...known, ...others].map((a) =>
        typeof a === 'string'
          ? section(label(s.products, a), html`<p class="muted">${s.notOpened}</p>`)
          : section(
              label(s.products, a.product),
              html`<dl class="fields">
                ${field(s.kycStatus, statusBadge(KYC_LOOK, a.kyc_status, s.kyc), s)}
                ${field(s.kycApproved, a.kyc_approved_at ? formatDate(a.kyc_approved_at, locale) : undefined, s)}
                ${field(s.marketValue, money(a.current_market_value), s)}
              </dl>`,
            ),
      )}
      <partner-orders .client=${client} user-account-id=${m.user_account_id} currency=${currency} page-size="10" lang=${locale}></partner-orders>`,
  };
}

/** The panel, once `<partner-orders>` is registered (src/elements/compose.ts). */
export const withOrders = () => memberOrders().then(() => memberDetail);
