/**
 * Who may write, and who gets CORS. A portal whose session is a cookie sends that cookie with a form or
 * a fetch from any site: a write is honoured only when the browser says it comes from the proxy's own
 * origin or one the bank listed. The Host header is compared with, never routed on.
 */

/** Methods that change something or carry a body: the ones a cross-site page must not send with the portal's cookie. */
export const isUnsafeMethod = (method: string): boolean => method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';

/** `https://portal.bank.example` as the browser writes an Origin: scheme, host, port; no path. */
export function normaliseOrigin(origin: string): string {
  const url = new URL(origin);
  if (url.origin === 'null') throw new Error(`allowedOrigins: "${origin}" is not an http(s) origin.`);
  return url.origin;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/;

export interface OriginPolicy {
  /** The listed origin the request came from, for CORS headers; undefined for same-origin and non-browser requests. */
  listed(request: Request): string | undefined;
  /** Whether a write may go on to `authorize`: false for a cross-site one. */
  mayWrite(request: Request): boolean;
}

export function originPolicy(allowedOrigins: readonly string[] = []): OriginPolicy {
  const allowed = new Set(allowedOrigins.map(normaliseOrigin));
  const listed = (request: Request) => {
    const origin = request.headers.get('origin');
    return origin && allowed.has(origin) ? origin : undefined;
  };
  /**
   * The proxy's own origin. `request.url` is trusted only when it is https (a fetch runtime's public
   * URL, or the origin given to toNodeListener); otherwise the Origin's host must be the Host header's
   * and its scheme https, so a page on plain http (a network attacker's) never counts as ours. Plain
   * http passes only on loopback, for local development.
   */
  const sameOrigin = (request: Request, origin: string) => {
    try {
      const url = new URL(origin);
      const own = new URL(request.url);
      if (own.protocol === 'https:' && url.origin === own.origin) return true;
      const host = request.headers.get('host')?.toLowerCase();
      return !!host && url.host === host && (url.protocol === 'https:' || LOOPBACK.test(url.hostname));
    } catch {
      return false; // "null" or garbage: never our own
    }
  };
  return {
    listed,
    mayWrite(request) {
      const origin = request.headers.get('origin');
      const site = request.headers.get('sec-fetch-site');
      if (origin !== null) return !!listed(request) || (sameOrigin(request, origin) && site !== 'cross-site');
      // No Origin: a browser that says cross-site is refused; no browser at all is judged by authorize alone.
      return site !== 'cross-site';
    },
  };
}

/** CORS headers for a listed origin (`Vary: Origin` on every answer, since it depends on it). */
export function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin) return { vary: 'origin' };
  return {
    vary: 'origin',
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'retry-after, x-calico-status, x-calico-proxy',
  };
}

/** The preflight answer for a listed origin asking for a method the path routes. */
export function preflightHeaders(origin: string, methods: readonly string[]): Record<string, string> {
  return {
    ...corsHeaders(origin),
    'access-control-allow-methods': methods.join(', '),
    'access-control-allow-headers': 'authorization, content-type, x-api-key',
    'access-control-max-age': '600',
  };
}
