import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Every connected host, and one timer for all of them. */
const hosts = new Set<ReactiveControllerHost>();
let timer: ReturnType<typeof setInterval> | undefined;
const TICK_MS = 30_000;

/**
 * Re-renders its host every 30 s, with one timer for the whole page, so that "Updated 2 minutes ago"
 * stays true. Cheap: the rows are guarded by what they show (src/templates/table.ts), so a tick
 * changes the age text and re-renders no row.
 */
export class ClockController implements ReactiveController {
  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    timer ??= setInterval(() => hosts.forEach((h) => h.requestUpdate()), TICK_MS);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) timer = void clearInterval(timer);
  }
}
