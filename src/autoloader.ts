/**
 * The script-tag autoloader (dist/calico-autoloader.min.js): defines each tag the first time it appears
 * in the document, or in a shadow root passed to `CalicoWidgets.observe()`, loading that tag's code
 * from beside this file; the widgets of a page share one copy of lit, zod and the client. A tag whose
 * code fails to load shows a message with Retry in its place, never a blank box.
 *
 * `window.CalicoWidgets` (unless the one-file bundle set it first): `observe(root)`, `load(tag)`,
 * `registerLocale()` and `clearSharedClients()` at once (they load the shared code they need), and
 * `ready()` for everything the one-file bundle exposes.
 */

/** Filled in by the build: each tag's chunk and the API's, relative to this file. */
declare const __AUTOLOAD__: { tags: Record<string, string>; api: string };
declare const __VERSION__: string;

const { tags, api } = __AUTOLOAD__;
const here = import.meta.url;
const load$ = (file: string) => import(/* @vite-ignore */ new URL(file, here).href);
const selector = Object.keys(tags).join();
const loads = new Map<string, Promise<unknown>>();
/** Failures per tag: a browser keeps a failed module's URL failed, so a retry asks for `?retry=n`. */
const failures = new Map<string, number>();
const roots: ParentNode[] = [];

/** One load per tag; a failed one is forgotten, so Retry (or the next appearance) tries again. */
function load(tag: string): Promise<unknown> {
  if (!tags[tag]) return Promise.reject(new TypeError(`calico-widgets: no widget named <${tag}>.`));
  let loading = loads.get(tag);
  if (!loading) {
    const tries = failures.get(tag) ?? 0;
    loading = load$(tags[tag]! + (tries ? `?retry=${tries}` : '')).then(() => customElements.whenDefined(tag));
    loads.set(tag, loading);
    loading.then(
      () => each(tag, (el) => el.querySelector(':scope > .calico-load-error')?.remove()),
      () => (loads.delete(tag), failures.set(tag, tries + 1), failed(tag)),
    );
  }
  return loading;
}

/** Every element of `tag` in the roots watched. */
const each = (tag: string, fn: (el: Element) => void) => roots.forEach((root) => root.querySelectorAll(tag).forEach(fn));

/** In place of each element of a tag that could not load: what happened, and Retry. */
function failed(tag: string): void {
  console.warn(`calico-widgets: <${tag}> could not be loaded (${new URL(tags[tag]!, here).href}).`);
  each(tag, (el) => {
    if (customElements.get(tag) || el.querySelector(':scope > .calico-load-error')) return;
    const [text, retry] = words(el);
    const box = document.createElement('div');
    box.className = 'calico-load-error';
    box.setAttribute('role', 'alert');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = retry;
    button.addEventListener('click', () => {
      const refocus = document.activeElement === button || (el.getRootNode() as Document | ShadowRoot).activeElement === button;
      each(tag, (other) => other.querySelector(':scope > .calico-load-error')?.remove());
      load(tag).catch(() => refocus && el.querySelector<HTMLButtonElement>(':scope > .calico-load-error button')?.focus());
    });
    box.append(`${text} `, button);
    el.append(box);
  });
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
  if (roots.includes(root)) return;
  roots.push(root);
  scan(root);
  const observer = new MutationObserver((records) => {
    // Every tag defined: nothing left to watch for.
    if (Object.keys(tags).every((tag) => customElements.get(tag))) return observer.disconnect();
    for (const record of records) record.addedNodes.forEach((node) => node.nodeType === 1 && scan(node as Element));
  });
  observer.observe(root, { childList: true, subtree: true });
}

const loadApi = () => load$(api);
const later =
  (name: string) =>
  (...args: unknown[]) =>
    loadApi().then((module) => module[name](...args));

(window as { CalicoWidgets?: object }).CalicoWidgets ??= {
  version: __VERSION__,
  observe,
  load,
  ready: loadApi,
  registerLocale: later('registerLocale'),
  clearSharedClients: later('clearSharedClients'),
};
observe(document);

export {}; // an ES module: it finds its chunks through import.meta.url
