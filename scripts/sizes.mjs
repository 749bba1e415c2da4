// Gzip sizes of what a page downloads, and the bundle budget (`--budget` exits 1 when over):
//   - the script-tag bundle (dist/calico-widgets.min.js) with every widget: ≤ 40 kB gzip (cookie sessions
//     +0.3; the first hour +0.5: error words per kind with Details, selectable rows, caption parts, no-caption;
//     export and freshness +3.8: a script tag cannot load export's code on demand; calico-accounts,
//     calico-providers and partner-orders +1.8, export's review fixes +0.3: ≤ 40 kB; the detail panels
//     +3.8: the dialog, the transaction, member and user panels, the default panel, their words; ≤ 44 kB;
//     small screens and languages +1.3: the card layout, the locale registry, plural forms, the stats
//     bars as HTML; ≤ 45 kB — the translations themselves are separate files, 3.2–3.7 kB gzip each;
//     sessions and access, safe by default +1.0 (45.0 → 45.7): sign-out that ends panels, dialogs,
//     exports and timers in every widget, the deactivate state machine, `forbidden` and its words, the
//     waiting state, `all-users`, the console guidance for a missing input or a wrong base URL; ≤ 46 kB;
//     weight and speed −1.9 (47,078 → 45,131 B): its dynamic imports made static at build time, every
//     module in one scope; core shape +86 B, the list controller (45,217 B): ≤ 44.2 kB; then Lit's
//     decorators called directly −187 B, no namespace objects −99 B, panels composing through
//     one module +170 B, the held first skeleton +124 B: 45,208 B, still ≤ 44.2 kB)
//   - each single-widget ESM entry bundled with its dependencies (lit, zod), minified, what a page
//     downloads first (export's code loads on the first export and is shown beside it): ≤ 29.25 kB gzip
//     (the trust fixes cost ~0.7 kB: sessions that end, the deactivate safety, ids, token checks; the
//     first hour ~0.6 kB on calico-users; freshness, refresh-interval and export's glue, columns and words
//     ~1.9 kB on a list, ~1.0 kB on calico-stats; 29.25 kB in all, calico-users being the largest; the
//     detail panels 0.4–0.9 kB on a list (calico-users 28.7 → 29.6 measured as below): `detail`, opening,
//     focus, the panel's words; the panels themselves load on the first row opened: ≤ 30 kB; small
//     screens and languages +1.3 kB on every list (calico-users 29.6 → 30.9): the card styles, written
//     twice because `layout="cards"` and the 40rem container query cannot share one rule, the column
//     labels, the locale registry, plural forms in fill(): ≤ 31 kB; sessions and access, safe by default
//     +0.6 kB on a list, +0.8 kB on calico-users (31.0 → 31.8: the same as the script tag's line): ≤ 32 kB;
//     weight and speed: decorators called directly −133 to −185 B on every entry, the held first
//     skeleton +77 to +104 B: the largest (calico-transactions) 31,995 B: ≤ 31.5 kB).
//   - the autoloader page, new in weight and speed (#27): dist/calico-autoloader.min.js, the tag's chunk and
//     the chunks it imports, each file gzipped alone as a browser fetches them: ≤ 37.5 kB for the largest
//     (calico-transactions, 37.4 kB); then −119 B (the decorator helper, a composed tag's code in its own
//     entry file, the held first skeleton: 38,220 B): ≤ 37.4 kB. Heavier than the tag's own entry (31.2 kB): the code nine widgets
//     share is split into shared chunks (cross-chunk names, one gzip per file), and the loader is 1.6 kB;
//     a page with two widgets pays the shared part once (the goal, 24 kB, is not reached: #27's note).
//   - an app that imports every widget (calico-widgets/define): at most 3 files at start, new in #27
//     (a panel's three import()s of tags such an app imports statically had split it into 11).
// Measured as an app's build bundles (Vite outside lib mode): the entry chunk may export what on-demand
// chunks share with it. Lib mode's strict entry would move that into extra chunks, +0.8 kB of glue.
// The goal is lower (30 and 23 kB): the budget is the ratchet that keeps what has been reached.
// Deterministic: the same build gives the same bytes. Run after `npm run build`.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { ELEMENTS, terserAfterDeadCode } from './build-config.mjs';

export const BUDGET = { script: 43.5 * 1024, element: 30.5 * 1024, autoload: 36.5 * 1024 };
/**
 * Files an app that imports every widget (`calico-widgets/define`) loads before any widget runs. Three
 * separate `import()`s of tags a page also imports statically (a panel's lists) made Vite 8 split that
 * start-up code into 11 files; one module for the three (src/elements/person-lists.ts) makes it 3.
 */
export const MAX_START_FILES = 3;
const gzip = (code) => gzipSync(code, { level: 9 }).length;

/**
 * Bundles one module with everything it imports, as an app's bundler would. Returns the code a page
 * downloads first (the entry chunk), and the code loaded on demand (dynamic imports: export's code).
 */
export async function chunks(entry, app = true) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [terserAfterDeadCode()], // as the build minifies, with dead code out first as Vite's default does
    build: {
      write: false, target: 'es2022', lib: { entry, formats: ['es'], fileName: 'bundle' },
      // As an app's build does (Vite's default outside lib mode): the entry chunk may export what the
      // on-demand chunks share with it, instead of moving that into extra chunks loaded first anyway.
      rollupOptions: { external: [], preserveEntrySignatures: app ? false : 'strict' },
    },
  });
  const out = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const join = (list) => list.map((o) => o.code).join('\n');
  // What loads first: the entry chunk and every chunk it imports statically (a bundler may split shared code out).
  const byName = new Map(out.map((o) => [o.fileName, o]));
  const first = loadedWith(out.filter((o) => o.isEntry), (o) => o.imports.filter((name) => byName.has(name)).map((name) => byName.get(name)));
  return { initial: join([...first]), onDemand: join(out.filter((o) => !first.has(o))), files: first.size };
}

/** `starts` and everything they import statically, transitively (`importsOf` one step): what a page loads with them. */
function loadedWith(starts, importsOf) {
  const seen = new Set();
  const visit = (item) => seen.has(item) || (seen.add(item), importsOf(item).forEach(visit));
  starts.forEach(visit);
  return seen;
}

/** All of it, as one string. */
export const bundled = async (entry) => {
  const { initial, onDemand } = await chunks(entry, false);
  return `${initial}\n${onDemand}`;
};

export async function measure() {
  const rows = [];
  const script = readFileSync('dist/calico-widgets.min.js', 'utf8');
  rows.push({ name: 'script tag: dist/calico-widgets.min.js (all widgets)', raw: Buffer.byteLength(script), gzip: gzip(script), budget: BUDGET.script });
  // The nine bundles at once: the minifier's work spreads over the cores (the same bytes, in less time).
  const entries = await Promise.all(ELEMENTS.map((tag) => chunks(`dist/elements/${tag}/define.js`)));
  ELEMENTS.forEach((tag, i) => {
    const { initial, onDemand } = entries[i];
    rows.push({ name: `calico-widgets/${tag} (+ lit, zod)`, raw: Buffer.byteLength(initial), gzip: gzip(initial), budget: BUDGET.element, onDemand: onDemand && gzip(onDemand) });
  });
  // The autoloader page: the loader, the tag's chunk and every chunk it imports statically, each file
  // gzipped on its own as a browser downloads them (dist/autoload/chunks.json is the build's graph).
  const graph = JSON.parse(readFileSync('dist/autoload/chunks.json', 'utf8'));
  const file = (name) => readFileSync(`dist/${name}`, 'utf8');
  const loader = file('calico-autoloader.min.js');
  rows.push({ name: 'autoloader: dist/calico-autoloader.min.js alone', raw: Buffer.byteLength(loader), gzip: gzip(loader) });
  for (const tag of ELEMENTS) {
    const files = loadedWith([graph.tags[tag]], (name) => graph.imports[name]);
    const all = [loader, ...[...files].map(file)];
    rows.push({ name: `autoloader page: <${tag}> (${files.size} chunks)`, raw: all.reduce((n, code) => n + Buffer.byteLength(code), 0), gzip: all.reduce((n, code) => n + gzip(code), 0), budget: BUDGET.autoload });
  }
  const all = await chunks('dist/define.js');
  rows.push({ name: 'calico-widgets/define (all widgets, + lit, zod)', raw: Buffer.byteLength(all.initial), gzip: gzip(all.initial), files: all.files, maxFiles: MAX_START_FILES });
  const client = await bundled('dist/client/calico.js');
  rows.push({ name: 'Calico client + schemas only (+ zod)', raw: Buffer.byteLength(client), gzip: gzip(client) });
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  for (const r of rows) {
    const verdict = r.budget
      ? (r.gzip <= r.budget ? `ok (budget ${kb(r.budget)})` : `OVER BUDGET (${kb(r.budget)})`)
      : r.maxFiles ? `${r.files} files at start: ${r.files <= r.maxFiles ? 'ok' : 'TOO MANY'} (at most ${r.maxFiles})` : '';
    const later = r.onDemand ? `  (+ ${kb(r.onDemand)} gzip on first use: export, detail)` : '';
    console.log(`${r.name.padEnd(52)} ${kb(r.gzip).padStart(8)} gzip ${kb(r.raw).padStart(9)} raw  ${verdict}${later}`);
  }
  const over = rows.filter((r) => (r.budget && r.gzip > r.budget) || (r.maxFiles && r.files > r.maxFiles));
  if (process.argv.includes('--budget') && over.length) {
    console.error(`bundle budget exceeded (size, or files at start): ${over.map((r) => r.name).join(', ')}`);
    process.exit(1);
  }
}
