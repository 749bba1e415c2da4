// `node scripts/weight.mjs [tag|file]`: where a page's bytes go. Bundles one entry with
// rollup-plugin-visualizer, and prints the heaviest modules and the split by package / folder
// (gzip of each module alone: a guide to what to cut, not additive to the exact total). Minified by
// Vite's own terser step, as the visualizer reads modules' sizes from it: unlike sizes.mjs (terser after
// Rolldown's dead-code pass), code that pass drops is still counted here, a few hundred bytes.
// Writes the visualizer's treemap to node_modules/.weight/<name>.html to browse.
import { build } from 'vite';
import { mkdirSync, readFileSync } from 'node:fs';
import { visualizer } from 'rollup-plugin-visualizer';
import { ELEMENTS, TERSER } from './build-config.mjs';

const arg = process.argv[2] ?? 'calico-users';
const entry = ELEMENTS.includes(arg) ? `dist/elements/${arg}/define.js` : arg;
const name = arg.replace(/\W+/g, '_');
mkdirSync('node_modules/.weight', { recursive: true });
const plugin = (template, filename) => visualizer({ template, filename, gzipSize: true, brotliSize: false });
await build({
  configFile: false, logLevel: 'silent', publicDir: false,
  build: {
    write: false, minify: 'terser', terserOptions: TERSER, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'bundle' },
    rollupOptions: { preserveEntrySignatures: false, plugins: [plugin('raw-data', `node_modules/.weight/${name}.json`), plugin('treemap', `node_modules/.weight/${name}.html`)] },
  },
});
const data = JSON.parse(readFileSync(`node_modules/.weight/${name}.json`, 'utf8'));
// What loads first: the entry chunk (bundle.js); the other chunks load on first use.
const initial = process.env.ALL ? null : 'bundle.js';
const modules = Object.entries(data.nodeMetas).map(([, meta]) => {
  const parts = Object.entries(meta.moduleParts).filter(([chunk]) => !initial || chunk === initial).map(([, uid]) => data.nodeParts[uid]);
  return { id: meta.id, gzip: parts.reduce((s, p) => s + p.gzipLength, 0), rendered: parts.reduce((s, p) => s + p.renderedLength, 0) };
}).filter((m) => m.rendered > 0);
const group = (id) => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1];
  return id.replace(/^.*?\/dist\//, '').split('/').slice(0, 2).join('/').replace(/\.js$/, '');
};
const kb = (n) => `${(n / 1024).toFixed(2)} kB`;
const groups = new Map();
for (const m of modules) {
  const g = groups.get(group(m.id)) ?? { gzip: 0, rendered: 0 };
  groups.set(group(m.id), { gzip: g.gzip + m.gzip, rendered: g.rendered + m.rendered });
}
console.log(`${arg}${initial ? ' (first load)' : ' (all chunks)'}: ${modules.length} modules, ${kb(modules.reduce((s, m) => s + m.gzip, 0))} gzip summed per module`);
console.log('\nby package / folder:');
for (const [g, n] of [...groups].sort((a, b) => b[1].rendered - a[1].rendered)) console.log(`  ${kb(n.gzip).padStart(9)} gzip ${kb(n.rendered).padStart(9)} minified  ${g}`);
console.log('\nheaviest modules:');
for (const m of modules.sort((a, b) => b.rendered - a.rendered).slice(0, Number(process.env.TOP ?? 25))) console.log(`  ${kb(m.gzip).padStart(9)} gzip ${kb(m.rendered).padStart(9)} minified  ${m.id.replace(/^.*?\/(dist|node_modules)\//, '$1/')}`);
