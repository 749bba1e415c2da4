/**
 * calico-widgets/server: the scoping proxy for a bank's backend (Node ≥ 20 or any fetch runtime; no
 * DOM, no Lit). See docs/deploying.md.
 */
export { createCalicoProxy, createPartnerProxy, type AuditEvent, type AuthorizeInput, type CalicoProxyOptions, type PartnerProxyOptions, type ProxyErrorContext, type ProxyHandler, type ProxyOptions, type Verdict } from './proxy.js';
export { REAL_STATUS, PROXY_REFUSAL } from './answers.js';
// The endpoint tables the proxies forward (each path, method, query and whose data it is).
export { CALICO_ENDPOINTS, PARTNER_ENDPOINTS, type EndpointSpec } from './endpoints.js';
export type { TokenProvider, TokenGrant, TokenReason } from '../client/token.js';
export { customerPortal, staffPortal, type Maybe } from './rules.js';
export { FALLBACK_RATE_LIMIT_KEY, memoryRateLimitStore, type MemoryRateLimitStoreOptions, type RateLimitStore } from './rate-limit.js';
export { redisRateLimitStore, type RedisEvalClient, type RedisRateLimitStoreOptions } from './redis.js';
export { nodeRequestOf, toNodeListener, type NodeListenerOptions } from './node.js';
