import type { ReactiveControllerHost } from 'lit';
import type { SessionController } from './session.js';
import { type ApiError, abortError, asApiError, isAbortError } from '../client/errors.js';
import { type Page, type PageToken, pages } from '../client/pages.js';
import { CSV_BOM, type CsvColumn, csvHeader, csvRows } from '../util/csv.js';

export interface ExportOptions<T> {
  /** A page of the current query (filters, search and sort as on screen), at the largest page size. */
  fetchPage(page: PageToken | null, signal: AbortSignal): Promise<Page<T>>;
  fileName(): string;
  /** The file was saved (whole, or what was fetched when the person chose to keep it). */
  onSaved(rows: number, complete: boolean, file: Blob, name: string): void;
  onError(error: ApiError): void;
}

export type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; rows: number; total: number | undefined }
  | { phase: 'done'; rows: number; name: string; complete: boolean }
  /** Cancelled, failed, or the list changed under it: nothing saved yet; the rows fetched can still be saved or dropped. */
  | { phase: 'stopped'; rows: number; error: ApiError | undefined; changed?: boolean };

export interface ExportResult {
  rows: number;
  complete: boolean;
}

/** Yields to the page between two pages of an export, so a long one never freezes it. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * An export to CSV: walks every page of the current query one after the other through the shared
 * client (so its rate-limit handling, Retry-After included, applies and nothing runs in parallel),
 * builds the file from one Blob part per page (never one giant string, never the records kept), and
 * saves it with a Blob download. Cancel stops at once; a cancelled or failed export saves nothing
 * unless the person then chooses to keep what was fetched.
 */
export class ExportController<T> implements SessionController {
  state: ExportState = { phase: 'idle' };
  #controller: AbortController | undefined;
  #running: Promise<ExportResult> | undefined;
  /** One Blob per page: the text of a page leaves the JS heap as soon as it is written. */
  #parts: Blob[] = [];
  /** The session ended during a walk: its rows go, and nothing is offered to save. */
  #discard = false;

  constructor(
    private host: ReactiveControllerHost,
    private options: ExportOptions<T>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /**
   * Runs an export (or joins the one running). `isCurrent` says whether the list still shows the query
   * the export started with: when it does not, the export stops rather than mix two queries in a file.
   */
  run(columns: readonly CsvColumn<T>[], isCurrent: () => boolean, signal?: AbortSignal): Promise<ExportResult> {
    this.#running ??= this.#walk(columns, isCurrent, signal).finally(() => (this.#running = undefined));
    return this.#running;
  }

  cancel(): void {
    this.#controller?.abort();
  }

  /** After a cancel or a failure: save the rows fetched so far. */
  keep(): void {
    if (this.state.phase === 'stopped') this.#save(this.state.rows, false);
  }

  dismiss(): void {
    this.#parts = [];
    this.#set({ phase: 'idle' });
  }

  /** The session ended: stop, and drop every row fetched (no "save what was fetched"). */
  sessionEnded(): void {
    this.#discard = this.#running !== undefined;
    this.cancel();
    this.dismiss();
  }

  async #walk(columns: readonly CsvColumn<T>[], isCurrent: () => boolean, signal?: AbortSignal): Promise<ExportResult> {
    const controller = (this.#controller = new AbortController());
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) controller.abort();
    this.#parts = [new Blob([CSV_BOM, csvHeader(columns)])];
    let rows = 0;
    let changed = false;
    this.#set({ phase: 'running', rows, total: undefined });
    try {
      for await (const page of pages((token) => {
        if (!isCurrent()) (changed = true), controller.abort();
        return this.options.fetchPage(token ?? null, controller.signal);
      })) {
        this.#parts.push(new Blob([csvRows(columns, page.items)]));
        rows += page.items.length;
        this.#set({ phase: 'running', rows, total: page.totalRecords });
        await yieldToPage();
        if (controller.signal.aborted) throw abortError();
      }
      this.#save(rows, true);
      return { rows, complete: true };
    } catch (error) {
      if (this.#discard) {
        this.#discard = false;
        this.dismiss();
        return { rows: 0, complete: false };
      }
      const failure = isAbortError(error) ? undefined : asApiError(error);
      this.#set({ phase: 'stopped', rows, error: failure, changed });
      if (failure) this.options.onError(failure);
      return { rows, complete: false };
    } finally {
      signal?.removeEventListener('abort', onAbort);
      this.#controller = undefined;
    }
  }

  #save(rows: number, complete: boolean): void {
    const name = this.options.fileName();
    const file = new Blob(this.#parts, { type: 'text/csv;charset=utf-8' });
    this.#parts = [];
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000); // the download has long started by then
    this.#set({ phase: 'done', rows, name, complete });
    this.options.onSaved(rows, complete, file, name);
  }

  #set(state: ExportState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
