// The rooms of src/ keep to their doors: an element's registration (its define module) is imported only
// by the registering entries (src/define.ts) and by src/elements/compose.ts, the one module through which
// a panel composes other elements; never by a panel or another element directly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const src = resolve('src');
const files = readdirSync(src, { recursive: true }).filter((f) => f.endsWith('.ts')).map((f) => join(src, f));
const imports = (file) => [...readFileSync(file, 'utf8').matchAll(/\bimport\s*(?:[^'"]*?\bfrom\s*)?\(?\s*['"](\.[^'"]+)['"]/g)].map((m) => resolve(dirname(file), m[1]));

test('an element is registered for a panel only through src/elements/compose.ts', () => {
  const allowed = new Set(['define.ts', 'elements/compose.ts']);
  const found = files.flatMap((file) =>
    imports(file)
      .filter((target) => /\/elements\/[\w-]+\/define\.js$/.test(target))
      .map((target) => `${relative(src, file)} -> ${relative(src, target)}`),
  ).filter((edge) => !allowed.has(edge.split(' -> ')[0]));
  assert.deepEqual(found, []);
});

test('compose.ts registers the elements the panels show', () => {
  const targets = imports(join(src, 'elements/compose.ts')).map((t) => relative(src, t));
  assert.deepEqual(targets.sort(), ['elements/calico-transactions/define.js', 'elements/calico-user-accounts/define.js', 'elements/calico-user-assets/define.js', 'elements/partner-orders/define.js']);
});
