// The build's decorator helper (scripts/property-decorators.mjs): Lit's field decorators run exactly as
// with the TypeScript transform's own helper; any other kind of decorator stops the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transformWithOxc } from 'vite';
import { propertyDecorators } from '../../scripts/property-decorators.mjs';

const plugin = propertyDecorators();
const context = { error: (message) => { throw new Error(message); } };
const compile = async (source) => {
  const { code } = await transformWithOxc(source, '/repo/src/x.ts', { decorator: { legacy: true }, typescript: { removeClassFieldsWithoutInitializer: true } });
  return plugin.transform.call(context, code, '/repo/src/x.ts')?.code ?? code;
};
const helper = async () => {
  const source = plugin.load(plugin.resolveId('\0calico-decorate'));
  return (await import(`data:text/javascript,${encodeURIComponent(source)}`)).default;
};

test('field decorators: the short helper, called with (prototype, name) as Lit expects', async () => {
  const out = await compile('export class A { @property({ type: Number }) size = 1; @state() open = false; @a() @b() both = 0; }');
  assert.match(out, /^\(property\(\{ type: Number \}\)\)\(A\.prototype, "size"\);$/m, 'one decorator: called directly');
  assert.match(out, /^\(state\(\)\)\(A\.prototype, "open"\);$/m);
  assert.match(out, /^_decorate\(\[a\(\), b\(\)\], A\.prototype, "both"\);$/m, 'several: through the short helper');
  assert.match(out, /^import _decorate from "\\u0000calico-decorate";$/m);
  assert.doesNotMatch(out, /@oxc-project\/runtime/);
  assert.doesNotMatch(out, /void 0\)/);
  const decorate = await helper();
  const calls = [];
  const proto = {};
  decorate([(p, n) => calls.push(['a', p, n]), (p, n) => calls.push(['b', p, n])], proto, 'size');
  assert.deepEqual(calls, [['b', proto, 'size'], ['a', proto, 'size']], 'last to first, as __decorate');
});

test('names with $ are copied as written', async () => {
  const out = await compile(`export class A$$B { @property({ attribute: 'cost$$' }) x$$ = 1; @property({ attribute: "x$'" }) y = 2; }`);
  assert.match(out, /A\$\$B\.prototype, "x\$\$"\)/);
  assert.match(out, /attribute: "cost\$\$"/);
  assert.match(out, /attribute: "x\$'"/);
});

test('a class or method decorator is refused, not run wrongly', async () => {
  await assert.rejects(compile('@customElement("x-a") export class A { size = 1; }'), /not a field decorator/);
  await assert.rejects(compile('export class A { @bound go() {} }'), /not a field decorator/);
  // Beside a binding named like the helper, the transform names it `_decorate2`: still refused.
  await assert.rejects(compile('export const f = (_decorate) => _decorate; @customElement("x-b") export class B { size = 1; }'), /not a field decorator/);
  await assert.rejects(compile('export const f = (_decorate) => _decorate; export class C { @property() a = 1; @bound go() {} }'), /not a field decorator/);
});

test('code without decorators is left alone', async () => {
  assert.equal(plugin.transform.call(context, 'export const a = 1;', '/repo/src/x.ts'), null);
});
