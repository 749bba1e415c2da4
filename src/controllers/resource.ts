import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ApiError, asApiError, isAbortError } from '../client/errors.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/**
 * How long a first load may take before its skeleton shows. A load that answers sooner shows its data
 * at once, with no skeleton flashing by; and a page's widgets do not spend the main thread on skeletons
 * while their token's answer waits to send their requests (bench/portal.mjs, seven widgets: the API
 * requests left ~85 ms earlier).
 */
const SKELETON_DELAY_MS = 250;

/** What a load is given: its abort signal, and `fresh` when it must not be served from memory. */
export interface LoadCall {
  signal: AbortSignal;
  fresh?: boolean;
}

export interface ResourceOptions<T> {
  /** What identifies the data, read before each update; a change reloads. `null`: do not load (yet). */
  key(): string | null;
  /** Called when the key changed, before the load for the new key starts. */
  onKeyChange?(key: string | null): void;
  load(call: LoadCall): Promise<T>;
  /** When the server sent the value, if it says (a page from memory is older than its arrival here). */
  fetchedAt?(value: T): number | undefined;
  onLoad?(value: T): void;
  onError?(error: ApiError): void;
}

/**
 * One async value read from the API: loads when its key changes (read in `hostUpdate`, like the
 * arguments of `@lit/task`), keeps the last value on screen while `run()` loads again, drops stale
 * answers, aborts on disconnect and resumes on reconnect, and retries by itself when the browser comes
 * back online after a network error. A stats panel and a list's source filter are one; a paged list
 * wraps one whose value is a page (PagedResourceController). The export's walk over every page
 * (ExportController) and the code loaded on first use (export, panel, Deactivate) are not values on
 * screen and have their own short paths.
 *
 * Why not `@lit/task` itself: it neither aborts on disconnect nor resumes on reconnect nor retries when
 * the browser is back online, so it would need this wrapper anyway.
 */
export class ResourceController<T> implements ReactiveController {
  status: LoadStatus = 'idle';
  value: T | undefined;
  error: ApiError | undefined;
  /** When the value on screen was fetched (ms since the epoch). */
  updatedAt: number | undefined;
  /** The last load was a refresh and it failed: the value on screen is the last good one, maybe out of date. */
  refreshFailed = false;
  /**
   * The host's first load, when it starts with the host's first render and is unanswered for less than
   * SKELETON_DELAY_MS: nothing is shown for it yet (its skeleton if it lasts).
   */
  held = false;
  #key: string | null = null;
  #controller: AbortController | undefined;
  #interrupted = false;
  #started = false;
  #holdTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private host: ReactiveControllerHost,
    private options: ResourceOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.#online);
    if (this.#interrupted) {
      this.#interrupted = false;
      // Only for the same key: if it changed while away (a session ended), the next update loads, or not.
      if (this.options.key() === this.#key) this.run();
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#online);
    this.#release(); // no render while away; back in the page, a load still running shows its skeleton
    if (this.#controller) {
      this.#interrupted = true;
      this.#controller.abort();
      this.#controller = undefined;
    }
  }

  /** Before each render: a new key drops what was shown and loads again. */
  hostUpdate(): void {
    const key = this.options.key();
    // Nothing to load: the host shows something else (a notice, its controls); a load from now on is
    // not held, so that does not vanish while it waits.
    if (key === null) this.#started = true;
    if (key === this.#key) return;
    this.#key = key;
    this.value = this.error = this.updatedAt = undefined;
    this.options.onKeyChange?.(key);
    if (key === null) {
      this.#controller?.abort();
      this.#controller = undefined;
      this.#release();
      this.status = 'idle';
    } else this.run();
  }

  /** Back online after a network error: try again without waiting for the person to press Retry. */
  #online = () => {
    if (this.status === 'error' && this.error?.kind === 'network') this.run();
  };

  /** Loads again for the same key; the value stays until the answer replaces it. */
  run(): void {
    if (this.#key !== null) void this.#load(false);
  }

  /**
   * Reads the value again from the server, past the memory cache; the value stays on screen meanwhile.
   * Not while a load runs: it is fresh already, and a refresh must not cut a page move (or a slow read
   * waiting out a Retry-After) short.
   */
  refresh(): void {
    if (this.#key !== null && this.status !== 'loading') void this.#load(true);
  }

  async #load(fresh: boolean): Promise<void> {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    if (!this.#started) {
      this.#started = this.held = true;
      this.#holdTimer = setTimeout(() => (this.#release(), this.host.requestUpdate()), SKELETON_DELAY_MS);
    }
    this.status = 'loading';
    this.refreshFailed = false;
    this.host.requestUpdate();
    try {
      const value = await this.options.load({ signal: controller.signal, fresh });
      if (controller !== this.#controller) return; // a newer load owns the screen
      this.#controller = undefined;
      this.#release();
      const updatedAt = this.options.fetchedAt?.(value) ?? Date.now();
      Object.assign(this, { value, updatedAt, error: undefined, status: 'ready' });
      this.host.requestUpdate();
      this.options.onLoad?.(value);
    } catch (error) {
      if (controller !== this.#controller || isAbortError(error)) return;
      this.#controller = undefined;
      this.#release();
      this.error = asApiError(error);
      this.status = 'error';
      this.refreshFailed = fresh && this.value !== undefined;
      this.host.requestUpdate();
      this.options.onError?.(this.error);
    }
  }

  #release(): void {
    clearTimeout(this.#holdTimer);
    this.held = false;
  }
}
