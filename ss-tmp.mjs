import { build } from 'vite';
import { gzipSync } from 'node:zlib';
const { minifyTemplates } = await import(process.cwd() + '/scripts/minify-templates.mjs');
const { TERSER } = await import(process.cwd() + '/scripts/build-config.mjs');
const extra = process.argv[2] ? JSON.parse(process.argv[2]) : {};
const r = await build({ configFile: false, logLevel: 'silent', publicDir: false, plugins: [minifyTemplates()], define: { __VERSION__: '"x"' },
  build: { write: false, target: 'es2022', minify: 'terser', terserOptions: { ...TERSER, module: false, toplevel: false, ...extra, compress: { ...TERSER.compress, ...(extra.compress ?? {}) } }, lib: { entry: 'src/browser.ts', formats: ['iife'], name: 'CalicoWidgets', fileName: () => 'x.js' } } });
const code = (Array.isArray(r) ? r : [r]).flatMap((x) => x.output).find((o) => o.type === 'chunk').code;
console.log(code.length, gzipSync(code, { level: 9 }).length);
