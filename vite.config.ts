import { defineConfig } from 'vite';
import { sandboxMiddleware } from './src/sandbox/adapters/node.ts';
import { demoProxyMiddleware } from './demo/proxy.ts';

/**
 * `npm start`: the demo bank portal (demo/) with the sandbox API served by the same dev server.
 * The library build is scripts/build.mjs (`npm run build`).
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  plugins: [
    {
      name: 'calico-sandbox',
      configureServer(server) {
        server.middlewares.use(demoProxyMiddleware()); // page → proxy → sandbox, as a bank deploys it
        server.middlewares.use(sandboxMiddleware());
      },
      configurePreviewServer(server) {
        server.middlewares.use(demoProxyMiddleware());
        server.middlewares.use(sandboxMiddleware());
      },
    },
  ],
  server: { host: '127.0.0.1', port: 5173 },
});
