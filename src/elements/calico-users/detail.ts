import { html, nothing } from 'lit';
import type { CalicoClient } from '../../client/calico.js';
import type { User } from '../../schemas/calico.js';
import { badge } from '../../templates/badge.js';
import { field, type DetailContent } from '../../templates/detail.js';
import { fill, formatDate, formatDateTime } from '../../util/format.js';
import { personLists } from '../compose.js';
import type { UsersStrings } from '../../locales/en/calico-users.js';

/**
 * A user in full: name, email and id (with Copy), consent and status, Deactivate when the list allows it,
 * and the user's holdings, linked sources and transactions: the three lists on the list's own client,
 * so one token serves them all and requests they share are made once.
 */
export function userDetail(u: User, s: UsersStrings, locale: string, client: CalicoClient | undefined, deactivate?: (event: Event) => void): DetailContent {
  const status = u.deactivated
    ? badge(u.deactivated_on ? fill(s.deactivatedOn, { date: formatDate(u.deactivated_on, locale) }) : s.deactivated, 'danger', '✕')
    : badge(s.active, 'success', '✓');
  return {
    heading: u.full_name,
    body: html`<dl class="fields">
        ${field(s.email, undefined, s, u.email)}
        ${field(s.csv.id, undefined, s, u.user_id)}
        ${field(s.consented, formatDateTime(u.consented_at, locale), s)}
        ${field(s.status, status, s)}
      </dl>
      ${deactivate && !u.deactivated
        ? html`<div class="dialog-actions"><button type="button" class="danger" aria-label=${fill(s.deactivateUser, { name: u.full_name })} @click=${deactivate}>${s.deactivate}</button></div>`
        : nothing}
      <calico-user-assets .client=${client} user-id=${u.user_id} page-size="5" lang=${locale}></calico-user-assets>
      <calico-user-accounts .client=${client} user-id=${u.user_id} page-size="5" lang=${locale}></calico-user-accounts>
      <calico-transactions .client=${client} user-id=${u.user_id} page-size="5" lang=${locale}></calico-transactions>`,
  };
}

/** The panel, once the lists it shows are registered (src/elements/compose.ts). */
export const withLists = () => personLists().then(() => userDetail);
