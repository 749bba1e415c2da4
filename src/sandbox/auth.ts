import { fnv1a } from './random.js';

/**
 * Sandbox tokens are stateless: `sbx_<expiry>_<signature>`, so the Vite server, the test server and
 * the MSW worker all accept each other's tokens without sharing memory.
 */
const SECRET = 'calico-widgets-sandbox';

export function issueToken(lifetimeSeconds: number, now = Date.now()): { token: string; expiresAt: number } {
  const expiresAt = now + Math.round(lifetimeSeconds * 1000);
  const stamp = expiresAt.toString(36);
  return { token: `sbx_${stamp}_${fnv1a(`${stamp}:${SECRET}`).toString(36)}`, expiresAt };
}

export type TokenCheck = 'ok' | 'missing' | 'invalid' | 'expired';

export function checkToken(token: string | null | undefined, now = Date.now()): TokenCheck {
  if (!token) return 'missing';
  const match = /^sbx_([0-9a-z]+)_([0-9a-z]+)$/.exec(token);
  if (!match || fnv1a(`${match[1]}:${SECRET}`).toString(36) !== match[2]) return 'invalid';
  return parseInt(match[1]!, 36) > now ? 'ok' : 'expired';
}
