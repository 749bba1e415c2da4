// Shared by the build and the size report, so the budget measures exactly what is built.
export const TERSER = { compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, ecma: 2020, module: true, toplevel: true };
export const ELEMENTS = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-users', 'partner-user-list', 'calico-stats', 'calico-accounts', 'calico-providers', 'partner-orders'];

/** The translations shipped (src/locales/<lang>.ts): `calico-widgets/locales/<lang>`, and dist/locales/<lang>.min.js for a script tag. */
export const LOCALES = ['de', 'es', 'fr', 'pt-BR', 'ar'];

/**
 * Code that a browser runs, not a bundler: no `/*@__PURE__*\/` annotations. Vite's library mode keeps
 * them in ES output (for a bundler downstream) whatever the terser options say; in the autoloader's
 * chunks they were only bytes (85 of them), and an app's own build (what the size report stands in
 * for) drops them too. Printed again by terser, after Vite's terser, with nothing else changed.
 */
export const withoutAnnotations = () => ({
  name: 'without-annotations',
  enforce: 'post',
  renderChunk: {
    order: 'post', // after Vite's terser
    async handler(code) {
      if (!code.includes('__PURE__') && !code.includes('__NO_SIDE_EFFECTS__')) return null;
      const { minify } = await import('terser');
      const out = await minify(code, { compress: false, mangle: false, module: true, format: { comments: false, preserve_annotations: false } });
      return { code: out.code, map: null };
    },
  },
});
