import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { CALICO_LIMIT, type CalicoClient } from '../../client/calico.js';
import { sharedCalicoClient } from '../../client/shared.js';
import { ResourceController } from '../../controllers/resource.js';
import type { LinkedAccount, ProviderMetadata } from '../../schemas/calico.js';
import { consentBadge } from '../../templates/badge.js';
import { formatDate, lookup } from '../../util/format.js';
import { listView } from '../../templates/list-view.js';
import { toUtc } from '../../util/time-range.js';
import type { CsvColumn } from '../../util/csv.js';
import { WidgetElement, clientId } from '../widget-element.js';
import { PagedList } from '../paged-list.js';
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
export class CalicoAccounts extends PagedList<CalicoClient, AccountsStrings>(WidgetElement) {
  /** Only accounts from these sources (comma-separated provider ids); the toolbar's Source select sets one. */
  @property({ attribute: 'provider-ids' }) providerIds?: string;

  protected override readonly defaultStrings = ACCOUNTS_STRINGS;
  protected override readonly pageSizeRange = CALICO_LIMIT;
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

  protected override csvColumns(): CsvColumn<LinkedAccount>[] {
    const s = this.text;
    const c = s.csv;
    return [
      { header: c.user, value: (a) => a.user_id, id: true },
      { header: c.source, value: (a) => a.display_label },
      { header: c.sourceId, value: (a) => a.provider_id, id: true },
      { header: c.consent, value: (a) => a.consent && (lookup(s.consentLabels, a.consent.status) ?? a.consent.status) },
      { header: c.connected, value: (a) => toUtc(a.consent?.connected_on) },
      { header: c.revoked, value: (a) => toUtc(a.consent?.deleted_on) },
    ];
  }

  override render() {
    const s = this.text;
    const locale = this.locale;
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
      columns: [{ label: s.user }, { label: s.provider }, { label: s.consent }, { label: s.connected }, { label: s.revoked }],
      key: (a) => `${a.user_id}:${a.provider_id}`,
      rowState: (a) => a.consent?.status,
      cells: (a) => html`
        <td part="cell"><span class="id">${a.user_id}</span></td>
        <td part="cell"><strong>${a.display_label}</strong><span class="sub">${a.provider_id}</span></td>
        <td part="cell">${consentBadge(a.consent?.status, s.consentLabels, s.none)}</td>
        <td part="cell">${formatDate(a.consent?.connected_on, locale)}</td>
        <td part="cell">${formatDate(a.consent?.deleted_on, locale)}</td>`,
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
