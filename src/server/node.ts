/** The proxy on node:http, and so in Express, Fastify or Koa: `http.createServer(toNodeListener(proxy))`. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { REAL_STATUS, type ProxyHandler } from './proxy.js';

/** A node:http listener that serves `handler`. In Express: `app.use('/calico-proxy', toNodeListener(proxy))` with `mount` set to the same path. */
export function toNodeListener(handler: ProxyHandler) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(key, value);
      else if (Array.isArray(value)) headers.set(key, value.join(', '));
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'DELETE';
    // Express mounts strip their prefix from req.url; originalUrl keeps what the browser asked for.
    const path = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
    const request = new Request(`http://${req.headers.host ?? 'localhost'}${path}`, {
      method: req.method,
      headers,
      body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
      signal: controller.signal,
      // @ts-expect-error Node's fetch needs this for a streamed request body
      duplex: 'half',
    });
    handler(request)
      .then(async (response) => {
        if (res.destroyed) return;
        const real = response.headers.get(REAL_STATUS);
        res.statusCode = real ? Number(real) : response.status;
        response.headers.forEach((value, key) => key !== REAL_STATUS && res.setHeader(key, value));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ detail: 'Internal Server Error' }));
      });
  };
}
