/**
 * The three lists a person's panel shows (compose.ts `personLists`), registered by one module: an app's
 * bundler makes one lazy chunk of the three, which the panel needs together anyway. Three separate
 * `import()`s of tags the page may also import statically made Vite 8 (Rolldown) split a page that
 * imports every widget into 11 start-up files instead of 3 (bench/portal.mjs; scripts/sizes.mjs checks
 * it). The autoloader's build swaps this module for per-tag loads of the tags' own files (scripts/build.mjs).
 */
import './calico-user-assets/define.js';
import './calico-user-accounts/define.js';
import './calico-transactions/define.js';

/** Nothing left to load: the imports above registered the three. */
export const load = (): Promise<unknown> => Promise.resolve();
