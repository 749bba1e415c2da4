import type { ReactiveControllerHost } from 'lit';
import type { SessionController } from '../../controllers/session.js';
import { deactivateDialog } from './deactivate-dialog.js';
import type { UsersStrings } from '../../locales/en/calico-users.js';
import type { CalicoClient } from '../../client/calico.js';
import type { ApiError } from '../../client/errors.js';
import type { User } from '../../schemas/calico.js';

/**
 * Where the confirmation is. Each step is a new object: an answer that comes back checks that the
 * dialog is still the one it was asked from (`state === mine`), so a late answer about user A never
 * closes or marks the dialog opened for user B since, nor one reopened after a session ended.
 */
export type DeactivationState =
  | { phase: 'closed' }
  /** Asking the person; `error` when the last try was refused. */
  | { phase: 'confirm'; user: User; error?: ApiError }
  | { phase: 'sending'; user: User }
  /** A DELETE got no answer: the user's status is read again before Deactivate is offered again. */
  | { phase: 'checking'; user: User; error?: ApiError }
  /** …and that read failed too. */
  | { phase: 'unknown'; user: User; error?: ApiError };

/** The element the flow belongs to: its dialog is rendered in the element's root. */
export type DeactivationElement = ReactiveControllerHost & { renderRoot: ParentNode };

export interface DeactivationHost {
  /** The client now (undefined after a session ended: nothing is sent). */
  client(): CalicoClient | undefined;
  /** The user is deactivated (whether this dialog is still open or not); `announce` is false once the session that asked has ended. */
  deactivated(user: User, announce: boolean): Promise<void>;
  /** A DELETE failed (not told once the session that asked has ended). */
  failed(error: ApiError): void;
}

/**
 * The deactivate flow of `<calico-users>`: one small state machine tied to the dialog that started it,
 * and the dialog itself. Loaded on the first Deactivate pressed (most visits deactivate no one).
 */
export class Deactivation implements SessionController {
  state: DeactivationState = { phase: 'closed' };
  /** One DELETE per user, however often Deactivate is pressed. */
  #inFlight = new Set<string>();
  /** Users whose last DELETE got no answer and whose status could not be read since. */
  #unknown = new Set<string>();
  /** Counts the sessions that ended: an answer from an earlier one is recorded, never announced. */
  #session = 0;

  constructor(
    private host: DeactivationElement,
    private deps: DeactivationHost,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  /** The dialog is modal while a user is asked about, closed otherwise. */
  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog[part="dialog"]');
    // Not while out of the page (its code may arrive after the widget left).
    if (this.user && dialog?.isConnected && !dialog.open) dialog.showModal();
    if (!this.user && dialog?.open) dialog.close();
  }

  /** The confirmation dialog, in the widget's words. */
  view(strings: UsersStrings) {
    return deactivateDialog({ state: this.state, strings, confirm: () => void this.confirm(), cancel: () => this.cancel() });
  }

  get user(): User | undefined {
    return this.state.phase === 'closed' ? undefined : this.state.user;
  }

  open(user: User): void {
    const asking = this.#set({ phase: 'confirm', user });
    if (this.#unknown.has(user.user_id)) void this.#check(asking, user, undefined);
  }

  /** Cancel or Escape: not while the DELETE is on its way (its answer is about to come). */
  cancel(): void {
    if (this.state.phase !== 'sending') this.close();
  }

  /** Closes whatever is open: a late answer finds another state and changes nothing on screen. */
  close(): void {
    this.#set({ phase: 'closed' });
  }

  /** The session ended: closed, and whatever comes back for it is kept quiet. */
  sessionEnded(): void {
    this.#session++;
    this.close();
  }

  async confirm(): Promise<void> {
    const { state } = this;
    const client = this.deps.client();
    if (state.phase !== 'confirm' || !client || this.#inFlight.has(state.user.user_id)) return;
    const { user } = state;
    const sending = this.#set({ phase: 'sending', user });
    const session = this.#session;
    this.#inFlight.add(user.user_id);
    try {
      await client.deactivateUser(user.user_id);
      if (this.state === sending) this.close();
      await this.deps.deactivated(user, session === this.#session);
    } catch (e) {
      const error = e as ApiError;
      if (session === this.#session) this.deps.failed(error);
      // No answer: the DELETE may have been carried out. Read the user again before offering it again
      // (and if this dialog is gone, the next one for this user reads it first).
      if (error.kind === 'network') {
        if (this.state === sending) await this.#check(sending, user, error, client);
        else this.#unknown.add(user.user_id);
      } else if (this.state === sending) this.#set({ phase: 'confirm', user, error });
    } finally {
      this.#inFlight.delete(user.user_id);
      this.host.requestUpdate();
    }
  }

  async #check(from: DeactivationState, user: User, error: ApiError | undefined, client = this.deps.client()): Promise<void> {
    if (this.state !== from || !client) return;
    const checking = this.#set({ phase: 'checking', user, error });
    const session = this.#session;
    try {
      const now = (await client.users({ user_ids: [user.user_id], limit: 1 }, { fresh: true })).items[0];
      this.#unknown.delete(user.user_id);
      if (now?.deactivated) {
        if (this.state === checking) this.close();
        await this.deps.deactivated(user, session === this.#session);
      } else if (this.state === checking) this.#set({ phase: 'confirm', user, error });
    } catch {
      this.#unknown.add(user.user_id);
      if (this.state === checking) this.#set({ phase: 'unknown', user, error });
    }
  }

  #set<S extends DeactivationState>(state: S): S {
    this.state = state;
    this.host.requestUpdate();
    return state;
  }
}
