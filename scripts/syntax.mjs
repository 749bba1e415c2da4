// What the build's source plugins share: a walk over a syntax tree (ESTree, as Vite's parseAst and
// this.parse give it) and the rewrite of code by edits found in it.

/** Every node of a tree, first to last, each with its parent and grandparent. */
export function* nodes(node, parent, grandparent) {
  if (Array.isArray(node)) for (const child of node) yield* nodes(child, parent, grandparent);
  else if (node && typeof node.type === 'string') {
    yield [node, parent, grandparent];
    for (const key in node) if (key !== 'parent' && typeof node[key] === 'object') yield* nodes(node[key], node, parent);
  }
}

/** `code` with each `[start, end, text]` edit made, from the last to the first so offsets stay true. */
export function applyEdits(code, edits) {
  let out = code;
  for (const [start, end, text] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}
