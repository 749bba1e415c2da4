import type { ReactiveControllerHost } from 'lit';
import type { Page, PageToken } from '../client/pages.js';
import { clientId } from '../client/registry.js';
import { CalicoErrorEvent, CalicoLoadEvent, CalicoPageChangeEvent } from '../events.js';
import { warnOnce } from '../util/warn.js';
import { PagedResourceController } from './paged-resource.js';
import type { LoadCall } from './resource.js';
import type { SessionController } from './session.js';

/** What a list's fetchPage passes on to the client: the page token, the abort signal, `fresh` on a refresh. */
export interface PageCall extends LoadCall {
  page: PageToken | null;
  /** False for an export's reads: not kept in the memory cache. */
  store?: boolean;
}

export interface PageSizeRange {
  min: number;
  max: number;
  default: number;
}

/** What a list needs of its host: a name for its warnings, `page-size`, and a target for its events. */
export interface ListHost extends ReactiveControllerHost, EventTarget {
  readonly localName: string;
  pageSize?: string | number;
}

export interface ListControllerOptions<C extends object, P> {
  /** The API's range of page sizes and its default (read when needed: the host may set it after the list). */
  range(): PageSizeRange;
  /** The client now; undefined: nothing can load. */
  client(): C | undefined;
  /** What resets the list to page 1 when it changes (the client and page size always do); null: cannot load yet. */
  inputs(client: C): unknown[] | null;
  fetchPage(client: C, call: PageCall, limit: number): Promise<P>;
  /** For lists with a known total: any page's token, so the pager can jump. */
  tokenAt?(client: C, pageIndex: number, limit: number): PageToken | null;
}

/**
 * A paged list: `page-size` checked and clamped to the API's range, the list's key (client, page size,
 * inputs), its pages (a PagedResourceController) with the host's `calico-page-change`, `calico-load` and
 * `calico-error`, and the pages of the same query for an export. When the session ends the list has no
 * key, so nothing exports the previous person's query.
 */
export class ListController<C extends object, T, P extends Page<T> = Page<T>> implements SessionController {
  readonly resource: PagedResourceController<T, P>;
  #key: string | null = null;
  #client: C | undefined;

  constructor(
    private host: ListHost,
    private options: ListControllerOptions<C, P>,
  ) {
    const controller: SessionController = this;
    host.addController(controller);
    const fire = (event: Event) => host.dispatchEvent(event);
    this.resource = new PagedResourceController<T, P>(host, {
      key: () => {
        const client = (this.#client = options.client());
        const parts = client && options.inputs(client);
        return (this.#key = parts ? JSON.stringify([clientId(client), this.pageSize, ...parts]) : null);
      },
      fetchPage: (page, call) => options.fetchPage(this.#client!, { ...call, page }, this.pageSize),
      tokenAt: options.tokenAt && ((index) => options.tokenAt!(this.#client!, index, this.pageSize)),
      beforePageChange: (page, previousPage) => fire(new CalicoPageChangeEvent(page, previousPage)),
      onLoad: (items, page) => fire(new CalicoLoadEvent(items, page)),
      onError: (error) => fire(new CalicoErrorEvent(error)),
    });
  }

  sessionEnded(): void {
    this.#key = null;
    this.resource.shown = false; // the next person's first load is a first load
  }

  /** The list's key now (null: it cannot load): an export belongs to the key it started with. */
  get key(): string | null {
    return this.#key;
  }

  /** `page-size`, checked and clamped to the range (a bad value warns once). */
  get pageSize(): number {
    const { min, max, default: fallback } = this.options.range();
    const { pageSize: raw, localName } = this.host;
    if (raw === undefined || raw === null || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n)) {
      warnOnce(`<${localName}>: page-size "${raw}" is not a whole number; using ${fallback}.`);
      return fallback;
    }
    const size = Math.min(max, Math.max(min, n));
    if (size !== n) warnOnce(`<${localName}>: page-size ${n} is outside ${min}–${max}; using ${size}.`);
    return size;
  }

  /**
   * A page of the query on screen for an export, past the memory cache and not into it (the file is
   * what the API has now, and its pages are read once), at the largest page size: fewest requests.
   */
  exportPage(page: PageToken | null, signal: AbortSignal): Promise<P> {
    return this.options.fetchPage(this.#client!, { page, signal, fresh: true, store: false }, this.options.range().max);
  }
}
