import { property } from 'lit/decorators.js';
import type { Page, PageToken } from '../client/pages.js';
import type { PagedResourceController } from '../controllers/paged-resource.js';
import { ListController, type PageCall, type PageSizeRange } from '../controllers/list.js';
import { CalicoRowSelectEvent } from '../events.js';
import { html } from 'lit';
import type { ExportResult } from '../controllers/export.js';
import type { ListExport } from '../controllers/list-export.js';
import { csvColumns, type Column } from '../columns/column.js';
import type { CommonStrings, DetailStrings, ExportStrings } from '../locales/en/shared.js';
import type { DetailContent } from '../templates/detail.js';
import type { ListDetail } from '../controllers/list-detail.js';
import type { ListBase } from '../templates/list-view.js';
import { WidgetElement, choice, warnOnce } from './widget-element.js';
import { onFirstUse } from '../util/first-use.js';

export type { PageCall, PageSizeRange };

/** What every list says: the common words, export's and the detail panel's. */
export type ListStrings = CommonStrings & ExportStrings & DetailStrings;

/**
 * A paged list: `page-size`, `selectable` and `no-caption`, and the slots and parts every list renders
 * (src/templates/list-view.ts).
 *
 * @slot empty - Shown when there is nothing to list.
 * @slot partial - Replaces the default text of the partial-data notice (which sources could not be loaded).
 * @csspart skeleton - A loading placeholder row (also `row`).
 * @csspart pagination - The pager.
 * @csspart partial - The partial-data notice: which sources could not be loaded.
 * @csspart export - The Export button (with `export`).
 * @csspart export-status - Export's progress ("Exporting… 1,200 of 4,800 rows") and outcome, a polite live region.
 * @csspart detail - The detail panel (with `detail`): a modal dialog named by its heading (also `dialog`).
 * @csspart detail-close - The detail panel's Close button.
 * @fires calico-export - The export's file was saved: `.rows`, `.complete`, `.file` (the Blob), `.fileName`.
 */
export abstract class ListElement<C extends object, S extends ListStrings> extends WidgetElement<C, S> {
  /**
   * Rows are activatable: pointer, hover, one tab stop (arrow keys move between rows), Enter or Space
   * fires `calico-row-select`. Without it rows are plain rows; a click still fires the event.
   */
  @property({ type: Boolean }) selectable = false;
  /** Hides the table's caption visually (it stays for screen readers): for a page with its own heading. */
  @property({ type: Boolean, attribute: 'no-caption' }) noCaption = false;
  /** Rows per page, clamped to the API's range. */
  @property({ attribute: 'page-size' }) pageSize?: string | number;
  /** Shows an Export button in the toolbar: a CSV of every page of the current query. `exportCsv()` works without it. */
  @property({ type: Boolean }) export = false;
  /**
   * Activating a row (click, Enter or Space; rows become activatable) opens a detail panel: a modal
   * dialog with everything about the record, closed by Escape or Close, focus then back on the row.
   * A host that calls `preventDefault()` on `calico-row-select` shows its own instead.
   */
  @property({ type: Boolean }) detail = false;
  /**
   * `auto` (default): a table, and below a widget width of about 40rem (its own width, not the
   * viewport's) each row as a card of label: value lines; `table` or `cards` to choose. Another
   * value warns once and is `auto`.
   */
  @property() layout?: string;

  /** The API's range of page sizes and its default. */
  protected abstract readonly pageSizeRange: PageSizeRange;
  /**
   * The list's columns, declared once (src/columns): the table, the cards, the default detail panel
   * and the export read them. In the widget's words and locale now.
   */
  protected abstract columns(): readonly Column<any>[];

  /** Page size, key and pages (src/controllers/list.ts): set by pagedResource(). */
  #list!: ListController<C, unknown>;
  /** Export's code loads on the first export: most pages never export. */
  #exportView: ListExport | undefined;
  #exporter = onFirstUse(
    this,
    "the export's code",
    () => import('../controllers/list-export.js').then(({ listExport }) => (this.#exportView = listExport(this, (page, signal) => this.#list.exportPage(page, signal), () => void this.exportCsv()))),
    () => this.sessionEpoch,
  );
  /** The detail panel's code and content load on the first row opened. */
  #detailView: ListDetail | undefined;
  #panel = onFirstUse(
    this,
    "the detail panel's code",
    () => Promise.all([import('../controllers/list-detail.js').then(({ listDetail }) => listDetail), this.loadDetail()]).then(([listDetail, content]) => (this.#detailView = listDetail(this, content))),
    () => this.sessionEpoch,
  );

  constructor() {
    super();
    this.addController({ hostUpdated: () => this.#labelCells() });
  }

  /** The column headers as the cards' labels: one rule per column, rewritten only when they change. */
  #labels = '';
  #labelSheet: CSSStyleSheet | undefined;
  #labelCells() {
    const root = this.renderRoot;
    const css = [...root.querySelectorAll<HTMLElement>('.scroll thead th')]
      .map((th, i) => `td:nth-child(${i + 1}){--_label:"${(th.dataset.label ?? '').replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"}`)
      .join('');
    if (css === this.#labels || !(root instanceof ShadowRoot)) return;
    this.#labels = css;
    if (!this.#labelSheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, (this.#labelSheet = new CSSStyleSheet())];
    this.#labelSheet.replaceSync(css);
  }

  /** The detail panel's content for a record, loaded on the first panel opened. Default: every column, as the row shows it. */
  protected loadDetail(): Promise<(record: any) => DetailContent> {
    return import('../templates/generic-detail.js').then(({ genericDetail }) => (record: unknown) => genericDetail(record, this.columns(), this.text, this.detailHeading(record)));
  }

  /** The default panel's heading for a record; undefined: the first column's export value. */
  protected detailHeading(_record: unknown): string | undefined {
    return undefined;
  }

  refresh(): void {
    this.resume();
    this.#list?.resource.refresh();
  }

  async exportCsv(options: { signal?: AbortSignal } = {}): Promise<ExportResult> {
    const key = this.#list?.key ?? null;
    if (key === null) {
      warnOnce(`<${this.localName}>: nothing to export yet (nothing loaded).`);
      return { rows: 0, complete: false };
    }
    const pressed = (this.renderRoot as ShadowRoot).activeElement?.matches('[part~="export"]');
    const exporter = await this.#exporter();
    if (!exporter) return { rows: 0, complete: false }; // not loaded, or the session ended while it loaded
    this.requestUpdate(); // its view replaces the button
    // The button pressed went away: focus goes to the one that took its place (Cancel), never to the page.
    if (pressed) exporter.refocus();
    // The query is the one on screen now: if the filters change during the walk, the export stops.
    return exporter.run(csvColumns(this.columns()), () => this.#list.key === key, options.signal);
  }

  /** What every list hands to listView besides its own columns and rows. */
  protected get listBase(): ListBase<unknown> {
    const { min, max } = this.pageSizeRange;
    return {
      strings: this.text,
      locale: this.locale,
      onSelect: this.#selectRow,
      selectable: this.selectable || this.detail,
      layout: choice(this, 'layout', this.layout, ['auto', 'table', 'cards'] as const) ?? 'auto',
      rowHint: this.detail ? this.text.rowHintDetail : this.text.rowHint,
      overlay: this.#detailView?.view(this.text),
      noCaption: this.noCaption,
      pageSize: this.#list.pageSize,
      pageSizes: [10, 25, 50, 100].filter((n) => n >= min && n <= max),
      setPageSize: this.#setPageSize,
      actions: this.#exportView
        ? this.#exportView.view(this.text, this.locale, this.export)
        : this.export
          ? html`<button type="button" part="export" @click=${() => void this.exportCsv()}>${this.text.export}</button>`
          : undefined,
    };
  }

  /** The pager's page-size select sets the attribute, as a host would. */
  #setPageSize = (size: number) => {
    this.pageSize = size;
  };

  #selectRow = (record: unknown, row: HTMLElement) => {
    const event = new CalicoRowSelectEvent(record);
    this.dispatchEvent(event);
    if (this.detail && !event.defaultPrevented) void this.#openDetail(record, row);
  };

  async #openDetail(record: unknown, row: HTMLElement) {
    // A session that ended while the panel's code loaded: the previous person's record never opens.
    (await this.#panel())?.open(record, row);
  }

  /**
   * A paged list wired to this element's client and events. `inputs` are what reset it to page 1
   * when they change (the client and page size always do); null means "cannot load yet".
   */
  protected pagedResource<T, P extends Page<T> = Page<T>>(
    inputs: (client: C) => unknown[] | null,
    fetchPage: (client: C, call: PageCall, limit: number) => Promise<P>,
    tokenAt?: (client: C, pageIndex: number, limit: number) => PageToken | null,
  ): PagedResourceController<T, P> {
    const list = new ListController<C, T, P>(this, {
      range: () => this.pageSizeRange,
      client: () => this.resolvedClient,
      inputs,
      fetchPage,
      tokenAt,
    });
    this.#list = list;
    return list.resource;
  }
}
