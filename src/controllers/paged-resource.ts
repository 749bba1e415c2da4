import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ApiError, asApiError, isAbortError } from '../client/errors.js';
import type { Page, PageToken } from '../client/pages.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface PagedResourceOptions<T> {
  /**
   * What identifies the list: the client, the id, the filters, the page size. When it changes the
   * list goes back to page 1. `null` means "not enough to load yet".
   */
  key(): string | null;
  fetchPage(page: PageToken | null, signal: AbortSignal): Promise<Page<T>>;
  /** For lists with a known total (Partner): the token of any page, so the pager can jump. */
  tokenAt?(pageIndex: number): PageToken | null;
  /** Before moving: return false to stay (the host fires its cancelable `calico-page-change`). */
  beforePageChange?(page: number, previousPage: number): boolean;
  onLoad?(items: readonly T[], page: number): void;
  onError?(error: ApiError): void;
}

/**
 * Page state for a list widget: the page shown, the cursor tokens seen (so Previous works on cursor
 * APIs), the last good page kept on screen while the next one loads, reset on input change, stale
 * responses dropped, work aborted on disconnect and resumed on reconnect.
 */
export class PagedResourceController<T> implements ReactiveController {
  status: LoadStatus = 'idle';
  /** The page on screen (kept while the next loads, and after a failed move). */
  page: Page<T> | undefined;
  /** 0-based index of the page on screen. */
  pageIndex = 0;
  /** The page being loaded (differs from pageIndex while moving). */
  targetIndex = 0;
  error: ApiError | undefined;

  #tokens: (PageToken | null)[] = [null];
  #key: string | null = null;
  #controller: AbortController | undefined;
  #generation = 0;
  #interrupted = false;

  constructor(
    private host: ReactiveControllerHost,
    private options: PagedResourceOptions<T>,
  ) {
    host.addController(this);
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
  /** Pages in all, when the API gives a total. */
  get pageCount(): number | undefined {
    const total = this.page?.totalRecords;
    const perPage = (this.page as { perPage?: number } | undefined)?.perPage;
    return total === undefined || !perPage ? undefined : Math.max(1, Math.ceil(total / perPage));
  }

  hostConnected(): void {
    window.addEventListener('online', this.#online);
    if (this.#interrupted) {
      this.#interrupted = false;
      this.#load(this.targetIndex);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#online);
    if (this.#controller) {
      this.#controller.abort();
      this.#controller = undefined;
      this.#interrupted = this.status === 'loading';
    }
  }

  /** Called by the host in `willUpdate`: restarts at page 1 when the inputs changed. */
  sync(): void {
    const key = this.options.key();
    if (key === this.#key) return;
    this.#key = key;
    this.#tokens = [null];
    this.page = undefined;
    this.pageIndex = 0;
    this.error = undefined;
    if (key === null) {
      this.#cancel();
      this.status = 'idle';
      return;
    }
    this.#load(0);
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
    this.#load(index);
  }

  /** Tries the failed load again (or reloads the current page). */
  /** Back online after a network error: try again without waiting for the person to press Retry. */
  #online = () => {
    if (this.status === 'error' && this.error?.kind === 'network') this.retry();
  };

  retry(): void {
    if (this.#key !== null) this.#load(this.targetIndex);
  }

  #cancel(): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.#generation++;
  }

  async #load(index: number): Promise<void> {
    this.#cancel();
    const generation = this.#generation;
    const controller = (this.#controller = new AbortController());
    this.targetIndex = index;
    this.status = 'loading';
    this.host.requestUpdate();
    // A jump leaves holes in the token list: an unseen page asks tokenAt (offset lists), never page 1.
    const seen = this.#tokens[index];
    const token = seen !== undefined ? seen : (this.options.tokenAt?.(index) ?? null);
    try {
      const page = await this.options.fetchPage(token, controller.signal);
      if (generation !== this.#generation) return; // a newer request owns the screen
      this.#controller = undefined;
      this.page = page;
      this.pageIndex = index;
      this.error = undefined;
      this.status = 'ready';
      this.#tokens[index] = token;
      if (page.next) this.#tokens[index + 1] = page.next;
      else this.#tokens.length = index + 1; // the list ends here now
      this.host.requestUpdate();
      this.options.onLoad?.(page.items, index + 1);
    } catch (error) {
      if (generation !== this.#generation || isAbortError(error)) return;
      this.#controller = undefined;
      this.error = asApiError(error);
      this.status = 'error';
      this.host.requestUpdate();
      this.options.onError?.(this.error);
    }
  }
}
