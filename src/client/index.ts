export * from './errors.js';
export * from './token.js';
export * from './pages.js';
export * from './calico.js';
export * from './partner.js';
export * from './shared.js';
export * from './shared-partner.js';
export { clearSharedClients } from './registry.js';
export type { ClientOptions, RetryOptions, CallOptions } from './transport.js';
