// Fastify 5: hand the raw request to the node listener, and leave the body to the proxy (it reads it
// with its own limit): no body parser in this scope.
import Fastify from 'fastify';
import { toNodeListener } from 'calico-widgets/server';
import { calico } from './calico-proxy.mjs';

export const app = Fastify();
const listener = toNodeListener(calico);
await app.register(async (scope) => {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', (request, payload, done) => done(null));
  scope.all('/calico-proxy/*', (request, reply) => {
    reply.hijack();
    listener(request.raw, reply.raw);
  });
});
// await app.listen({ port: 8080 });
