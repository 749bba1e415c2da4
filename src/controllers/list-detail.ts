import { nothing, type ReactiveControllerHost } from 'lit';
import type { SessionController } from './session.js';
import { detailDialog, detailStyles, type DetailContent } from '../templates/detail.js';
import { dialogStyles } from '../templates/styles.js';
import type { DetailStrings } from '../locales/en/shared.js';

/** What the panel needs of its host: controllers, updates, and the root its dialog renders in. */
type Host = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment };

/**
 * A list's detail panel, loaded on the first row opened (ListElement imports this module on demand):
 * which record is open, the dialog shown modal once rendered, focus back to its row when it closes.
 */
export function listDetail<T>(host: Host, content: (record: T) => DetailContent) {
  // The panel's styles come with its code; adopted style sheets keep a strict CSP page working.
  const root = host.renderRoot;
  if (root instanceof ShadowRoot) {
    const sheets = [dialogStyles, detailStyles].map((s) => s.styleSheet!).filter((s) => !root.adoptedStyleSheets.includes(s));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  }
  let open: { record: T; row: HTMLElement } | undefined;
  const controller: SessionController = {
    hostUpdated() {
      const dialog = root.querySelector<HTMLDialogElement>('dialog[part~="detail"]');
      if (dialog?.isConnected && !dialog.open) dialog.showModal(); // not while out of the page
    },
    /** The session ended: the panel goes, with no focus to give back (its row is gone too). */
    sessionEnded() {
      open = undefined;
      host.requestUpdate();
    },
  };
  host.addController(controller);
  const closed = () => {
    const row = open?.row;
    open = undefined;
    host.requestUpdate();
    // The row's element may have been reused for another record since: find it by its key.
    const key = row?.dataset.key;
    const now = (key !== undefined && root.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(key)}"]`)) || row;
    if (now && !now.hasAttribute('tabindex')) now.tabIndex = -1;
    now?.focus();
  };
  return {
    open(record: T, row: HTMLElement) {
      open = { record, row };
      host.requestUpdate();
    },
    view: (strings: DetailStrings) => (open ? detailDialog({ content: content(open.record), strings, closed }) : nothing),
  };
}
export type ListDetail = ReturnType<typeof listDetail>;
