import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ApiError, asApiError, isAbortError } from '../client/errors.js';
import type { LoadStatus } from './paged-resource.js';

export interface ResourceOptions<T> {
  /** What identifies the data; a change reloads. `null`: do not load (yet). */
  key(): string | null;
  load(signal: AbortSignal): Promise<T>;
  onLoad?(value: T): void;
  onError?(error: ApiError): void;
}

/**
 * One async value (a stats panel): reload on key change, stale answers dropped, abort on disconnect
 * and resume on reconnect. The paged controller's little sibling.
 */
export class ResourceController<T> implements ReactiveController {
  status: LoadStatus = 'idle';
  value: T | undefined;
  error: ApiError | undefined;
  #key: string | null = null;
  #controller: AbortController | undefined;
  #interrupted = false;

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
      void this.#load();
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.#online);
    if (this.#controller) {
      this.#interrupted = true;
      this.#controller.abort();
      this.#controller = undefined;
    }
  }

  sync(): void {
    const key = this.options.key();
    if (key === this.#key) return;
    this.#key = key;
    this.value = undefined;
    this.error = undefined;
    if (key === null) {
      this.#controller?.abort();
      this.#controller = undefined;
      this.status = 'idle';
    } else void this.#load();
  }

  /** Back online after a network error: try again without waiting for the person to press Retry. */
  #online = () => {
    if (this.status === 'error' && this.error?.kind === 'network') this.retry();
  };

  retry(): void {
    if (this.#key !== null) void this.#load();
  }

  async #load(): Promise<void> {
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.status = 'loading';
    this.host.requestUpdate();
    try {
      const value = await this.options.load(controller.signal);
      if (controller !== this.#controller) return;
      this.#controller = undefined;
      Object.assign(this, { value, error: undefined, status: 'ready' });
      this.host.requestUpdate();
      this.options.onLoad?.(value);
    } catch (error) {
      if (controller !== this.#controller || isAbortError(error)) return;
      this.#controller = undefined;
      this.error = asApiError(error);
      this.status = 'error';
      this.host.requestUpdate();
      this.options.onError?.(this.error);
    }
  }
}
