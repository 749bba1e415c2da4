// The element reference a reader trusts: custom-elements.json (made by `npm run build`, which npm test
// runs first) has real types, only what applies to each element, and a word for every attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const byTag = Object.fromEntries(elements.map((d) => [d.tagName, d]));

test('nine elements, no generic placeholders in any type', () => {
  assert.equal(elements.length, 9);
  for (const d of elements) {
    for (const m of [...(d.members ?? []), ...(d.attributes ?? [])]) {
      assert.doesNotMatch(m.type?.text ?? '', /\b[CS]\b/, `${d.tagName}.${m.name}: ${m.type?.text}`);
    }
  }
  assert.equal(byTag['partner-user-list'].members.find((m) => m.name === 'client').type.text, 'PartnerClient | undefined');
  assert.equal(byTag['calico-users'].members.find((m) => m.name === 'strings').type.text, 'Partial<UsersStrings>');
});

test('every attribute says what it does; calico-stats has no list-only ones', () => {
  for (const d of elements) for (const a of d.attributes ?? []) assert.ok(a.description, `${d.tagName} [${a.name}] has no description`);
  const stats = byTag['calico-stats'].attributes.map((a) => a.name);
  for (const listOnly of ['page-size', 'selectable', 'no-caption']) assert.ok(!stats.includes(listOnly), listOnly);
});

test('each element lists the parts and slots its templates render, and every custom property it reads', () => {
  for (const d of elements) {
    const parts = d.cssParts.map((p) => p.name);
    for (const part of ['table', 'caption', 'header-cell', 'row', 'cell', 'error', 'error-details']) assert.ok(parts.includes(part), `${d.tagName} ::part(${part})`);
    if (d.tagName !== 'calico-stats') for (const part of ['partial', 'pagination', 'empty']) assert.ok(parts.includes(part), `${d.tagName} ::part(${part})`);
    assert.ok(d.slots.some((s) => s.name === 'error'));
    const props = d.cssProperties.map((p) => p.name);
    for (const prop of ['--calico-color-text', '--calico-radius', '--calico-space', '--calico-focus-ring']) assert.ok(props.includes(prop), `${d.tagName} ${prop}`);
  }
  assert.ok(byTag['calico-users'].slots.some((s) => s.name === 'partial'));
  assert.ok(byTag['calico-user-accounts'].cssParts.some((p) => p.name === 'partial'));
});

test('the lists extend ListElement, which extends WidgetElement (one class chain, no mixin)', () => {
  const mod = manifest.modules.find((m) => m.path === 'src/elements/list-element.ts');
  assert.deepEqual(mod.declarations.map((d) => `${d.kind} ${d.name}`), ['class ListElement']);
  assert.equal(mod.declarations[0].superclass?.name, 'WidgetElement');
  for (const tag of ['calico-users', 'calico-transactions', 'partner-user-list']) {
    assert.equal(byTag[tag].mixins, undefined, tag);
    assert.equal(byTag[tag].superclass?.name, 'ListElement', tag);
  }
  assert.equal(byTag['calico-stats'].superclass?.name, 'WidgetElement');
});
