import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { PARTNER_PER_PAGE, type PartnerClient, type PartnerOrderQuery } from '../../client/partner.js';
import { sharedPartnerClient } from '../../client/shared-partner.js';
import { PRODUCTS, type Order } from '../../schemas/partner.js';
import { badge, type Tone } from '../../templates/badge.js';
import { formatMoney, formatQuantity, label, lookup } from '../../util/format.js';
import { listView } from '../../templates/list-view.js';
import { dayRange, filterBar, filterSelect } from '../../templates/filters.js';
import { toUtc } from '../../util/time-range.js';
import { exportColumn, type Column } from '../../columns/column.js';
import { idColumn } from '../../columns/id.js';
import { timeColumn } from '../../columns/time.js';
import { WidgetElement, choice } from '../widget-element.js';
import { ListElement, type PageSizeRange } from '../list-element.js';
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
export class PartnerOrders extends ListElement<PartnerClient, PartnerOrdersStrings> {
  /** Filter: one member's orders (their `user_account_id`). */
  @property({ attribute: 'user-account-id' }) userAccountId?: string;
  /** @internal Whose data: setting it after a session ended shows the next person's. */
  protected static override sessionInputs = [...WidgetElement.sessionInputs, 'userAccountId'];
  /** Filter: `crypto`, `securities`, `roth_ira` or `robo`; another value warns once and is ignored. */
  @property() product?: string;
  /** Filter: `buy` or `sell`; another value warns once and is ignored. */
  @property() side?: string;
  /** Filter: an order status as the API names it (`pending`, `completed`, …). */
  @property() status?: string;
  /** Filter: placed at or after this instant (an ISO-8601 date-time, `2026-01-01T00:00:00Z`; a bad value warns once and is ignored). */
  @property({ attribute: 'placed-at-start' }) placedAtStart?: string;
  /** Filter: placed before this instant (an ISO-8601 date-time, exclusive; a bad value warns once and is ignored). */
  @property({ attribute: 'placed-at-end' }) placedAtEnd?: string;
  /** `desc` (newest first, default) or `asc`. */
  @property({ attribute: 'sort-order' }) sortOrder?: string;
  /** The ISO 4217 currency the amounts are in (the API sends amounts only). */
  @property() currency = 'USD';

  protected override readonly defaultStrings: PartnerOrdersStrings = PARTNER_ORDERS_STRINGS;
  protected override readonly pageSizeRange: PageSizeRange = PARTNER_PER_PAGE;
  protected override sharedClient = sharedPartnerClient;
  protected override get noBaseUrlNotice() {
    return this.text.needsBaseUrl;
  }

  /** @internal */
  protected readonly resource = this.pagedResource<Order>(
    // A bad member id loads nothing (dropped from the filter, it would ask for every member's orders).
    () => (this.pathId('user-account-id', this.userAccountId).invalid ? null : [this.#query()]),
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
    return `${label(this.text.sides, o.side)} ${o.symbol}`;
  }

  protected override columns(): Column<Order>[] {
    const s = this.text;
    const c = s.csv;
    const locale = this.locale;
    const money = (label: string, header: string, amount: (o: Order) => string): Column<Order> => ({
      label,
      class: 'num',
      cell: (o) => formatMoney({ amount: amount(o), currency: this.currency }, locale),
      csv: [[header, amount]],
    });
    // An API code in the widget's words (an unknown one as it comes); the export has the code.
    const code = (heading: string, header: string, labels: Record<string, string>, value: (o: Order) => string): Column<Order> => ({
      label: heading,
      cell: (o) => label(labels, value(o)),
      csv: [[header, value]],
    });
    return [
      timeColumn(s.placed, c.placed, (o) => o.placed_at, locale),
      exportColumn(c.completed, (o) => toUtc(o.completed_at)),
      idColumn(s.member, s.member, (o) => o.user_account_id, s.none),
      code(s.product, s.product, s.products, (o) => o.product),
      code(s.side, s.side, s.sides, (o) => o.side),
      {
        label: s.quantity,
        class: 'num',
        cell: (o) => `${formatQuantity(o.quantity, locale)} ${o.symbol}`,
        csv: [
          [s.symbol, (o) => o.symbol],
          [s.quantity, (o) => o.quantity],
        ],
      },
      money(s.notional, s.notional, (o) => o.notional),
      { ...money(s.fee, s.fee, (o) => o.fee), csv: [[s.fee, (o) => o.fee], [c.currency, () => this.currency]] },
      {
        label: s.status,
        cell: (o) => badge(label(s.statuses, o.status), ...(lookup(STATUS_LOOK, o.status) ?? ['neutral', '…'])),
        csv: [[s.status, (o) => o.status]],
      },
      exportColumn(c.recurring, (o) => o.recurring_order_id, true),
      exportColumn(c.id, (o) => o.order_id, true),
    ];
  }

  override render() {
    const s = this.text;
    const query = this.#query();
    const filtered = ['product', 'side', 'status', 'placed_at_start', 'placed_at_end'].some((k) => k in query);
    const toolbar = filterBar(
      s.filters,
      html`${filterSelect(s.product, query.product, s.products, s.any, (v) => (this.product = v))}
        ${filterSelect(s.side, query.side, s.sides, s.any, (v) => (this.side = v))}
        ${filterSelect(s.status, query.status, s.statuses, s.any, (v) => (this.status = v))}
        ${dayRange([s.placedFrom, s.placedTo], query.placed_at_start, query.placed_at_end, (start, end) => ((this.placedAtStart = start), (this.placedAtEnd = end)))}`,
      filtered ? { label: s.clearFilters, run: this.#clearFilters } : undefined,
    );
    return listView({
      ...this.listBase,
      resource: this.resource,
      caption: s.caption,
      columns: this.columns(),
      key: (o) => o.order_id,
      rowDeps: [this.currency],
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
