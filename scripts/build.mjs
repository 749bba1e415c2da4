// `npm run build`: ESM modules + .d.ts (npm), the self-registering script-tag bundle, and
// custom-elements.json. lit and zod stay dependencies of the ESM build; the script bundle has all.
import { build, normalizePath } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyTemplates } from './minify-templates.mjs';
import { propertyDecorators } from './property-decorators.mjs';
import { applyEdits, nodes } from './syntax.mjs';
import { ELEMENTS, LOCALES, TERSER, terserAfterDeadCode } from './build-config.mjs';
import { completeManifest } from './manifest.mjs';
import { writeIntegrity } from './integrity.mjs';
import { bundledPackages, writeNotices } from './notices.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const common = { configFile: false, logLevel: 'warn', publicDir: false, plugins: [minifyTemplates(), propertyDecorators()], define: { __VERSION__: JSON.stringify(pkg.version) } };

rmSync('dist', { recursive: true, force: true });

// 1. ESM, one module per source file, for bundlers (tree-shaking picks what a page uses).
await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        'sandbox/index': 'src/sandbox/index.ts',
        'sandbox/adapters/msw': 'src/sandbox/adapters/msw.ts',
        'sandbox/adapters/node': 'src/sandbox/adapters/node.ts',
        'server/index': 'src/server/index.ts',
        ...Object.fromEntries(ELEMENTS.map((tag) => [`elements/${tag}/define`, `src/elements/${tag}/define.ts`])),
        ...Object.fromEntries(LOCALES.map((lang) => [`locales/${lang}`, `src/locales/${lang}.ts`])),
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^node:/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

/**
 * Entries written here instead of as files: `virtual:<name>` → its code. (Vite's lib mode hands an entry
 * over as a path, `<cwd>/virtual:<name>`.)
 */
const virtualEntries = (modules) => ({
  name: 'virtual-entries',
  enforce: 'pre',
  resolveId: (id) => {
    const name = /(?:^|\/)virtual:([\w-]+)$/.exec(id)?.[1];
    return name && Object.hasOwn(modules, name) ? `\0virtual:${name}` : undefined;
  },
  load: (id) => (id.startsWith('\0virtual:') ? modules[id.slice('\0virtual:'.length)] : undefined),
});

/** The packages the minified (script) builds took code from: their licences go into dist/. */
const bundled = new Map();
/** A minified build of `lib` into `outDir`: an ES module, or (`script`) a classic script (IIFE). */
const minified = (outDir, lib, { script = false, modules = {}, define = {}, plugins = [], rollupOptions } = {}) =>
  build({
    ...common,
    plugins: [...common.plugins, virtualEntries(modules), ...plugins, bundledPackages(bundled), terserAfterDeadCode(script ? { ...TERSER, module: false, toplevel: false } : TERSER)],
    define: { ...common.define, ...define },
    build: { outDir, emptyOutDir: false, target: 'es2022', lib, rollupOptions },
  });
const src = resolve('src');

/**
 * The one-file bundle inlines every dynamic import anyway (no chunks to load), so it makes them static:
 * `import('./x.js')` becomes a namespace import already there, and the bundler hoists every module into one
 * scope instead of wrapping each in a lazy initialiser (smaller, and no init calls at run time). No
 * namespace object where the code does not need one: an import only waited for,
 * `import('./x.js').then(() => …)`, becomes `import './x.js'`; one whose names are picked at once,
 * `import('./x.js').then(({ a, b: c }) => …)`, hands over `{ a, b }` from `import { a, b } from './x.js'`.
 * Found in the syntax tree, so an `import(` in a comment or a string is left alone.
 */
const srcDir = `${normalizePath(resolve('src'))}/`;
/**
 * What an `import()` hands on: `undefined` when its namespace is used as such; else the names picked at
 * once from it (`.then(({ a, b: c }) => …)`), none when it is only waited for (`.then(() => …)`).
 */
function pickedNames(node, parent, grandparent) {
  const then = grandparent?.type === 'CallExpression' && parent.type === 'MemberExpression' && parent.object === node && !parent.computed && parent.property.name === 'then';
  const [callback] = then ? grandparent.arguments : [];
  if (callback?.type !== 'ArrowFunctionExpression') return undefined;
  const [param] = callback.params;
  if (!param) return [];
  const simple = param.type === 'ObjectPattern' && param.properties.every((p) => p.type === 'Property' && !p.computed && p.key.type === 'Identifier');
  return simple ? [...new Set(param.properties.map((p) => p.key.name))] : undefined;
}
const staticImports = (only = () => true) => ({
  name: 'static-imports',
  transform(code, id) {
    if (!id.startsWith(srcDir) || !code.includes('import(')) return;
    const found = [];
    for (const [node, parent, grandparent] of nodes(this.parse(code))) {
      if (node.type === 'ImportExpression' && node.source.type === 'Literal' && /^\.\.?\//.test(node.source.value) && only(id, node.source.value)) found.push({ node, names: pickedNames(node, parent, grandparent) });
    }
    if (!found.length) return;
    // Numbered from the last to the first; the imports go last (they are hoisted).
    found.sort((a, b) => b.node.start - a.node.start);
    const edits = [];
    const imports = found.map(({ node, names }, i) => {
      const from = JSON.stringify(node.source.value);
      const value = !names ? `__static${i}` : names.length ? `{ ${names.map((n) => `${n}: __static${i}_${n}`).join(', ')} }` : '';
      edits.push([node.start, node.end, `Promise.resolve(${value})`]);
      return !names ? `import * as __static${i} from ${from};` : names.length ? `import { ${names.map((n) => `${n} as __static${i}_${n}`).join(', ')} } from ${from};` : `import ${from};`;
    });
    return { code: `${applyEdits(code, edits)}\n${imports.join('\n')}\n`, map: null };
  },
});

// 2. The script-tag bundle: everything in one minified file, exposed as window.CalicoWidgets.
await minified('dist', { entry: 'src/browser.ts', formats: ['iife'], name: 'CalicoWidgets', fileName: () => 'calico-widgets.min.js' }, { script: true, plugins: [staticImports()] });

// 2b. The autoloader: each tag's code an entry of its own and the code they share in shared chunks, all
// content-hashed, in dist/autoload/; then the small loader that knows their names (src/autoloader.ts).
// Each tag's entry defines the tag and hands the loader the shared sign-out and translations, so both
// work synchronously once any widget has loaded.
const tagEntries = Object.fromEntries(
  ELEMENTS.map((tag) => [`autoload-${tag}`, `import '${src}/elements/${tag}/define.ts';\nexport { clearSharedClients } from '${src}/client/registry.ts';\nexport { registerLocale } from '${src}/locales/registry.ts';\n`]),
);
/**
 * An element a panel composes (src/elements/compose.ts) loads as its tag's own entry file, the one a page
 * showing the tag loads: no copy of its code in a shared chunk, so every other tag's page is lighter.
 * So person-lists.ts, which registers three tags by importing them (one chunk in an app's bundle), is
 * swapped here for per-tag loads of the tags not yet defined, imported statically (staticImports): no
 * chunk of its own, no extra round trip before the tags load.
 */
const PERSON_LISTS = '\0virtual:person-lists';
const composedTags = () => ({
  name: 'composed-tags',
  enforce: 'pre',
  resolveId(id, importer) {
    const from = importer && normalizePath(importer);
    if (id === './person-lists.js' && from === `${srcDir}elements/compose.ts`) return PERSON_LISTS;
    const tag = /^\.\/([\w-]+)\/define\.js$/.exec(id)?.[1];
    if (tag && ELEMENTS.includes(tag) && (from === `${srcDir}elements/compose.ts` || from === PERSON_LISTS)) return `\0virtual:autoload-${tag}`;
  },
  load(id) {
    if (id !== PERSON_LISTS) return;
    // The tags it imports, from its syntax tree; any other import there is a mistake this swap would hide.
    const file = `${srcDir}elements/person-lists.ts`;
    const imported = this.parse(readFileSync(file, 'utf8'), { lang: 'ts' }).body.filter((node) => node.type === 'ImportDeclaration');
    const tags = imported.map((node) => /^\.\/([\w-]+)\/define\.js$/.exec(node.source.value)?.[1]);
    if (!tags.length || tags.some((tag) => !ELEMENTS.includes(tag))) this.error(`${file}: only imports of './<tag>/define.js' are expected there`);
    const loads = tags.map((tag) => `customElements.get('${tag}') || import('./${tag}/define.js')`);
    return `export const load = () => Promise.all([${loads.join(', ')}]);\n`;
  },
});
const autoload = await minified('dist/autoload', { entry: { ...Object.fromEntries(ELEMENTS.map((tag) => [tag, `virtual:autoload-${tag}`])), api: 'src/browser-api.ts' }, formats: ['es'] }, {
  modules: tagEntries,
  plugins: [composedTags(), staticImports((id, specifier) => id === `${srcDir}elements/compose.ts` && specifier === './person-lists.js')],
  // Strict: a tag's entry chunk exports only what the autoloader reads, and nothing imports it
  // statically, so a retry under a new address loads one copy. (A panel imports a tag it composes
  // dynamically, at its plain address, only while the tag is not defined.)
  rollupOptions: { preserveEntrySignatures: 'strict', output: { entryFileNames: '[name]-[hash].js', chunkFileNames: 'chunk-[hash].js' } },
});
const chunks = (Array.isArray(autoload) ? autoload : [autoload]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
// The swapped person-lists module is imported statically (staticImports above): a chunk of its own would
// cost the users panel a round trip before its lists start loading.
if (chunks.some((o) => o.facadeModuleId === PERSON_LISTS)) throw new Error('dist/autoload: the person-lists module became a chunk of its own');
const entryFile = (name) => `autoload/${chunks.find((o) => o.isEntry && o.name === name).fileName}`;
const graph = {
  tags: Object.fromEntries(ELEMENTS.map((tag) => [tag, entryFile(tag)])),
  api: entryFile('api'),
  // What each chunk imports statically: what a page loads with a tag (scripts/sizes.mjs, SRI).
  imports: Object.fromEntries(chunks.map((o) => [`autoload/${o.fileName}`, o.imports.map((file) => `autoload/${file}`)])),
};
writeFileSync('dist/autoload/chunks.json', JSON.stringify(graph, null, 2));
await minified('dist', { entry: 'src/autoloader.ts', formats: ['es'], fileName: () => 'calico-autoloader.min.js' }, { define: { __AUTOLOAD__: JSON.stringify({ tags: graph.tags, api: graph.api }) } });

// 2c. Each translation for a script tag: registers itself in the page's one registry (kept on
// globalThis), before or after the bundle or the autoloader.
for (const lang of LOCALES) {
  await minified('dist/locales', { entry: `virtual:locale-${lang}`, formats: ['iife'], name: 'CalicoWidgetsLocale', fileName: () => `${lang}.min.js` }, {
    script: true,
    modules: { [`locale-${lang}`]: `import strings from '${src}/locales/${lang}.ts';\nimport { registerLocale } from '${src}/locales/registry.ts';\nregisterLocale(${JSON.stringify(lang)}, strings);\n` },
  });
}

// 2d. The licences of the packages in those files (dist/THIRD-PARTY-NOTICES.txt).
writeNotices(bundled);

// 2e. Subresource Integrity of every file a script tag (or the autoloader) loads: dist/integrity.json.
writeIntegrity();

// 3. Types and the custom-elements manifest.
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/elements/**/*.ts', '--exclude', 'src/elements/**/define.ts', '--quiet'], { stdio: 'inherit' });
completeManifest(); // what the analyzer cannot infer: see scripts/manifest.mjs
execFileSync('node', ['scripts/framework-types.mjs'], { stdio: 'inherit' }); // JSX, Vue, editors: from the manifest
execFileSync('node', ['scripts/docs.mjs'], { stdio: 'inherit' });
writeFileSync('dist/.built', new Date().toISOString());
console.log('built dist/ (ESM + .d.ts), dist/calico-widgets.min.js, dist/calico-autoloader.min.js + dist/autoload/, custom-elements.json');
