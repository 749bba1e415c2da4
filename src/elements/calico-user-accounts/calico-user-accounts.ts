import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { CALICO_LIMIT, type CalicoClient } from '../../client/calico.js';
import { sharedCalicoClient } from '../../client/shared.js';
import type { ProviderMetadata } from '../../schemas/calico.js';
import { consentBadge } from '../../templates/badge.js';
import { formatDate, lookup } from '../../util/format.js';
import { listView } from '../../templates/list-view.js';
import { toUtc } from '../../util/time-range.js';
import type { CsvColumn } from '../../util/csv.js';
import { WidgetElement } from '../widget-element.js';
import { PagedList } from '../paged-list.js';
import { USER_ACCOUNTS_STRINGS, type UserAccountsStrings } from '../../locales/en/calico-user-accounts.js';

/**
 * One user's linked crypto sources: provider, how it is connected, consent status, and the dates it
 * was connected and revoked. Revoked sources are visibly set apart.
 *
 * @tagname calico-user-accounts
 * @summary A user's linked exchanges and wallets (Calico Enterprise API #2).
 * @fires calico-load - A page arrived: `.items`, `.page`.
 * @fires calico-page-change - Before moving to another page (cancelable): `.page`, `.previousPage`.
 * @fires calico-error - A load failed: `.error` with `.error.kind`.
 * @fires calico-row-select - A source was activated: `.record`.
 * @slot empty - Shown when the user has no linked source.
 * @csspart row-active - A source whose consent is active (also `row`).
 * @csspart row-expired - A source whose consent expired (also `row`).
 * @csspart row-revoked - A source whose consent was revoked (also `row`).
 * @csspart badge - A consent badge.
 * @cssprop --calico-color-success - Here: the active consent badge.
 * @cssprop --calico-color-warning - Here: the expired consent badge.
 * @cssprop --calico-color-danger - Here: the revoked consent badge.
 */
export class CalicoUserAccounts extends PagedList<CalicoClient, UserAccountsStrings>(WidgetElement) {
  static override styles = [
    ...WidgetElement.styles,
    css`
      tr[data-state='revoked'] td:not(:nth-child(3)) { color: var(--_muted); }
      tr[data-state='revoked'] td:first-child strong { text-decoration: line-through; }
    `,
  ];

  /** The Calico user id (uuid). */
  @property({ attribute: 'user-id' }) userId?: string;
  /** @internal Whose data: setting it after a session ended shows the next person's. */
  protected static sessionInputs = [...WidgetElement.sessionInputs, 'userId'];

  protected override readonly defaultStrings = USER_ACCOUNTS_STRINGS;
  protected override readonly pageSizeRange = CALICO_LIMIT;
  protected override sharedClient = sharedCalicoClient;

  /** @internal */
  protected readonly resource = this.pagedResource<ProviderMetadata>(
    () => {
      const { id } = this.pathId('user-id', this.userId);
      return id ? [id] : null;
    },
    (client, call, limit) => client.userProviders(this.userId!, { limit }, call),
  );


  protected override csvColumns(): CsvColumn<ProviderMetadata>[] {
    const s = this.text;
    const c = s.csv;
    return [
      { header: c.source, value: (p) => p.display_label },
      { header: c.sourceId, value: (p) => p.provider_id, id: true },
      { header: c.connection, value: (p) => lookup(s.authLabels, p.provider_auth_type) ?? p.provider_auth_type },
      { header: c.consent, value: (p) => p.consent && (lookup(s.consentLabels, p.consent.status) ?? p.consent.status) },
      { header: c.connected, value: (p) => toUtc(p.consent?.connected_on) },
      { header: c.revoked, value: (p) => toUtc(p.consent?.deleted_on) },
    ];
  }

  override render() {
    const s = this.text;
    const locale = this.locale;
    return listView({
      ...this.listBase,
      resource: this.resource,
      caption: s.caption,
      columns: [{ label: s.provider }, { label: s.authType }, { label: s.consent }, { label: s.connected }, { label: s.revoked }],
      key: (p) => p.provider_id,
      rowState: (p) => p.consent?.status,
      cells: (p) => html`
        <td part="cell"><strong>${p.display_label}</strong><span class="sub">${p.description}</span></td>
        <td part="cell">${lookup(s.authLabels, p.provider_auth_type) ?? p.provider_auth_type}</td>
        <td part="cell">${consentBadge(p.consent?.status, s.consentLabels, s.none)}</td>
        <td part="cell">${formatDate(p.consent?.connected_on, locale)}</td>
        <td part="cell">${formatDate(p.consent?.deleted_on, locale)}</td>`,
      emptyText: s.empty,
      blocked: this.notConfigured ?? this.userIdProblem(this.userId, s.noUser, s.badId),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calico-user-accounts': CalicoUserAccounts;
  }
}
