import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { CALICO_LIMIT, type CalicoClient } from '../../client/calico.js';
import { sharedCalicoClient } from '../../client/shared.js';
import { ResourceController } from '../../controllers/resource.js';
import type { LinkedAccount, ProviderMetadata } from '../../schemas/calico.js';
import { listView } from '../../templates/list-view.js';
import type { Column } from '../../columns/column.js';
import { idColumn } from '../../columns/id.js';
import { consentColumns, sourceColumns } from '../../columns/source.js';
import { clientId } from '../../client/registry.js';
import { ListElement, type PageSizeRange } from '../list-element.js';
import { ACCOUNTS_STRINGS, type AccountsStrings } from '../../locales/en/calico-accounts.js';

/**
 * Every user's linked accounts, enterprise-wide: user, source, consent and its dates, with a filter by
 * source (the enterprise's enabled sources).
 *
 * @tagname calico-accounts
 * @summary Linked accounts of all users (Calico Enterprise API #5).
 * @fires calico-load - A page arrived: `.items`, `.page`.
 * @fires calico-page-change - Before moving to another page (cancelable): `.page`, `.previousPage`.
 * @fires calico-error - A load failed: `.error` with `.error.kind`.
 * @fires calico-row-select - An account was activated: `.record`.
 * @slot empty - Shown when there is no linked account.
 * @slot empty-filtered - Shown when no account comes from the chosen source.
 * @csspart toolbar - The source filter.
 * @csspart badge - A consent badge.
 * @csspart row-active - An account whose consent is active (also `row`).
 * @csspart row-expired - An account whose consent expired (also `row`).
 * @csspart row-revoked - An account whose consent was revoked (also `row`).
 */
export class CalicoAccounts extends ListElement<CalicoClient, AccountsStrings> {
  /** Only accounts from these sources (comma-separated provider ids); the toolbar's Source select sets one. */
  @property({ attribute: 'provider-ids' }) providerIds?: string;

  protected override readonly defaultStrings: AccountsStrings = ACCOUNTS_STRINGS;
  protected override readonly pageSizeRange: PageSizeRange = CALICO_LIMIT;
  protected override sharedClient = sharedCalicoClient;

  /** @internal */
  protected readonly resource = this.pagedResource<LinkedAccount>(
    () => [this.#providers()],
    (client, call, limit) => client.accounts({ limit, provider_ids: this.#providers() }, call),
  );

  /** The sources the filter offers: the enterprise's enabled ones. @internal */
  protected readonly sources = new ResourceController<ProviderMetadata[]>(this, {
    key: () => (this.resolvedClient ? clientId(this.resolvedClient) : null),
    load: (call) => this.resolvedClient!.enterpriseProviders(call),
  });

  /** The valid ids of `provider-ids` (a bad one warns once and is left out). */
  #providers(): string[] {
    return this.idList('provider-ids', this.providerIds);
  }

  #choose = (event: Event) => {
    this.providerIds = (event.target as HTMLSelectElement).value || undefined;
  };

  /** The panel is named after the source. */
  protected override detailHeading(a: LinkedAccount): string {
    return a.display_label;
  }

  protected override columns(): Column<LinkedAccount>[] {
    const s = this.text;
    return [idColumn(s.user, s.csv.user, (a) => a.user_id, s.none), ...sourceColumns(s, (a) => a.provider_id), ...consentColumns(s, this.locale)];
  }

  override render() {
    const s = this.text;
    const chosen = this.#providers();
    const toolbar = html`<label>${s.filter}
      <select .value=${live(chosen.length === 1 ? chosen[0]! : '')} @change=${this.#choose}>
        <option value="">${s.any}</option>
        ${(this.sources.value ?? []).map((p) => html`<option value=${p.provider_id}>${p.display_label}</option>`)}
      </select>
    </label>`;
    return listView({
      ...this.listBase,
      resource: this.resource,
      caption: s.caption,
      columns: this.columns(),
      key: (a) => `${a.user_id}:${a.provider_id}`,
      rowState: (a) => a.consent?.status,
      toolbar,
      emptyText: s.empty,
      filtered: chosen.length ? { text: s.emptyFiltered, clear: () => (this.providerIds = undefined) } : undefined,
      blocked: this.notConfigured,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calico-accounts': CalicoAccounts;
  }
}
