// docs/deploying.md as a new backend engineer follows it, from the package alone: `calico-widgets
// sandbox` (the package's bin) as the upstream, then each snippet — a file under examples/server/ that
// the doc shows verbatim — run in its real framework (Express 5, Fastify 5, Hono on @hono/node-server,
// a Next.js route module called as Next calls it), with one allowed and one refused request.
// The snippets import 'calico-widgets/server': the package's own name, resolved to the build (dist/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ADA = '946416e3-f6b4-4a54-86e9-9e2843f0573e';
const OTHER = '8d77bde7-175c-47da-9274-5638353544ff';
const children = [];
const closers = [];
after(async () => {
  for (const close of closers) await close();
  for (const child of children) child.kill();
});

/** Starts `node args…` and resolves with the first URL it prints. */
function start(args, env = {}) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/[\w.:[\]-]+/.exec(out)?.[0];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}): ${out}`)));
  });
}

let sandbox;
before(async () => {
  sandbox = await start(['bin/calico-widgets.mjs', 'sandbox', '--port', '0']);
  process.env.SANDBOX = sandbox;
  process.env.CALICO_UPSTREAM = `${sandbox}/sandbox/calico`;
});

test('every snippet in docs/deploying.md is the file it names, verbatim', () => {
  const doc = readFileSync('docs/deploying.md', 'utf8');
  const blocks = [...doc.matchAll(/<!-- file: (\S+) -->\r?\n```\w*\r?\n([\s\S]*?)```/g)];
  const named = blocks.map(([, file]) => file).sort();
  assert.deepEqual(named, ['examples/server/calico-proxy.mjs', 'examples/server/express.mjs', 'examples/server/fastify.mjs', 'examples/server/hono.mjs', 'examples/server/local.mjs', 'examples/server/next/app/calico-proxy/[...path]/route.js']);
  for (const [, file, code] of blocks) assert.equal(code, readFileSync(file, 'utf8'), `${file} differs from its copy in docs/deploying.md`);
});

test('the local run: `calico-widgets sandbox` → local.mjs → a page whose widget reads only the signed-in customer', async () => {
  const origin = await start(['examples/server/local.mjs'], { PORT: '0' });
  const page = await fetch(`${origin}/`);
  const cookie = page.headers.get('set-cookie').split(';')[0];
  assert.match(await page.text(), new RegExp(`<calico-user-assets cookie-session base-url="/calico-proxy" user-id="${ADA}">`));
  assert.ok((await (await fetch(`${origin}/calico-widgets.min.js`)).text()).includes('calico-user-assets'));
  const mine = await fetch(`${origin}/calico-proxy/enterprise/v2/users/${ADA}/assets`, { headers: { cookie } });
  assert.equal(mine.status, 200);
  assert.ok((await mine.json()).data.assets.length > 0);
  assert.equal((await fetch(`${origin}/calico-proxy/enterprise/v2/users/${OTHER}/assets`, { headers: { cookie } })).status, 403);
  assert.equal((await fetch(`${origin}/calico-proxy/enterprise/v2/users/${ADA}/assets`)).status, 401);
});

/** One allowed and one refused request against a running app. */
async function allowedAndRefused(origin) {
  const ask = (id) => fetch(`${origin}/calico-proxy/enterprise/v2/users/${id}/providers`, { headers: { cookie: 'session=s-ada' } });
  const [mine, theirs] = [await ask(ADA), await ask(OTHER)];
  assert.deepEqual([mine.status, theirs.status], [200, 403]);
  assert.ok(Array.isArray((await mine.json()).data));
  assert.equal((await fetch(`${origin}/calico-proxy/enterprise/v2/users/all`, { headers: { cookie: 'session=s-ada' } })).status, 403);
}

test('Express 5', async () => {
  const { app } = await import('../../examples/server/express.mjs');
  const server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  closers.push(() => new Promise((resolve) => server.close(resolve)));
  await allowedAndRefused(`http://127.0.0.1:${server.address().port}`);
});

test('Fastify 5, a search body passing through untouched by Fastify', async () => {
  const { app } = await import('../../examples/server/fastify.mjs');
  const origin = await app.listen({ port: 0, host: '127.0.0.1' });
  closers.push(() => app.close());
  await allowedAndRefused(origin);
  // A POST (a customer may not search: 403) with a body: the proxy answers, Fastify parsed nothing.
  const search = await fetch(`${origin}/calico-proxy/enterprise/v2/users/search`, { method: 'POST', headers: { cookie: 'session=s-ada', 'content-type': 'application/json' }, body: '{"query":"a"}' });
  assert.deepEqual([search.status, search.headers.get('x-calico-proxy')], [403, 'forbidden']);
});

test('Hono on @hono/node-server', async () => {
  const { app } = await import('../../examples/server/hono.mjs');
  const { serve } = await import('@hono/node-server');
  const origin = await new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(`http://127.0.0.1:${info.port}`));
    closers.push(() => new Promise((done) => server.close(done)));
  });
  await allowedAndRefused(origin);
});

test('a Next.js route module, called as Next calls it', async () => {
  const route = await import('../../examples/server/next/app/calico-proxy/[...path]/route.js');
  const ask = (id, method = 'GET') => route[method](new Request(`https://portal.bank.example/calico-proxy/enterprise/v2/users/${id}${method === 'GET' ? '/assets' : ''}`, { method, headers: { cookie: 'session=s-ada' } }));
  assert.equal((await ask(ADA)).status, 200);
  assert.equal((await ask(OTHER)).status, 403);
  assert.equal((await ask(ADA, 'DELETE')).status, 403); // not even their own
});
