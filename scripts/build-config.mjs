// Shared by the build and the size report, so the budget measures exactly what is built.
export const TERSER = { compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, ecma: 2020, module: true, toplevel: true };
export const ELEMENTS = ['calico-user-assets', 'calico-user-accounts', 'calico-transactions', 'calico-users', 'partner-user-list', 'calico-stats', 'calico-accounts', 'calico-providers', 'partner-orders'];

/** The translations shipped (src/locales/<lang>.ts): `calico-widgets/locales/<lang>`, and dist/locales/<lang>.min.js for a script tag. */
export const LOCALES = ['de', 'es', 'fr', 'pt-BR', 'ar'];
