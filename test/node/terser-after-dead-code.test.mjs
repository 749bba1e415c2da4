// The build's own minify step (scripts/build-config.mjs): what it leaves in a chunk, and that a
// chunk's name (its content hash, taken before this step) changes whenever this step would change
// the bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TERSER, terserAfterDeadCode } from '../../scripts/build-config.mjs';

const chunk = (code, fileName = 'a-hash.js') => ({ type: 'chunk', fileName, code });

test('a chunk comes out minified, with no comments and no /*@__PURE__*/ annotations', async () => {
  const bundle = { a: chunk('/** doc */\nexport const answer = /* @__PURE__ */ make(42);\nfunction make(n) { return { n }; }\n') };
  await terserAfterDeadCode().generateBundle({}, bundle);
  assert.doesNotMatch(bundle.a.code, /\/\*|__PURE__|doc/);
  assert.match(bundle.a.code, /42/);
});

test("the content hash covers terser's options and version", () => {
  const one = terserAfterDeadCode().augmentChunkHash();
  const other = terserAfterDeadCode({ ...TERSER, compress: { ...TERSER.compress, passes: 1 } }).augmentChunkHash();
  assert.notEqual(one, other);
  assert.match(one, /^terser \d+\.\d+\.\d+ /);
  assert.equal(one, terserAfterDeadCode().augmentChunkHash(), 'the same options, the same hash input');
});

test('a chunk terser cannot read fails the build naming the chunk', async () => {
  await assert.rejects(terserAfterDeadCode().generateBundle({}, { a: chunk('export const = ;', 'broken-x1.js') }), /terser failed on broken-x1\.js/);
});
