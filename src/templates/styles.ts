import { css, unsafeCSS } from 'lit';

/**
 * Each row as a card of label: value lines (the labels come from the column headers: ListElement writes
 * `--_label` per column). Table semantics stay: the same names for the values, rows still activatable.
 * Written for `layout="cards"` (a css`` literal, so the build minifies it); `auto` takes the same rules.
 */
const cards = css`
  [data-layout=cards] table, [data-layout=cards] tbody, [data-layout=cards] tr, [data-layout=cards] td { display: block; }
  [data-layout=cards] thead, [data-layout=cards] thead tr { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; }
  [data-layout=cards] thead th:not([aria-sort]) { position: absolute; width: 1px; height: 1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  [data-layout=cards] thead th[aria-sort] { display: block; position: static; border: 0; padding: 0 0 0.5rem; }
  [data-layout=cards] tbody tr { border: 1px solid var(--_border); border-radius: var(--calico-radius, 8px); padding: 0.3rem 0.75rem; margin-block-end: 0.5rem; }
  [data-layout=cards] td { position: relative; border: 0; padding: 0.25rem 0 0.25rem 40%; padding-inline: 40% 0; text-align: start; min-height: 1.8em; }
  [data-layout=cards] td .nowrap, [data-layout=cards] td.nowrap { white-space: normal; }
  [data-layout=cards] td::before { content: var(--_label, '') / ''; position: absolute; inset-inline-start: 0; width: 37%; color: var(--_muted); font-size: 0.85em; overflow-wrap: anywhere; }
  [data-layout=cards] tbody tr[part~='skeleton'] td { padding-inline-start: 0; }
  [data-layout=cards] tbody tr[part~='skeleton'] td::before { content: none; }
`.cssText;

/**
 * Shared look of every widget. Colours come from `--calico-*` custom properties with fallbacks, and
 * `light-dark()` follows the page's `color-scheme` (so a page that declares `light dark` gets dark
 * mode from the system). The font is the host's.
 */
export const widgetStyles = css`
  :host {
    display: block;
    font: inherit;
    font-size: var(--calico-font-size, 0.9375rem);
    color: var(--calico-color-text, light-dark(#1d2530, #e5eaf1));
    background: var(--calico-color-surface, light-dark(#ffffff, #151b24));
    border: 1px solid var(--_border);
    border-radius: var(--calico-radius, 10px);
    padding: var(--calico-space, 1rem);
    --_muted: var(--calico-color-muted, light-dark(#566173, #a3afbf));
    --_accent: var(--calico-color-accent, light-dark(#0a58ca, #7ab4ff));
    --_border: var(--calico-color-border, light-dark(#d5dbe3, #2f3a48));
    --_stripe: var(--calico-color-row-hover, light-dark(#f2f5f9, #1c2430));
    --_success: var(--calico-color-success, light-dark(#136c3a, #6fdc9c));
    --_warning: var(--calico-color-warning, light-dark(#8a5300, #f3c26b));
    --_danger: var(--calico-color-danger, light-dark(#b3261e, #ff9b93));
    --_focus: var(--calico-focus-ring, 2px solid var(--_accent));
    box-sizing: border-box;
    container: calico-widget / inline-size;
  }
  :host([hidden]) { display: none; }
  *, *::before, *::after { box-sizing: inherit; }
  [hidden] { display: none !important; }

  .visually-hidden {
    position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  :focus-visible { outline: var(--_focus); outline-offset: 2px; }

  [part~='toolbar'] { display: flex; flex-wrap: wrap; align-items: end; gap: 0.75rem 1rem; margin-bottom: 0.75rem; }
  [part~='toolbar'] label { display: grid; gap: 0.2rem; font-size: 0.85em; color: var(--_muted); max-width: 100%; }
  /* Controls never wider than the widget: at 320 px with text at 200 % they shrink instead of overflowing. */
  select, input { max-width: 100%; }
  .summary { margin-inline-start: auto; font-weight: 600; }
  .meta { display: flex; flex-wrap: wrap; align-items: center; justify-content: flex-end; gap: 0.5rem 0.75rem; margin-bottom: 0.5rem; font-size: 0.85em; color: var(--_muted); }
  .meta .stale { color: var(--_danger); }
  .summary small { display: block; font-weight: 400; color: var(--_muted); font-size: 0.8em; text-align: end; }

  button, select, input {
    font: inherit; color: inherit; min-height: 2rem; min-width: 2rem; border-radius: var(--calico-radius, 6px);
    border: 1px solid var(--_border); background: var(--calico-color-control, light-dark(#ffffff, #1b2330)); padding: 0.2rem 0.6rem;
  }
  /* A field's outline is what shows it is one: the muted text colour, ≥ 3:1 on light and dark (WCAG 1.4.11). */
  select, input { border-color: var(--_muted); }
  button { cursor: pointer; }
  button[aria-disabled='true'] { opacity: 0.55; cursor: not-allowed; }

  /* With --calico-table-max-height a tall table scrolls in its box, its header row staying on top, and a
     row focused by the keyboard is scrolled clear of that header (WCAG 2.4.11). */
  .scroll { overflow-x: auto; max-height: var(--calico-table-max-height, none); scroll-padding-top: 2.75rem; }
  .scroll:not([data-layout='cards']) thead th { position: sticky; top: 0; z-index: 1; background: var(--calico-color-surface, light-dark(#ffffff, #151b24)); }
  table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
  /* Busy with the next page: an accent line under the headers, the old rows at full contrast (not faded: WCAG 1.4.3). */
  table[aria-busy='true'] thead th { box-shadow: inset 0 -2px 0 var(--_accent); }
  caption { text-align: start; font-weight: 600; font-size: 1.05em; padding-bottom: 0.5rem; }
  th, td { padding: 0.45rem 0.6rem; text-align: start; border-bottom: 1px solid var(--_border); vertical-align: top; }
  thead th { font-size: 0.8em; text-transform: uppercase; letter-spacing: 0.03em; color: var(--_muted); font-weight: 600; white-space: nowrap; vertical-align: bottom; }
  tbody th { font-weight: inherit; }
  td.num, th.num { text-align: end; }
  /* Words never break inside; a long unbroken token (an email, an address) may, rather than widen the table. */
  td { overflow-wrap: break-word; }
  td.token { overflow-wrap: anywhere; }
  /* A sort button reads as the header it is: same type, same baseline as the plain headers. */
  th button.sort { font: inherit; letter-spacing: inherit; text-transform: inherit; padding: 0; border: 0; background: none; min-height: 24px; display: inline-flex; align-items: end; }
  .selectable tbody tr { cursor: pointer; }
  .selectable tbody tr:hover, tbody tr:focus-visible { background: var(--_stripe); }
  tbody tr:focus-visible { outline-offset: -2px; }
  fieldset.range { display: flex; flex-wrap: wrap; align-items: end; gap: 0.75rem; border: 0; padding: 0; margin: 0; }
  /* Long ids: the start is enough to tell rows apart; the whole id stays in the DOM (copy, screen readers). */
  /* Numbers, amounts and ids keep their own direction inside right-to-left text. */
  .num, time, [part~='pagination'] .status { unicode-bidi: isolate; }
  /* An amount with its sign and asset ("−25.8 BCH") and an id read left to right in any language. */
  .num .nowrap, .id, .token { direction: ltr; unicode-bidi: isolate; }
  .id { display: inline-block; max-width: 9ch; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85em; }
  .sub { display: block; color: var(--_muted); font-size: 0.85em; }
  .muted { color: var(--_muted); }
  .nowrap { white-space: nowrap; }

  /* inline-block, not inline-flex: a list lays out hundreds of badges on every page change. */
  .badge { display: inline-block; padding: 0.05em 0.55em; border-radius: 999px; font-size: 0.85em; border: 1px solid currentColor; white-space: nowrap; }
  .badge > :not(:empty) { margin-inline-end: 0.3em; }
  .badge[data-tone='success'] { color: var(--_success); }
  .badge[data-tone='warning'] { color: var(--_warning); }
  .badge[data-tone='danger'] { color: var(--_danger); }
  .badge[data-tone='neutral'] { color: var(--_muted); }

  .skeleton { display: inline-block; height: 0.9em; width: 70%; border-radius: 4px; background: var(--calico-color-skeleton, light-dark(#e3e8ee, #253041)); }
  /* One pulse for the loading rows together: a pulse per placeholder made each a compositor layer (about
     200 on a page of seven lists, ~80 ms of main thread before the first request could go out). */
  @media (prefers-reduced-motion: no-preference) { tbody:has(.skeleton) { animation: pulse 1.2s ease-in-out infinite; } }
  @keyframes pulse { 50% { opacity: 0.5; } }

  [part~='error'], [part~='empty'], [part~='partial'] { padding: 0.9rem 1rem; border-radius: var(--calico-radius, 8px); margin: 0.5rem 0; }
  [part~='error-details'] { margin-top: 0.4rem; color: var(--_muted); font-size: 0.85em; }
  [part~='error-details'] summary { cursor: pointer; }
  [part~='error-details'] code { overflow-wrap: anywhere; }
  [part~='error'] { border: 1px solid var(--_danger); }
  [part~='error'] strong::before { content: '⚠ '; }
  [part~='empty'] { text-align: center; color: var(--_muted); }
  [part~='partial'] { border: 1px dashed var(--_warning); }
  [part~='partial']::before { content: 'ⓘ '; }
  .state-actions { margin-top: 0.5rem; display: flex; gap: 0.5rem; justify-content: inherit; }

  [part~='pagination'] { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin-top: 0.75rem; }
  [part~='pagination'] .status { color: var(--_muted); margin-inline-end: auto; }
  [part~='pagination'] label { display: inline-flex; align-items: center; gap: 0.4rem; color: var(--_muted); font-size: 0.9em; }
  [part~='pagination'] .goto { display: inline-flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; max-width: 100%; }
  [part~='pagination'] .goto input { width: 5rem; }
  [part~='pagination'] ol { display: flex; flex-wrap: wrap; gap: 0.25rem; list-style: none; margin: 0; padding: 0; }
  button.primary, [part~='pagination'] [aria-current='page'] { background: var(--_accent); color: var(--calico-color-on-accent, light-dark(#ffffff, #0b1320)); border-color: transparent; }
  /* Arrows that point the way the page reads (mirrored under dir="rtl"); silent for screen readers. */
  [data-action='previous']::before { content: '← ' / ''; }
  [data-action='next']::after { content: ' →' / ''; }
  [data-action='previous']:dir(rtl)::before { content: '→ ' / ''; }
  [data-action='next']:dir(rtl)::after { content: ' ←' / ''; }
`;

/** Rows as cards: with `layout="cards"`, and with `auto` (the default) below a widget width of 40rem. */
export const layoutStyles = unsafeCSS(`${cards}@container calico-widget (max-width: 40rem){${cards.replace(/=cards]/g, '=auto]')}}`);

/** A modal dialog in the widget's look: the Deactivate confirmation, and the detail panel (loaded with it). */
export const dialogStyles = css`
  dialog { max-width: min(28rem, calc(100vw - 2rem)); border: 1px solid var(--_border); border-radius: var(--calico-radius, 10px); color: inherit; background: var(--calico-color-surface, light-dark(#ffffff, #151b24)); padding: 1.25rem; }
  dialog::backdrop { background: rgb(0 0 0 / 0.4); }
  dialog h2 { font-size: 1.1em; margin: 0 0 0.5rem; }
  .dialog-actions { display: flex; justify-content: flex-end; gap: 0.5rem; margin-top: 1rem; }
`;
