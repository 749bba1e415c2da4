import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLocaleRegistered } from '../locales/registry.js';

/** Every connected host, and one observer of `lang` attributes for all of them. */
const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;
// A translation registered after the widgets rendered: they re-render in it.
onLocaleRegistered(() => hosts.forEach((h) => h.requestUpdate()));

/**
 * The nearest `lang` (the element's or an ancestor's, else the document's). Re-renders the host when
 * the document's `lang` changes, so a portal's language switch reaches every widget.
 */
export class LocaleController implements ReactiveController {
  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get locale(): string {
    const lang = this.host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || navigator.language;
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  hostConnected(): void {
    hosts.add(this.host);
    observer ??= new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    if (hosts.size === 1) observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) observer?.disconnect();
  }
}
