/**
 * The sandbox is a development tool, never a backend: its entries refuse to start in a Node process
 * with NODE_ENV=production unless CALICO_SANDBOX_ALLOW_PRODUCTION=1 says that is meant (a demo server).
 */
export function refuseInProduction(): void {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (env?.NODE_ENV === 'production' && env.CALICO_SANDBOX_ALLOW_PRODUCTION !== '1') {
    throw new Error('calico-widgets sandbox: refusing to start with NODE_ENV=production. It is a development stand-in for the APIs, never a backend. Set CALICO_SANDBOX_ALLOW_PRODUCTION=1 if this really is a demo.');
  }
}

/** The largest request body the sandbox reads (its biggest real one, a search, is under 1 kB). */
export const MAX_BODY_BYTES = 64 * 1024;
