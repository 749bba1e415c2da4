// The sandbox's published entries, in Node: they refuse NODE_ENV=production unless it is allowed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tsImport } from 'tsx/esm/api';

const { sandboxMiddleware, sandboxKoaMiddleware } = await tsImport('../../src/sandbox/adapters/node.ts', import.meta.url);
const { handleSandboxRequest } = await tsImport('../../src/sandbox/index.ts', import.meta.url);
const { sandboxMswHandlers } = await tsImport('../../src/sandbox/adapters/msw.ts', import.meta.url);
const msw = { all: () => ({}) };

test('the sandbox refuses to start with NODE_ENV=production unless explicitly allowed', async (t) => {
  const saved = { ...process.env };
  t.after(() => Object.assign(process.env, saved));
  process.env.NODE_ENV = 'production';
  delete process.env.CALICO_SANDBOX_ALLOW_PRODUCTION;
  for (const start of [sandboxMiddleware, sandboxKoaMiddleware, () => sandboxMswHandlers(msw)]) assert.throws(start, /never a backend/);
  await assert.rejects(handleSandboxRequest(new Request('http://localhost/sandbox/token', { method: 'POST' })), /never a backend/);
  process.env.CALICO_SANDBOX_ALLOW_PRODUCTION = '1';
  for (const start of [sandboxMiddleware, sandboxKoaMiddleware, () => sandboxMswHandlers(msw)]) assert.doesNotThrow(start);
  assert.equal((await handleSandboxRequest(new Request('http://localhost/sandbox/token', { method: 'POST' }))).status, 200);
});

test('in development it starts as usual', () => {
  const saved = process.env.NODE_ENV;
  process.env.NODE_ENV = 'development';
  try {
    assert.doesNotThrow(sandboxMiddleware);
  } finally {
    process.env.NODE_ENV = saved;
  }
});
