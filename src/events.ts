/**
 * The widgets' events: `Event` subclasses that bubble and cross shadow roots, with their data as
 * read-only fields on the event itself (`event.items`, not `event.detail.items`).
 */
import type { ApiError } from './client/errors.js';

const init = { bubbles: true, composed: true } as const;

/** A page arrived. `page` is 1-based. */
export class CalicoLoadEvent<T = unknown> extends Event {
  constructor(
    readonly items: readonly T[],
    readonly page: number,
  ) {
    super('calico-load', init);
  }
}

/** Fired before moving to another page; `preventDefault()` stays on the current one. */
export class CalicoPageChangeEvent extends Event {
  constructor(
    readonly page: number,
    readonly previousPage: number,
  ) {
    super('calico-page-change', { ...init, cancelable: true });
  }
}

/** A load failed; `error.kind` says how (auth, network, rate-limit, not-found, bad-request, invalid-response, server). */
export class CalicoErrorEvent extends Event {
  constructor(readonly error: ApiError) {
    super('calico-error', init);
  }
}

/**
 * A row was activated (click, Enter or Space): lets the host drill down. With `detail`, the widget then
 * opens its detail panel unless the host calls `preventDefault()` (to show its own).
 */
export class CalicoRowSelectEvent<T = unknown> extends Event {
  constructor(readonly record: T) {
    super('calico-row-select', { ...init, cancelable: true });
  }
}

/** `<calico-users>`: a user was deactivated. */
export class CalicoUserDeactivatedEvent extends Event {
  constructor(readonly userId: string) {
    super('calico-user-deactivated', init);
  }
}

/** An export's file was saved: `rows` in it, `complete` unless the person kept a cancelled or failed export's rows. */
export class CalicoExportEvent extends Event {
  constructor(
    readonly rows: number,
    readonly complete: boolean,
    /** The file saved (the same bytes as the download), e.g. to upload it instead. */
    readonly file: Blob,
    readonly fileName: string,
  ) {
    super('calico-export', init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'calico-load': CalicoLoadEvent;
    'calico-page-change': CalicoPageChangeEvent;
    'calico-error': CalicoErrorEvent;
    'calico-row-select': CalicoRowSelectEvent;
    'calico-user-deactivated': CalicoUserDeactivatedEvent;
    'calico-export': CalicoExportEvent;
  }
}
