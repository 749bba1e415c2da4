// The licences of the packages bundled into the script files (the one-file bundle, the autoloader's
// chunks, the translations): lit's BSD-3-Clause and zod's MIT ask that their notices go with any copy
// of their code. Minified files carry no comments, so the build writes them beside the files:
// dist/THIRD-PARTY-NOTICES.txt, one entry per package a bundle took code from.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

/**
 * The npm package a module id lives in, `{ name, dir }` (the folder of that very copy, nested or not),
 * or undefined for the project's own code. Read below the project's folder only, so a checkout that
 * itself sits in a node_modules folder is not a package of its own.
 */
export function packageOf(id, root = process.cwd()) {
  const path = id.replace(/\\/g, '/');
  const base = `${root.replace(/\\/g, '/').replace(/\/$/, '')}/`;
  if (!path.startsWith(base)) return undefined;
  const inside = path.slice(base.length);
  const match = [...inside.matchAll(/(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1);
  return match && { name: match[1], dir: base + inside.slice(0, match.index + match[0].length).replace(/^\//, '') };
}

/** A build plugin adding to `found` (dir → name) each package copy whose code went into a chunk. */
export const bundledPackages = (found) => ({
  name: 'bundled-packages',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const id of chunk.moduleIds) {
        const pkg = packageOf(id);
        if (pkg) found.set(pkg.dir, pkg.name);
      }
    }
  },
});

/** Writes dist/THIRD-PARTY-NOTICES.txt for `packages` (dir → name): name, version, licence and its text. */
export function writeNotices(packages) {
  const entries = [...packages].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])).map(([dir, name]) => {
    const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    if (!file) throw new Error(`${name} (${dir}) has no licence file to copy into the notices`);
    return `${name} ${version} (${typeof license === 'string' ? license : JSON.stringify(license)})\n\n${readFileSync(`${dir}/${file}`, 'utf8').trim()}\n`;
  });
  const head = 'calico-widgets: the script files in dist/ (calico-widgets.min.js, calico-autoloader.min.js, autoload/, locales/)\ninclude code of the packages below, under these licences.\n';
  writeFileSync('dist/THIRD-PARTY-NOTICES.txt', [head, ...entries].join(`\n${'-'.repeat(72)}\n\n`));
}
