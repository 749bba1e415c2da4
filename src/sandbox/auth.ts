import { fnv1a } from './random.js';

/**
 * Sandbox tokens are stateless: `sbx_<expiry>_<signature>`, signed with a secret made at random when
 * this process starts (never a constant in the source: the sandbox's tokens are worthless elsewhere).
 * A server, the test runner and an MSW worker each issue and accept their own.
 */
const SECRET = Array.from(globalThis.crypto.getRandomValues(new Uint32Array(4)), (n) => n.toString(36)).join('');

const sign = (stamp: string) => `${fnv1a(`${stamp}:${SECRET}`).toString(36)}${fnv1a(`${SECRET}:${stamp}`).toString(36)}`;

export function issueToken(lifetimeSeconds: number, now = Date.now()): { token: string; expiresAt: number } {
  const expiresAt = now + Math.round(lifetimeSeconds * 1000);
  const stamp = expiresAt.toString(36);
  return { token: `sbx_${stamp}_${sign(stamp)}`, expiresAt };
}

export type TokenCheck = 'ok' | 'missing' | 'invalid' | 'expired';

export function checkToken(token: string | null | undefined, now = Date.now()): TokenCheck {
  if (!token) return 'missing';
  const match = /^sbx_([0-9a-z]+)_([0-9a-z]+)$/.exec(token);
  if (!match || sign(match[1]!) !== match[2]) return 'invalid';
  return parseInt(match[1]!, 36) > now ? 'ok' : 'expired';
}
