// Completes custom-elements.json where the analyzer cannot. Run by the build after `cem analyze`;
// `node scripts/manifest.mjs` alone rewrites the manifest (from the analyzer's output) and docs/elements.md.
//
// - Generics: the base class is `WidgetElement<C, S>`; each element's `client` and `strings` get the
//   types its `extends WidgetElement<…>` (or `extends ListElement<…>`) names, read from
//   its source, so no `C` or `S` is left.
// - Public API only: protected and private members are dropped (Storybook would show them as controls).
// - What applies needs nothing here: the shared slots and parts are JSDoc on WidgetElement, the lists'
//   on ListElement, and the analyzer's inheritance copies them to the elements that have them.
// - Custom properties: derived from the styles, not written by hand: every `var(--calico-*)` in the
//   element's module and the modules it imports (src/templates/styles.ts through WidgetElement). Each is
//   described by its row in docs/theming.md's table; an element's own `@cssprop` adds what is particular
//   to it ("Here: …"). A property without a row, or an `@cssprop` the styles do not read, fails the build.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { execFileSync } from 'node:child_process';

const BASE = { name: 'WidgetElement', path: 'src/elements/widget-element.ts' };
const read = (path) => readFileSync(path, 'utf8');
const fail = (message) => {
  throw new Error(`custom-elements.json: ${message}`);
};

/** `WidgetElement<C extends …, S extends …>` → ['C', 'S']; `extends WidgetElement<CalicoClient, UsersStrings>` → its arguments. */
const GENERICS = new RegExp(`class ${BASE.name}<(\\w+) extends [^,]+, (\\w+) extends`);
const ARGUMENTS = /extends (?:ListElement|WidgetElement)<(\w+), (\w+)>/;

/** Replaces the type parameters in every `type.text` under `node` (members, attributes, parameters, returns). */
function substitute(node, args) {
  if (Array.isArray(node)) return node.forEach((n) => substitute(n, args));
  if (!node || typeof node !== 'object') return;
  if (typeof node.type?.text === 'string') node.type.text = node.type.text.replace(/\b\w+\b/g, (word) => args.get(word) ?? word);
  for (const value of Object.values(node)) substitute(value, args);
}

/** A module and, transitively, the project modules it imports (`./x.js` → `./x.ts`). */
function moduleGraph(entry, seen = new Set()) {
  const path = normalize(entry);
  if (seen.has(path) || !existsSync(path)) return seen;
  seen.add(path);
  for (const [, spec] of read(path).matchAll(/(?:from|import)\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    moduleGraph(join(dirname(path), spec.replace(/\.js$/, '.ts')), seen);
  }
  return seen;
}

/** The `--calico-*` properties an element's styles read: every `var(--calico-…)` in its module graph. */
function propertiesRead(entry) {
  const names = new Set();
  for (const path of moduleGraph(entry)) for (const [, name] of read(path).matchAll(/var\(\s*(--calico-[\w-]+)/g)) names.add(name);
  return [...names].sort();
}

/** docs/theming.md's custom-property table: name → "What it styles. Default: …". */
function propertyDescriptions() {
  const cells = (line) => line.split('|').slice(1, -1).map((c) => c.trim());
  const lines = read('docs/theming.md').split('\n');
  const start = lines.findIndex((l) => /^\|\s*custom property\s*\|/i.test(l));
  if (start < 0) fail('docs/theming.md has no "| custom property | …" table');
  const head = cells(lines[start]);
  const defaultColumn = head.findIndex((h) => /^default/i.test(h));
  const whatColumn = head.length - 1;
  if (defaultColumn < 1 || defaultColumn === whatColumn) fail(`docs/theming.md: unexpected columns ${head.join(' | ')}`);
  const out = new Map();
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const row = cells(line);
    const name = /^`(--calico-[\w-]+)`$/.exec(row[0])?.[1];
    if (!name) continue;
    const what = row[whatColumn].replace(/^./, (c) => c.toUpperCase()).replace(/\.?$/, '.');
    const pair = /^(`[^`]+`)\s*\/\s*(`[^`]+`)$/.exec(row[defaultColumn]);
    out.set(name, { what, default: pair ? `${pair[1]} (light), ${pair[2]} (dark)` : row[defaultColumn] });
  }
  return out;
}

const byName = (a, b) => a.name.localeCompare(b.name);

export function completeManifest() {
  const manifest = JSON.parse(read('custom-elements.json'));
  const described = propertyDescriptions();
  const params = GENERICS.exec(read(BASE.path))?.slice(1);
  if (!params) fail(`cannot read the type parameters of ${BASE.name} in ${BASE.path}`);
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      // The analyzer also reads `dispatchEvent(new CalicoLoadEvent(items, page))` as events named after
      // the arguments: only our documented `calico-*` events are events.
      if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('calico-'));
      if (!decl.customElement || !decl.tagName) continue;
      const tag = decl.tagName;
      const source = read(mod.path);

      // The public API only: a reader (and Storybook's controls) has no use for protected or # members.
      decl.members = (decl.members ?? []).filter((m) => !m.privacy && !m.name.startsWith('#'));

      // WidgetElement<C, S>: say which client and which strings, not the placeholders (test/node/manifest.test.mjs checks none is left).
      const args = ARGUMENTS.exec(source)?.slice(1);
      if (!args) fail(`<${tag}> does not extend ${BASE.name}<client, strings>`);
      substitute([decl.members, decl.attributes, decl.events], new Map(params.map((p, i) => [p, args[i]])));

      decl.slots = (decl.slots ?? []).sort(byName);
      decl.cssParts = (decl.cssParts ?? []).sort(byName);
      for (const x of [...decl.slots, ...decl.cssParts, ...(decl.attributes ?? [])]) {
        if (!x.description) fail(`<${tag}> ${x.name} has no description`);
      }

      // Custom properties: what the styles read, described once in docs/theming.md.
      const read_ = propertiesRead(mod.path);
      const notes = new Map((decl.cssProperties ?? []).filter((p) => !p.inheritedFrom).map((p) => [p.name, p.description ?? '']));
      const unread = [...notes.keys()].filter((name) => !read_.includes(name));
      if (unread.length) fail(`<${tag}> documents ${unread.join(', ')} (@cssprop), which its styles do not read`);
      const undocumented = read_.filter((name) => !described.has(name));
      if (undocumented.length) fail(`<${tag}> reads ${undocumented.join(', ')}, which docs/theming.md does not describe`);
      decl.cssProperties = read_.map((name) => {
        const { what, default: fallback } = described.get(name);
        const note = notes.get(name)?.trim().replace(/\.?$/, '.');
        return { name, description: [what, note, `Default: ${fallback}.`].filter(Boolean).join(' ') };
      });
    }
  }
  writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  completeManifest();
  execFileSync('node', ['scripts/docs.mjs'], { stdio: 'inherit' });
}
