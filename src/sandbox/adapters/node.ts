/** Serves the sandbox from a Node HTTP server: Vite's dev server (connect) and `@web/test-runner` (Koa). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleSandboxRequest } from '../http.js';
import { MAX_BODY_BYTES, refuseInProduction } from '../guard.js';

export async function serveSandbox(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const controller = new AbortController();
  res.on('close', () => controller.abort()); // the browser gave up: stop a hanging or slow answer
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ detail: `Request body over ${MAX_BODY_BYTES} bytes` }));
      req.destroy();
      return;
    }
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) headers.set(key, value.join(', '));
  }
  const body = chunks.length && req.method !== 'GET' && req.method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
  const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url}`, {
    method: req.method,
    headers,
    body,
    signal: controller.signal,
  });
  const response = await handleSandboxRequest(request);
  if (res.destroyed) return;
  // A network error as the browser sees one. Not a reset: Chrome silently retries those on a fresh
  // socket. Two different Content-Length headers are refused at once (a fetch TypeError).
  if (response.type === 'error') return void res.socket?.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello');
  const realStatus = response.headers.get('x-sandbox-status');
  res.statusCode = realStatus ? Number(realStatus) : response.status;
  response.headers.forEach((value, key) => {
    if (key !== 'x-sandbox-status') res.setHeader(key, value);
  });
  // Streamed, so a body that stalls (the `stall` fault) reaches the browser as it would from a server.
  res.flushHeaders();
  if (response.body) for await (const chunk of response.body) if (!res.destroyed) res.write(chunk);
  res.end();
}

const isSandbox = (url: string | undefined) => !!url && url.startsWith('/sandbox/');

/** Connect-style middleware (Vite). */
export function sandboxMiddleware() {
  refuseInProduction();
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    if (!isSandbox(req.url)) return next();
    serveSandbox(req, res).catch((error) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  };
}

/** Koa-style middleware (`@web/test-runner`, `@web/dev-server`). */
export function sandboxKoaMiddleware() {
  refuseInProduction();
  return async (ctx: { url: string; req: IncomingMessage; res: ServerResponse; respond?: boolean }, next: () => Promise<unknown>) => {
    if (!isSandbox(ctx.url)) return next();
    ctx.respond = false;
    await serveSandbox(ctx.req, ctx.res);
  };
}
