import { html } from 'lit';
import type { Column, RowText } from './column.js';

/** An identifier (a user's, a member's): shortened in the row, exact with Copy in the panel and in the export. */
export const idColumn = <T>(label: string, header: string, id: RowText<T>, none: string): Column<T> => ({
  label,
  cell: (r) => html`<span class="id">${id(r) ?? none}</span>`,
  copy: id,
  csv: [[header, id]],
});
