// The licences of the packages bundled into the script files (the one-file bundle, the autoloader's
// chunks, the translations): lit's BSD-3-Clause and zod's MIT ask that their notices go with any copy
// of their code. Minified files carry no comments, so the build writes them beside the files:
// dist/THIRD-PARTY-NOTICES.txt, one entry per package a bundle took code from.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

/** The npm package a module id lives in, or undefined for the project's own code. */
export const packageOf = (id) => [...id.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1)?.[1];

/** A build plugin adding to `found` each package whose code went into a chunk. */
export const bundledPackages = (found) => ({
  name: 'bundled-packages',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const id of chunk.moduleIds) {
        const name = packageOf(id);
        if (name) found.add(name);
      }
    }
  },
});

/** Writes dist/THIRD-PARTY-NOTICES.txt for `packages`: name, version, licence and the licence's text. */
export function writeNotices(packages) {
  const entries = [...packages].sort().map((name) => {
    const dir = `node_modules/${name}`;
    const { version, license } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    const file = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
    if (!file) throw new Error(`${name} has no licence file to copy into the notices`);
    return `${name} ${version} (${license})\n\n${readFileSync(`${dir}/${file}`, 'utf8').trim()}\n`;
  });
  const head = 'calico-widgets: the script files in dist/ (calico-widgets.min.js, calico-autoloader.min.js, autoload/, locales/)\ninclude code of the packages below, under these licences.\n';
  writeFileSync('dist/THIRD-PARTY-NOTICES.txt', [head, ...entries].join(`\n${'-'.repeat(72)}\n\n`));
}
