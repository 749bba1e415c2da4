// The template minifier of the build (scripts/minify-templates.mjs): smaller, and never changes meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

const plugin = minifyTemplates();
const context = { error: (message) => { throw new Error(message); } };
const run = (code) => plugin.transform.call(context, code, '/repo/src/x.ts')?.code ?? code;

test('css: minified by a parser, strings kept as written', () => {
  const out = run("const s = css`\n  /* a comment */\n  .a::before { content: 'Note: a, b > c; /* x */'; color : red ; }\n`;");
  assert.match(out, /content:"Note: a, b > c; \/\* x \*\/"|content:'Note: a, b > c; \/\* x \*\/'/);
  assert.doesNotMatch(out, /a comment/);
  assert.doesNotMatch(out, /\n/);
});

test('html: a line break and its indentation become one space; bindings untouched', () => {
  const out = run('const t = html`<div\n    class="a"   .value=${v}\n    @click=${f}>\n  ${x} text</div>`;');
  assert.equal(out, 'const t = html`<div class="a"   .value=${v} @click=${f}> ${x} text</div>`;');
});

test('css with a ${} is refused, not guessed', () => {
  assert.throws(() => run('const s = css`.a { color: ${c}; }`;'), /with \$\{\}/);
});
