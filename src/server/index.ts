/**
 * calico-widgets/server: the scoping proxy for a bank's backend (Node ≥ 20 or any fetch runtime; no
 * DOM, no Lit). See docs/deploying.md.
 */
export { createCalicoProxy, createPartnerProxy, REAL_STATUS, type AuditEvent, type AuthorizeInput, type CalicoProxyOptions, type PartnerProxyOptions, type ProxyHandler, type ProxyOptions } from './proxy.js';
export { customerPortal, staffPortal } from './rules.js';
export { memoryRateLimitStore, type RateLimitStore } from './rate-limit.js';
export { toNodeListener } from './node.js';
