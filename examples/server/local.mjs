// A local run in one file: the sandbox (upstream) → this proxy → a page with a widget.
//   npx calico-widgets sandbox --port 4000     (one terminal)
//   node local.mjs                              (another), then open http://localhost:8080/
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCalicoProxy, customerPortal, toNodeListener } from 'calico-widgets/server';

const SANDBOX = process.env.SANDBOX ?? 'http://127.0.0.1:4000';
const ADA = '946416e3-f6b4-4a54-86e9-9e2843f0573e'; // the sandbox's "rich" user: our signed-in customer
const bundle = join(dirname(createRequire(import.meta.url).resolve('calico-widgets/package.json')), 'dist/calico-widgets.min.js');

const proxy = toNodeListener(
  createCalicoProxy({
    upstream: `${SANDBOX}/sandbox/calico`,
    mount: '/calico-proxy',
    credentials: async () => {
      const { access_token, expires_in } = await (await fetch(`${SANDBOX}/sandbox/token`, { method: 'POST', body: '{}' })).json();
      return { token: access_token, expiresIn: expires_in };
    },
    // Who is signed in: here a cookie the page sets; in your app, your own session.
    authorize: customerPortal((request) => (/(?:^|;\s*)demo_session=ada(?:;|$)/.test(request.headers.get('cookie') ?? '') ? ADA : undefined)),
  }),
);

const page = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>My holdings</title>
<script src="/calico-widgets.min.js"></script>
<h1>My holdings</h1>
<calico-user-assets cookie-session base-url="/calico-proxy" user-id="${ADA}"></calico-user-assets>
</html>`;

const server = createServer(async (req, res) => {
  if (req.url.startsWith('/calico-proxy/')) return proxy(req, res);
  if (req.url === '/calico-widgets.min.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(bundle));
  if (req.url === '/') return res.writeHead(200, { 'content-type': 'text/html', 'set-cookie': 'demo_session=ada; Path=/; HttpOnly; SameSite=Lax' }).end(page);
  res.writeHead(404).end();
});
server.listen(Number(process.env.PORT ?? 8080), () => console.log(`Open http://localhost:${server.address().port}/`));
