import { LitElement, type PropertyValues, type ReactiveController } from 'lit';
import { property } from 'lit/decorators.js';
import type { TokenProvider } from '../client/token.js';
import { isPathId } from '../client/transport.js';
import { COOKIE_SESSION, onSessionEnd, sessionMark } from '../client/registry.js';
import { LocaleController } from '../controllers/locale.js';
import { RefreshTimer } from '../controllers/refresh-timer.js';
import { ClockController } from '../controllers/clock.js';
import type { SessionController } from '../controllers/session.js';
import { toInstant } from '../util/time-range.js';
import { layoutStyles, widgetStyles } from '../templates/styles.js';
import type { CommonStrings } from '../locales/en/shared.js';
import { translationFor } from '../locales/registry.js';
import type { LocaleStrings, LocalizedTag } from '../locales/types.js';
import { warnOnce } from '../util/warn.js';

export { warnOnce };

/** The shortest `refresh-interval`: a wall of widgets must not poll the API every second. */
const MIN_REFRESH_SECONDS = 15;
/** How long a widget may wait for the input that says whose data it shows before the console says so. */
const MISSING_INPUT_GRACE_MS = 3000;

/** One of a list of allowed values (a filter attribute), or undefined: another value warns once and is ignored. */
export function choice<T extends string>(host: Element, name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (!value) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnOnce(`<${host.localName}>: ${name} "${value}" is not one of ${allowed.join(', ')}; ignored.`);
  return undefined;
}

/**
 * What every widget shares, and only that: how it gets its client (an explicit `client`, else one
 * shared per `tokenProvider` + `base-url`), its strings and its locale, and the checks of the attributes
 * that name ids and instants. A list extends ListElement (./list-element.ts) for paging; the
 * behaviour lives in controllers and template functions.
 *
 * The slots and parts below are rendered by the shared templates (src/templates) for every element;
 * an element's own tag with the same name says it in its words.
 *
 * @slot error - Replaces the default error title and sentence (Details, and Retry where it can help, stay).
 * @slot unauthorized - Replaces the default title and sentence when the API refused the credential (Details and Retry stay).
 * @csspart table - The table.
 * @csspart caption - The table's caption (with `no-caption`, kept for screen readers only).
 * @csspart header-cell - A column header (`th` in the table head).
 * @csspart row - A row (loading placeholder rows too).
 * @csspart cell - A cell.
 * @csspart empty - The empty state, or the notice of why nothing can load yet (for example, not configured).
 * @csspart error - The error panel.
 * @csspart error-details - The error panel's collapsed Details: the HTTP status and the server's message, for support staff.
 * @csspart freshness - "Updated 2 minutes ago" beside the Refresh button; after a failed refresh, also that the data may be out of date.
 */
export abstract class WidgetElement<C extends object, S extends CommonStrings> extends LitElement {
  static override styles = [widgetStyles, layoutStyles];

  /** Returns the token (Calico: Bearer token; Partner: x-api-key). Kept in memory only. */
  @property({ attribute: false }) tokenProvider?: TokenProvider;
  /**
   * Without a tokenProvider: the requests carry the portal's cookies (`credentials: 'same-origin'`), for
   * a `base-url` on the page's own origin (the bank's proxy, which reads its session cookie); refused
   * for any other origin.
   */
  @property({ type: Boolean, attribute: 'cookie-session' }) cookieSession = false;
  /** The API root; defaults per API. Usually the bank's own backend proxy. */
  @property({ attribute: 'base-url' }) baseUrl?: string;
  /**
   * An explicit client (`createCalicoClient`, or `createPartnerClient` for `partner-user-list`): overrides
   * `tokenProvider`, `cookie-session` and `base-url`.
   */
  @property({ attribute: false }) client?: C;
  /** Text overrides, merged over the English defaults (translate without forking). */
  @property({ attribute: false }) strings: Partial<S> = {};
  /**
   * Refreshes what is shown every this many seconds (at least 15), past the cache, keeping it on
   * screen meanwhile. Paused while the page is hidden; one refresh when it shows again.
   */
  @property({ attribute: 'refresh-interval' }) refreshInterval?: string | number;

  /** Its controllers that hold something of the person's (declared first: controllers register from field initializers). */
  readonly #sessionControllers: SessionController[] = [];
  readonly #locale = new LocaleController(this);

  constructor() {
    super();
    // A tick never restarts a widget whose session ended (only the host does, by an input or refresh()).
    new RefreshTimer(this, () => (this.#ended ? undefined : this.#refreshMs()), () => this.#ended || this.refresh());
    new ClockController(this); // keeps "Updated … ago" true
  }

  /**
   * Reads what is shown again from the server, past the memory cache: the data stays on screen and
   * focus stays where it is; if the read fails, the data stays and the widget says it may be out of date.
   */
  abstract refresh(): void;

  /** `refresh-interval` in ms: undefined without one; below 15 s it is 15 s (a bad value warns once). */
  #refreshMs(): number | undefined {
    const raw = this.refreshInterval;
    if (raw === undefined || raw === null || raw === '') return undefined;
    const seconds = Number(raw);
    if (!Number.isFinite(seconds) || seconds <= 0) {
      warnOnce(`<${this.localName}>: refresh-interval "${raw}" is not a number of seconds; not refreshing.`);
      return undefined;
    }
    if (seconds < MIN_REFRESH_SECONDS) warnOnce(`<${this.localName}>: refresh-interval ${seconds} is below ${MIN_REFRESH_SECONDS} s; using ${MIN_REFRESH_SECONDS}.`);
    return Math.max(MIN_REFRESH_SECONDS, seconds) * 1000;
  }
  #unsubscribe: (() => void) | undefined;
  #missingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The session ended: nothing is shown or loaded until the host sets an input or calls refresh(). */
  #ended = false;
  /** How many times a session ended here: an await that spans one (a panel's code loading) drops its result. */
  #epoch = 0;
  /** The client of the last render, to know whether a client's clear() is this widget's session. */
  #client: object | undefined;
  /** Which session that client served then (see sessionMark). */
  #mark: string | undefined;

  /**
   * The inputs that say whose data to show and how to reach it: the host setting one ends the wait
   * after a session ended. Not the widget's own controls (a filter, the search box, the page size)
   * nor presentation (strings, layout): those never restart a previous person's view.
   */
  protected static sessionInputs: readonly string[] = ['client', 'tokenProvider', 'cookieSession', 'baseUrl'];

  override connectedCallback(): void {
    // A session that ended while this widget was out of the page ends here too, before its controllers
    // resume (a resumed load would ask for the previous person's data).
    if (this.#stale()) this.endSession();
    super.connectedCallback();
    this.#unsubscribe = onSessionEnd((client) => {
      if (!client || client === this.#client) this.endSession();
    });
    // A widget without what says whose data it shows (or how to reach it) loads nothing and shows a
    // neutral state; if that lasts, the integrator hears of it once.
    this.#missingTimer = setTimeout(() => {
      const missing = this.#ended ? undefined : this.missingInput;
      if (missing) warnOnce(`<${this.localName}>: nothing is loaded yet: it needs ${missing}.`);
    }, MISSING_INPUT_GRACE_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    clearTimeout(this.#missingTimer);
  }

  /** A controller with a `sessionEnded()` (a panel, an export, a dialog) is told when the session ends. */
  override addController(controller: ReactiveController): void {
    super.addController(controller);
    if ('sessionEnded' in controller) this.#sessionControllers.push(controller as SessionController);
  }

  /**
   * The session ended (clearSharedClients(), or the client's clear()): drop what was shown, close what
   * is open, stop what runs. Each SessionController drops its own (panels, dialogs, an export);
   * subclasses with more of their own call super.
   */
  protected endSession(): void {
    this.#ended = true;
    this.#epoch++;
    this.#mark = undefined;
    for (const controller of this.#sessionControllers) controller.sessionEnded();
    this.requestUpdate();
  }

  /** Changes each time a session ends: compare it across an await to drop what the end made stale. */
  protected get sessionEpoch(): number {
    return this.#epoch;
  }

  /** What the host has not given yet that this widget cannot load without, for the console; undefined: nothing. */
  protected get missingInput(): string | undefined {
    return this.client || typeof this.tokenProvider === 'function' || this.cookieSession ? undefined : 'a tokenProvider, cookie-session or a client';
  }

  /** Whether a session this widget showed has ended since (cleared while it was out of the page, where it hears of no end). */
  #stale = () => this.#mark !== undefined && this.#mark !== sessionMark(this.#client);

  /**
   * One of the session inputs, set by the host, ends the wait after a session ended. Any other update
   * of a widget whose session ended out of the page (a page size, strings, its own dialog finishing)
   * ends it here, before a controller could load the previous person's data with the next one's token.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const input = (this.constructor as typeof WidgetElement).sessionInputs.some((key) => changed.has(key));
    // Not in the first update, where every input counts as changed: one ended before it (the autoloader
    // ending a widget whose code was loading) waits for an input set after.
    if (this.#ended && input && this.hasUpdated) this.#ended = false;
    else if (!input && this.#stale()) this.endSession();
  }

  /**
   * A control that had focus and went with a render (Retry once the rows are back, Clear filters once
   * the filters are clear) hands focus to the widget's first control: it is never lost to the page. A
   * numbered page button that now names another page, or went (the one pressed, once its page shows:
   * the buttons are reused by position, fewer near the ends) hands it to the button of the page shown,
   * without scrolling.
   */
  protected override update(changed: PropertyValues): void {
    const focused = this.shadowRoot?.activeElement;
    const page = focused?.closest('ol') && focused.ariaLabel; // a numbered page button's name
    super.update(changed);
    const current = page && (page !== focused!.ariaLabel || !focused!.isConnected) && this.renderRoot.querySelector<HTMLElement>('[aria-current=page]');
    if (current) current.focus({ preventScroll: true });
    else if (focused && !focused.isConnected) this.renderRoot.querySelector<HTMLElement>('input,select,button')?.focus();
  }

  /** Reads again what is shown (after a session ended: loads for the inputs the host gives now). */
  protected resume(): void {
    if (this.#ended) (this.#ended = false), this.requestUpdate();
  }
  protected abstract readonly defaultStrings: S;
  protected abstract sharedClient(tokenProvider: TokenProvider, baseUrl: string | undefined): C;
  /**
   * For widgets whose API has no production default: what to say without `base-url` (or a client),
   * when nothing loads. Undefined: the API's default base URL is fine.
   */
  protected get noBaseUrlNotice(): string | undefined {
    return undefined;
  }

  protected get locale(): string {
    return this.#locale.locale;
  }

  #text: [Partial<S>, LocaleStrings | undefined, S] | undefined;
  /**
   * The strings in force: English, under the nearest registered translation of the widget's `lang`,
   * under the host's `strings`. The same object until one of them changes (so rows can be skipped).
   */
  protected get text(): S {
    const translation = translationFor(() => this.locale);
    if (this.#text?.[0] !== this.strings || this.#text[1] !== translation) {
      const own = translation?.[this.localName as LocalizedTag] as Partial<S> | undefined;
      this.#text = [this.strings, translation, { ...this.defaultStrings, ...translation?.shared, ...own, ...this.strings }];
    }
    return this.#text[2];
  }

  /** The client to use, or undefined when the host has not given enough yet (or the session ended). */
  protected get resolvedClient(): C | undefined {
    if (this.#ended) return undefined;
    const client = this.#resolve();
    this.#client = client;
    this.#mark = sessionMark(client);
    return client;
  }

  #resolve(): C | undefined {
    // Only an object can be a client: a string or a number (a framework's attribute) threw from the update.
    if (this.client) return typeof this.client == 'object' ? this.client : undefined;
    if (this.tokenProvider === undefined || this.tokenProvider === null) return this.cookieSession ? this.#cookieClient() : undefined;
    if (typeof this.tokenProvider !== 'function') {
      warnOnce(`<${this.localName}>: tokenProvider must be a function; got ${typeof this.tokenProvider}.`);
      return undefined;
    }
    if (this.noBaseUrlNotice && !this.baseUrl) {
      warnOnce(`<${this.localName}>: set base-url (your API or proxy); there is no default.`);
      return undefined;
    }
    try {
      return this.sharedClient(this.tokenProvider, this.baseUrl || undefined);
    } catch {
      warnOnce(`<${this.localName}>: base-url "${this.baseUrl}" is not an http(s) URL.`);
      return undefined;
    }
  }

  /** The shared client of a cookie session: only for a base-url on the page's own origin. */
  #cookieClient(): C | undefined {
    try {
      return this.sharedClient(COOKIE_SESSION, this.baseUrl || undefined);
    } catch {
      warnOnce(`<${this.localName}>: cookie-session needs a base-url on this page's origin (your proxy); got "${this.baseUrl ?? ''}".`);
      return undefined;
    }
  }

  /** Why nothing can load: no client could be made (no or a bad tokenProvider / base-url). */
  protected get notConfigured(): string | undefined {
    if (this.#ended) return this.text.waiting;
    if (this.noBaseUrlNotice && !this.baseUrl && !this.client) return this.noBaseUrlNotice;
    return this.resolvedClient ? undefined : this.text.notConfigured;
  }

  /**
   * An id attribute that goes into a URL path (`user-id`): only the id alphabet (see isPathId). Anything
   * else warns once and counts as invalid: the widget says so and loads nothing.
   */
  protected pathId(name: string, value: string | undefined): { id?: string; invalid?: true } {
    if (!value) return {};
    if (isPathId(value)) return { id: value };
    warnOnce(`<${this.localName}>: ${name} "${value}" is not an id (A–Z a–z 0–9 . _ ~ -); nothing is loaded.`);
    return { invalid: true };
  }

  /** A comma-separated list of ids (`provider-ids`): the valid ones; another warns once and is left out. */
  protected idList(name: string, value: string | undefined): string[] {
    const ids = (value ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    return ids.filter((id) => !this.pathId(name, id).invalid);
  }

  /** Why a one-user widget shows nothing: no `user-id` (`noUser`, when one is needed), or one that is not an id. */
  protected userIdProblem(userId: string | undefined, noUser: string | undefined, badId: string): string | undefined {
    if (!userId) return noUser;
    return this.pathId('user-id', userId).invalid ? badId : undefined;
  }

  /** An ISO-8601 attribute as a UTC instant; a bad value warns once and is ignored. */
  protected instant(name: string, value: string | undefined): string | undefined {
    const instant = toInstant(value);
    if (value && !instant) warnOnce(`<${this.localName}>: ${name} "${value}" is not an ISO-8601 date-time; ignored.`);
    return instant;
  }
}
