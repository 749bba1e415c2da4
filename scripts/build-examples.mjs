// Builds the React, Vue and Angular examples with Vite against the built package (dist/), as an app would
// after `npm install calico-widgets`. The plain-HTML example needs no build.
import { build } from 'vite';
import { resolve } from 'node:path';

const dist = resolve('dist');
for (const name of ['react', 'vue', 'angular']) {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: `examples/${name}`,
    base: './',
    publicDir: false,
    resolve: {
      alias: [
        { find: /^calico-widgets$/, replacement: `${dist}/index.js` },
        { find: /^calico-widgets\/define$/, replacement: `${dist}/define.js` },
      ],
    },
    // Angular's example compiles its templates in the browser: its bundle carries the compiler (~1.1 MB).
    build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1500 },
  });
}
console.log('built examples/react/dist, examples/vue/dist and examples/angular/dist');
