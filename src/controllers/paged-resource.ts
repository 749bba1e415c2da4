import type { ReactiveControllerHost } from 'lit';
import type { ApiError } from '../client/errors.js';
import type { Page, PageToken } from '../client/pages.js';
import { type LoadCall, ResourceController } from './resource.js';

export interface PagedResourceOptions<T, P extends Page<T> = Page<T>> {
  /**
   * What identifies the list: the client, the id, the filters, the page size. When it changes the
   * list goes back to page 1. `null` means "not enough to load yet".
   */
  key(): string | null;
  fetchPage(page: PageToken | null, call: LoadCall): Promise<P>;
  /** For lists with a known total (Partner): the token of any page, so the pager can jump. */
  tokenAt?(pageIndex: number): PageToken | null;
  /** Before moving: return false to stay (the host fires its cancelable `calico-page-change`). */
  beforePageChange?(page: number, previousPage: number): boolean;
  onLoad?(items: readonly T[], page: number): void;
  onError?(error: ApiError): void;
}

/** What one load brings back: the page, where it sits, and the token that fetched it. */
interface Loaded<P> {
  page: P;
  index: number;
  token: PageToken | null;
}

/**
 * A paged list on one ResourceController (which loads, aborts, drops stale answers, resumes and
 * retries): this adds the page being asked for, the cursor tokens seen (so Previous works on cursor
 * APIs), and keeps the last good page on screen while the next loads or after a failed move.
 */
export class PagedResourceController<T, P extends Page<T> = Page<T>> {
  #target = 0;
  #tokens: (PageToken | null)[] = [null];
  /** A page has been shown (this session): a first page loading now replaces one (a new page size, new filters). */
  shown = false;
  #resource: ResourceController<Loaded<P>>;

  constructor(
    host: ReactiveControllerHost,
    private options: PagedResourceOptions<T, P>,
  ) {
    this.#resource = new ResourceController<Loaded<P>>(host, {
      key: options.key,
      onKeyChange: () => {
        this.#tokens = [null];
        this.#target = 0;
      },
      load: async (call) => {
        const index = this.#target;
        // A jump leaves holes in the token list: an unseen page asks tokenAt (offset lists), never page 1.
        const seen = this.#tokens[index];
        const token = seen !== undefined ? seen : (options.tokenAt?.(index) ?? null);
        return { page: await options.fetchPage(token, call), index, token };
      },
      fetchedAt: ({ page }) => page.fetchedAt,
      onLoad: ({ page, index, token }) => {
        this.shown = true;
        this.#tokens[index] = token;
        if (page.next) this.#tokens[index + 1] = page.next;
        else this.#tokens.length = index + 1; // the list ends here now
        options.onLoad?.(page.items, index + 1);
      },
      onError: options.onError,
    });
  }

  get status() {
    return this.#resource.status;
  }
  get error() {
    return this.#resource.error;
  }
  /** When the page on screen was fetched. */
  get updatedAt() {
    return this.#resource.updatedAt;
  }
  /** A refresh failed: the page on screen is the last good one. */
  get refreshFailed() {
    return this.#resource.refreshFailed;
  }
  /** The page on screen (kept while the next loads, and after a failed move). */
  get page(): P | undefined {
    return this.#resource.value?.page;
  }
  /** 0-based index of the page on screen. */
  get pageIndex(): number {
    return this.#resource.value?.index ?? 0;
  }
  get hasPrevious(): boolean {
    return this.pageIndex > 0;
  }
  get hasNext(): boolean {
    return !!this.page?.next;
  }
  get loading(): boolean {
    return this.status === 'loading';
  }
  /** The first page, asked for a moment ago: no skeleton yet (ResourceController.held). */
  get held(): boolean {
    return this.#resource.held;
  }
  /** Pages in all, when the API gives a total. */
  get pageCount(): number | undefined {
    const total = this.page?.totalRecords;
    const perPage = this.page?.perPage;
    return total === undefined || !perPage ? undefined : Math.max(1, Math.ceil(total / perPage));
  }

  next(): void {
    if (this.hasNext && !this.loading) this.goTo(this.pageIndex + 1);
  }

  previous(): void {
    if (this.hasPrevious) this.goTo(this.pageIndex - 1);
  }

  /** Moves to a 0-based page: any page seen, the next one, or any page when the total is known. */
  goTo(index: number): void {
    if (index === this.pageIndex && this.status !== 'error') return;
    const reachable = this.#tokens[index] !== undefined || (this.options.tokenAt && index < (this.pageCount ?? 0));
    if (index < 0 || !reachable) return;
    if (this.options.beforePageChange && !this.options.beforePageChange(index + 1, this.pageIndex + 1)) return;
    this.#target = index;
    this.#resource.run();
  }

  /** Tries the failed load again (or reloads the page being asked for). */
  retry(): void {
    this.#resource.run();
  }

  /** Reads the page on screen again, past the memory cache, keeping it on screen meanwhile. */
  refresh(): void {
    if (this.loading) return; // a page move (or another refresh) is on its way
    this.#target = this.pageIndex;
    this.#resource.refresh();
  }
}
