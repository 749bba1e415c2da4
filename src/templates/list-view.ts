import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../client/errors.js';
import type { PagedResourceController } from '../controllers/paged-resource.js';
import { dataTable } from './table.js';
import { shownColumns, type Column } from '../columns/column.js';
import { pager, pageStatus } from './pager.js';
import { emptyPanel, errorPanel, partialNotice } from './states.js';
import { freshness } from './freshness.js';
import type { CommonStrings } from '../locales/en/shared.js';

/** What every list passes, the same for all (ListElement's `listBase`). */
export interface ListBase<T> {
  strings: CommonStrings;
  locale: string;
  onSelect: (item: T, row: HTMLElement) => void;
  /** Rows are activatable (`selectable`); otherwise plain rows. */
  selectable: boolean;
  /** The caption for screen readers only (`no-caption`). */
  noCaption: boolean;
  pageSize: number;
  pageSizes: readonly number[];
  setPageSize: (size: number) => void;
  /** Export's button, progress or outcome, beside Refresh. */
  actions?: TemplateResult;
  /** What Enter on a row does, for screen readers (the rows' description). */
  rowHint: string;
  /** Rows as a table, as cards, or cards when the widget is narrow (`layout`). */
  layout: 'auto' | 'table' | 'cards';
  /** Rendered after the list: the detail panel while it is open. */
  overlay?: TemplateResult | typeof nothing;
}

export interface ListViewOptions<T> extends ListBase<T> {
  resource: PagedResourceController<T>;
  caption: string;
  /** Every column the list declares (the export-only ones are not shown). */
  columns: readonly Column<T>[];
  key: (item: T) => string;
  rowState?: (item: T) => string | undefined;
  /** The order rows are shown in, when the widget sorts within a page. */
  order?: (items: readonly T[]) => readonly T[];
  /** What else the rows show besides the items and locale/strings (a column toggled, a row changed in place). */
  rowDeps?: readonly unknown[];
  /** Filters and summary, shown above the table. */
  toolbar?: TemplateResult;
  emptyText: string;
  /** Set when filters are active: the empty state then says so and offers to clear them. */
  filtered?: { text: string; clear?: () => void };
  /** Why nothing can load yet (no client, no user-id), or undefined. */
  blocked?: string;
  numbered?: boolean;
  /** Words for an error, when the widget knows better than the client (e.g. filter names). */
  describeError?: (error: ApiError) => string | undefined;
}

const orderedPages = new WeakMap<readonly unknown[], readonly unknown[]>();
/** Sorted once per page: the same array on every render, so unchanged rows are skipped. */
function ordered<T>(items: readonly T[], order: (items: readonly T[]) => readonly T[]): readonly T[] {
  let sorted = orderedPages.get(items) as readonly T[] | undefined;
  if (!sorted) orderedPages.set(items, (sorted = order(items)));
  return sorted;
}

/**
 * The body every list widget shares: toolbar, partial-data notice, error, table, empty state, pager
 * and a polite live region. Its structure is stable, so paging only swaps rows.
 */
export function listView<T>(o: ListViewOptions<T>) {
  const r = o.resource;
  const s = o.strings;
  const items = r.page && (o.order ? ordered(r.page.items, o.order) : r.page.items);
  const firstLoad = r.loading && !r.page;
  // The first load in its first moments: nothing but the live region (kept, so what it says next is heard).
  const held = firstLoad && r.held;
  const empty = r.status === 'ready' && items?.length === 0;
  const count = r.pageCount;
  const numbered = o.numbered && count !== undefined ? { count, totalRecords: r.page!.totalRecords!, goTo: (i: number) => r.goTo(i) } : undefined;
  const statusText = { strings: s, locale: o.locale, pageIndex: r.pageIndex, itemCount: items?.length ?? 0, pageSize: o.pageSize, numbered };
  const announced = held ? '' : firstLoad ? s.loading : r.status === 'ready' && items?.length ? pageStatus(statusText) : '';
  // The Refresh/Export group is named after the list: with several widgets on a page, it says which.
  // The children are blocks: no whitespace between them (it renders as nothing, and costs a text node each).
  return html`${held
      ? nothing
      : html`${o.toolbar ? html`<div part="toolbar">${o.toolbar}</div>` : nothing}<div
          class="meta" role="group" aria-label=${o.caption} ?hidden=${!!o.blocked || (r.updatedAt === undefined && !o.actions)}>${
          freshness({ strings: s, locale: o.locale, updatedAt: r.updatedAt, busy: r.loading, failed: r.refreshFailed, refresh: () => r.refresh() })}${
          o.actions ?? nothing}</div>${
        o.blocked ? html`<div part="empty" role="status">${o.blocked}</div>` : nothing}${
        r.page ? partialNotice(r.page.errors, s.partial) : nothing}${
        r.error && !r.refreshFailed ? errorPanel(r.error, s, () => r.retry(), o.describeError) : nothing}${
        dataTable({
          caption: o.caption,
          columns: shownColumns(o.columns),
          items,
          key: o.key,
          rowState: o.rowState,
          busy: r.loading,
          hidden: !!o.blocked || (!items && !firstLoad) || empty,
          onSelect: o.onSelect,
          selectable: o.selectable,
          noCaption: o.noCaption,
          rowDeps: [o.locale, o.strings, o.selectable, ...(o.rowDeps ?? [])],
          skeletonRows: Math.min(o.pageSize, 5),
          rowHint: o.rowHint,
          layout: o.layout,
        })}${
        empty ? emptyPanel(o.emptyText, o.filtered && { ...o.filtered, clearLabel: s.clearFilters }) : nothing}${
        pager({
          ...statusText,
          pageSizes: o.pageSizes,
          hasPrevious: r.hasPrevious,
          hasNext: r.hasNext,
          busy: r.loading,
          // Kept while a first page loads in place of one shown (a new page size: its select keeps focus).
          hidden: items ? items.length === 0 && r.pageIndex === 0 : !(r.loading && r.shown),
          previous: () => r.previous(),
          next: () => r.next(),
          setPageSize: o.setPageSize,
          numbered,
        })}`}<div class="visually-hidden" role="status" aria-live="polite">${announced}</div>${o.overlay ?? nothing}`;
}
