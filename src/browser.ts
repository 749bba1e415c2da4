/**
 * The one-file script-tag bundle: registers every element and exposes the client factories on
 * `window.CalicoWidgets` for pages without a bundler. Loading it twice is harmless. For pages that
 * allow dynamic import, the autoloader (autoloader.ts) loads only the widgets a page shows.
 */
import './define.js';

export * from './browser-api.js';
