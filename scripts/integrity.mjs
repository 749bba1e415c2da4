// Subresource Integrity for every file a script tag loads: the one-file bundle, the autoloader and its
// chunks, the translation scripts. Written by the build to dist/integrity.json ({ "path": "sha384-…" },
// paths relative to dist/); `node scripts/integrity.mjs --check` recomputes them and fails on a mismatch.
// How to use them (a script tag's `integrity`, an import map's `integrity` for the chunks): docs/security.md.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** The files a page loads by script tag or by the autoloader, relative to dist/. */
export function scriptFiles() {
  const list = (dir) => readdirSync(`dist/${dir}`).filter((name) => name.endsWith('.js')).map((name) => `${dir}/${name}`);
  return ['calico-widgets.min.js', 'calico-autoloader.min.js', ...list('autoload'), ...list('locales').filter((name) => name.endsWith('.min.js'))].sort();
}

export const sri = (file) => `sha384-${createHash('sha384').update(readFileSync(`dist/${file}`)).digest('base64')}`;

export function writeIntegrity() {
  const hashes = Object.fromEntries(scriptFiles().map((file) => [file, sri(file)]));
  writeFileSync('dist/integrity.json', `${JSON.stringify(hashes, null, 2)}\n`);
  return hashes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--check')) {
    writeIntegrity();
  } else {
    const written = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));
    const files = scriptFiles();
    const wrong = files.filter((file) => written[file] !== sri(file));
    const missing = Object.keys(written).filter((file) => !files.includes(file));
    if (wrong.length || missing.length) {
      console.error(`dist/integrity.json does not match the files: ${[...wrong, ...missing].join(', ')}`);
      process.exit(1);
    }
    console.log(`dist/integrity.json: ${files.length} files, every hash matches`);
  }
}
