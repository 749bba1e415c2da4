import type * as z from 'zod/mini';
import { ApiError, type ApiErrorKind, defaultMessage, formatPath, isAbortError, kindForStatus } from './errors.js';
import type { PageToken } from './pages.js';
import { RequestCache } from './request-cache.js';
import { TokenCache, type TokenProvider, raceAbort } from './token.js';
import { warnOnce } from '../util/warn.js';

export interface RetryOptions {
  /** Retries after the first try, for network errors, 429, 502, 503 and 504. Default 3. */
  retries?: number;
  /** First back-off delay; it doubles each time, with jitter. Default 400 ms. */
  baseDelayMs?: number;
  /** Longest wait between tries, `Retry-After` included. Default 30 s. */
  maxDelayMs?: number;
}

export interface ClientOptions {
  /** The API root. Relative URLs resolve against the page. */
  baseUrl?: string;
  /** Returns the token. Optional only with `sendCookies`. */
  tokenProvider?: TokenProvider;
  /**
   * Send the portal's cookies (`credentials: 'same-origin'`), for a base URL on the page's own origin
   * (the bank's proxy, which reads its session cookie); refused for any other origin. Off by default.
   */
  sendCookies?: boolean;
  /** A fetch to use instead of the global one (a proxy, a test double at the network edge). */
  fetch?: typeof fetch;
  retry?: RetryOptions;
  /** A request (or the token provider) that takes longer fails with a clear error. Default 30 s. */
  timeoutMs?: number;
  /** How long a fetched page is served from memory. Default 60 s. */
  cacheTtlMs?: number;
}

/** What differs between the two APIs at the transport level. */
export interface ApiProfile {
  /** The API's production host, when it has one (Calico); without one a `baseUrl` is required. */
  defaultBaseUrl?: string;
  /** For the error without a base URL: which function was called. */
  name: string;
  authHeader(token: string): [string, string];
  /** Statuses meaning "this token is refused": refresh the token and try once more. */
  rejectedStatuses: readonly number[];
  /** Reads the API's error body into items and a message a person understands. */
  readErrorBody(status: number, body: unknown): { items?: readonly unknown[]; message?: string };
  /** The error kind of a status, when the API reads it otherwise than `kindForStatus`; `byProxy`: the server half refused it itself. */
  kind?(status: number, byProxy: boolean): ApiErrorKind | undefined;
  /** Whether a path names no one (an enterprise-wide list, a statistic): a 404 there means a wrong base URL. */
  namesNoOne?(path: string): boolean;
}

export type Query = Record<string, string | number | boolean | readonly string[] | null | undefined>;

export interface RequestSpec<S extends z.ZodMiniType> {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Query;
  body?: unknown;
  schema: S | null;
  /** Reads are deduplicated and cached; writes are sent exactly once per call. */
  read: boolean;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** Skip the memory cache (still shares an identical request in flight). */
  fresh?: boolean;
  /** Keep the answer in the memory cache (default). An export reads each page once: it passes false. */
  store?: boolean;
}

/** A body and when it arrived. */
export interface Received<T> {
  body: T;
  receivedAt: number;
}

/** A response as the caller gets it: the status and the body the schema accepted (none without a schema). */
export interface Answered<S extends z.ZodMiniType> {
  status: number;
  body: z.infer<S>;
  /** When the server's answer arrived (ms since the epoch); an answer served from memory keeps its first time. */
  receivedAt: number;
}

const RETRYABLE = new Set([429, 502, 503, 504]);

/** What the transport keeps of a response: read in full, within the timeout. */
interface Answer {
  status: number;
  /** The server half's mark on a refusal it made itself (`x-calico-proxy`), or null. */
  proxy: string | null;
  retryAfter: string | null;
  text: string;
  receivedAt: number;
}

/** The shared core: URLs, token, dedup/cache, retries, timeouts, parsing, errors. No DOM. */
export class Transport {
  readonly baseUrl: URL;
  readonly tokens: TokenCache | undefined;
  readonly cache: RequestCache;
  #fetch: typeof fetch;
  #profile: ApiProfile;
  #retries: number;
  #baseDelayMs: number;
  #maxDelayMs: number;
  #timeoutMs: number;
  #credentials: RequestCredentials;

  constructor(options: ClientOptions, profile: ApiProfile) {
    this.#profile = profile;
    const base = options.baseUrl ?? profile.defaultBaseUrl;
    if (!base) throw new ApiError({ kind: 'bad-request', message: `${profile.name} needs a baseUrl (your proxy, or the API root in your contract): this API has no default host.` });
    this.baseUrl = resolveBaseUrl(base);
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    const cookies = options.sendCookies === true;
    if (cookies && this.baseUrl.origin !== globalThis.location?.origin) {
      throw new ApiError({ kind: 'bad-request', message: `sendCookies needs a base URL on the page's own origin; ${this.baseUrl.origin} is another one.` });
    }
    this.#credentials = cookies ? 'same-origin' : 'omit';
    this.tokens = cookies && !options.tokenProvider ? undefined : new TokenCache(options.tokenProvider!, this.#timeoutMs, this.baseUrl.origin);
    this.cache = new RequestCache(options.cacheTtlMs ?? 60_000);
    this.#fetch = options.fetch ?? ((...args) => globalThis.fetch(...args));
    this.#retries = options.retry?.retries ?? 3;
    this.#baseDelayMs = options.retry?.baseDelayMs ?? 400;
    this.#maxDelayMs = options.retry?.maxDelayMs ?? 30_000;
  }

  /** Forget the token, the cached pages and the reads in flight (aborted): a session ended. */
  clear(): void {
    this.tokens?.clear();
    this.cache.clear();
  }

  /** Always on the base URL's origin: only the path and query are ours to set. */
  url(path: string, query?: Query): URL {
    const url = new URL(this.baseUrl.href);
    url.pathname = url.pathname.replace(/\/$/, '') + path;
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined || value === null || value === '') continue;
      if (Array.isArray(value)) {
        if (value.length) url.searchParams.set(key, value.join(','));
      } else url.searchParams.set(key, String(value));
    }
    return url;
  }

  /** One request; the body's type is the schema's, checked at run time. */
  async request<S extends z.ZodMiniType>(spec: RequestSpec<S>, options: CallOptions = {}): Promise<Answered<S>> {
    const url = this.url(spec.path, spec.query);
    if (!spec.read) return this.#send(spec, url, options.signal, false);
    const key = `${spec.method} ${url.href} ${spec.body === undefined ? '' : JSON.stringify(spec.body)}`;
    return this.cache.get(key, (signal) => this.#send(spec, url, signal, true), options.signal, options.fresh, options.store);
  }

  /** A read (GET) of `path`, with a page token's query merged over `query`: what every list and panel calls. */
  async get<T>(path: string, schema: z.ZodMiniType<T>, query: Query = {}, options: CallOptions & { page?: PageToken | null } = {}): Promise<Received<T>> {
    const spec = { method: 'GET' as const, path, query: { ...query, ...options.page?.query }, schema, read: true };
    const { body, receivedAt } = await this.request(spec, options);
    return { body, receivedAt };
  }

  async #send<S extends z.ZodMiniType>(spec: RequestSpec<S>, url: URL, signal: AbortSignal | undefined, retryable: boolean): Promise<Answered<S>> {
    let retried = 0;
    let tokenRefreshed = false;
    for (;;) {
      const token = await this.tokens?.get(signal);
      let answer: Answer;
      try {
        answer = await this.#fetchOnce(spec, url, token, signal);
      } catch (error) {
        if (isAbortError(error) || error instanceof ApiError || !retryable || retried >= this.#retries) {
          throw error instanceof ApiError || isAbortError(error) ? error : networkError(error);
        }
        await sleep(this.#backoff(retried++), signal);
        continue;
      }
      const { status } = answer;
      // A refusal of this person (forbidden) is not a refused token: asking for a new one cannot help.
      if (this.tokens && token && this.#profile.rejectedStatuses.includes(status) && this.#kind(answer) !== 'forbidden' && !tokenRefreshed) {
        this.tokens.reject(token); // the next request, or the next confirmation of a write, asks for a new one
        if (retryable) {
          // A read the server refused before doing anything: safe to repeat with a new token.
          tokenRefreshed = true;
          continue;
        }
        // A write is sent once per call, whatever the answer: the refusal goes back to the caller.
      }
      if (retryable && RETRYABLE.has(status) && retried < this.#retries) {
        const wait = retryAfterMs(answer.retryAfter) ?? this.#backoff(retried);
        retried++;
        await sleep(Math.min(wait, this.#maxDelayMs), signal);
        continue;
      }
      return this.#read(spec, answer);
    }
  }

  #kind({ status, proxy }: Answer): ApiErrorKind {
    return this.#profile.kind?.(status, proxy !== null) ?? kindForStatus(status);
  }

  /** One request, its body read in full: the timeout covers a body that stalls, not only the headers. */
  async #fetchOnce(spec: RequestSpec<z.ZodMiniType>, url: URL, token: string | undefined, signal?: AbortSignal): Promise<Answer> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token !== undefined) {
      const [header, value] = this.#profile.authHeader(token);
      headers[header] = value;
    }
    if (spec.body !== undefined) headers['content-type'] = 'application/json';
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), this.#timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
    try {
      const response = await this.#fetch(url.href, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: combined,
        credentials: this.#credentials, // 'omit' unless the portal's session is a same-origin cookie
        redirect: 'error', // a redirect could carry the request to another origin
        referrerPolicy: 'no-referrer',
      });
      return { status: statusOf(response), proxy: response.headers.get('x-calico-proxy'), retryAfter: response.headers.get('retry-after'), text: await response.text(), receivedAt: Date.now() };
    } catch (error) {
      if (timeout.signal.aborted && !signal?.aborted) {
        throw new ApiError({
          kind: 'network',
          message: `The server did not answer within ${Math.round(this.#timeoutMs / 1000)} s.`,
        });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  #read<S extends z.ZodMiniType>(spec: RequestSpec<S>, answer: Answer): Answered<S> {
    const { status, text } = answer;
    if (status >= 400) {
      if (status === 404 && this.#profile.namesNoOne?.(spec.path)) {
        warnOnce(`${this.url(spec.path).href} answered 404: the base URL is probably wrong.`);
      }
      throw this.#errorFor(answer);
    }
    if (!spec.schema) return { status, body: undefined as z.infer<S>, receivedAt: answer.receivedAt };
    if (status === 204 || text.trim() === '') {
      throw new ApiError({ kind: 'invalid-response', status, message: `The server sent an empty body (HTTP ${status}).` });
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new ApiError({ kind: 'invalid-response', status, cause, message: `The server sent a body that is not JSON (HTTP ${status}).` });
    }
    const parsed = spec.schema.safeParse(json);
    if (!parsed.success) {
      const issue = deepestIssue(parsed.error.issues[0]!);
      const field = formatPath(issue.path);
      throw new ApiError({
        kind: 'invalid-response',
        status,
        field,
        cause: parsed.error,
        message: `The server's response has an invalid field "${field}": ${describeIssue(issue)}.`,
      });
    }
    return { status, body: parsed.data, receivedAt: answer.receivedAt };
  }

  #errorFor(answer: Answer): ApiError {
    const { status, text, retryAfter } = answer;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined; // a proxy's HTML page or plain text: fall back to the status
    }
    const kind = this.#kind(answer);
    const read = body === undefined ? {} : this.#profile.readErrorBody(status, body);
    let message = read.message ? `${defaultMessage(kind, status)} ${read.message}` : defaultMessage(kind, status);
    const wait = retryAfterMs(retryAfter);
    if (kind === 'rate-limit' && wait !== undefined) message += ` Try again in ${Math.ceil(wait / 1000)} s.`;
    return new ApiError({ kind, status, message, items: read.items });
  }

  #backoff(attempt: number): number {
    const exp = this.#baseDelayMs * 2 ** attempt;
    return Math.min(this.#maxDelayMs, exp / 2 + Math.random() * exp); // "equal jitter"
  }
}

/**
 * The status as the API meant it. Calico's 601–603 cannot travel in a fetch Response, so the server
 * half answers a standard status with the real code in `x-calico-status`; a node:http server may
 * write the real code itself. Either way the client sees the same status, and so the same error kind.
 */
const statusOf = (response: Response): number => Number(response.headers.get('x-calico-status')) || response.status;

function resolveBaseUrl(base: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(base, globalThis.location?.href);
  } catch {
    /* reported below */
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new ApiError({ kind: 'bad-request', message: `The base URL "${base}" is not an http(s) URL.` });
  }
  return url;
}

function networkError(cause: unknown): ApiError {
  return new ApiError({ kind: 'network', cause, message: defaultMessage('network') });
}

/** `Retry-After` as seconds or an HTTP date → milliseconds. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return raceAbort(new Promise<void>((resolve) => setTimeout(resolve, ms)), signal);
}

/** A union failing (e.g. "one object or a list") names the union; name the field inside it instead. */
function deepestIssue(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[] = []): z.core.$ZodIssue {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length) {
    const candidates = issue.errors.flatMap((branch) => (branch[0] ? [deepestIssue(branch[0], path)] : []));
    const deepest = candidates.sort((a, b) => b.path.length - a.path.length)[0];
    if (deepest && deepest.path.length > path.length) return deepest;
  }
  return { ...issue, path } as z.core.$ZodIssue;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${issue.expected}`;
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  return issue.code.replace(/_/g, ' ');
}

/**
 * Whether a value may stand as one segment of a path: the id alphabet only, so a bank proxy that
 * decodes `%2F` or `%2e` can never see another path than the one the library meant.
 */
export const isPathId = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9._~-]+$/.test(value) && value !== '.' && value !== '..';

/** One path segment: an id from the id alphabet, else a bad-request error (nothing is sent). */
export function segment(value: unknown, name: string): string {
  if (!isPathId(value)) {
    throw new ApiError({ kind: 'bad-request', message: `"${name}" must be an id (A–Z a–z 0–9 . _ ~ -), not "${String(value ?? '')}".` });
  }
  return value;
}

/** A path template (`/users/{user_id}/assets`) with its `{name}` filled by an id checked by `segment`. */
export const fillPath = (template: string, name: string, id: unknown): string => template.replace(`{${name}}`, () => segment(id, name));
