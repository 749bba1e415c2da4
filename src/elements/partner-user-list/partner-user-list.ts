import { html } from 'lit';
import { property } from 'lit/decorators.js';
import type { ApiError } from '../../client/errors.js';
import { PARTNER_PER_PAGE, type PartnerClient, type PartnerUserQuery } from '../../client/partner.js';
import { sharedPartnerClient } from '../../client/shared-partner.js';
import { KYC_STATUSES, PRODUCTS, SORT_KEYS, type PartnerUser, type PartnerValidationError } from '../../schemas/partner.js';
import { KYC_LOOK, badge } from '../../templates/badge.js';
import { fill, formatMoney, label, lookup } from '../../util/format.js';
import { listView } from '../../templates/list-view.js';
import { dayRange, filterBar, filterSelect } from '../../templates/filters.js';
import { toUtc } from '../../util/time-range.js';
import type { Column } from '../../columns/column.js';
import { dateColumn } from '../../columns/date.js';
import { choice } from '../widget-element.js';
import { ListElement, type PageSizeRange } from '../list-element.js';
import { PARTNER_USER_LIST_STRINGS, type PartnerUserListStrings } from '../../locales/en/partner-user-list.js';

const KYC_ATTRIBUTES = { crypto: 'cryptoKycStatus', securities: 'securitiesKycStatus', robo: 'roboKycStatus', roth_ira: 'rothIraKycStatus' } as const;
type Product = keyof typeof KYC_ATTRIBUTES;

/**
 * Partner members: account id, each product with its KYC status (icon and words) and market value,
 * and the total. Filters (attributes and a toolbar), sortable columns and numbered pages.
 *
 * @tagname partner-user-list
 * @summary Members of a financial institution with their investment accounts (Partner API `GET /users/`).
 * @fires calico-load - A page arrived: `.items`, `.page`.
 * @fires calico-page-change - Before moving to another page (cancelable): `.page`, `.previousPage`.
 * @fires calico-error - A load failed: `.error` with `.error.kind`.
 * @fires calico-row-select - A member was activated: `.record`.
 * @slot empty - Shown when there is no member.
 * @slot empty-filtered - Shown when the filters leave no member.
 * @slot unauthorized - Replaces the default title and sentence when the API refused the key (Details and Retry stay).
 * @csspart toolbar - The filters.
 * @csspart badge - A KYC badge.
 * @csspart pagination - The pager, with numbered pages and Go to page.
 */
export class PartnerUserList extends ListElement<PartnerClient, PartnerUserListStrings> {
  /**
   * Filter: only members provisioned for this product. One of `crypto`, `securities`, `roth_ira`, `robo`;
   * another value warns once and is ignored. The toolbar's Product select sets it.
   */
  @property() product?: string;
  /**
   * Filter: only members whose crypto account has this KYC status. One of `approved`, `pending`,
   * `rejected`, `not_started`; another value warns once and is ignored.
   */
  @property({ attribute: 'crypto-kyc-status' }) cryptoKycStatus?: string;
  /**
   * Filter: only members whose securities account has this KYC status. One of `approved`, `pending`,
   * `rejected`, `not_started`; another value warns once and is ignored.
   */
  @property({ attribute: 'securities-kyc-status' }) securitiesKycStatus?: string;
  /**
   * Filter: only members whose Roth IRA account has this KYC status. One of `approved`, `pending`,
   * `rejected`, `not_started`; another value warns once and is ignored.
   */
  @property({ attribute: 'roth-ira-kyc-status' }) rothIraKycStatus?: string;
  /**
   * Filter: only members whose robo account has this KYC status. One of `approved`, `pending`,
   * `rejected`, `not_started`; another value warns once and is ignored.
   */
  @property({ attribute: 'robo-kyc-status' }) roboKycStatus?: string;
  /** Filter: only members created at or after this instant (an ISO-8601 date-time, `2026-01-01T00:00:00Z`; a bad value warns once and is ignored). */
  @property({ attribute: 'created-at-start' }) createdAtStart?: string;
  /** Filter: only members created before this instant (an ISO-8601 date-time, exclusive; a bad value warns once and is ignored). */
  @property({ attribute: 'created-at-end' }) createdAtEnd?: string;
  /**
   * The column to sort by: `created_at` (default), `user_account_id` or `total_current_market_value`;
   * another value warns once and is ignored. Clicking a sortable header sets it.
   */
  @property({ attribute: 'sort-key' }) sortKey?: string;
  /** `desc` (default) or `asc`; another value warns once and is ignored. Clicking a sortable header sets it. */
  @property({ attribute: 'sort-order' }) sortOrder?: string;
  /** The ISO 4217 currency the market values are in (the API sends amounts only). */
  @property() currency = 'USD';

  protected override readonly defaultStrings: PartnerUserListStrings = PARTNER_USER_LIST_STRINGS;
  protected override readonly pageSizeRange: PageSizeRange = PARTNER_PER_PAGE;
  protected override sharedClient = sharedPartnerClient;
  // The Partner API's documented host is a development one: a production key must never go there by default.
  protected override get noBaseUrlNotice() {
    return this.text.needsBaseUrl;
  }

  /** @internal */
  protected readonly resource = this.pagedResource<PartnerUser>(
    () => [this.#query()],
    (client, call, perPage) => client.listUsers({ ...this.#query(), per_page: perPage }, call),
    (client, index, perPage) => client.pageAt(index + 1, perPage),
  );

  /** The filters and sort as the API names them (only valid values). */
  #query(): PartnerUserQuery {
    const query: PartnerUserQuery = {
      product: choice(this, 'product', this.product, PRODUCTS),
      created_at_start: this.instant('created-at-start', this.createdAtStart),
      created_at_end: this.instant('created-at-end', this.createdAtEnd),
      sort_key: choice(this, 'sort-key', this.sortKey, SORT_KEYS),
      sort_order: choice(this, 'sort-order', this.sortOrder, ['asc', 'desc']) as 'asc' | 'desc' | undefined,
    };
    for (const product of PRODUCTS) {
      const status = choice(this, `${product.replace('_', '-')}-kyc-status`, this[KYC_ATTRIBUTES[product]], KYC_STATUSES);
      if (status) query[`${product}_kyc_status`] = status;
    }
    return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as PartnerUserQuery;
  }

  #sortBy(key: string) {
    const current = this.#query();
    const currentKey = current.sort_key ?? 'created_at';
    const currentOrder = current.sort_order ?? 'desc';
    this.sortKey = key;
    this.sortOrder = key === currentKey ? (currentOrder === 'desc' ? 'asc' : 'desc') : key === 'user_account_id' ? 'asc' : 'desc';
  }

  #clearFilters = () => {
    this.product = this.cryptoKycStatus = this.securitiesKycStatus = this.rothIraKycStatus = this.roboKycStatus = undefined;
    this.createdAtStart = this.createdAtEnd = undefined;
  };

  /** FastAPI's 422 `detail[]` in the words of this widget's own controls. */
  #describeError = (error: ApiError) => {
    if (error.status !== 422) return undefined;
    const s = this.text;
    return (error.items as PartnerValidationError['detail'])
      .map((d) => {
        const param = String(d.loc.at(-1) ?? '');
        const product = /^(\w+?)_kyc_status$/.exec(param)?.[1];
        const name = product ? fill(s.kycOf, { product: label(s.products, product) }) : label(s.params, param);
        return `${name}: ${d.msg}`;
      })
      .join('. ');
  };

  /** The member panel (`detail`): each product with its KYC state and value, and the member's orders. */
  protected override loadDetail() {
    return import('./detail.js').then(({ withOrders }) => withOrders()).then((memberDetail) => (m: PartnerUser) => memberDetail(m, this.text, this.locale, this.currency, this.resolvedClient));
  }

  protected override columns(): Column<PartnerUser>[] {
    const s = this.text;
    const c = s.csv;
    const locale = this.locale;
    const query = this.#query();
    const sortKey = query.sort_key ?? 'created_at';
    const direction = query.sort_order === 'asc' ? 'ascending' : 'descending';
    const sort = (key: string) => ({ direction: sortKey === key ? direction : 'none', toggle: () => this.#sortBy(key) }) as const;
    const money = (amount: string) => formatMoney({ amount, currency: this.currency }, locale);
    const account = (m: PartnerUser, p: string) => m.accounts.find((a) => a.product === p);
    return [
      {
        label: s.account,
        sort: sort('user_account_id'),
        cell: (m) => html`<strong class="nowrap">${m.user_account_id}</strong>${m.accounts
          .filter((a) => !(PRODUCTS as readonly string[]).includes(a.product))
          .map((a) => html`<span class="sub">${a.product}: ${label(s.kyc, a.kyc_status)} · ${money(a.current_market_value)}</span>`)}`,
        copy: (m) => m.user_account_id,
        csv: [[s.account, (m) => m.user_account_id]],
      },
      ...PRODUCTS.map((p): Column<PartnerUser> => {
        const product = s.products[p] ?? p;
        return {
          label: product,
          // One cell template whatever the account: paging then updates cells instead of replacing them.
          cell: (m) => {
            const a = account(m, p);
            const [tone, icon] = lookup(KYC_LOOK, a?.kyc_status) ?? ['neutral', ''];
            return html`${badge(a ? label(s.kyc, a.kyc_status) : '', tone, icon, !a)}<span class=${a ? 'sub' : 'muted'}>${a ? money(a.current_market_value) : s.notOpened}</span>`;
          },
          csv: [
            [fill(c.kyc, { product }), (m) => account(m, p)?.kyc_status],
            [fill(c.value, { product }), (m) => account(m, p)?.current_market_value],
            [fill(c.approved, { product }), (m) => toUtc(account(m, p)?.kyc_approved_at)],
          ],
        };
      }),
      {
        label: s.total,
        class: 'num',
        sort: sort('total_current_market_value'),
        cell: (m) => html`<strong>${money(m.total_current_market_value)}</strong>`,
        csv: [
          [s.total, (m) => m.total_current_market_value],
          [c.currency, () => this.currency],
        ],
      },
      { ...dateColumn(s.created, c.created, (m) => m.created_at, locale), sort: sort('created_at') },
    ];
  }

  override render() {
    const s = this.text;
    const query = this.#query();
    const filtered = Object.keys(query).some((k) => k !== 'sort_key' && k !== 'sort_order');
    const toolbar = filterBar(
      s.filters,
      html`${filterSelect(s.product, query.product, s.products, s.any, (v) => (this.product = v))}
        ${PRODUCTS.map((p) => filterSelect(fill(s.kycOf, { product: s.products[p]! }), query[`${p}_kyc_status`], s.kyc, s.any, (v) => (this[KYC_ATTRIBUTES[p as Product]] = v)))}
        ${dayRange([s.createdFrom, s.createdTo], query.created_at_start, query.created_at_end, (start, end) => ((this.createdAtStart = start), (this.createdAtEnd = end)))}`,
      filtered ? { label: s.clearFilters, run: this.#clearFilters } : undefined,
    );
    return listView({
      ...this.listBase,
      resource: this.resource,
      caption: s.caption,
      columns: this.columns(),
      key: (m) => m.user_account_id,
      rowDeps: [this.currency],
      blocked: this.notConfigured,
      toolbar,
      emptyText: s.empty,
      // The toolbar has its own Clear filters: one button, not two.
      filtered: filtered ? { text: s.emptyFiltered } : undefined,
      describeError: this.#describeError,
      numbered: true,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'partner-user-list': PartnerUserList;
  }
}
