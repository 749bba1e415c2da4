/**
 * calico-widgets: classes, clients, schemas and types. Importing this module registers nothing;
 * import `calico-widgets/define` (or one element's `define`) to register the tags.
 */
export * from './client/index.js';
export * from './schemas/index.js';
export { sumDecimals, compareDecimals } from './util/decimal.js';
