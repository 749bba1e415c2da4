import { ApiError } from './errors.js';

/**
 * A page of a list, the same shape for both APIs. `next` is an opaque token: pass it back as
 * `{ page: next }` to get the following page. Cursor APIs can only go forward; widgets keep the
 * tokens they have seen so Previous works.
 */
export interface PageToken {
  /** Query parameters merged over the request's own (Calico: from `next_uri`; Partner: the offset). */
  readonly query: Readonly<Record<string, string>>;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly next: PageToken | null;
  /** Partner lists know their total and page size; cursor lists do not. */
  readonly totalRecords?: number;
  readonly perPage?: number;
  /** Sources that failed while the rest of the page arrived (Calico partial data). */
  readonly errors: readonly { provider_id: string; cause: string }[];
  /** When the server sent this page (ms since the epoch): a page served from memory keeps its first time. */
  readonly fetchedAt: number;
}

/** All pages, one after another: `for await (const page of pages((next) => client.users({}, { page: next })))`. */
export async function* pages<P extends Page<unknown>>(
  fetchPage: (page: PageToken | undefined) => Promise<P>,
): AsyncGenerator<P, void, undefined> {
  let token: PageToken | undefined;
  const seen = new Set<string>();
  for (;;) {
    const page = await fetchPage(token);
    yield page;
    if (!page.next) return;
    const key = JSON.stringify(page.next.query);
    // A server that repeats a cursor would loop forever; stopping quietly would pass a part for the whole.
    if (seen.has(key)) throw new ApiError({ kind: 'invalid-response', message: 'The server sent the same page cursor twice: the list cannot be read to its end.' });
    seen.add(key);
    token = page.next;
  }
}

/** Reads `next_uri` (absent, null or empty means last page). Only its query is used, never its host or path. */
export function tokenFromNextUri(nextUri: string | null | undefined): PageToken | null {
  if (!nextUri) return null;
  let params: URLSearchParams;
  try {
    params = new URL(nextUri, 'http://next-uri.invalid').searchParams;
  } catch {
    return null;
  }
  const query: Record<string, string> = Object.fromEntries(params); // own keys, whatever they are named
  return Object.keys(query).length ? { query } : null;
}
