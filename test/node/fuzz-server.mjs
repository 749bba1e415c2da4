// The fuzz test's server, in a process of its own so that a crash shows as an exit, not as a failed
// test runner: the Calico proxy on node:http in front of a stub upstream that answers 200 to all. It
// sends its port to the parent and serves until told to stop. (Run directly, it does nothing: the test
// runner loads every file under test/.)
import { createServer } from 'node:http';
import { tsImport } from 'tsx/esm/api';

if (process.send) {
  const proxy = await tsImport('../../src/server/index.ts', import.meta.url);
  const listen = (listener) => new Promise((resolve) => { const s = createServer(listener).listen(0, '127.0.0.1', () => resolve(s.address().port)); });
  const upstream = await listen((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"assets":[]},"page":{}}'));
  });
  const reported = [];
  const handler = proxy.createCalicoProxy({
    upstream: `http://127.0.0.1:${upstream}`,
    mount: '/calico-proxy',
    credentials: async () => ({ token: 'fuzz-token', expiresIn: 900 }),
    authorize: proxy.customerPortal((request) => /^customer:(.+)$/.exec(request.headers.get('x-session') ?? '')?.[1]),
    rateLimit: { limit: 1_000_000, windowMs: 60_000, key: (request) => request.headers.get('x-session') },
    allowedOrigins: ['https://portal.bank.example'],
    audit: () => {},
    onError: (error, context) => reported.push(`${context.stage}: ${String(error).slice(0, 200)}`),
  });
  const port = await listen(proxy.toNodeListener(handler));
  process.on('message', (message) => {
    if (message === 'report') process.send({ reported, memory: process.memoryUsage().rss });
    if (message === 'stop') process.exit(0);
  });
  process.send({ port });
}
