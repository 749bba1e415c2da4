// A Vite plugin: the library's decorators are Lit's `@property` / `@state` on class fields, and each is
// one call (`decorator(prototype, name)`). The TypeScript transform's general `__decorate` helper also
// handles class, method and accessor decorators and Reflect.decorate; the build gives it this short
// helper instead (−100 to −150 B gzip on every page). A decorator of another kind fails the build.
const HELPER = '@oxc-project/runtime/helpers/decorate';
const ID = '\0calico-decorate';
// Last to first, as `__decorate` applies a field's decorators. (A field decorator's descriptor, Lit's
// only when the prototype already had the name, is the one it installed: nothing to apply again.)
const SOURCE = 'export default (decorators, proto, name) => { for (let i = decorators.length; i--; ) decorators[i](proto, name); };';
const escape = (s) => s.replace(/[$]/g, '\\$');

export function propertyDecorators() {
  return {
    name: 'calico-property-decorators',
    enforce: 'post',
    resolveId: (id) => (id === ID ? ID : undefined),
    load: (id) => (id === ID ? SOURCE : undefined),
    transform(code, id) {
      if (!code.includes(HELPER)) return null;
      // The helper's local name is the transform's choice (`_decorate`, `_decorate2` beside a binding of that name).
      const local = new RegExp(`^import ([\\w$]+) from "${HELPER.replace(/[/]/g, '\\/')}";$`, 'm').exec(code)?.[1];
      if (!local) this.error(`${id}: the decorator helper is imported in a form scripts/property-decorators.mjs does not know.`);
      const name = escape(local);
      // A field decorator is called as (decorators, Class.prototype, "name", void 0); every other use of
      // the helper (a class, method or accessor decorator) is not ours to shorten.
      const field = new RegExp(`\\b${name}\\(\\[[^\\]]*\\], [\\w$]+\\.prototype, "[\\w$]+", void 0\\);`, 'g');
      const uses = code.match(new RegExp(`(?<![\\w$.])${name}(?![\\w$])`, 'g')).length - 1; // less the import
      const calls = code.match(field) ?? [];
      if (calls.length !== uses) this.error(`${id}: a decorator that is not a field decorator; scripts/property-decorators.mjs handles only those.`);
      const out = code.replace(`"${HELPER}"`, () => JSON.stringify(ID)).replace(field, (call) => call.replace(/, void 0\);$/, ');'));
      return { code: out, map: null };
    },
  };
}
