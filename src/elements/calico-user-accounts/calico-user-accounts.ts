import { css } from 'lit';
import { property } from 'lit/decorators.js';
import { CALICO_LIMIT, type CalicoClient } from '../../client/calico.js';
import { sharedCalicoClient } from '../../client/shared.js';
import type { ProviderMetadata } from '../../schemas/calico.js';
import { listView } from '../../templates/list-view.js';
import type { Column } from '../../columns/column.js';
import { connectionColumn, consentColumns, sourceColumns } from '../../columns/source.js';
import { WidgetElement } from '../widget-element.js';
import { ListElement, type PageSizeRange } from '../list-element.js';
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
export class CalicoUserAccounts extends ListElement<CalicoClient, UserAccountsStrings> {
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
  protected static override sessionInputs = [...WidgetElement.sessionInputs, 'userId'];

  protected override readonly defaultStrings: UserAccountsStrings = USER_ACCOUNTS_STRINGS;
  protected override readonly pageSizeRange: PageSizeRange = CALICO_LIMIT;
  protected override sharedClient = sharedCalicoClient;

  /** @internal */
  protected readonly resource = this.pagedResource<ProviderMetadata>(
    () => {
      const { id } = this.pathId('user-id', this.userId);
      return id ? [id] : null;
    },
    (client, call, limit) => client.userProviders(this.userId!, { limit }, call),
  );


  protected override columns(): Column<ProviderMetadata>[] {
    const s = this.text;
    return [
      ...sourceColumns(s, (p) => p.description),
      connectionColumn(s.authType, s.csv.connection, s.authLabels),
      ...consentColumns(s, this.locale),
    ];
  }

  override render() {
    const s = this.text;
    return listView({
      ...this.listBase,
      resource: this.resource,
      caption: s.caption,
      columns: this.columns(),
      key: (p) => p.provider_id,
      rowState: (p) => p.consent?.status,
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
