// A Vite/Rolldown plugin: squeezes the whitespace out of Lit's css`…`, html`…` and svg`…` templates
// in the library's own sources. A run of whitespace that holds a line break renders as one space in
// HTML (we have no <pre>), and CSS also loses the spaces around its punctuation and its comments.
import { parseAst } from 'vite';

const TAGS = new Set(['css', 'html', 'svg']);

function squeeze(raw, tag) {
  if (tag === 'css') {
    return raw
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .trim();
  }
  return raw.replace(/\s*\n\s*/g, ' ');
}

export function minifyTemplates() {
  return {
    name: 'calico-minify-templates',
    enforce: 'post',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const edits = [];
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && TAGS.has(node.tag.name)) {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const next = squeeze(raw, node.tag.name);
            if (next !== raw) edits.push([quasi.start, quasi.end, next]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(visit);
          else if (value && typeof value === 'object' && typeof value.type === 'string') visit(value);
        }
      };
      visit(parseAst(code));
      if (!edits.length) return null;
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}
