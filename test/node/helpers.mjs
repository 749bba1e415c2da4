// What the server-half tests share: servers on loopback (closed after the file), the sandbox as the
// upstream, raw HTTP over a socket (for what fetch refuses to send), and sessions as a header.
import { after } from 'node:test';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { tsImport } from 'tsx/esm/api';

export const { serveSandbox } = await tsImport('../../src/sandbox/adapters/node.ts', import.meta.url);
export const { sandboxUserId } = await tsImport('../../src/sandbox/index.ts', import.meta.url);
export const proxy = await tsImport('../../src/server/index.ts', import.meta.url);

const servers = [];
/** A node:http server on a free loopback port; its origin. */
export const listen = (listener) =>
  new Promise((resolve) => {
    const server = createServer(listener).listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
    servers.push(server);
  });
after(() => servers.forEach((s) => (s.closeAllConnections?.(), s.close())));

export const sandbox = await listen((req, res) => serveSandbox(req, res));

/** A sandbox scenario (its own faults and request log). */
export async function scenario(faults = {}) {
  const body = await (await fetch(`${sandbox}/sandbox/scenarios`, { method: 'POST', body: JSON.stringify(faults) })).json();
  return { ...body, requests: async () => (await fetch(`${sandbox}/sandbox/scenarios/${body.id}/requests`)).json() };
}

export const sandboxToken = async () => {
  const { access_token, expires_in } = await (await fetch(`${sandbox}/sandbox/token`, { method: 'POST', body: '{}' })).json();
  return { token: access_token, expiresIn: expires_in };
};

export const customerOf = (request) => /^customer:(.+)$/.exec(request.headers.get('x-session') ?? '')?.[1];
export const staffOf = (request) => /^staff:(.+)$/.exec(request.headers.get('x-session') ?? '')?.[1];

/** A Calico proxy at /calico-proxy in front of `upstream`, served by node:http; what it audited and reported. */
export async function calicoProxy(upstream, authorize, options = {}) {
  const audits = [];
  const errors = [];
  const handler = proxy.createCalicoProxy({
    upstream,
    mount: '/calico-proxy',
    authorize,
    audit: (event) => audits.push(`${event.method} ${event.personId} ${event.outcome} ${event.status}`),
    onError: (error, context) => errors.push({ error, ...context }),
    credentials: sandboxToken,
    ...options,
  });
  const origin = await listen(proxy.toNodeListener(handler));
  const ask = (path, session, init = {}) => fetch(`${origin}/calico-proxy${path}`, { ...init, headers: { 'x-session': session, ...init.headers } });
  return { handler, origin, ask, audits, errors };
}

/**
 * Raw bytes to `origin`, as written: the first answer's status, headers and body, or `status: 0` when
 * the connection closed (or `waitMs` passed) with no answer.
 */
export function raw(origin, bytes, { waitMs = 5000 } = {}) {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let data = '';
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const [head = '', ...rest] = data.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: rest.join('\r\n\r\n') });
    };
    const timer = setTimeout(done, waitMs);
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      // One answer is enough: stop at the end of its head plus a declared body.
      const end = data.indexOf('\r\n\r\n');
      const length = /\r\ncontent-length: *(\d+)/i.exec(data.slice(0, end))?.[1];
      if (end >= 0 && length !== undefined && data.length >= end + 4 + Number(length)) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    socket.write(Buffer.from(bytes, 'latin1'));
  });
}

/** Runs `body` with the wall clock (`Date.now`) stepped back an hour, as an NTP correction would, then restores it. */
export async function withClockSteppedBack(body) {
  const realNow = Date.now;
  Date.now = () => realNow() - 3_600_000;
  try {
    return await body();
  } finally {
    Date.now = realNow;
  }
}
