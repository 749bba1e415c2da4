/** The columns of a linked source, written once: its name, how it connects, its consent and dates. */
import { html } from 'lit';
import { consentBadge } from '../templates/badge.js';
import { label } from '../util/format.js';
import { dateColumn } from './date.js';
import { exportColumn, type Column } from './column.js';

interface Source {
  display_label: string;
  provider_id: string;
  description?: string | null;
  provider_auth_type?: string;
  consent?: { status: string; connected_on?: string | null; deleted_on?: string | null } | null;
}
interface SourceStrings {
  provider: string;
  csv: { source: string; sourceId: string };
}
interface ConsentStrings {
  consent: string;
  connected: string;
  revoked: string;
  none: string;
  consentLabels: Record<string, string>;
  csv: { connected: string; revoked: string };
}

/**
 * A source by its display name, a second line under it (its id or its description); then its id, not
 * a column of the table: in the panel with Copy, and in the export.
 */
export const sourceColumns = <T extends Source>(s: SourceStrings, sub: (row: T) => unknown): Column<T>[] => [
  { label: s.provider, cell: (r) => html`<strong>${r.display_label}</strong><span class="sub">${sub(r)}</span>`, csv: [[s.csv.source, (r) => r.display_label]] },
  exportColumn(s.csv.sourceId, (r) => r.provider_id, true),
];

/** How a source is connected, in the widget's words (an unknown kind as it comes); the export has the API's code. */
export const connectionColumn = <T extends Source>(heading: string, header: string, labels: Record<string, string>): Column<T> => ({
  label: heading,
  cell: (r) => label(labels, r.provider_auth_type),
  csv: [[header, (r) => r.provider_auth_type]],
});

/** A source's consent as a badge, then when it was given and revoked; the export has the API's status code. */
export const consentColumns = <T extends Source>(s: ConsentStrings, locale: string): Column<T>[] => [
  { label: s.consent, cell: (r) => consentBadge(r.consent?.status, s.consentLabels, s.none), csv: [[s.consent, (r) => r.consent?.status]] },
  dateColumn(s.connected, s.csv.connected, (r) => r.consent?.connected_on, locale),
  dateColumn(s.revoked, s.csv.revoked, (r) => r.consent?.deleted_on, locale),
];
