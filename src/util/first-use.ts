import { warnOnce } from './warn.js';

/**
 * Code a widget loads on first use (the export, a detail panel, the Deactivate dialog), the one path
 * each such load takes: loaded once however often it is asked for, asked again after a failed load
 * (which warns once, naming `what`), and never handed to a session that ended while it loaded.
 * Resolves `undefined` in both cases: the caller does nothing.
 */
export function onFirstUse<T>(host: Element, what: string, load: () => Promise<T>, sessionEpoch: () => number): () => Promise<T | undefined> {
  let loading: Promise<T> | undefined;
  return async () => {
    const epoch = sessionEpoch();
    const current = (loading ??= load());
    try {
      const value = await current;
      return epoch === sessionEpoch() ? value : undefined;
    } catch {
      if (loading === current) loading = undefined; // the next use tries again
      warnOnce(`<${host.localName}>: ${what} could not be loaded.`);
    }
  };
}
