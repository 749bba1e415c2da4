import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { live } from 'lit/directives/live.js';
import type { Column } from '../columns/column.js';

export interface TableOptions<T> {
  caption: string;
  /** The columns shown (each with a cell). */
  columns: readonly Column<T>[];
  items: readonly T[] | undefined;
  key: (item: T) => string;
  busy: boolean;
  hidden: boolean;
  /** A row was activated: its item and its row element (focus goes back there after a detail panel). */
  onSelect: (item: T, row: HTMLElement) => void;
  /** Rows are activatable: pointer, hover, one tab stop (arrow keys move), Enter/Space select. A click selects either way. */
  selectable: boolean;
  /** The caption is for screen readers only (the host page has its own heading). */
  noCaption: boolean;
  rowState?: (item: T) => string | undefined;
  skeletonRows?: number;
  /** What Enter does on a row, for screen readers (the rows' description). */
  rowHint: string;
  /** Besides the items, what the rows depend on (locale, strings, …): rows re-render only when these change. */
  rowDeps: readonly unknown[];
  /** `cards`: each row a card of label: value lines; `auto`: cards when the widget is narrow; default `table`. */
  layout?: 'auto' | 'table' | 'cards';
}

/** The row holding the tab stop, per page shown (a new page starts at its first row). */
const activeRows = new WeakMap<readonly unknown[], number>();

/**
 * A native table with a caption. Paging updates the rows in place (row elements are reused by
 * position, which is cheaper than keyed moves when every row changes); the table element itself is
 * never re-created. Selectable rows are one tab stop: Arrow keys move, Enter/Space activate; other
 * rows are plain rows (no tab stop, no pointer), and a click still reports the row.
 */
export function dataTable<T>(o: TableOptions<T>) {
  const items = o.items;
  const activate = (event: Event) => {
    const row = (event.target as Element).closest<HTMLElement>('tr[data-index]');
    if (row && items) o.onSelect(items[Number(row.getAttribute('data-index'))]!, row);
  };
  const keydown = (event: KeyboardEvent) => {
    const row = (event.target as Element).closest('tr[data-index]') as HTMLTableRowElement | null;
    if (!row || event.target !== row) return;
    const move = { ArrowDown: row.nextElementSibling, ArrowUp: row.previousElementSibling, Home: row.parentElement!.firstElementChild, End: row.parentElement!.lastElementChild }[event.key];
    if (move instanceof HTMLTableRowElement) {
      event.preventDefault();
      // Kept for the next render too; the bindings below compare with the DOM (live), so this write
      // never leaves a binding believing a stale value.
      if (items) activeRows.set(items, Number(move.getAttribute('data-index')));
      row.tabIndex = -1;
      move.tabIndex = 0;
      move.focus();
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      activate(event);
    }
  };
  // Plain rows hold no tab stop, so the box that may scroll sideways is one (named by the caption):
  // a keyboard can always reach and scroll it. Selectable rows are focusable and scroll it themselves.
  const region = o.selectable ? nothing : 'region';
  // No whitespace between the table's parts: in a table it renders as nothing, and costs a text node each.
  return html`<div class="scroll" data-layout=${o.layout ?? 'table'} ?hidden=${o.hidden} role=${region} tabindex=${o.selectable ? nothing : '0'} aria-labelledby=${o.selectable ? nothing : 'caption'}><table
      part="table" class=${o.selectable ? 'selectable' : ''} aria-busy=${o.busy ? 'true' : 'false'}><caption
        id="caption" part="caption" class=${o.noCaption ? 'visually-hidden' : ''}>${o.caption}</caption><thead><tr>${o.columns.map(
        (c) => html`<th part="header-cell" scope="col" data-label=${c.label} class=${c.class === 'num' ? 'num' : ''} aria-sort=${c.sort ? c.sort.direction : nothing}>
              ${c.sort ? html`<button type="button" class="sort" @click=${c.sort.toggle}>${c.label}<span aria-hidden="true">${c.sort.direction === 'ascending' ? ' ▲' : c.sort.direction === 'descending' ? ' ▼' : ' ↕'}</span></button>` : c.label}
            </th>`,
      )}</tr></thead><tbody @click=${activate} @keydown=${o.selectable ? keydown : nothing}>${
        items
          ? // A re-render that changes no row input (loading on, a filter typed) skips every row.
            guard([items, ...o.rowDeps], () =>
              items.map(
                (item, index) => {
                  const state = o.rowState?.(item);
                  // The state is a part too (`::part(row-revoked)`): a part selector cannot read attributes.
                  // Only a plain word: an open value from the API must not add parts of its own.
                  return html`<tr part=${state && /^[a-z_-]+$/.test(state) ? `row row-${state}` : 'row'} data-index=${index} data-key=${o.key(item)} tabindex=${o.selectable ? live(index === (activeRows.get(items) ?? 0) ? '0' : '-1') : nothing} aria-describedby=${o.selectable ? 'row-hint' : nothing} data-state=${state ?? nothing}>${o.columns.map((c) => html`<td part="cell" class=${c.class ?? nothing}>${c.cell!(item)}</td>`)}</tr>`;
                },
              ),
            )
          : Array.from(
              { length: o.skeletonRows ?? 5 },
              () => html`<tr part="row skeleton" aria-hidden="true">${o.columns.map(() => html`<td part="cell"><span class="skeleton"></span></td>`)}</tr>`,
            )}</tbody></table><span id="row-hint" hidden>${o.rowHint}</span></div>`;
}
