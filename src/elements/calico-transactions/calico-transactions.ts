import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { CALICO_LIMIT, type CalicoClient } from '../../client/calico.js';
import type { Page } from '../../client/pages.js';
import { sharedCalicoClient } from '../../client/shared.js';
import type { Transaction } from '../../schemas/calico.js';
import { formatMoney, formatQuantity, label, lookup } from '../../util/format.js';
import { listView } from '../../templates/list-view.js';
import { dayRange, filterBar } from '../../templates/filters.js';
import { exportColumn, type Column } from '../../columns/column.js';
import { idColumn } from '../../columns/id.js';
import { timeColumn } from '../../columns/time.js';
import { sourceName, withSourceNames, type WithSourceNames } from '../../client/source-names.js';
import { WidgetElement } from '../widget-element.js';
import { ListElement, type PageSizeRange } from '../list-element.js';
import { TRANSACTIONS_STRINGS, type TransactionsStrings } from '../../locales/en/calico-transactions.js';

/**
 * Transactions, newest first: time, type, what went out and what came in (a trade shows both legs),
 * fees, source and category, with a time-range filter. With `all-users` (and no `user-id`) it lists
 * every user's transactions, with a user column; with neither it loads nothing and waits, so that a page
 * that sets `user-id` once it knows who is signed in never asks for the enterprise-wide list first.
 *
 * @tagname calico-transactions
 * @summary Transactions of one user or of all users (Calico Enterprise API #3, #6).
 * @fires calico-load - A page arrived: `.items`, `.page`.
 * @fires calico-page-change - Before moving to another page (cancelable): `.page`, `.previousPage`.
 * @fires calico-error - A load failed: `.error` with `.error.kind`.
 * @fires calico-row-select - A transaction was activated: `.record`.
 * @slot empty - Shown when there is no transaction.
 * @slot empty-filtered - Shown when the time range leaves no transaction.
 * @csspart toolbar - The time-range filter.
 */
export class CalicoTransactions extends ListElement<CalicoClient, TransactionsStrings> {
  /** One user's transactions. */
  @property({ attribute: 'user-id' }) userId?: string;
  /** @internal Whose data: setting it after a session ended shows the next person's. */
  protected static override sessionInputs = [...WidgetElement.sessionInputs, 'userId', 'allUsers'];
  /** Every user's transactions (with a user column), when there is no `user-id`: an enterprise-wide read, for staff portals. */
  @property({ type: Boolean, attribute: 'all-users' }) allUsers = false;
  /** Inclusive start of the time range: an ISO-8601 date-time, `2026-01-01T00:00:00Z` (a bad value warns once and is ignored). */
  @property({ attribute: 'start-time' }) startTime?: string;
  /** Exclusive end of the time range: an ISO-8601 date-time (a bad value warns once and is ignored). */
  @property({ attribute: 'end-time' }) endTime?: string;

  protected override readonly defaultStrings: TransactionsStrings = TRANSACTIONS_STRINGS;
  protected override readonly pageSizeRange: PageSizeRange = CALICO_LIMIT;
  protected override sharedClient = sharedCalicoClient;

  /** @internal */
  protected readonly resource = this.pagedResource<Transaction, WithSourceNames<Page<Transaction>>>(
    () => {
      const { id, invalid } = this.pathId('user-id', this.userId);
      return invalid || (!id && !this.allUsers) ? null : [id ?? null, this.#range.start_time ?? null, this.#range.end_time ?? null];
    },
    (client, call, limit) => {
      const filters = { limit, ...this.#range };
      const userId = this.userId;
      const page = userId ? client.userTransactions(userId, filters, call) : client.transactions(filters, call);
      // The person's own sources for one person's list; the enterprise's only for all-users.
      return withSourceNames(page, client, call, userId, !userId && this.allUsers);
    },
  );

  /** @internal */
  protected override get missingInput() {
    return super.missingInput ?? (this.userId || this.allUsers ? undefined : 'user-id or all-users');
  }

  /** The valid part of `start-time` / `end-time` (a bad value warns once and is ignored). */
  get #range(): { start_time?: string; end_time?: string } {
    const start_time = this.instant('start-time', this.startTime);
    const end_time = this.instant('end-time', this.endTime);
    return { ...(start_time ? { start_time } : {}), ...(end_time ? { end_time } : {}) };
  }


  #setRange = (start: string | undefined, end: string | undefined) => {
    this.startTime = start;
    this.endTime = end;
  };

  /** The transaction panel (`detail`): legs, fees, addresses and ids, loaded on the first row opened. */
  protected override loadDetail() {
    return import('./detail.js').then(({ transactionDetail }) => (t: Transaction) => transactionDetail(t, this.text, this.locale, sourceName(this.resource.page, t.provider_id)));
  }

  protected override columns(): Column<Transaction>[] {
    const s = this.text;
    const c = s.csv;
    const locale = this.locale;
    // One structure with or without a leg, so paging rewrites text instead of rebuilding cells.
    const leg = (side: 'output' | 'input', sign: string, label: string, q: string, a: string, v: string, cur: string): Column<Transaction> => ({
      label,
      class: 'num',
      cell: (t) => {
        const l = t[side];
        return html`<span class="nowrap">${l ? `${sign}${formatQuantity(l.quantity, locale)} ${l.asset_symbol}` : s.none}</span><span class="sub">${l?.value ? formatMoney(l.value, locale) : ''}</span>`;
      },
      csv: [
        [q, (t) => t[side]?.quantity],
        [a, (t) => t[side]?.asset_symbol],
        [v, (t) => t[side]?.value?.amount],
        [cur, (t) => t[side]?.value?.currency],
      ],
    });
    return [
      timeColumn(s.time, c.time, (t) => t.timestamp, locale),
      ...(this.userId ? [] : [idColumn<Transaction>(s.user, c.user, (t) => t.user_id, s.none)]),
      { label: s.type, cell: (t) => lookup(s.typeLabels, t.transaction_type) ?? s.other, csv: [[s.type, (t) => t.transaction_type]] },
      leg('output', '−', s.out, c.outQuantity, c.outAsset, c.outValue, c.outCurrency),
      leg('input', '+', s.in, c.inQuantity, c.inAsset, c.inValue, c.inCurrency),
      {
        label: s.fees,
        class: 'num',
        cell: (t) =>
          t.fees?.total
            ? formatMoney(t.fees.total, locale)
            : t.fees?.items.length
              ? t.fees.items.map((f) => `${formatQuantity(f.quantity, locale)} ${f.asset_symbol}`).join(', ')
              : s.none,
        csv: [
          [s.fees, (t) => t.fees?.total?.amount],
          [c.feesCurrency, (t) => t.fees?.total?.currency],
          [c.feeItems, (t) => t.fees?.items.map((f) => `${f.quantity} ${f.asset_symbol}`).join('; ')],
        ],
      },
      { label: s.source, cell: (t) => sourceName(this.resource.page, t.provider_id), csv: [[s.source, (t) => t.provider_id]] },
      {
        label: s.category,
        cell: (t) => {
          const category = t.categorization;
          return html`${category ? label(s.categoryLabels, category.category) : s.none}<span class="sub">${label(s.subcategoryLabels, category?.subcategory)}</span>`;
        },
        csv: [
          [s.category, (t) => t.categorization?.category],
          [c.subcategory, (t) => t.categorization?.subcategory],
        ],
      },
      exportColumn(c.id, (t) => t.transaction_id),
    ];
  }

  override render() {
    const s = this.text;
    const range = this.#range;
    const filtered = !!(range.start_time || range.end_time);
    const allUsers = !this.userId;
    const toolbar = filterBar(s.filter, dayRange([s.from, s.to], range.start_time, range.end_time, this.#setRange), filtered ? { label: s.clearFilters, run: () => this.#setRange(undefined, undefined) } : undefined);
    return listView({
      ...this.listBase,
      resource: this.resource,
      caption: allUsers ? s.captionAllUsers : s.caption,
      columns: this.columns(),
      key: (t) => t.transaction_id,
      rowDeps: [allUsers],
      blocked: this.notConfigured ?? this.userIdProblem(this.userId, this.allUsers ? undefined : s.waiting, s.badId),
      toolbar,
      emptyText: s.empty,
      // The toolbar has its own Clear filters: one button, not two.
      filtered: filtered ? { text: s.emptyFiltered } : undefined,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calico-transactions': CalicoTransactions;
  }
}
