#!/usr/bin/env node
// `npx calico-widgets sandbox [--port 4000] [--host 127.0.0.1]`: the embedded sandbox API as a local
// HTTP server, to stand in for the Calico and Partner APIs while you build your backend (your proxy's
// upstream) or a page. A development tool only: it refuses NODE_ENV=production.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

const usage = 'Usage: calico-widgets sandbox [--port 4000] [--host 127.0.0.1]';
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '4000' }, host: { type: 'string', default: '127.0.0.1' }, help: { type: 'boolean', short: 'h' } } });
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help || positionals[0] !== 'sandbox' || positionals.length !== 1 || !/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) {
  (values.help ? console.log : console.error)(usage);
  process.exit(values.help ? 0 : 2);
}

const { serveSandbox } = await import('../dist/sandbox/adapters/node.js');
const server = createServer((req, res) => {
  serveSandbox(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
    res.end('{"detail":"sandbox error"}');
  });
});
server.on('error', (error) => {
  console.error(`calico-widgets sandbox: ${error.message}`);
  process.exit(1);
});
server.listen(Number(values.port), values.host, () => {
  const { port } = server.address();
  const origin = `http://${values.host.includes(':') ? `[${values.host}]` : values.host}:${port}`;
  console.log(`calico-widgets sandbox on ${origin}
  Calico Enterprise API   ${origin}/sandbox/calico      (e.g. GET /enterprise/v2/users/all)
  Partner API             ${origin}/sandbox/partner/v1  (e.g. GET /users/)
  a token for either      POST ${origin}/sandbox/token  → { access_token, expires_in }
Ctrl+C stops it.`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
