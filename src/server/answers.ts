/**
 * Everything the proxy writes to the browser is built here: its own answers and the sanitised copy of
 * an upstream error. An upstream error body never reaches the browser as it came (it could echo the
 * enterprise credential, or be an HTML page): only the fields the widgets read, per API, pass.
 */

/** Carries Calico's 601–603, which a fetch `Response` cannot: the answer's status is a standard one, this header the real code. */
export const REAL_STATUS = 'x-calico-status';
/** Set on every refusal the proxy makes itself (never on one the API made), with the reason's word. */
export const PROXY_REFUSAL = 'x-calico-proxy';

export type ApiName = 'calico' | 'partner';

/** Headers on every answer: JSON only, never cached, never sniffed as something else. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

const SENTENCES: Record<number, string> = {
  400: 'The request was not accepted.',
  401: 'Not signed in, or the session has ended.',
  403: 'Not allowed.',
  404: 'Not found.',
  405: 'Method not allowed.',
  409: 'Conflict.',
  413: 'The request body is too large.',
  422: 'The request was not valid.',
  429: 'Too many requests.',
  500: 'The API had a problem answering.',
  501: 'The API does not do this.',
  502: 'The API could not be reached.',
  503: 'The API is unavailable for now.',
  504: 'The API did not answer in time.',
};

/** A fixed sentence for a status: the only text a non-whitelisted error body becomes. */
export const sentenceFor = (status: number): string =>
  SENTENCES[status] ?? (status >= 500 ? 'The API had a problem answering.' : 'The request was refused.');

/** An error body in the API's own shape, so the browser's client reads it as it reads the API's. */
export function errorBody(api: ApiName, status: number, sentence = sentenceFor(status)): unknown {
  return api === 'calico' ? { errors: [], message: sentence } : { detail: sentence };
}

/** The proxy's own answer. */
export const answer = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { ...BASE_HEADERS, ...headers } });

/** A refusal the proxy makes itself: the API's error shape, marked so the client can tell it from the API's. */
export const refuse = (api: ApiName, status: number, reason: string, sentence?: string, headers: Record<string, string> = {}): Response =>
  answer(status, errorBody(api, status, sentence), { [PROXY_REFUSAL]: reason, ...headers });

const MAX_TEXT = 200;
/** A code, not prose: `customer_not_found`, `int_parsing`, `calico`. Anything else could carry what was sent. */
const CODE = /^[A-Za-z0-9_.:-]{1,64}$/;
const code = (value: unknown): string | undefined => (typeof value === 'string' && CODE.test(value) ? value : undefined);

/**
 * The whitelist. Calico: `errors[].provider_id` and `errors[].cause`, each a code. Partner 422:
 * `detail[].loc`, `detail[].type` (a code) and `detail[].msg` (never `input` or `ctx`, which echo what
 * was sent; no item about a header, where the credential travels). Every string that passes has each
 * of `secrets` (the credential) cut out. Anything else, including every non-JSON body: the fixed
 * sentence for its status.
 */
export function sanitisedError(api: ApiName, status: number, raw: string, secrets: readonly string[] = []): unknown {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return errorBody(api, status);
  }
  const list = (key: string): unknown[] | undefined => {
    const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
    return Array.isArray(value) ? value.slice(0, 20) : undefined;
  };
  const clean = (value: unknown): string | undefined => {
    if (typeof value !== 'string') return undefined;
    // Cut out first, then shorten: a credential across the cut would otherwise pass in part.
    let out = value;
    for (const secret of secrets) if (secret) out = out.split(secret).join('[redacted]');
    return out.slice(0, MAX_TEXT);
  };
  if (api === 'calico') {
    const errors = list('errors')?.flatMap((item) => {
      const { provider_id, cause } = (item ?? {}) as Record<string, unknown>;
      return code(provider_id) && code(cause) ? [{ provider_id: clean(provider_id)!, cause: clean(cause)! }] : [];
    });
    return errors?.length ? { errors } : errorBody(api, status);
  }
  const detail = status === 422 ? list('detail') : undefined;
  const items = detail?.flatMap((item) => {
    const { loc, type, msg } = (item ?? {}) as Record<string, unknown>;
    if (!Array.isArray(loc) || loc[0] === 'header' || !code(type) || clean(msg) === undefined) return [];
    const path = loc.slice(0, 10).flatMap((part): (string | number)[] => (typeof part === 'number' ? [part] : typeof part === 'string' ? [clean(part)!] : []));
    return [{ loc: path, type: clean(type)!, msg: clean(msg)! }];
  });
  return items?.length ? { detail: items } : errorBody(api, status);
}
