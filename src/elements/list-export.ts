import type { ReactiveControllerHost } from 'lit';
import type { Page, PageToken } from '../client/pages.js';
import { ExportController } from '../controllers/export.js';
import { CalicoErrorEvent, CalicoExportEvent } from '../events.js';
import { exportView } from '../templates/export.js';
import type { CommonStrings, ExportStrings } from '../templates/strings.js';
import type { CsvColumn } from '../util/csv.js';

/** yyyy-mm-dd of the person's own calendar, for a file name. */
const localDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** A list's export, loaded on its first use (PagedList imports this module on demand). */
export function listExport(
  host: ReactiveControllerHost & HTMLElement,
  fetchPage: (page: PageToken | null, signal: AbortSignal) => Promise<Page<unknown>>,
  columns: () => readonly CsvColumn<unknown>[],
) {
  const exporter = new ExportController<unknown>(host, {
    fetchPage,
    columns,
    fileName: () => `${host.localName}-${localDate(new Date())}.csv`,
    onSaved: (rows, complete, file, name) => host.dispatchEvent(new CalicoExportEvent(rows, complete, file, name)),
    onError: (error) => host.dispatchEvent(new CalicoErrorEvent(error)),
  });
  return {
    run: (signal?: AbortSignal) => exporter.run(signal),
    /** The Export button (with `export`), the progress with Cancel, or what came of the last export. */
    view: (strings: CommonStrings & ExportStrings, locale: string, button: boolean) =>
      exportView({
        strings,
        locale,
        state: exporter.state,
        button,
        start: () => void exporter.run(),
        cancel: () => exporter.cancel(),
        keep: () => exporter.keep(),
        dismiss: () => exporter.dismiss(),
      }),
  };
}
export type ListExport = ReturnType<typeof listExport>;
