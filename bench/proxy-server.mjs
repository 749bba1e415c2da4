// One server of the proxy load bench, in a process of its own so that its memory is its own and it
// does not share a core's time with the load generator: `sandbox` (the upstream), `passthrough`
// (http-proxy-middleware adding the credential, nothing else) or `calico` (createCalicoProxy with
// customerPortal, as a bank mounts it). Run by bench/proxy.mjs with an IPC channel; started alone it exits.
import { createServer } from 'node:http';

if (process.send) {
  const [mode, upstream] = process.argv.slice(2);
  const token = async () => {
    const { access_token, expires_in } = await (await fetch(`${upstream}/sandbox/token`, { method: 'POST', body: '{}' })).json();
    return { token: access_token, expiresIn: expires_in };
  };
  let listener;
  if (mode === 'sandbox') {
    process.env.CALICO_SANDBOX_ALLOW_PRODUCTION ??= '1';
    const { serveSandbox } = await import('../dist/sandbox/adapters/node.js');
    listener = (req, res) => serveSandbox(req, res);
  } else if (mode === 'passthrough') {
    const { createProxyMiddleware } = await import('http-proxy-middleware');
    const { token: bearer } = await token();
    const middleware = createProxyMiddleware({
      target: `${upstream}/sandbox/calico`,
      pathRewrite: { '^/calico-proxy': '' },
      on: { proxyReq: (proxyReq) => proxyReq.setHeader('authorization', `Bearer ${bearer}`) },
    });
    listener = (req, res) => middleware(req, res, () => res.writeHead(404).end());
  } else {
    const { createCalicoProxy, customerPortal, toNodeListener } = await import('../dist/server/index.js');
    const customerOf = (request) => /(?:^|;\s*)session=customer:([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
    listener = toNodeListener(createCalicoProxy({ upstream: `${upstream}/sandbox/calico`, mount: '/calico-proxy', credentials: token, authorize: customerPortal(customerOf) }));
  }
  const server = createServer(listener).listen(0, '127.0.0.1', () => process.send({ origin: `http://127.0.0.1:${server.address().port}` }));
  process.on('message', (message) => {
    if (message !== 'memory') return;
    globalThis.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    process.send({ rss, heapUsed });
  });
  process.on('disconnect', () => process.exit(0));
}
