/**
 * The rate-limit store for a cluster: every instance counts in one Redis. One Lua script per request
 * (INCR, PEXPIRE on the first hit, PTTL), so two instances can never both see "under the limit" for
 * the same last slot. The client is the bank's own (ioredis, or node-redis v4+): this module imports
 * neither, so neither is a dependency and no browser bundle ever sees one.
 */
import type { RateLimitStore } from './rate-limit.js';

/** What the store needs of a client: `eval`, as ioredis or node-redis spell it. */
export interface RedisEvalClient {
  /** ioredis: `eval(script, numKeys, ...keys, ...args)`; node-redis: `eval(script, { keys, arguments })`. */
  eval(...args: never[]): Promise<unknown>;
}

/** Options of `redisRateLimitStore`. */
export interface RedisRateLimitStoreOptions {
  /** Prefix of the store's keys, so they never meet the bank's own. Default `calico-proxy:rate:`. */
  prefix?: string;
}

const HIT = `local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }`;

/** `redisRateLimitStore(new Redis(process.env.REDIS_URL))`: the counts of every instance in one place. */
export function redisRateLimitStore(client: RedisEvalClient, { prefix = 'calico-proxy:rate:' }: RedisRateLimitStoreOptions = {}): RateLimitStore {
  // node-redis v4+ takes `eval(script, { keys, arguments })` and has `isOpen`; ioredis takes `eval(script, numKeys, ...keys, ...args)`.
  const nodeRedis = 'isOpen' in client;
  // node-redis emits 'error' when its connection drops, and an emitter with no listener for it throws:
  // one Redis blip would end every instance at once. A failure still reaches the proxy, as a failed hit
  // (503, and onError); the bank's own listener, if it has one, is left alone.
  const emitter = client as Partial<{ on(event: 'error', listener: () => void): unknown; listenerCount(event: 'error'): number }>;
  if (typeof emitter.on === 'function' && emitter.listenerCount?.('error') === 0) emitter.on('error', () => {});
  const run = (key: string, windowMs: number) => {
    const evaluate = client.eval.bind(client) as (...args: unknown[]) => Promise<unknown>;
    // PEXPIRE takes whole milliseconds only: `60_000 / 7` would fail after the INCR, leaving a key that never expires.
    const ms = String(Math.ceil(windowMs));
    return nodeRedis ? evaluate(HIT, { keys: [key], arguments: [ms] }) : evaluate(HIT, 1, key, ms);
  };
  return {
    async hit(key, windowMs) {
      const reply = await run(prefix + key, windowMs);
      if (!Array.isArray(reply) || reply.length !== 2) throw new Error('redisRateLimitStore: unexpected reply from Redis');
      return { count: Number(reply[0]), resetAt: Date.now() + Number(reply[1]) };
    },
  };
}
