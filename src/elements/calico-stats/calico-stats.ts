import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CalicoClient } from '../../client/calico.js';
import { sharedCalicoClient } from '../../client/shared.js';
import { type LoadCall, ResourceController } from '../../controllers/resource.js';
import { CalicoErrorEvent, CalicoLoadEvent } from '../../events.js';
import { barChart } from '../../templates/bar-chart.js';
import { fill, formatInteger, formatMoney } from '../../util/format.js';
import { errorPanel } from '../../templates/states.js';
import { freshness } from '../../templates/freshness.js';
import { WidgetElement, warnOnce } from '../widget-element.js';
import { clientId } from '../../client/registry.js';
import { STATS_STRINGS, type StatsStrings } from '../../locales/en/calico-stats.js';

export const METRICS = ['users', 'balance', 'providers', 'top-assets'] as const;
export type Metric = (typeof METRICS)[number];

/**
 * KPI tiles (users total / active / deactivated, balance of all accounts) and bar charts (accounts by
 * provider, top traded assets), each chart with a data-table alternative. Each panel loads and fails
 * on its own.
 *
 * @tagname calico-stats
 * @summary Enterprise statistics (Calico Enterprise API #9–#12).
 * @fires calico-load - A panel's data arrived: `.items` (one entry: `{ metric, data }`), `.page` (1).
 * @fires calico-error - A panel failed: `.error` with `.error.kind`.
 * @slot error - Replaces the default error title and sentence of a failed panel (Details, and Retry where it can help, stay).
 * @slot unauthorized - Replaces the default title and sentence of a panel when the API refused the token (Details and Retry stay).
 * @csspart panel - One panel (`data-metric` names it).
 * @csspart tile - A KPI tile.
 * @csspart chart - A chart with its "Show as table" toggle.
 * @csspart table - A chart's data table (after "Show as table").
 * @csspart caption - A data table's caption (for screen readers only).
 * @csspart header-cell - A data table's column header.
 * @csspart row - A data table's row.
 * @csspart cell - A data table's cell.
 * @csspart error - A failed panel's error.
 * @csspart empty - Why nothing can load yet (not configured).
 */
export class CalicoStats extends WidgetElement<CalicoClient, StatsStrings> {
  static override styles = [
    ...WidgetElement.styles,
    css`
      .panels { display: grid; gap: 1rem; }
      .row { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr)); align-items: start; }
      .row > * { min-width: 0; overflow-wrap: anywhere; }
      [part~='panel'] { border: 1px solid var(--_border); border-radius: 8px; padding: 0.75rem 1rem; min-height: 6rem; }
      [part~='panel'] h3 { margin: 0 0 0.5rem; font-size: 0.95em; }
      .tiles { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: 0; }
      [part~='tile'] { margin: 0; }
      [part~='tile'] dt { color: var(--_muted); font-size: 0.85em; }
      [part~='tile'] dd { margin: 0; font-size: 1.6em; font-weight: 650; font-variant-numeric: tabular-nums; }
      [part~='tile'] dd small { display: block; font-size: 0.5em; font-weight: 400; color: var(--_muted); }
      [part~='panel'] { position: relative; }
      .chart-tools { position: absolute; top: 0.5rem; inset-inline-end: 0.75rem; }
      .bars { display: grid; gap: 0.3rem; font-size: 0.85em; }
      .bar { display: grid; grid-template-columns: minmax(6rem, 34%) minmax(3rem, 1fr) auto; align-items: center; gap: 0.25rem 0.6rem; }
      .bar .label { overflow-wrap: anywhere; }
      .bar .value { color: var(--_muted); white-space: nowrap; unicode-bidi: isolate; }
      .bar .track { display: block; }
      .bar rect { fill: var(--_accent); }
      .bar:hover rect { opacity: 0.85; }
      /* Narrow: label and value on one line, the bar under them. */
      @container calico-widget (max-width: 30rem) {
        .bar { grid-template-columns: minmax(0, 1fr) auto; }
        .bar .value { white-space: normal; text-align: end; }
        .bar .track { grid-column: 1 / -1; grid-row: 2; }
        .chart-tools { position: static; margin-block-end: 0.5rem; }
      }
    `,
  ];

  /** Which panels to show, comma-separated: users, balance, providers, top-assets (all by default). */
  @property() metrics?: string;
  /** How many assets the top-traded chart shows. */
  @property({ type: Number, attribute: 'top-assets-limit' }) topAssetsLimit = 8;

  protected override readonly defaultStrings: StatsStrings = STATS_STRINGS;
  protected override sharedClient = sharedCalicoClient;

  /** @internal */ @state() private tables = new Set<Metric>();

  /** One panel: it loads when shown and when its client or its own `inputs` change, and on nothing else. */
  #panel<T>(metric: Metric, load: (client: CalicoClient, call: LoadCall) => Promise<T>, inputs: () => unknown[] = () => []) {
    return new ResourceController<T>(this, {
      key: () => {
        const client = this.resolvedClient;
        return client && this.#shown().includes(metric) ? JSON.stringify([clientId(client), metric, ...inputs()]) : null;
      },
      load: (call) => load(this.resolvedClient!, call),
      onLoad: (data) => this.dispatchEvent(new CalicoLoadEvent([{ metric, data }], 1)),
      onError: (error) => this.dispatchEvent(new CalicoErrorEvent(error)),
    });
  }

  /** @internal */ protected readonly users = this.#panel('users', (c, call) => c.userStats(call));
  /** @internal */ protected readonly balance = this.#panel('balance', (c, call) => c.balance(call));
  /** @internal */ protected readonly providers = this.#panel('providers', (c, call) => c.accountsByProvider(call));
  /** @internal */ protected readonly topAssets = this.#panel('top-assets', (c, call) => c.topTradedAssets({ limit: this.#limit() }, call), () => [this.#limit()]);

  /** The panels shown. */
  #panels(): ResourceController<unknown>[] {
    const byMetric: Record<Metric, ResourceController<unknown>> = { users: this.users, balance: this.balance, providers: this.providers, 'top-assets': this.topAssets };
    return this.#shown().map((m) => byMetric[m]);
  }

  refresh(): void {
    this.resume();
    for (const panel of this.#panels()) panel.refresh();
  }

  #limit(): number {
    const n = Math.round(this.topAssetsLimit);
    return Number.isFinite(n) ? Math.min(100, Math.max(1, n)) : 8;
  }

  #shown(): Metric[] {
    if (!this.metrics) return [...METRICS];
    const asked = this.metrics.split(',').map((m) => m.trim()).filter(Boolean);
    const unknown = asked.filter((m) => !(METRICS as readonly string[]).includes(m));
    if (unknown.length) warnOnce(`<calico-stats>: unknown metrics "${unknown.join(', ')}" ignored; use ${METRICS.join(', ')}.`);
    const known = asked.filter((m): m is Metric => (METRICS as readonly string[]).includes(m));
    return known.length ? known : [...METRICS];
  }

  #toggle(metric: Metric) {
    const next = new Set(this.tables);
    if (!next.delete(metric)) next.add(metric);
    this.tables = next;
  }

  /** A panel in its state: loading, error (with Retry), or its content. */
  #frame<T>(metric: Metric, title: string, resource: ResourceController<T>, content: (value: T) => TemplateResult) {
    const s = this.text;
    return html`<section part="panel" data-metric=${metric} aria-labelledby="title-${metric}" aria-busy=${resource.status === 'loading' ? 'true' : 'false'}>
      <h3 id="title-${metric}">${title}</h3>
      ${resource.error && !resource.refreshFailed
        ? errorPanel(resource.error, s, () => resource.run())
        : resource.value === undefined
          ? html`<div aria-hidden="true"><span class="skeleton"></span></div><span class="visually-hidden">${s.loading}</span>`
          : content(resource.value)}
    </section>`;
  }

  override render() {
    const s = this.text;
    const locale = this.locale;
    const shown = this.#shown();
    if (!this.resolvedClient) return html`<div part="empty" role="status">${this.notConfigured}</div>`;
    const panels = this.#panels();
    if (panels.length && panels.every((p) => p.held)) return nothing; // a first load: its skeletons show if it lasts
    // The data is as old as its oldest panel (of those that loaded).
    const times = panels.map((p) => p.updatedAt).filter((t): t is number => t !== undefined);
    const updatedAt = times.length ? Math.min(...times) : undefined;
    return html`<div class="meta" ?hidden=${updatedAt === undefined}>${freshness({
        strings: s,
        locale,
        updatedAt,
        busy: panels.some((p) => p.status === 'loading'),
        failed: panels.some((p) => p.refreshFailed),
        refresh: () => this.refresh(),
      })}</div>
      <div class="panels"><div class="row">
      ${shown.includes('users')
        ? this.#frame('users', s.users, this.users, (u) => html`<dl class="tiles">
            <div part="tile"><dt>${s.usersTotal}</dt><dd>${formatInteger(u.total, locale)}</dd></div>
            <div part="tile"><dt>${s.usersActive}</dt><dd>${formatInteger(u.active, locale)}</dd></div>
            <div part="tile"><dt>${s.usersDeactivated}</dt><dd>${formatInteger(u.deactivated, locale)}</dd></div>
          </dl>`)
        : nothing}
      ${shown.includes('balance')
        ? this.#frame('balance', s.balance, this.balance, (b) => html`<dl class="tiles">
            <div part="tile"><dt class="visually-hidden">${s.balance}</dt>
              <dd>${formatMoney(b.total, locale, true)}<small>${fill(s.exact, { amount: formatMoney(b.total, locale) })}</small></dd></div>
          </dl>`)
        : nothing}
      </div><div class="row">
      ${shown.includes('providers')
        ? this.#frame('providers', s.accountsByProvider, this.providers, (p) =>
            barChart({
              title: s.accountsByProvider,
              bars: p.providers.map((row) => ({ label: row.display_label ?? row.provider_id, magnitude: row.accounts, text: formatInteger(row.accounts, locale) })),
              asTable: this.tables.has('providers'),
              toggle: () => this.#toggle('providers'),
              columns: [s.provider, s.accounts],
              showTable: s.showTable,
              showChart: s.showChart,
            }))
        : nothing}
      ${shown.includes('top-assets')
        ? this.#frame('top-assets', s.topTradedAssets, this.topAssets, (t) =>
            barChart({
              title: s.topTradedAssets,
              bars: t.assets.map((a) => ({
                label: a.asset_name ? `${a.asset_symbol} · ${a.asset_name}` : a.asset_symbol,
                magnitude: a.trade_count, // the API ranks by trades; volume is told beside it
                text: `${fill(s.trades, { count: a.trade_count }, locale)} · ${formatMoney(a.volume, locale, true)}`,
              })),
              asTable: this.tables.has('top-assets'),
              toggle: () => this.#toggle('top-assets'),
              columns: [s.asset, s.volumeAndTrades],
              showTable: s.showTable,
              showChart: s.showChart,
            }))
        : nothing}
    </div></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'calico-stats': CalicoStats;
  }
}
