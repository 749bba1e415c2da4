// A Vite plugin: the library's decorators are Lit's `@property` / `@state` on class fields, and each is
// one call (`decorator(prototype, name)`). The TypeScript transform's general `__decorate` helper also
// handles class, method and accessor decorators and Reflect.decorate; the build gives it this one-line
// helper instead (−330 B gzip on every page). A decorator of another kind fails the build, not the page.
const HELPER = '@oxc-project/runtime/helpers/decorate';
const ID = '\0calico-decorate';

export function propertyDecorators() {
  return {
    name: 'calico-property-decorators',
    enforce: 'post',
    resolveId: (id) => (id === ID ? ID : undefined),
    load: (id) => (id === ID ? 'export default (decorators, proto, name) => { for (const decorate of decorators) decorate(proto, name); };' : undefined),
    transform(code, id) {
      if (!code.includes(HELPER)) return null;
      // Field decorators are called as (decorators, prototype, "name", void 0); anything else is not ours to shorten.
      const calls = code.match(/\b_decorate\(\[[^\]]*\], [\w$]+\.prototype, "[\w$]+", void 0\);/g) ?? [];
      const all = code.match(/\b_decorate\(/g) ?? [];
      if (calls.length !== all.length) this.error(`${id}: a decorator that is not a field decorator; scripts/property-decorators.mjs handles only those.`);
      let out = code.replace(`"${HELPER}"`, JSON.stringify(ID));
      for (const call of calls) out = out.replace(call, call.replace(', void 0);', ');'));
      return { code: out, map: null };
    },
  };
}
