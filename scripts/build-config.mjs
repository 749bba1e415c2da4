// Shared by the build and the size report, so the budget measures exactly what is built.
import { createRequire } from 'node:module';

const TERSER_VERSION = createRequire(import.meta.url)('terser/package.json').version;
// keep_fargs: false drops parameters a function never reads; nothing bundled reads a function's `length`
// (lit, zod, ours), the one thing that would tell.
export const TERSER = { compress: { passes: 3, pure_getters: true, unsafe_arrows: true, keep_fargs: false }, ecma: 2020, module: true, toplevel: true };
export const ELEMENTS = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-users', 'partner-user-list', 'calico-stats', 'calico-accounts', 'calico-providers', 'partner-orders'];

/** The translations shipped (src/locales/<lang>.ts): `calico-widgets/locales/<lang>`, and dist/locales/<lang>.min.js for a script tag. */
export const LOCALES = ['de', 'es', 'fr', 'pt-BR', 'ar'];

/**
 * Minifies a build as a browser gets it: Rolldown's dead-code pass first (Vite's `minify: false`),
 * then terser over each finished chunk. That order matters: with Vite's own terser step, Rolldown
 * leaves its dead-code pass out and drops the side-effect-free marks zod's functions carry, so terser
 * alone kept schemas and zod checks nothing reads. No comments are left in, `/*@__PURE__*\/`
 * annotations included (Vite's library mode would keep those for a bundler downstream). A chunk's
 * content hash is taken before terser runs: comments are out of the code it is taken from (a
 * comment-only edit renames nothing), and terser's version and options are in it (the same name never
 * stands for other bytes).
 */
export const terserAfterDeadCode = (options = TERSER) => ({
  name: 'terser-after-dead-code',
  config: () => ({ build: { minify: false } }),
  // Annotations stay until terser, for its own dead-code pass.
  outputOptions: (output) => ({ ...output, comments: { legal: false, jsdoc: false, annotation: true } }),
  augmentChunkHash: () => `terser ${TERSER_VERSION} ${JSON.stringify(options)}`,
  async generateBundle(_, bundle) {
    const { minify } = await import('terser');
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      try {
        chunk.code = (await minify(chunk.code, { ...options, format: { comments: false } })).code;
      } catch (error) {
        throw new Error(`terser failed on ${chunk.fileName}: ${error.message}`, { cause: error });
      }
    }
  },
});
