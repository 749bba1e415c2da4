import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { CALICO_LIMIT, type CalicoClient } from '../../client/calico.js';
import { sharedCalicoClient } from '../../client/shared.js';
import type { User } from '../../schemas/calico.js';
import { CalicoErrorEvent, CalicoUserDeactivatedEvent } from '../../events.js';
import { badge } from '../../templates/badge.js';
import { fill, formatDate } from '../../util/format.js';
import { listView } from '../../templates/list-view.js';
import { dialogStyles } from '../../templates/styles.js';
import type { Column } from '../../columns/column.js';
import { dateColumn } from '../../columns/date.js';
import { WidgetElement } from '../widget-element.js';
import { onFirstUse } from '../../util/first-use.js';
import { ListElement, type PageSizeRange } from '../list-element.js';
import type { Deactivation } from './deactivation.js';
import { USERS_STRINGS, type UsersStrings } from '../../locales/en/calico-users.js';

const SEARCH_DELAY_MS = 300;

/**
 * Enterprise users with a search box. With `allow-deactivate`, each active user has a Deactivate
 * action behind a confirmation dialog. Each confirmation sends exactly one DELETE: never a second one
 * for a second click while it is pending, a retry, or a token refresh after a 401. When it fails the
 * dialog says the user was not deactivated and `calico-error` fires with the client's error; only a new
 * confirmation sends another DELETE (with a new token when the last one was refused). When no answer
 * came back (a timeout, a lost connection) the outcome is unknown: the user's status is read again, and
 * Deactivate is offered again only if that read shows the user still active.
 *
 * @tagname calico-users
 * @summary Enterprise users, search and deactivate (Calico Enterprise API #7, #8, #4).
 * @fires calico-load - A page arrived: `.items`, `.page`.
 * @fires calico-page-change - Before moving to another page (cancelable): `.page`, `.previousPage`.
 * @fires calico-error - A load or a deactivation failed: `.error` with `.error.kind`.
 * @fires calico-row-select - A user was activated: `.record`.
 * @fires calico-user-deactivated - A user was deactivated: `.userId`.
 * @slot empty - Shown when there is no user.
 * @slot empty-filtered - Shown when the search finds nobody.
 * @csspart toolbar - The search box.
 * @csspart row-active - An active user's row (also `row`).
 * @csspart row-deactivated - A deactivated user's row (also `row`).
 * @csspart badge - A status badge.
 * @csspart dialog - The Deactivate confirmation dialog.
 * @csspart error - The error panel, and a failed deactivation inside the dialog.
 * @csspart error-details - The collapsed Details of an error (in the panel or the dialog): the HTTP status and the server's message, for support staff.
 * @cssprop --calico-color-surface - Here also: the dialog's background.
 * @cssprop --calico-radius - Here also: the dialog's corners.
 */
export class CalicoUsers extends ListElement<CalicoClient, UsersStrings> {
  static override styles = [
    ...WidgetElement.styles,
    dialogStyles,
    css`
      input[type='search'] { min-width: min(16rem, 100%); }
      button.danger { color: var(--_danger); border-color: currentColor; }
      tr[data-state='deactivated'] td:first-child strong { color: var(--_muted); }
    `,
  ];

  /** The search text (matches name or email); set it to preset the search. */
  @property() query = '';
  /** Shows a Deactivate action on each active user. Without it no destructive control exists. */
  @property({ type: Boolean, attribute: 'allow-deactivate' }) allowDeactivate = false;

  protected override readonly defaultStrings: UsersStrings = USERS_STRINGS;
  protected override readonly pageSizeRange: PageSizeRange = CALICO_LIMIT;
  protected override sharedClient = sharedCalicoClient;

  /** @internal */ @state() private typed = '';
  /** @internal */ @state() private notice = '';

  /** Users deactivated here, shown so in place (the page itself is not reloaded). */
  #deactivated = new Map<string, string>();
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  /** The confirmation, its dialog and its DELETE (deactivation.ts), loaded on the first Deactivate pressed. */
  #deactivation: Deactivation | undefined;
  #deactivationCode = onFirstUse(
    this,
    "the Deactivate dialog's code",
    () =>
      import('./deactivation.js').then(
        ({ Deactivation }) =>
          (this.#deactivation = new Deactivation(this, {
            client: () => this.resolvedClient,
            deactivated: (user, announce) => this.#deactivatedNow(user, announce),
            failed: (error) => this.dispatchEvent(new CalicoErrorEvent(error)),
          })),
      ),
    () => this.sessionEpoch,
  );

  /** @internal */
  protected readonly resource = this.pagedResource<User>(
    () => [this.query.trim()],
    (client, call, limit) => {
      const text = this.query.trim();
      return text ? client.searchUsers({ query: text, limit }, call) : client.users({ limit }, call);
    },
  );

  override willUpdate(changed: PropertyValues<this>): void {
    this.query ??= ''; // a removed attribute (or a framework's null) is no search
    super.willUpdate(changed);
    if (changed.has('query')) this.typed = this.query;
  }

  /** A session that ends closes the confirmation (its Deactivate can no longer be pressed) and forgets the search being typed and what was announced. */
  protected override endSession(): void {
    clearTimeout(this.#searchTimer);
    this.typed = this.query;
    this.notice = '';
    super.endSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#searchTimer);
  }

  #type = (event: InputEvent) => {
    this.typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => (this.query = this.typed), SEARCH_DELAY_MS);
  };
  #searchNow = (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    clearTimeout(this.#searchTimer);
    this.query = this.typed;
  };
  #clearSearch = () => {
    clearTimeout(this.#searchTimer);
    this.query = '';
    this.renderRoot.querySelector('input')?.focus(); // the search box: the first input
  };

  async #ask(user: User, event: Event) {
    event.stopPropagation(); // not a row selection
    // A session that ended while the code loaded: the previous person's click never opens the dialog.
    (await this.#deactivationCode())?.open(user);
  }

  async #deactivatedNow(user: User, announce: boolean) {
    this.#deactivated.set(user.user_id, new Date().toISOString().slice(0, 10));
    if (!announce) return; // an answer from a session that has ended: recorded, never told to the next person
    this.notice = fill(this.text.deactivatedNotice, { name: user.full_name });
    this.dispatchEvent(new CalicoUserDeactivatedEvent(user.user_id));
    await this.updateComplete;
    // From the detail panel: focus stays in it (the rows behind it are inert), on its Close button.
    const panel = this.renderRoot.querySelector<HTMLDialogElement>('dialog[part~="detail"]');
    if (panel?.open) return panel.querySelector<HTMLElement>('[part~="detail-close"]')?.focus();
    // Focus goes back to the row the action was on (its button is gone), unless another dialog opened
    // since; a plain row takes focus only from code.
    if (this.#deactivation?.user) return;
    const row = this.renderRoot.querySelector<HTMLElement>(`tr[data-key="${CSS.escape(user.user_id)}"]`);
    if (row && !row.hasAttribute('tabindex')) row.tabIndex = -1;
    row?.focus();
  }

  #shown(user: User): User {
    const on = this.#deactivated.get(user.user_id);
    return on && !user.deactivated ? { ...user, deactivated: true, deactivated_on: on } : user;
  }

  /** The user panel (`detail`): the user, Deactivate, and their holdings, sources and transactions. */
  protected override loadDetail() {
    return import('./detail.js').then(({ withLists }) => withLists()).then((userDetail) => (u: User) =>
      userDetail(this.#shown(u), this.text, this.locale, this.resolvedClient, this.allowDeactivate ? (e: Event) => void this.#ask(u, e) : undefined),
    );
  }

  protected override columns(): Column<User>[] {
    const s = this.text;
    const c = s.csv;
    const locale = this.locale;
    // A user deactivated here shows so in place (#shown), in the row, the panel and the export.
    const columns: Column<User>[] = [
      { label: s.name, cell: (u) => html`<strong>${u.full_name}</strong>`, csv: [[c.id, (u) => u.user_id], [s.name, (u) => u.full_name]] },
      { label: s.email, class: 'token', cell: (u) => u.email, csv: [[s.email, (u) => u.email]] },
      dateColumn(s.consented, c.consented, (u) => u.consented_at, locale),
      {
        label: s.status,
        cell: (raw) => {
          const u = this.#shown(raw);
          return u.deactivated
            ? badge(u.deactivated_on ? fill(s.deactivatedOn, { date: formatDate(u.deactivated_on, locale) }) : s.deactivated, 'danger', '✕')
            : badge(s.active, 'success', '✓');
        },
        csv: [
          [s.status, (u) => (this.#shown(u).deactivated ? 'deactivated' : 'active')],
          [c.deactivatedOn, (u) => this.#shown(u).deactivated_on],
        ],
      },
    ];
    if (this.allowDeactivate) {
      columns.push({
        label: s.actions,
        cell: (u) =>
          this.#shown(u).deactivated ? nothing : html`<button type="button" class="danger" aria-label=${fill(s.deactivateUser, { name: u.full_name })} @click=${(e: Event) => void this.#ask(u, e)}>${s.deactivate}</button>`,
      });
    }
    return columns;
  }

  override render() {
    const s = this.text;
    const text = this.query.trim();
    const toolbar = html`<label>${s.search}
        <input type="search" .value=${live(this.typed)} placeholder=${s.searchHint} autocomplete="off" @input=${this.#type} @keydown=${this.#searchNow} />
      </label>`;
    return html`${listView({
      ...this.listBase,
      resource: this.resource,
      caption: s.caption,
      columns: this.columns(),
      key: (u) => u.user_id,
      rowState: (u) => (this.#shown(u).deactivated ? 'deactivated' : 'active'),
      rowDeps: [this.allowDeactivate, this.#deactivated.size],
      blocked: this.notConfigured,
      toolbar,
      emptyText: s.empty,
      filtered: text ? { text: fill(s.emptyFiltered, { query: text }), clear: this.#clearSearch } : undefined,
    })}
    ${this.allowDeactivate ? this.#deactivation?.view(s) : nothing}
    <div class="visually-hidden" role="status">${this.notice}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calico-users': CalicoUsers;
  }
}
