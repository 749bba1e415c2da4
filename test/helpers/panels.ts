import { ListHarness, waitFor } from './harness.js';
import { scenario, tokenProvider } from './sandbox.js';

/** The three lists a user's panel shows. */
export const PERSON_LISTS = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions'];

/**
 * A `<calico-users detail>` written into the page as HTML against the sandbox, its first user's panel
 * opened; `before` runs once its rows are in, just before the click.
 */
export async function openUserPanel(before?: () => void): Promise<{ host: HTMLElement; dialog: HTMLDialogElement }> {
  const s = await scenario();
  const host = document.createElement('div');
  document.body.append(host);
  host.innerHTML = `<calico-users detail base-url="${s.calicoBaseUrl}" page-size="2"></calico-users>`;
  const users = host.firstElementChild as HTMLElement & { tokenProvider: unknown };
  users.tokenProvider = tokenProvider();
  const h = new ListHarness(users);
  await h.rowsSettled();
  before?.();
  h.rows()[0]!.click();
  const dialog = await waitFor(() => users.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'), 'the user panel');
  return { host, dialog };
}

/** Waits until each of the panel's three lists has its rows (or its empty state). */
export async function personListsSettled(dialog: HTMLDialogElement): Promise<void> {
  for (const tag of PERSON_LISTS) await new ListHarness(await waitFor(() => dialog.querySelector<HTMLElement>(tag), tag)).rowsSettled();
}
