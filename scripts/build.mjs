// `npm run build`: ESM modules + .d.ts (npm), the self-registering script-tag bundle, and
// custom-elements.json. lit and zod stay dependencies of the ESM build; the script bundle has all.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyTemplates } from './minify-templates.mjs';
import { ELEMENTS, LOCALES, TERSER } from './build-config.mjs';
import { completeManifest } from './manifest.mjs';
import { writeIntegrity } from './integrity.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const common = { configFile: false, logLevel: 'warn', publicDir: false, plugins: [minifyTemplates()], define: { __VERSION__: JSON.stringify(pkg.version) } };

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

// 2. The script-tag bundle: everything in one minified file, exposed as window.CalicoWidgets.
await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: 'terser',
    terserOptions: { ...TERSER, module: false, toplevel: false },
    lib: { entry: 'src/browser.ts', formats: ['iife'], name: 'CalicoWidgets', fileName: () => 'calico-widgets.min.js' },
  },
});

// 2b. The autoloader: each tag's code an entry of its own and the code they share in shared chunks, all
// content-hashed, in dist/autoload/; then the small loader that knows their names (src/autoloader.ts).
// Each tag's entry defines the tag and hands the loader the shared sign-out and translations, so both
// work synchronously once any widget has loaded (a virtual module per tag: `autoload:<tag>`).
const tagEntries = {
  name: 'autoload-tag-entries',
  enforce: 'pre',
  // Vite's lib mode hands the entry over as a path: `<cwd>/autoload:<tag>`.
  resolveId: (id) => (/(?:^|\/)autoload:[\w-]+$/.test(id) ? `\0autoload:${id.split('autoload:')[1]}` : undefined),
  load(id) {
    if (!id.startsWith('\0autoload:')) return undefined;
    const src = resolve('src');
    return `import '${src}/elements/${id.slice('\0autoload:'.length)}/define.ts';\nexport { clearSharedClients } from '${src}/client/registry.ts';\nexport { registerLocale } from '${src}/locales/registry.ts';\n`;
  },
};
const autoload = await build({
  ...common,
  plugins: [...common.plugins, tagEntries],
  build: {
    outDir: 'dist/autoload',
    emptyOutDir: false,
    target: 'es2022',
    minify: 'terser',
    terserOptions: TERSER,
    lib: { entry: { ...Object.fromEntries(ELEMENTS.map((tag) => [tag, `autoload:${tag}`])), api: 'src/browser-api.ts' }, formats: ['es'] },
    // Strict: a tag's entry chunk is imported by nothing else (a panel showing another widget imports
    // that widget's code from a shared chunk), so a retry under a new address loads one copy.
    rollupOptions: { preserveEntrySignatures: 'strict', output: { entryFileNames: '[name]-[hash].js', chunkFileNames: 'chunk-[hash].js' } },
  },
});
const chunks = (Array.isArray(autoload) ? autoload : [autoload]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
const entryFile = (name) => `autoload/${chunks.find((o) => o.isEntry && o.name === name).fileName}`;
const graph = {
  tags: Object.fromEntries(ELEMENTS.map((tag) => [tag, entryFile(tag)])),
  api: entryFile('api'),
  // What each chunk imports statically: what a page loads with a tag (scripts/sizes.mjs, SRI).
  imports: Object.fromEntries(chunks.map((o) => [`autoload/${o.fileName}`, o.imports.map((file) => `autoload/${file}`)])),
};
writeFileSync('dist/autoload/chunks.json', JSON.stringify(graph, null, 2));
await build({
  ...common,
  define: { ...common.define, __AUTOLOAD__: JSON.stringify({ tags: graph.tags, api: graph.api }) },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: 'terser',
    terserOptions: TERSER,
    lib: { entry: 'src/autoloader.ts', formats: ['es'], fileName: () => 'calico-autoloader.min.js' },
  },
});

// 2c. Each translation for a script tag: registers itself, before or after the bundle or the autoloader.
for (const lang of LOCALES) {
  // The page's one registry (kept on globalThis): works beside the one-file bundle or the autoloader, in any order.
  writeFileSync(`dist/.locale-${lang}.js`, `import strings from '../src/locales/${lang}.ts';\nimport { registerLocale } from '../src/locales/registry.ts';\nregisterLocale(${JSON.stringify(lang)}, strings);\n`);
  await build({
    ...common,
    build: {
      outDir: 'dist/locales',
      emptyOutDir: false,
      target: 'es2022',
      minify: 'terser',
      terserOptions: { ...TERSER, module: false, toplevel: false },
      lib: { entry: `dist/.locale-${lang}.js`, formats: ['iife'], name: 'CalicoWidgetsLocale', fileName: () => `${lang}.min.js` },
    },
  });
  rmSync(`dist/.locale-${lang}.js`);
}

// 2d. Subresource Integrity of every file a script tag (or the autoloader) loads: dist/integrity.json.
writeIntegrity();

// 3. Types and the custom-elements manifest.
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/elements/**/*.ts', '--exclude', 'src/elements/**/define.ts', '--quiet'], { stdio: 'inherit' });
completeManifest(); // what the analyzer cannot infer: see scripts/manifest.mjs
execFileSync('node', ['scripts/framework-types.mjs'], { stdio: 'inherit' }); // JSX, Vue, editors: from the manifest
execFileSync('node', ['scripts/docs.mjs'], { stdio: 'inherit' });
writeFileSync('dist/.built', new Date().toISOString());
console.log('built dist/ (ESM + .d.ts), dist/calico-widgets.min.js, dist/calico-autoloader.min.js + dist/autoload/, custom-elements.json');
