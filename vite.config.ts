import { defineConfig } from 'vite';
import { sandboxMiddleware } from './src/sandbox/adapters/node.ts';

/**
 * `npm start`: the demo bank portal (demo/) with the sandbox API served by the same dev server.
 * `vite build`: the library as ESM modules (lit and zod stay dependencies).
 */
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? 'demo' : '.',
  publicDir: false,
  plugins: [
    {
      name: 'calico-sandbox',
      configureServer(server) {
        server.middlewares.use(sandboxMiddleware());
      },
      configurePreviewServer(server) {
        server.middlewares.use(sandboxMiddleware());
      },
    },
  ],
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    lib: {
      entry: { index: 'src/index.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
}));
