import type { ReactiveController } from 'lit';

/**
 * A controller that holds something of the signed-in person's (an open panel, an export's rows, a
 * confirmation): its host calls `sessionEnded()` when the session ends (clearSharedClients(), or the
 * client's clear()), and it drops that, with nothing left to show or save.
 */
export interface SessionController extends ReactiveController {
  sessionEnded(): void;
}
