/**
 * The widgets' events: `Event` subclasses that bubble and cross shadow roots, with their data as
 * read-only fields on the event itself (`event.items`, not `event.detail.items`).
 */
import type { ApiError } from './client/errors.js';

const init = { bubbles: true, composed: true } as const;

/** A page arrived. `page` is 1-based. */
export class CalicoLoadEvent<T = unknown> extends Event {
  static readonly type = 'calico-load';
  constructor(
    readonly items: readonly T[],
    readonly page: number,
  ) {
    super(CalicoLoadEvent.type, init);
  }
}

/** Fired before moving to another page; `preventDefault()` stays on the current one. */
export class CalicoPageChangeEvent extends Event {
  static readonly type = 'calico-page-change';
  constructor(
    readonly page: number,
    readonly previousPage: number,
  ) {
    super(CalicoPageChangeEvent.type, { ...init, cancelable: true });
  }
}

/** A load failed; `error.kind` says how (auth, network, rate-limit, not-found, bad-request, invalid-response, server). */
export class CalicoErrorEvent extends Event {
  static readonly type = 'calico-error';
  constructor(readonly error: ApiError) {
    super(CalicoErrorEvent.type, init);
  }
}

/** A row was activated (click, Enter or Space): lets the host drill down. */
export class CalicoRowSelectEvent<T = unknown> extends Event {
  static readonly type = 'calico-row-select';
  constructor(readonly record: T) {
    super(CalicoRowSelectEvent.type, init);
  }
}

/** `<calico-users>`: a user was deactivated. */
export class CalicoUserDeactivatedEvent extends Event {
  static readonly type = 'calico-user-deactivated';
  constructor(readonly userId: string) {
    super(CalicoUserDeactivatedEvent.type, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'calico-load': CalicoLoadEvent;
    'calico-page-change': CalicoPageChangeEvent;
    'calico-error': CalicoErrorEvent;
    'calico-row-select': CalicoRowSelectEvent;
    'calico-user-deactivated': CalicoUserDeactivatedEvent;
  }
}
