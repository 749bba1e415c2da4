import { html, nothing } from 'lit';
import { fill } from '../../util/format.js';
import { errorDetails, errorSentence } from '../../templates/states.js';
import type { DeactivationState } from './deactivation.js';
import type { UsersStrings } from '../../locales/en/calico-users.js';

export interface DeactivateDialogOptions {
  state: DeactivationState;
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
  const st = o.state;
  const u = st.phase === 'closed' ? undefined : st.user;
  const error = 'error' in st ? st.error : undefined;
  const busy = st.phase === 'sending';
  const held = st.phase !== 'confirm';
  const failure = (name: string) =>
    st.phase === 'checking'
      ? html`<div part="error" role="status">${fill(s.deactivateChecking, { name })}</div>`
      : st.phase === 'unknown'
        ? html`<div part="error" role="alert"><strong>${fill(s.deactivateUnknown, { name })}</strong></div>`
        : error
          ? html`<div part="error" role="alert"><strong>${s.deactivateFailed}</strong><div>${errorSentence(error, s)}</div>${errorDetails(error, s)}</div>`
          : nothing;
  return html`<dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-text" @cancel=${(e: Event) => (e.preventDefault(), o.cancel())}>
    ${u
      ? html`<h2 id="confirm-title">${fill(s.confirmTitle, { name: u.full_name })}</h2>
          <p id="confirm-text">${fill(s.confirmText, { email: u.email })}</p>
          ${failure(u.full_name)}
          <div class="dialog-actions">
            <button type="button" autofocus @click=${o.cancel}>${s.cancel}</button>
            <button type="button" class="danger" aria-disabled=${String(held)} @click=${o.confirm}>${busy ? s.deactivating : s.deactivate}</button>
          </div>`
      : nothing}
  </dialog>`;
}
