import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { fill, integers } from '../util/format.js';
import type { CommonStrings } from '../locales/en/shared.js';

export interface PagerOptions {
  strings: CommonStrings;
  locale: string;
  pageIndex: number;
  itemCount: number;
  pageSize: number;
  pageSizes: readonly number[];
  hasPrevious: boolean;
  hasNext: boolean;
  busy: boolean;
  hidden: boolean;
  previous: () => void;
  next: () => void;
  setPageSize: (size: number) => void;
  /** Lists with a known total get numbered pages. */
  numbered?: { count: number; totalRecords: number; goTo: (index: number) => void };
}

/** The rows (or page) shown, as the live region says it: "Rows 26–50" or "Page 3 of 12"; none: "". */
export function pageStatus(o: Pick<PagerOptions, 'strings' | 'locale' | 'pageIndex' | 'itemCount' | 'pageSize' | 'numbered'>): string {
  // No rows (the first page at a new size is loading, or a page came back empty): nothing to say.
  if (!o.itemCount) return '';
  const n = integers(o.locale); // cached: constructing an Intl.NumberFormat per render was the slow part
  if (o.numbered) return fill(o.strings.pageOf, { page: n.format(o.pageIndex + 1), count: n.format(o.numbered.count) });
  const from = o.pageIndex * o.pageSize + 1;
  return fill(o.strings.rows, { from: n.format(from), to: n.format(from + o.itemCount - 1) });
}

/** Numbered pages to show: first, last, and the neighbours of the current one, with gaps. */
function pageWindow(current: number, count: number): (number | 'gap')[] {
  const wanted = new Set([0, count - 1, current - 1, current, current + 1].filter((p) => p >= 0 && p < count));
  const out: (number | 'gap')[] = [];
  let last = -1;
  for (const p of [...wanted].sort((a, b) => a - b)) {
    if (p - last > 1) out.push('gap');
    out.push(p);
    last = p;
  }
  return out;
}

/**
 * The pager: a `<nav>` with Previous / Next (aria-disabled, not disabled, so focus never drops to
 * the page when the last page is reached), optional numbered pages, and the page size.
 */
export function pager(o: PagerOptions) {
  const s = o.strings;
  const guard = (allowed: boolean, action: () => void) => () => allowed && !o.busy && action();
  return html`<nav part="pagination" aria-label=${s.pagination} ?hidden=${o.hidden}>
    <span class="status" aria-hidden="true">${pageStatus(o)}</span>
    <button type="button" data-action="previous" aria-disabled=${String(!o.hasPrevious)} @click=${guard(o.hasPrevious, o.previous)}>${s.previous}</button>
    ${o.numbered
      ? html`<ol>
          ${pageWindow(o.pageIndex, o.numbered.count).map((p) =>
            p === 'gap'
              ? html`<li aria-hidden="true">…</li>`
              : pageButton(p, o),
          )}
        </ol>`
      : nothing}
    <button type="button" data-action="next" aria-disabled=${String(!o.hasNext)} @click=${guard(o.hasNext, o.next)}>${s.next}</button>
    ${o.numbered ? goToPage(o, o.numbered) : nothing}
    <label>${s.pageSize}
      <select @change=${(e: Event) => o.setPageSize(Number((e.target as HTMLSelectElement).value))} .value=${live(String(o.pageSize))}>
        ${[...new Set([...o.pageSizes, o.pageSize])].sort((a, b) => a - b).map((size) => html`<option value=${size} ?selected=${size === o.pageSize}>${size}</option>`)}
      </select>
    </label>
  </nav>`;
}

/** "Go to page [ 7 ] Go": any page of a list with a known total. */
function goToPage(o: PagerOptions, numbered: NonNullable<PagerOptions['numbered']>) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('page') as HTMLInputElement;
    const page = Math.round(Number(input.value));
    if (page >= 1 && page <= numbered.count) numbered.goTo(page - 1);
    input.value = '';
  };
  return html`<form class="goto" @submit=${submit}>
    <label>${o.strings.goToPage} <input name="page" type="number" inputmode="numeric" min="1" max=${numbered.count} size="4" /></label>
    <button type="submit">${o.strings.go}</button>
  </form>`;
}

/** A numbered page; its name contains its visible number exactly as shown ("Page 1,000"). */
function pageButton(index: number, o: PagerOptions) {
  const shown = integers(o.locale).format(index + 1);
  const current = index === o.pageIndex;
  return html`<li><button type="button" aria-label=${fill(o.strings.pageN, { page: shown })} aria-current=${current ? 'page' : nothing} @click=${() => !current && o.numbered!.goTo(index)}>${shown}</button></li>`;
}
