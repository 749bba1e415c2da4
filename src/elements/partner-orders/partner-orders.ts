import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { PARTNER_PER_PAGE, type PartnerClient, type PartnerOrderQuery } from '../../client/partner.js';
import { sharedPartnerClient } from '../../client/shared-partner.js';
import { PRODUCTS, type Order } from '../../schemas/partner.js';
import { badge, type Tone } from '../../templates/badge.js';
import { formatDateTime, formatMoney, formatQuantity, lookup } from '../../util/format.js';
import { filterSelect, listView } from '../../templates/list-view.js';
import { dayToInstant, endDay, startDay, toUtc } from '../../util/time-range.js';
import type { CsvColumn } from '../../util/csv.js';
import { WidgetElement, choice } from '../widget-element.js';
import { PagedList } from '../paged-list.js';
import { PARTNER_ORDERS_STRINGS, type PartnerOrdersStrings } from '../../locales/en/partner-orders.js';

const SIDES = ['buy', 'sell'] as const;
const STATUS_LOOK: Record<string, [Tone, string]> = {
  completed: ['success', '✓'],
  pending: ['warning', '…'],
};

/**
 * Partner orders, newest first: when placed, member, product, side, asset, quantity, amount, fee and
 * status, with filters (member, product, side, status, placed range) and numbered pages.
 *
 * @tagname partner-orders
 * @summary Orders of a financial institution's members (Partner API `GET /orders/`).
 * @fires calico-load - A page arrived: `.items`, `.page`.
 * @fires calico-page-change - Before moving to another page (cancelable): `.page`, `.previousPage`.
 * @fires calico-error - A load failed: `.error` with `.error.kind`.
 * @fires calico-row-select - An order was activated: `.record`.
 * @slot empty - Shown when there is no order.
 * @slot empty-filtered - Shown when the filters leave no order.
 * @csspart toolbar - The filters.
 * @csspart badge - A status badge.
 * @csspart pagination - The pager, with numbered pages and Go to page.
 */
export class PartnerOrders extends PagedList<PartnerClient, PartnerOrdersStrings>(WidgetElement) {
  /** Filter: one member's orders (their `user_account_id`). */
  @property({ attribute: 'user-account-id' }) userAccountId?: string;
  /** @internal Whose data: setting it after a session ended shows the next person's. */
  protected static sessionInputs = [...WidgetElement.sessionInputs, 'userAccountId'];
  /** Filter: `crypto`, `securities`, `roth_ira` or `robo`; another value warns once and is ignored. */
  @property() product?: string;
  /** Filter: `buy` or `sell`; another value warns once and is ignored. */
  @property() side?: string;
  /** Filter: an order status as the API names it (`pending`, `completed`, …). */
  @property() status?: string;
  /** Filter: placed at or after this instant (ISO-8601; a bad value warns once and is ignored). */
  @property({ attribute: 'placed-at-start' }) placedAtStart?: string;
  /** Filter: placed before this instant (ISO-8601, exclusive; a bad value warns once and is ignored). */
  @property({ attribute: 'placed-at-end' }) placedAtEnd?: string;
  /** `desc` (newest first, default) or `asc`. */
  @property({ attribute: 'sort-order' }) sortOrder?: string;
  /** The ISO 4217 currency the amounts are in (the API sends amounts only). */
  @property() currency = 'USD';

  protected override readonly defaultStrings = PARTNER_ORDERS_STRINGS;
  protected override readonly pageSizeRange = PARTNER_PER_PAGE;
  protected override sharedClient = sharedPartnerClient;
  protected override get needsBaseUrl() {
    return this.text.needsBaseUrl;
  }

  /** @internal */
  protected readonly resource = this.pagedResource<Order>(
    () => [this.#query()],
    (client, call, perPage) => client.listOrders({ ...this.#query(), per_page: perPage }, call),
    (client, index, perPage) => client.pageAt(index + 1, perPage),
  );

  /** The filters as the API names them (only valid values). */
  #query(): PartnerOrderQuery {
    const query: PartnerOrderQuery = {
      user_account_id: this.pathId('user-account-id', this.userAccountId).id,
      product: choice(this, 'product', this.product, PRODUCTS),
      side: choice(this, 'side', this.side, SIDES),
      status: this.status || undefined,
      placed_at_start: this.instant('placed-at-start', this.placedAtStart),
      placed_at_end: this.instant('placed-at-end', this.placedAtEnd),
      sort_order: choice(this, 'sort-order', this.sortOrder, ['asc', 'desc'] as const),
    };
    return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as PartnerOrderQuery;
  }

  #clearFilters = () => {
    this.product = this.side = this.status = this.placedAtStart = this.placedAtEnd = undefined;
  };

  /** "Buy BTC": what the order was. */
  protected override detailHeading(o: Order): string {
    return `${lookup(this.text.sides, o.side) ?? o.side} ${o.symbol}`;
  }

  protected override csvColumns(): CsvColumn<Order>[] {
    const s = this.text;
    const c = s.csv;
    return [
      { header: c.placed, value: (o) => toUtc(o.placed_at) },
      { header: c.completed, value: (o) => toUtc(o.completed_at) },
      { header: c.member, value: (o) => o.user_account_id, id: true },
      { header: c.product, value: (o) => lookup(s.products, o.product) ?? o.product },
      { header: c.side, value: (o) => lookup(s.sides, o.side) ?? o.side },
      { header: c.symbol, value: (o) => o.symbol },
      { header: c.quantity, value: (o) => o.quantity },
      { header: c.notional, value: (o) => o.notional },
      { header: c.fee, value: (o) => o.fee },
      { header: c.currency, value: () => this.currency },
      { header: c.status, value: (o) => lookup(s.statuses, o.status) ?? o.status },
      { header: c.recurring, value: (o) => o.recurring_order_id, id: true },
      { header: c.id, value: (o) => o.order_id, id: true },
    ];
  }

  override render() {
    const s = this.text;
    const locale = this.locale;
    const query = this.#query();
    const filtered = ['product', 'side', 'status', 'placed_at_start', 'placed_at_end'].some((k) => k in query);
    const money = (amount: string) => formatMoney({ amount, currency: this.currency }, locale);
    const toolbar = html`<fieldset class="range">
      <legend class="visually-hidden">${s.filters}</legend>
      ${filterSelect(s.product, query.product, s.products, s.any, (v) => (this.product = v))}
      ${filterSelect(s.side, query.side, s.sides, s.any, (v) => (this.side = v))}
      ${filterSelect(s.status, query.status, s.statuses, s.any, (v) => (this.status = v))}
      <label>${s.placedFrom}<input type="date" .value=${live(startDay(query.placed_at_start))} @change=${(e: Event) => (this.placedAtStart = dayToInstant((e.target as HTMLInputElement).value))} /></label>
      <label>${s.placedTo}<input type="date" .value=${live(endDay(query.placed_at_end))} @change=${(e: Event) => (this.placedAtEnd = dayToInstant((e.target as HTMLInputElement).value, 1))} /></label>
      ${filtered ? html`<button type="button" @click=${this.#clearFilters}>${s.clearFilters}</button>` : nothing}
    </fieldset>`;
    return listView({
      ...this.listBase,
      resource: this.resource,
      caption: s.caption,
      columns: [
        { label: s.placed },
        { label: s.member },
        { label: s.product },
        { label: s.side },
        { label: s.quantity, numeric: true },
        { label: s.notional, numeric: true },
        { label: s.fee, numeric: true },
        { label: s.status },
      ],
      key: (o) => o.order_id,
      rowDeps: [this.currency],
      cells: (o) => html`
        <td part="cell" class="nowrap"><time datetime=${o.placed_at}>${formatDateTime(o.placed_at, locale)}</time></td>
        <td part="cell"><span class="id">${o.user_account_id}</span></td>
        <td part="cell">${lookup(s.products, o.product) ?? o.product}</td>
        <td part="cell">${lookup(s.sides, o.side) ?? o.side}</td>
        <td part="cell" class="num">${formatQuantity(o.quantity, locale)} ${o.symbol}</td>
        <td part="cell" class="num">${money(o.notional)}</td>
        <td part="cell" class="num">${money(o.fee)}</td>
        <td part="cell">${badge(lookup(s.statuses, o.status) ?? o.status, ...(lookup(STATUS_LOOK, o.status) ?? ['neutral', '…']))}</td>`,
      toolbar,
      emptyText: s.empty,
      // The toolbar has its own Clear filters: one button, not two.
      filtered: filtered ? { text: s.emptyFiltered } : undefined,
      blocked: this.notConfigured ?? (this.pathId('user-account-id', this.userAccountId).invalid ? s.errorBadRequest : undefined),
      numbered: true,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partner-orders': PartnerOrders;
  }
}
