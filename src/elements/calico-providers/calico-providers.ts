import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { CALICO_LIMIT, type CalicoClient } from '../../client/calico.js';
import type { Page, PageToken } from '../../client/pages.js';
import { sharedCalicoClient } from '../../client/shared.js';
import type { ProviderMetadata } from '../../schemas/calico.js';
import { fill } from '../../util/format.js';
import { listView } from '../../templates/list-view.js';
import type { Column } from '../../columns/column.js';
import { connectionColumn, sourceColumns } from '../../columns/source.js';
import { ListElement, type PageSizeRange } from '../list-element.js';
import { PROVIDERS_STRINGS, type ProvidersStrings } from '../../locales/en/calico-providers.js';

const offsetToken = (offset: number): PageToken => ({ query: { offset: String(offset) } });

/** When each list arrived: the client serves the same array from memory, and its pages are as old as it. */
const arrivedAt = new WeakMap<object, number>();
function arrival(list: object): number {
  let at = arrivedAt.get(list);
  if (at === undefined) arrivedAt.set(list, (at = Date.now()));
  return at;
}

/** One page of a list held whole in memory: the API sends every source at once (700+ in the catalog). */
function pageOf<T>(all: readonly T[], token: PageToken | null, perPage: number, fetchedAt: number): Page<T> {
  const offset = Number(token?.query.offset ?? 0);
  const end = offset + perPage;
  return { items: all.slice(offset, end), next: end < all.length ? offsetToken(end) : null, totalRecords: all.length, perPage, errors: [], fetchedAt };
}

/**
 * The crypto sources: the ones this enterprise enabled, or with `catalog` every source Calico supports
 * (700+), with a search by name as you type (over the list fetched once) and a count.
 *
 * @tagname calico-providers
 * @summary Enabled sources, or Calico's whole catalog (Calico Enterprise API #13, #14).
 * @fires calico-load - A page arrived: `.items`, `.page`.
 * @fires calico-page-change - Before moving to another page (cancelable): `.page`, `.previousPage`.
 * @fires calico-error - A load failed: `.error` with `.error.kind`.
 * @fires calico-row-select - A source was activated: `.record`.
 * @slot empty - Shown when there is no source.
 * @slot empty-filtered - Shown when the search finds no source.
 * @csspart toolbar - The search box and the count.
 * @csspart pagination - The pager, with numbered pages.
 */
export class CalicoProviders extends ListElement<CalicoClient, ProvidersStrings> {
  /** Every source Calico supports (#14), instead of the ones this enterprise enabled (#13). */
  @property({ type: Boolean }) catalog = false;
  /** The search text (matches a source's name or id); set it to preset the search. */
  @property() query = '';

  protected override readonly defaultStrings: ProvidersStrings = PROVIDERS_STRINGS;
  protected override readonly pageSizeRange: PageSizeRange = CALICO_LIMIT;
  protected override sharedClient = sharedCalicoClient;

  /** How many sources there are before the search. @internal */
  @state() private total: number | undefined;

  /** @internal */
  protected readonly resource = this.pagedResource<ProviderMetadata>(
    () => [this.catalog, this.query.trim().toLowerCase()],
    async (client, call, limit) => {
      const all = await (this.catalog ? client.calicoProviders(call) : client.enterpriseProviders(call));
      this.total = all.length;
      const text = this.query.trim().toLowerCase();
      const found = text ? all.filter((p) => p.display_label.toLowerCase().includes(text) || p.provider_id.toLowerCase().includes(text)) : all;
      return pageOf(found, call.page, limit, arrival(all));
    },
    (_client, index, limit) => offsetToken(index * limit),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.query ??= ''; // a removed attribute (or a framework's null) is no search
    super.willUpdate(changed);
  }

  #type = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
  };

  protected override columns(): Column<ProviderMetadata>[] {
    const s = this.text;
    return [
      ...sourceColumns(s, (p) => p.provider_id),
      connectionColumn(s.authType, s.csv.connection, s.authLabels),
      { label: s.description, cell: (p) => p.description, csv: [[s.description, (p) => p.description]] },
    ];
  }

  override render() {
    const s = this.text;
    const locale = this.locale;
    const text = this.query.trim();
    const found = this.resource.page?.totalRecords;
    const count = found === undefined || this.total === undefined ? '' : text
      ? fill(s.countFiltered, { count: found, total: this.total }, locale)
      : fill(s.count, { count: this.total }, locale);
    const toolbar = html`<label>${s.search}<input type="search" .value=${live(this.query)} @input=${this.#type} /></label>
      <span class="summary" role="status">${count}</span>`;
    return listView({
      ...this.listBase,
      resource: this.resource,
      caption: this.catalog ? s.captionCatalog : s.caption,
      columns: this.columns(),
      key: (p) => p.provider_id,
      toolbar,
      emptyText: s.empty,
      filtered: text ? { text: fill(s.emptyFiltered, { query: text }), clear: () => (this.query = '') } : undefined,
      blocked: this.notConfigured,
      numbered: true,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calico-providers': CalicoProviders;
  }
}
