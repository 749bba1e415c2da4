/** The proxy on node:http (or node:http2), and so in Express, Fastify or Koa: `http.createServer(toNodeListener(proxy))`. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BASE_HEADERS, REAL_STATUS } from './answers.js';
import { BodyGone } from './body.js';
import type { ProxyHandler } from './proxy.js';

/** Options of `toNodeListener`. */
export interface NodeListenerOptions {
  /**
   * The origin of `request.url` inside the handler. The Host header never builds a URL (a Host of
   * `x/other/path#` would otherwise choose the upstream path); give your public origin here if your
   * own `authorize` reads `request.url`. Default `http://localhost`.
   */
  origin?: string;
}

/** The node request each Request was made from: see nodeRequestOf. */
const nodeRequests = new WeakMap<Request, IncomingMessage>();

/**
 * The node:http request a `Request` given to the handler was made from, with what your middleware put
 * on it (`req.session` of express-session, `req.user` of passport): read your session there in
 * `authorize` rather than copy it into a header, which a browser could send itself.
 * `customerPortal((request) => nodeRequestOf(request)?.session?.calicoUserId)`. Undefined for a
 * Request this listener did not make.
 */
export function nodeRequestOf<R extends IncomingMessage = IncomingMessage & { session?: any; user?: any }>(request: Request): R | undefined {
  return nodeRequests.get(request) as R | undefined;
}

/** Methods the fetch `Request` refuses to carry: answered 405 here, before one is made. */
const UNCARRIED = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * A node:http listener that serves `handler`, and never throws: a request it cannot make into a fetch
 * `Request` is 400 (405 for TRACE and the like), and the process serves on. In Express:
 * `app.use('/calico-proxy', toNodeListener(proxy))` with `mount` set to the same path.
 */
export function toNodeListener(handler: ProxyHandler, options: NodeListenerOptions = {}) {
  const origin = new URL(options.origin ?? 'http://localhost').origin;
  return (req: IncomingMessage, res: ServerResponse): void => {
    // Express mounts strip their prefix from req.url; originalUrl keeps what the browser asked for.
    const target = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '';
    const method = req.method ?? '';
    if (UNCARRIED.has(method.toUpperCase())) {
      return plain(req, res, 405, 'Method Not Allowed', { allow: handler.methodsAt(pathOf(target) ?? '/').join(', ') || 'GET' });
    }
    let request: Request;
    try {
      request = toRequest(req, res, origin, target);
    } catch {
      return plain(req, res, 400, 'Bad Request');
    }
    nodeRequests.set(request, req);
    handler(request)
      .then(async (response) => {
        if (res.destroyed) return;
        const body = Buffer.from(await response.arrayBuffer());
        const real = Number(response.headers.get(REAL_STATUS));
        // HTTP/2 carries no status over 599: there the standard one goes, the real one in its header.
        res.statusCode = real >= 600 && real <= 699 && !http2(req) ? real : response.status;
        response.headers.forEach((value, key) => res.setHeader(key, value));
        // A body the handler left unread (a refusal, a 413) is not drained: the connection closes after the answer.
        if (!req.complete && !http2(req)) res.setHeader('connection', 'close');
        res.end(body);
      })
      .catch(() => plain(req, res, 500, 'Internal Server Error'));
  };
}

/** The path of a request target in origin form (`/a/b?c`), or undefined for any other form. */
function pathOf(target: string): string | undefined {
  if (!target.startsWith('/') || target.startsWith('//')) return undefined;
  return target.split('?')[0];
}

function toRequest(req: IncomingMessage, res: ServerResponse, origin: string, target: string): Request {
  // Origin form only, and exactly as the request line says it: a target that a URL parser would
  // normalise (dot segments, bytes it escapes) is refused, so what routes is what a gateway checked.
  const path = pathOf(target);
  if (path === undefined) throw new Error('not origin-form');
  const url = new URL(origin + target);
  if (url.pathname !== path || url.href !== origin + target) throw new Error('not canonical');
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (key.startsWith(':')) continue; // HTTP/2's pseudo-headers (:method, :path…) are no header names
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(', '));
  }
  // HTTP/2 names the host the browser spoke to in :authority; the same-origin check reads Host.
  const authority = req.headers[':authority'];
  if (!headers.has('host') && typeof authority === 'string') headers.set('host', authority);
  // Aborts only when the browser left before the answer was written (an abort per finished request
  // would cost every request an exception and a cascade of listeners).
  const controller = new AbortController();
  res.once('close', () => res.writableFinished || controller.abort());
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? bodyOf(req) : undefined,
    signal: controller.signal,
    // @ts-expect-error Node's fetch needs this for a streamed request body
    duplex: 'half',
  });
}

/**
 * The request body as a stream that pulls from `req` only when read. Cancelling it (the handler's body
 * limit) stops reading without destroying the socket, so the 413 still reaches the browser.
 */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  // A body parser in front of the proxy has read it (Express sets req.body, body-parser req._body):
  // say so at once rather than wait for data that will never come.
  const parsed = req as IncomingMessage & { body?: unknown; _body?: boolean };
  if (req.readableEnded || parsed._body || parsed.body !== undefined) return new ReadableStream({ start: (controller) => controller.error(new BodyGone()) });
  req.pause();
  let stop = () => {};
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const onData = (chunk: Buffer) => {
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        };
        const onEnd = () => controller.close();
        const onError = (error: Error) => controller.error(error);
        req.on('data', onData).once('end', onEnd).once('error', onError);
        stop = () => {
          req.off('data', onData).off('end', onEnd).off('error', onError);
          req.pause();
        };
      },
      pull() {
        req.resume();
      },
      cancel() {
        stop();
      },
    },
    { highWaterMark: 1 },
  );
}

/** HTTP/2 (node:http2's compatibility API, Fastify `http2: true`): no connection header, no status over 599. */
const http2 = (req: IncomingMessage) => req.httpVersionMajor >= 2;

/** An answer written straight to node:http, for requests that never became a fetch Request. */
function plain(req: IncomingMessage, res: ServerResponse, status: number, detail: string, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return void res.destroy();
  res.writeHead(status, { ...BASE_HEADERS, ...headers, ...(req.complete || http2(req) ? {} : { connection: 'close' }) });
  res.end(JSON.stringify({ detail }));
}
