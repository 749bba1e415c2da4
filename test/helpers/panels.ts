import { ListHarness, mount, waitFor } from './harness.js';
import { scenario, tokenProvider } from './sandbox.js';

/** The three lists a user's panel shows. */
export const PERSON_LISTS = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions'];

/**
 * A `<calico-users detail>` against the sandbox, its first user's panel opened; `before` runs once its
 * rows are in, just before the click.
 */
export async function openUserPanel(before?: () => void): Promise<HTMLDialogElement> {
  const s = await scenario();
  const h = await mount('calico-users', { detail: '', 'base-url': s.calicoBaseUrl, 'page-size': '2' }, { tokenProvider: tokenProvider() });
  await h.rowsSettled();
  before?.();
  h.rows()[0]!.click();
  return waitFor(() => h.root.querySelector<HTMLDialogElement>('dialog[open]'), 'the user panel');
}

/** Waits until each of the panel's three lists has its rows. */
export async function personListsSettled(dialog: HTMLDialogElement): Promise<void> {
  for (const tag of PERSON_LISTS) await new ListHarness(await waitFor(() => dialog.querySelector<HTMLElement>(tag), tag)).rowsSettled();
}
