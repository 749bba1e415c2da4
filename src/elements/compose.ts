/**
 * The one module through which a detail panel registers the elements it shows: a panel names what it
 * composes and never imports another element's folder. A panel's module, once loaded, loads its set
 * (`withLists()`, `withOrders()`) before the panel opens, so a set that fails to load fails the panel's
 * first-use load: it warns, and the next row opened asks again (a browser that keeps a failed module
 * address failed answers the same until the page reloads, as for any code loaded on first use). In the
 * autoloader's build each one is its tag's own entry file (scripts/build.mjs); a tag already defined is
 * not asked for, so a tag the autoloader loaded on a Retry, under another address, serves the panel.
 */

// Each import only waited for (`.then(() => {})`): the one-file bundle then needs no namespace object.
const need = (tag: string, load: () => Promise<void>): unknown => customElements.get(tag) || load();

/** The tags person-lists.ts imports (a node test holds the two lists equal). */
const PERSON_LISTS = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions'];

/**
 * A person's holdings, linked sources and transactions: the users panel. One module registers the three
 * (person-lists.ts): one lazy chunk in an app's bundle, and no start-up chunks split apart around it.
 * Not asked for when the three are defined (a page that shows them, or another copy that defined them).
 */
export const personLists = (): Promise<unknown> =>
  PERSON_LISTS.every((tag) => customElements.get(tag)) ? Promise.resolve() : import('./person-lists.js').then(({ load }) => load());

/** A member's orders: the members panel. */
export const memberOrders = (): Promise<unknown> => Promise.resolve(need('partner-orders', () => import('./partner-orders/define.js').then(() => {})));
