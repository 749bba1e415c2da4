import type { ReactiveControllerHost } from 'lit';
import type { Page, PageToken } from '../client/pages.js';
import { ExportController } from './export.js';
import { CalicoErrorEvent, CalicoExportEvent } from '../events.js';
import { exportView } from '../templates/export.js';
import type { CommonStrings, ExportStrings } from '../locales/en/shared.js';
import type { CsvColumn } from '../util/csv.js';

/** yyyy-mm-dd of the person's own calendar, for a file name. */
const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A list's export, loaded on its first use (ListElement imports this module on demand). */
export function listExport(
  host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode; updateComplete: Promise<unknown> },
  fetchPage: (page: PageToken | null, signal: AbortSignal) => Promise<Page<unknown>>,
  /** A new export of the list as it is now (the host's exportCsv). */
  start: () => void,
) {
  const exporter = new ExportController<unknown>(host, {
    fetchPage,
    fileName: () => `${host.localName}-${localDate(new Date())}.csv`,
    onSaved: (rows, complete, file, name) => host.dispatchEvent(new CalicoExportEvent(rows, complete, file, name)),
    onError: (error) => host.dispatchEvent(new CalicoErrorEvent(error)),
  });
  /** A button pressed here goes away: focus moves to the one that takes its place, never to the page. */
  const refocus = () => void host.updateComplete.then(() => host.renderRoot.querySelector<HTMLElement>('[part~="export-status"] ~ button')?.focus());
  const refocusAfter = (action: () => void) => () => {
    action();
    refocus();
  };
  return {
    refocus,
    run: (columns: readonly CsvColumn<unknown>[], isCurrent: () => boolean, signal?: AbortSignal) => exporter.run(columns, isCurrent, signal),
    /** The Export button (with `export`), the progress with Cancel, or what came of the last export. */
    view: (strings: CommonStrings & ExportStrings, locale: string, button: boolean) =>
      exportView({
        strings,
        locale,
        state: exporter.state,
        button,
        start: refocusAfter(start),
        cancel: refocusAfter(() => exporter.cancel()),
        keep: refocusAfter(() => exporter.keep()),
        dismiss: refocusAfter(() => exporter.dismiss()),
      }),
  };
}
export type ListExport = ReturnType<typeof listExport>;
