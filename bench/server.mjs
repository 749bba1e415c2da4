// Serves the built bench page and the sandbox API on 127.0.0.1 (a random free port).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { tsImport } from 'tsx/esm/api';

// The benches build production bundles (Vite sets NODE_ENV=production in this process) and serve them
// with the sandbox on loopback: a demo, which is what the sandbox's production guard allows on request.
process.env.CALICO_SANDBOX_ALLOW_PRODUCTION ??= '1';

const { serveSandbox } = await tsImport('../src/sandbox/adapters/node.ts', import.meta.url);
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

export async function startServer(root) {
  const server = createServer(async (req, res) => {
    if (req.url.startsWith('/sandbox/')) return serveSandbox(req, res);
    const path = normalize(new URL(req.url, 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
