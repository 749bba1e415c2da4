/**
 * Fault injection. A scenario's faults apply to its requests; one request can add its own with the
 * `x-sandbox-fault` header or the `sandbox_fault` query parameter (`status=503;times=2;retryAfter=1`).
 */
export interface Faults {
  /** Added delay in ms. */
  latency?: number;
  /** 0..1: share of requests answered 503 at random. */
  failureRate?: number;
  /** Answer with this status (and the API's error body). */
  status?: number;
  /** Seconds, sent as `Retry-After` with a forced status. */
  retryAfter?: number;
  /** `malformed-json`: not JSON; `schema`: one nested field of the wrong type; `partial`: data plus
   * a failed source (206); `hang`: never answers. */
  body?: 'malformed-json' | 'schema' | 'partial' | 'hang';
  /** Apply `status`/`body` only to the first N matching requests, then answer normally. */
  times?: number;
  /** Apply `status`/`body` only to requests whose path contains this. */
  match?: string;
}

const NUMBER_KEYS = new Set(['latency', 'failureRate', 'status', 'retryAfter', 'times']);

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
