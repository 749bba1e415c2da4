import { html, nothing } from 'lit';
import type { ApiError } from '../../client/errors.js';
import type { User } from '../../schemas/calico.js';
import { fill } from '../../templates/format.js';
import { errorDetails, errorSentence } from '../../templates/states.js';
import type { UsersStrings } from './strings.js';

export interface DeactivateDialogOptions {
  user: User | undefined;
  busy: boolean;
  error: ApiError | undefined;
  /** After a DELETE with no answer: the status is being read again, or could not be. */
  outcome: 'checking' | 'unknown' | undefined;
  strings: UsersStrings;
  confirm: () => void;
  cancel: () => void;
}

/**
 * The confirmation: a native modal dialog that names the user; failures are shown inside it. After a
 * DELETE with no answer, Deactivate is held back until the user's status has been read again.
 */
export function deactivateDialog(o: DeactivateDialogOptions) {
  const s = o.strings;
  const u = o.user;
  const held = o.busy || !!o.outcome;
  const failure = (name: string) =>
    o.outcome === 'checking'
      ? html`<div part="error" role="status">${fill(s.deactivateChecking, { name })}</div>`
      : o.outcome === 'unknown'
        ? html`<div part="error" role="alert"><strong>${fill(s.deactivateUnknown, { name })}</strong></div>`
        : o.error
          ? html`<div part="error" role="alert"><strong>${s.deactivateFailed}</strong><div>${errorSentence(o.error, s)}</div>${errorDetails(o.error, s)}</div>`
          : nothing;
  return html`<dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" @cancel=${(e: Event) => (e.preventDefault(), o.cancel())}>
    ${u
      ? html`<h2 id="confirm-title">${fill(s.confirmTitle, { name: u.full_name })}</h2>
          <p id="confirm-text">${fill(s.confirmText, { email: u.email })}</p>
          ${failure(u.full_name)}
          <div class="dialog-actions">
            <button type="button" autofocus @click=${o.cancel}>${s.cancel}</button>
            <button type="button" class="danger" aria-disabled=${String(held)} @click=${o.confirm}>${o.busy ? s.deactivating : s.deactivate}</button>
          </div>`
      : nothing}
  </dialog>`;
}
