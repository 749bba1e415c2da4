import type { LocaleStrings } from './types.js';

/**
 * Registered translations by lower-case language tag (English is built in and never registered), and
 * who to tell. One registry per page, kept on globalThis: with two copies of the library on a page
 * (two script tags, two bundles), a translation registered through either reaches every widget.
 */
const shared = ((globalThis as { [key: symbol]: unknown })[Symbol.for('calico-widgets.locales')] ??= {
  registered: new Map<string, LocaleStrings>(),
  listeners: new Set<() => void>(),
}) as { registered: Map<string, LocaleStrings>; listeners: Set<() => void> };
const { registered, listeners } = shared;

/**
 * Makes a translation available to every widget: `registerLocale('de', de)` with a module of
 * `calico-widgets/locales/*` (or your own, type-checked against LocaleStrings). Widgets already on
 * the page re-render in it when their `lang` matches. Registering a tag again replaces it.
 */
export function registerLocale(lang: string, strings: LocaleStrings): void {
  const [tag] = Intl.getCanonicalLocales(lang); // throws a RangeError for a tag that is not BCP 47
  registered.set(tag!.toLowerCase(), strings);
  listeners.forEach((listener) => listener());
}

/** The nearest registered translation: `de-AT` → `de`; undefined means English. */
export function translationFor(locale: () => string): LocaleStrings | undefined {
  if (!registered.size) return undefined; // the common case: no need to work out the language
  let tag = locale().toLowerCase();
  for (;;) {
    const found = registered.get(tag);
    if (found) return found;
    const cut = tag.lastIndexOf('-');
    if (cut < 0) return undefined;
    tag = tag.slice(0, cut);
  }
}

/** Called after each registerLocale (the widgets re-render). */
export function onLocaleRegistered(listener: () => void): void {
  listeners.add(listener);
}
