// The rooms of src/ keep to their doors: an element's registration (its define module, or src/define.ts
// for all of them) is imported only by the registering entries and by src/elements/compose.ts, the one
// module through which a panel composes other elements (with person-lists.ts, which it loads); never by
// a panel or another element directly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseSync } from 'oxc-parser';

const src = resolve('src');
const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => join(src, f));

/** Every module a file names: imports, re-exports and dynamic imports (a non-literal one as `?`). */
function imports(file) {
  const code = readFileSync(file, 'utf8');
  const { module: m, errors } = parseSync(file, code);
  assert.deepEqual(errors, [], file);
  const named = [
    ...m.staticImports.map((i) => i.moduleRequest.value),
    ...m.staticExports.flatMap((e) => e.entries.map((x) => x.moduleRequest?.value).filter(Boolean)),
    ...m.dynamicImports.map((d) => /^(['"])(.*)\1$/.exec(code.slice(d.moduleRequest.start, d.moduleRequest.end))?.[2] ?? '?'),
  ];
  return named.map((name) => (name.startsWith('.') ? relative(src, resolve(dirname(file), name)).replace(/\.(js|ts)$/, '') : name));
}
const registration = (target) => target === 'define' || /^elements\/[\w-]+\/define$/.test(target);
const allowed = { 'browser.ts': ['define'], 'define.ts': 'elements', 'elements/compose.ts': 'elements', 'elements/person-lists.ts': 'elements' };

test('an element is registered for a panel only through src/elements/compose.ts', () => {
  const found = [];
  for (const file of files) {
    const from = relative(src, file);
    for (const target of imports(file)) {
      // The autoloader's are the build's chunk addresses; anywhere else a computed import() could hide one.
      if (target === '?') from === 'autoloader.ts' || found.push(`${from} -> a computed import()`);
      else if (registration(target) && !(allowed[from] === 'elements' ? target !== 'define' : allowed[from]?.includes(target))) found.push(`${from} -> ${target}`);
    }
  }
  assert.deepEqual(found, []);
});

test('compose.ts registers the elements the panels show', () => {
  assert.deepEqual(imports(join(src, 'elements/compose.ts')).sort(), ['elements/partner-orders/define', 'elements/person-lists']);
  assert.deepEqual(imports(join(src, 'elements/person-lists.ts')).sort(), ['elements/calico-transactions/define', 'elements/calico-user-accounts/define', 'elements/calico-user-assets/define']);
});

test("compose.ts's PERSON_LISTS names the tags person-lists.ts imports (it skips the import when they are defined)", () => {
  const file = join(src, 'elements/compose.ts');
  const { program } = parseSync(file, readFileSync(file, 'utf8'));
  const declarator = program.body.flatMap((node) => (node.type === 'VariableDeclaration' ? node.declarations : [])).find((d) => d.id.name === 'PERSON_LISTS');
  const listed = declarator?.init?.elements?.map((e) => e.value) ?? [];
  const imported = imports(join(src, 'elements/person-lists.ts')).map((target) => /^elements\/([\w-]+)\/define$/.exec(target)?.[1]);
  assert.deepEqual([...listed].sort(), [...imported].sort());
});
