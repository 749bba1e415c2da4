// A Vite plugin: the library's decorators are Lit's `@property` / `@state` on class fields, and each is
// one call (`decorator(prototype, name)`). The TypeScript transform writes them through its general
// `__decorate` helper (class, method and accessor decorators, Reflect.decorate); the build calls a field's
// one decorator directly instead, and several through a short helper (−150 to −250 B gzip on every page).
// A decorator of another kind fails the build.
import { parseAst } from 'vite';
import { applyEdits, nodes } from './syntax.mjs';

const HELPER = '@oxc-project/runtime/helpers/decorate';
const ID = '\0calico-decorate';
// Last to first, as `__decorate` applies a field's decorators. (A field decorator's descriptor, Lit's
// only when the prototype already had the name, is the one it installed: nothing to apply again.)
const SOURCE = 'export default (decorators, proto, name) => { for (let i = decorators.length; i--; ) decorators[i](proto, name); };';

export function propertyDecorators() {
  return {
    name: 'calico-property-decorators',
    enforce: 'post',
    resolveId: (id) => (id === ID ? ID : undefined),
    load: (id) => (id === ID ? SOURCE : undefined),
    transform(code, id) {
      if (!code.includes(HELPER)) return null;
      const fail = (why) => this.error(`${id}: ${why}; scripts/property-decorators.mjs handles only field decorators.`);
      const ast = parseAst(code);
      // The helper's local name is the transform's choice (`_decorate`, `_decorate2` beside a binding of that name).
      const specifier = ast.body.find((n) => n.type === 'ImportDeclaration' && n.source.value === HELPER)?.specifiers[0];
      if (specifier?.type !== 'ImportDefaultSpecifier') fail('the decorator helper is imported in a form it does not know');
      const local = specifier.local.name;
      const edits = [];
      let uses = 0;
      for (const [node, parent] of nodes(ast)) {
        if (node.type !== 'Identifier' || node.name !== local || node === specifier.local) continue;
        uses++;
        // A field decorator: (decorators, Class.prototype, "name", void 0), as a statement of its own.
        const call = parent;
        const [list, proto, name, rest] = call?.type === 'CallExpression' && call.callee === node ? call.arguments : [];
        const field = list?.type === 'ArrayExpression' && proto?.type === 'MemberExpression' && !proto.computed && proto.property.name === 'prototype' && name?.type === 'Literal' && typeof name.value === 'string' && (!rest || (rest.type === 'UnaryExpression' && rest.operator === 'void'));
        if (!field || list.elements.some((e) => !e || e.type === 'SpreadElement')) fail('a decorator that is not a field decorator');
        const args = `${code.slice(proto.start, proto.end)}, ${code.slice(name.start, name.end)}`;
        const one = list.elements.length === 1 && list.elements[0];
        edits.push([call.start, call.end, one ? `(${code.slice(one.start, one.end)})(${args})` : `${local}(${code.slice(list.start, list.end)}, ${args})`]);
      }
      if (uses !== edits.length) fail('a decorator that is not a field decorator');
      return { code: applyEdits(code, edits).replace(`"${HELPER}"`, () => JSON.stringify(ID)), map: null };
    },
  };
}
