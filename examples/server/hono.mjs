// Hono (Node, Bun, Deno, Workers): the proxy is a fetch handler, so it takes the request as it is.
import { Hono } from 'hono';
import { calico } from './calico-proxy.mjs';

export const app = new Hono();
app.all('/calico-proxy/*', (c) => calico(c.req.raw));
// On Node: import { serve } from '@hono/node-server'; serve({ fetch: app.fetch, port: 8080 });
