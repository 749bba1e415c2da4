/** Test helpers for the sandbox API served by the test server (same origin, real HTTP). */
import type { Faults, LoggedRequest } from '../../src/sandbox/index.js';
import type { TokenGrant, TokenProvider, TokenReason } from '../../src/client/token.js';

export interface Scenario {
  id: string;
  calicoBaseUrl: string;
  partnerBaseUrl: string;
  /** What the sandbox received for this scenario, oldest first. */
  requests(): Promise<LoggedRequest[]>;
}

/** An isolated sandbox: its own faults and request log, so tests never see each other's traffic. */
export async function scenario(faults: Faults = {}): Promise<Scenario> {
  const res = await fetch('/sandbox/scenarios', { method: 'POST', body: JSON.stringify(faults) });
  const body = (await res.json()) as Omit<Scenario, 'requests'>;
  return {
    ...body,
    requests: async () => (await fetch(`/sandbox/scenarios/${body.id}/requests`)).json(),
  };
}

export async function sandboxToken(lifetimeSeconds = 900): Promise<string> {
  const res = await fetch('/sandbox/token', { method: 'POST', body: JSON.stringify({ lifetime: lifetimeSeconds }) });
  return ((await res.json()) as { access_token: string }).access_token;
}

export interface CountingProvider extends TokenProvider {
  reasons: TokenReason[];
  tokens: string[];
}

/** A token provider as a bank would write one (asks its backend), counting its calls. */
export function tokenProvider(options: { lifetime?: number; grant?: (token: string) => string | TokenGrant; first?: string } = {}): CountingProvider {
  const reasons: TokenReason[] = [];
  const tokens: string[] = [];
  const provider = (async ({ reason }: { reason: TokenReason }) => {
    reasons.push(reason);
    const token = reasons.length === 1 && options.first !== undefined ? options.first : await sandboxToken(options.lifetime ?? 900);
    tokens.push(token);
    return options.grant ? options.grant(token) : { token, expiresIn: options.lifetime ?? 900 };
  }) as unknown as CountingProvider;
  provider.reasons = reasons;
  provider.tokens = tokens;
  return provider;
}

export async function loadExample(name: string): Promise<unknown> {
  const res = await fetch(`/__examples/${name}`);
  if (!res.ok) throw new Error(`example ${name} not found in ../shared/api/examples`);
  return res.json();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function rejection(promise: Promise<unknown>): Promise<any> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
