// The API report: every name each entry point of the package exports (package.json `exports`), read
// from the build (values from importing the module, types from its .d.ts), written to
// docs/public-api.md. `--check` exits 1 when the build exports anything else (npm test runs it after
// the build): a name enters or leaves the public API only by changing that file too.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const FILE = 'docs/public-api.md';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The names a .d.ts exports, each a value or a type only; `export *` is followed. */
function declared(file, seen = new Set()) {
  const names = new Map();
  if (seen.has(file)) return names;
  seen.add(file);
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, typeOnly, list] of text.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)) {
    for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [, typeItem, name, alias] = /^(type\s+)?(\w+)(?:\s+as\s+(\w+))?$/.exec(item) ?? [];
      if (!name) throw new Error(`${file}: cannot read the export "${item}"`);
      names.set(alias ?? name, typeOnly || typeItem ? 'type' : 'value');
    }
  }
  for (const [, kind, name] of text.matchAll(/export\s+(?:declare\s+)?(?:abstract\s+)?(class|function|const|let|enum|interface|type)\s+(\w+)/g)) {
    names.set(name, kind === 'interface' || kind === 'type' ? 'type' : 'value');
  }
  for (const [, spec] of text.matchAll(/export\s*\*\s*from\s*['"]([^'"]+)['"]/g)) {
    const target = join(dirname(file), spec.replace(/\.js$/, '.d.ts'));
    for (const [name, kind] of declared(target, seen)) names.set(name, kind);
  }
  return names;
}

const sections = [];
const problems = [];
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target !== 'object') continue; // package.json, custom-elements.json
  const specifier = `${pkg.name}${entry.slice(1)}`;
  if (!existsSync(target.types)) problems.push(`${specifier}: ${target.types} is missing (run the build first)`);
  if (!existsSync(target.default)) continue;
  const values = Object.keys(await import(pathToFileURL(resolve(target.default)).href)).sort();
  const names = declared(target.types);
  const typedValues = [...names].filter(([, k]) => k === 'value').map(([n]) => n).sort();
  if (typedValues.join() !== values.join()) {
    problems.push(`${specifier}: the module exports ${values.join(', ') || 'nothing'}, its types declare ${typedValues.join(', ') || 'no values'}`);
  }
  const types = [...names].filter(([, k]) => k === 'type').map(([n]) => n).sort();
  const list = (label, xs) => (xs.length ? `${label}:\n\n${xs.map((x) => `- \`${x}\``).join('\n')}\n` : `${label}: none.\n`);
  sections.push(`## \`${specifier}\`\n\n${list('Values', values)}\n${list('Types', types)}`);
}

const report = `# Public API

Every name the package's entry points export, and nothing else: a host may use these; every other
module is internal (the \`exports\` map of package.json does not reach it) and may change in any
release. Generated from the build by \`node scripts/api-report.mjs\`; \`npm test\` fails when the build
exports anything else, so a name is added or removed on purpose, with this file.

${sections.join('\n')}`;

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
if (process.argv.includes('--check')) {
  const recorded = readFileSync(FILE, 'utf8');
  if (recorded !== report) {
    const [was, now] = [recorded, report].map((t) => new Set(t.split('\n')));
    for (const line of now) if (!was.has(line)) console.error(`+ ${line}`);
    for (const line of was) if (!now.has(line)) console.error(`- ${line}`);
    console.error(`${FILE} is not what the build exports: run \`node scripts/api-report.mjs\` after the build, review the change to the public API, and commit it.`);
    process.exit(1);
  }
  console.log(`${FILE}: the public API is as recorded (${sections.length} entry points).`);
} else {
  writeFileSync(FILE, report);
  console.log(`wrote ${FILE}`);
}
