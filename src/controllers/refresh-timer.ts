import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Refreshes its host every `every()` ms (none when undefined), never while the page is hidden: the
 * timer stops when the page is hidden and, when it shows again, one refresh runs at once and the timer
 * starts over. Reads `every()` after each update, so a changed attribute takes effect at once.
 */
export class RefreshTimer implements ReactiveController {
  #ms: number | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    host: ReactiveControllerHost,
    private every: () => number | undefined,
    private refresh: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#visibility);
    this.#start();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#visibility);
    clearInterval(this.#timer);
  }

  hostUpdated(): void {
    const ms = this.every();
    if (ms === this.#ms) return;
    this.#ms = ms;
    this.#start();
  }

  #visibility = () => {
    if (document.visibilityState === 'hidden') clearInterval(this.#timer);
    else if (this.#ms) {
      this.refresh();
      this.#start();
    }
  };

  #start(): void {
    clearInterval(this.#timer);
    if (this.#ms && document.visibilityState !== 'hidden') this.#timer = setInterval(() => this.refresh(), this.#ms);
  }
}
