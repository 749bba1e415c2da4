import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CALICO_LIMIT, type AssetsPage, type CalicoClient } from '../../client/calico.js';
import { sharedCalicoClient } from '../../client/shared.js';
import type { AssetPosition, CurrencyValue } from '../../schemas/calico.js';
import { compareDecimals, sumDecimals } from '../../util/decimal.js';
import { formatMoney, formatQuantity } from '../../util/format.js';
import { listView } from '../../templates/list-view.js';
import type { Column } from '../../columns/column.js';
import { sourceName, withSourceNames, type WithSourceNames } from '../../client/source-names.js';
import { WidgetElement } from '../widget-element.js';
import { ListElement, type PageSizeRange } from '../list-element.js';
import { USER_ASSETS_STRINGS, type UserAssetsStrings } from '../../locales/en/calico-user-assets.js';

const totals = new WeakMap<readonly AssetPosition[], CurrencyValue>();
/** The exact sum of a page's values, once per page; none when they are in more than one currency (they do not add up). */
function pageTotal(items: readonly AssetPosition[]): CurrencyValue | undefined {
  const currency = items[0]!.value.currency;
  if (items.some((a) => a.value.currency !== currency)) return;
  let total = totals.get(items);
  if (!total) totals.set(items, (total = { amount: sumDecimals(items.map((a) => a.value.amount)), currency }));
  return total;
}

/**
 * One user's holdings: asset, quantity, price, value and source, largest value first, with the total
 * value and a notice naming any source that failed.
 *
 * @tagname calico-user-assets
 * @summary A user's crypto holdings (Calico Enterprise API #1).
 * @fires calico-load - A page arrived: `.items`, `.page`.
 * @fires calico-page-change - Before moving to another page (cancelable): `.page`, `.previousPage`.
 * @fires calico-error - A load failed: `.error` with `.error.kind`.
 * @fires calico-row-select - A holding was activated: `.record`.
 * @slot empty - Shown when the user has no holdings.
 * @csspart toolbar - The bar above the table (total value).
 */
export class CalicoUserAssets extends ListElement<CalicoClient, UserAssetsStrings> {
  /** The Calico user id (uuid). */
  @property({ attribute: 'user-id' }) userId?: string;
  /** @internal Whose data: setting it after a session ended shows the next person's. */
  protected static override sessionInputs = [...WidgetElement.sessionInputs, 'userId'];

  protected override readonly defaultStrings: UserAssetsStrings = USER_ASSETS_STRINGS;
  protected override readonly pageSizeRange: PageSizeRange = CALICO_LIMIT;
  protected override sharedClient = sharedCalicoClient;

  /** @internal */
  protected readonly resource = this.pagedResource<AssetPosition, WithSourceNames<AssetsPage>>(
    () => {
      const { id } = this.pathId('user-id', this.userId);
      return id ? [id] : null;
    },
    (client, call, limit) => withSourceNames(client.userAssets(this.userId!, { limit }, call), client, call, this.userId),
  );


  protected override columns(): Column<AssetPosition>[] {
    const s = this.text;
    const c = s.csv;
    const locale = this.locale;
    return [
      {
        label: s.asset,
        cell: (a) => html`<strong>${a.asset_symbol}</strong>${a.asset_name ? html`<span class="sub">${a.asset_name}</span>` : ''}`,
        csv: [
          [s.asset, (a) => a.asset_symbol],
          [c.name, (a) => a.asset_name],
        ],
      },
      { label: s.quantity, class: 'num', cell: (a) => formatQuantity(a.quantity, locale), csv: [[s.quantity, (a) => a.quantity]] },
      {
        label: s.price,
        class: 'num',
        cell: (a) => formatMoney(a.price, locale),
        csv: [
          [s.price, (a) => a.price?.amount],
          [c.priceCurrency, (a) => a.price?.currency],
        ],
      },
      {
        label: s.value,
        class: 'num',
        cell: (a) => formatMoney(a.value, locale),
        csv: [
          [s.value, (a) => a.value.amount],
          [c.valueCurrency, (a) => a.value.currency],
        ],
      },
      { label: s.source, cell: (a) => sourceName(this.resource.page, a.provider_id), csv: [[s.source, (a) => a.provider_id]] },
    ];
  }

  override render() {
    const s = this.text;
    const locale = this.locale;
    const page = this.resource.page;
    const items = page?.items;
    // The API's total covers every page; without one, the sum of this page (exact) is labelled so.
    const total = page?.totalValue ?? (items?.length ? pageTotal(items) : undefined);
    return listView({
      ...this.listBase,
      resource: this.resource,
      order: (list) => [...list].sort((a, b) => compareDecimals(b.value.amount, a.value.amount)),
      caption: s.caption,
      columns: this.columns(),
      key: (a) => `${a.provider_id}:${a.asset_symbol}`,
      toolbar: total
        ? html`<div class="summary" role="group" aria-label=${s.totalValue}>${s.totalValue}: ${formatMoney(total, locale)}${page?.totalValue ? '' : html`<small>(${s.pageTotal})</small>`}</div>`
        : undefined,
      emptyText: s.empty,
      blocked: this.notConfigured ?? this.userIdProblem(this.userId, s.noUser, s.badId),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calico-user-assets': CalicoUserAssets;
  }
}
