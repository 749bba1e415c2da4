import { html } from 'lit';
import type { Column } from './column.js';
import type { Text } from './time.js';

/** An identifier (a user's, a member's): shortened in the row, exact with Copy in the panel and in the export. */
export const idColumn = <T>(label: string, header: string, id: Text<T>, none: string): Column<T> => ({
  label,
  cell: (r) => html`<span class="id">${id(r) ?? none}</span>`,
  copy: id,
  csv: [[header, id]],
});
