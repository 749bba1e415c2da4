/**
 * The one module through which a detail panel registers the elements it shows: a panel names what it
 * composes and never imports another element's folder. A panel's module loads its set with itself
 * (`withLists()`, `withOrders()`), so a set that fails to load fails the panel's own first-use load:
 * it warns, and the next row opened tries again. In the autoloader's build each one is its tag's own
 * entry file (scripts/build.mjs), the file a page showing that tag loads.
 */

/** A person's holdings, linked sources and transactions: the users panel. */
export const personLists = (): Promise<unknown> =>
  Promise.all([import('./calico-user-assets/define.js'), import('./calico-user-accounts/define.js'), import('./calico-transactions/define.js')]);

/** A member's orders: the members panel. */
export const memberOrders = (): Promise<unknown> => import('./partner-orders/define.js');
