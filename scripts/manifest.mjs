// Completes custom-elements.json where the analyzer cannot: what every element inherits from the base
// class (its JSDoc tags are not inherited), the real types behind the base's generics, and the custom
// properties each element reads (from its styles, described once in docs/theming.md). Run by the build
// after `cem analyze`; `node scripts/manifest.mjs` alone rewrites the manifest and docs/elements.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Tags every element renders through the shared templates, by kind. The element's own JSDoc wins. */
const SHARED = {
  all: {
    slots: [['error', 'Replaces the default error text (Details and Retry stay).'], ['unauthorized', 'Replaces the default text when the credential was refused.']],
    cssParts: [['error', 'The error panel.'], ['error-details', "The error panel's collapsed Details: the status and the server's words, for support staff."]],
  },
  list: {
    slots: [['empty', 'Shown when there is nothing to list.'], ['partial', 'Replaces the text saying which sources could not be loaded.']],
    cssParts: [
      ['table', 'The table.'], ['caption', 'The caption (with `no-caption`, for screen readers only).'], ['header-cell', 'A column header.'],
      ['row', 'A row.'], ['cell', 'A cell.'], ['pagination', 'The pager.'], ['empty', 'The empty state.'], ['partial', 'Which sources could not be loaded.'],
    ],
  },
  stats: {
    cssParts: [['table', "A chart's data table."], ['caption', "A data table's caption (for screen readers)."], ['header-cell', "A data table's column header."], ['row', 'A data table row.'], ['cell', 'A data table cell.']],
  },
};
/** Inherited from the list base, meaningless on an element without a list. */
const NOT_ON_STATS = new Set(['pageSize', 'page-size', 'selectable', 'noCaption', 'no-caption']);

/** `--calico-*` name → description, from the table in docs/theming.md (a test keeps it true to the styles). */
function propertyDescriptions() {
  const out = new Map();
  for (const line of readFileSync('docs/theming.md', 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (!cells[1]?.startsWith('`--calico-')) continue;
    out.set(cells[1].slice(1, -1), `${cells[3]} (default ${cells[2].replace(/`/g, '')}).`.replace(/^./, (c) => c.toUpperCase()));
  }
  return out;
}

const read = (path) => readFileSync(path, 'utf8');
const merge = (own = [], shared = []) => {
  const names = new Set(own.map((x) => x.name));
  return [...own, ...shared.filter(([name]) => !names.has(name)).map(([name, description]) => ({ name, description }))];
};

export function completeManifest() {
  const manifest = JSON.parse(read('custom-elements.json'));
  const described = propertyDescriptions();
  const sharedStyles = read('src/templates/styles.ts');
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      // The analyzer also reads `dispatchEvent(new CalicoLoadEvent(items, page))` as events named after
      // the arguments: only our documented `calico-*` events are events.
      if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('calico-'));
      if (!decl.customElement || !decl.tagName) continue;
      const source = read(mod.path);
      // WidgetElement<C, S>: say which client and which strings, not the placeholders.
      const [, client, strings] = /extends WidgetElement<(\w+), (\w+)>/.exec(source) ?? [];
      const stats = decl.tagName === 'calico-stats';
      for (const list of [decl.members ?? [], decl.attributes ?? []]) {
        for (const m of list) {
          if (m.type?.text && client) m.type.text = m.type.text.replace(/\bC\b/g, client).replace(/\bS\b/g, strings);
        }
      }
      if (stats) {
        decl.members = decl.members?.filter((m) => !NOT_ON_STATS.has(m.name));
        decl.attributes = decl.attributes?.filter((a) => !NOT_ON_STATS.has(a.name));
      }
      const kind = stats ? SHARED.stats : SHARED.list;
      decl.slots = merge(decl.slots, [...SHARED.all.slots, ...(kind.slots ?? [])]);
      decl.cssParts = merge(decl.cssParts, [...SHARED.all.cssParts, ...kind.cssParts]);
      const read_ = new Set([...`${sharedStyles}\n${source}`.matchAll(/--calico-[a-z-]+/g)].map(([name]) => name));
      const own = new Map((decl.cssProperties ?? []).map((p) => [p.name, p.description]));
      decl.cssProperties = [...read_].sort().map((name) => ({ name, description: own.get(name) ?? described.get(name) ?? '' }));
      const undocumented = decl.cssProperties.filter((p) => !p.description).map((p) => p.name);
      if (undocumented.length) throw new Error(`${decl.tagName} reads ${undocumented.join(', ')}, which docs/theming.md does not describe`);
    }
  }
  writeFileSync('custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  completeManifest();
  execFileSync('node', ['scripts/docs.mjs'], { stdio: 'inherit' });
}
