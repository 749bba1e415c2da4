/** One error class for both APIs: `kind` says what happened, `message` says it to a person. */
export type ApiErrorKind =
  | 'auth'
  | 'forbidden'
  | 'network'
  | 'rate-limit'
  | 'not-found'
  | 'bad-request'
  | 'invalid-response'
  | 'server';

export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  status?: number;
  /** The API's own error items: Calico `errors[]`, Partner `detail[]` (422) or `detail` string. */
  items?: readonly unknown[];
  /** For `invalid-response`: the path of the first field that failed, e.g. `data.users[0].email`. */
  field?: string;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  readonly status: number | undefined;
  readonly items: readonly unknown[];
  readonly field: string | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.items = init.items ?? [];
    this.field = init.field;
  }
}

/** Any thrown value as an ApiError (a bug or an unexpected throw shows as a `server` error, not a crash). */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError({ kind: 'server', message: String(error), cause: error });
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

export function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * Maps an HTTP status (including Calico's 601–603) to an error kind. `auth`: the credential is missing,
 * expired or refused (sign in again). `forbidden`: the person is known and may not see this (Calico 403
 * and 602, customer not authorized); the Partner client narrows 403 further (see partner.ts).
 */
export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401 || status === 603) return 'auth';
  if (status === 403 || status === 602) return 'forbidden';
  if (status === 404 || status === 601) return 'not-found';
  if (status === 429) return 'rate-limit';
  if (status >= 400 && status < 500) return 'bad-request';
  return 'server';
}

const KIND_MESSAGES: Record<ApiErrorKind, string> = {
  auth: 'Not authorized: the access token was missing, expired or rejected.',
  forbidden: 'Forbidden: this person may not see this.',
  network: 'The server could not be reached.',
  'rate-limit': 'Too many requests: the server asked us to slow down.',
  'not-found': 'Not found.',
  'bad-request': 'The request was not accepted.',
  'invalid-response': 'The server sent a response this library cannot read.',
  server: 'The server had a problem answering.',
};

export function defaultMessage(kind: ApiErrorKind, status?: number): string {
  const text = KIND_MESSAGES[kind];
  return status ? `${text} (HTTP ${status})` : text;
}

/** `["data", "users", 0, "email"]` → `data.users[0].email`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}
