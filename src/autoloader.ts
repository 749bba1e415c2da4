/**
 * The script-tag autoloader (dist/calico-autoloader.min.js): defines each tag the first time it appears
 * in the document, or in a shadow root passed to `CalicoWidgets.observe()`, loading that tag's code
 * from beside this file; the widgets of a page share one copy of lit, zod and the client. A tag whose
 * code fails to load shows a message with Retry in its place, never a blank box.
 *
 * `window.CalicoWidgets` (unless the one-file bundle set it first): `observe(root)`, `load(tag)`,
 * `clearSharedClients()` and `registerLocale()` (at once: both reach the code already loaded, and a
 * translation registered earlier waits for the first widget), and `ready()` for everything the
 * one-file bundle exposes.
 */

/** Filled in by the build: each tag's chunk and the API's, relative to this file. */
declare const __AUTOLOAD__: { tags: Record<string, string>; api: string };
declare const __VERSION__: string;

/** What every tag's chunk exports beside defining its tag (the build's entry for it). */
interface Shared {
  clearSharedClients(): void;
  registerLocale(lang: string, strings: object): void;
}

const { tags, api } = __AUTOLOAD__;
const here = import.meta.url;
const selector = Object.keys(tags).join();
const loads = new Map<string, Promise<unknown>>();
/** Failures per tag: a browser may keep a failed module's address failed, so a retry asks for `?retry=n`. */
const failures = new Map<string, number>();
/** The roots watched, each with its observer (undefined once every tag is defined). */
const roots = new Map<ParentNode, MutationObserver | undefined>();
/** The shared code, once any chunk has loaded: sign-out and translations reach it synchronously. */
let shared: Shared | undefined;
const waitingLocales: [string, object][] = [];

const fetchChunk = (file: string, tries = 0): Promise<Shared> => import(/* @vite-ignore */ new URL(file + (tries ? `?retry=${tries}` : ''), here).href);
function arrived(module: Shared): void {
  shared ??= module;
  waitingLocales.splice(0).forEach(([lang, strings]) => module.registerLocale(lang, strings));
}

/** One load per tag; a failed one is forgotten, so Retry (or the next appearance) tries again. */
function load(tag: string): Promise<unknown> {
  if (!Object.hasOwn(tags, tag)) return Promise.reject(new TypeError(`calico-widgets: no widget named <${tag}>.`));
  let loading = loads.get(tag);
  if (!loading) {
    const tries = failures.get(tag) ?? 0;
    loading = fetchChunk(tags[tag]!, tries).then((module) => (arrived(module), customElements.whenDefined(tag)));
    loads.set(tag, loading);
    loading.then(
      () => {
        each(tag, (el) => box(el)?.remove());
        if (Object.keys(tags).every((name) => customElements.get(name))) roots.forEach((observer, root) => (observer?.disconnect(), roots.set(root, undefined)));
      },
      () => (loads.delete(tag), failures.set(tag, tries + 1), failed(tag, tries)),
    );
  }
  return loading;
}

/** Every element of `tag` in the roots watched. */
const each = (tag: string, fn: (el: Element) => void) => roots.forEach((_, root) => root.querySelectorAll(tag).forEach(fn));
const box = (el: Element) => el.querySelector<HTMLElement>(':scope > .calico-load-error');

/** In place of each element of a tag that could not load: what happened, and Retry (kept, so focus stays on it). */
function failed(tag: string, tries: number): void {
  const again = tries ? ' again; if it keeps failing, reload the page' : '';
  console.warn(`calico-widgets: <${tag}> could not be loaded${again} (${new URL(tags[tag]!, here).href}).`);
  each(tag, (el) => {
    const shown = box(el);
    if (shown) return busy(shown, false);
    const [text, retry] = words(el);
    const div = document.createElement('div');
    div.className = 'calico-load-error';
    div.setAttribute('role', 'alert');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = retry;
    button.addEventListener('click', () => {
      if (div.getAttribute('aria-busy') === 'true') return;
      each(tag, (other) => busy(box(other), true));
      load(tag).catch(() => {});
    });
    div.append(`${text} `, button);
    el.append(div);
  });
}

/** While a retry loads: the message stays (and the focus on its button), marked busy. */
function busy(div: HTMLElement | null, on: boolean): void {
  div?.setAttribute('aria-busy', String(on));
  div?.querySelector('button')?.setAttribute('aria-disabled', String(on));
}

/** The message in the element's language (its own words load with its code, so these live here). */
function words(el: Element): [string, string] {
  const lang = (el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language).slice(0, 2).toLowerCase();
  return (
    {
      de: ['Dieses Widget konnte nicht geladen werden.', 'Erneut versuchen'],
      es: ['No se pudo cargar este widget.', 'Reintentar'],
      fr: ['Ce widget n’a pas pu être chargé.', 'Réessayer'],
      pt: ['Não foi possível carregar este widget.', 'Tentar novamente'],
      ar: ['تعذّر تحميل هذه الأداة.', 'إعادة المحاولة'],
    } as Record<string, [string, string]>
  )[lang] ?? ['This widget could not be loaded.', 'Retry'];
}

/** Loads every tag in `node` (itself included) not yet defined. */
function scan(node: ParentNode & { matches?(selector: string): boolean; localName?: string }): void {
  if (node.matches?.(selector)) found(node.localName!);
  node.querySelectorAll(selector).forEach((el) => found(el.localName));
}
const found = (tag: string) => customElements.get(tag) || load(tag).catch(() => {});

/** Watches a root (the document, or a shadow root a host page renders widgets into). */
function observe(root: ParentNode & Node): void {
  // Shadow roots whose host left the page are let go (a single-page app makes new ones).
  roots.forEach((observer, watched) => {
    if (watched instanceof ShadowRoot && !watched.host.isConnected) observer?.disconnect(), roots.delete(watched);
  });
  if (roots.has(root)) return;
  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node.nodeType === 1 && scan(node as Element));
  });
  const everyTag = Object.keys(tags).every((tag) => customElements.get(tag));
  if (!everyTag) observer.observe(root, { childList: true, subtree: true });
  roots.set(root, everyTag ? undefined : observer);
  scan(root);
}

(window as { CalicoWidgets?: object }).CalicoWidgets ??= {
  version: __VERSION__,
  observe,
  load,
  ready: () => fetchChunk(api).then((module) => (arrived(module), module)),
  clearSharedClients() {
    shared?.clearSharedClients(); // no chunk loaded: no client exists to clear
    // A widget whose code is still loading keeps what the host set on it for the session that ended.
    // It ends that session as it is defined: this callback runs before its first update can load.
    each(selector, (el) => customElements.get(el.localName) || customElements.whenDefined(el.localName).then(() => (el as unknown as { endSession(): void }).endSession()));
  },
  registerLocale(lang: string, strings: object) {
    if (shared) return shared.registerLocale(lang, strings);
    Intl.getCanonicalLocales(lang); // a tag that is not BCP 47 throws here, as it would once loaded
    waitingLocales.push([lang, strings]);
  },
};
observe(document);

export {}; // an ES module: it finds its chunks through import.meta.url
