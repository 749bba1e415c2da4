import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CALICO_LIMIT, type AssetsPage, type CalicoClient } from '../../client/calico.js';
import { sharedCalicoClient } from '../../client/shared.js';
import type { AssetPosition, CurrencyValue } from '../../schemas/calico.js';
import { compareDecimals, sumDecimals } from '../../util/decimal.js';
import { formatMoney, formatQuantity } from '../../util/format.js';
import { listView } from '../../templates/list-view.js';
import type { CsvColumn } from '../../util/csv.js';
import { WidgetElement } from '../widget-element.js';
import { PagedList } from '../paged-list.js';
import { USER_ASSETS_STRINGS, type UserAssetsStrings } from '../../locales/en/calico-user-assets.js';

const totals = new WeakMap<readonly AssetPosition[], CurrencyValue>();
/** The exact sum of a page's values: once per page, not on every render. */
function pageTotal(items: readonly AssetPosition[]): CurrencyValue {
  let total = totals.get(items);
  if (!total) totals.set(items, (total = { amount: sumDecimals(items.map((a) => a.value.amount)), currency: items[0]!.value.currency }));
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
export class CalicoUserAssets extends PagedList<CalicoClient, UserAssetsStrings>(WidgetElement) {
  /** The Calico user id (uuid). */
  @property({ attribute: 'user-id' }) userId?: string;
  /** @internal Whose data: setting it after a session ended shows the next person's. */
  protected static sessionInputs = [...WidgetElement.sessionInputs, 'userId'];

  protected override readonly defaultStrings = USER_ASSETS_STRINGS;
  protected override readonly pageSizeRange = CALICO_LIMIT;
  protected override sharedClient = sharedCalicoClient;

  /** @internal */
  protected readonly resource = this.pagedResource<AssetPosition, AssetsPage>(
    () => {
      const { id } = this.pathId('user-id', this.userId);
      return id ? [id] : null;
    },
    (client, call, limit) => client.userAssets(this.userId!, { limit }, call),
  );


  protected override csvColumns(): CsvColumn<AssetPosition>[] {
    const c = this.text.csv;
    return [
      { header: c.asset, value: (a) => a.asset_symbol },
      { header: c.name, value: (a) => a.asset_name },
      { header: c.quantity, value: (a) => a.quantity },
      { header: c.price, value: (a) => a.price?.amount },
      { header: c.priceCurrency, value: (a) => a.price?.currency },
      { header: c.value, value: (a) => a.value.amount },
      { header: c.valueCurrency, value: (a) => a.value.currency },
      { header: c.source, value: (a) => a.provider_id },
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
      columns: [{ label: s.asset }, { label: s.quantity, numeric: true }, { label: s.price, numeric: true }, { label: s.value, numeric: true }, { label: s.source }],
      key: (a) => `${a.provider_id}:${a.asset_symbol}`,
      cells: (a) => html`
        <td part="cell"><strong>${a.asset_symbol}</strong>${a.asset_name ? html`<span class="sub">${a.asset_name}</span>` : ''}</td>
        <td part="cell" class="num">${formatQuantity(a.quantity, locale)}</td>
        <td part="cell" class="num">${formatMoney(a.price, locale)}</td>
        <td part="cell" class="num">${formatMoney(a.value, locale)}</td>
        <td part="cell">${a.provider_id}</td>`,
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
