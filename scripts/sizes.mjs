// Gzip sizes of what a page actually downloads: each entry bundled alone with its dependencies
// (lit, zod included), minified. Prints a table; `--json` prints JSON; `--budget` fails over budget.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { minifyTemplates } from './minify-templates.mjs';

export const ENTRIES = {
  'client + schemas': 'src/client/index.ts',
  'calico-user-assets': 'src/elements/calico-user-assets/define.ts',
  'calico-user-accounts': 'src/elements/calico-user-accounts/define.ts',
  'calico-transactions': 'src/elements/calico-transactions/define.ts',
  'calico-users': 'src/elements/calico-users/define.ts',
  'partner-user-list': 'src/elements/partner-user-list/define.ts',
  'calico-stats': 'src/elements/calico-stats/define.ts',
  'all widgets (define.ts)': 'src/define.ts',
};

export async function measure(entries = ENTRIES) {
  const sizes = {};
  for (const [name, entry] of Object.entries(entries)) {
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      publicDir: false,
      plugins: [minifyTemplates()],
      build: {
        write: false,
        minify: process.env.MINIFY === 'oxc' ? true : 'terser',
        terserOptions: { compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true }, ecma: 2020, module: true, toplevel: true },
        target: 'es2022',
        lib: { entry, formats: ['es'], fileName: 'bundle' },
        rollupOptions: { external: [] },
      },
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
    const code = outputs.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
    sizes[name] = { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
  }
  return sizes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(sizes, null, 2));
  else for (const [name, s] of Object.entries(sizes)) console.log(`${name.padEnd(28)} ${(s.gzip / 1024).toFixed(1).padStart(6)} kB gzip  ${(s.raw / 1024).toFixed(1).padStart(7)} kB raw`);
}
