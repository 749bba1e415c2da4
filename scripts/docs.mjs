// Writes docs/elements.md from custom-elements.json (the JSDoc of each element), so the reference
// can never drift from the code. `--check` fails when the committed file is not what it would write.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text = '') => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head, rows) => (rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''].join('\n') : '');

const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

let out = `# Element reference\n\nGenerated from \`custom-elements.json\` (the elements' JSDoc) by \`scripts/docs.mjs\` — do not edit by hand.\n\n`;
out += elements.map((d) => `- [\`<${d.tagName}>\`](#${d.tagName})`).join('\n') + '\n\n';
for (const d of elements) {
  const publicFields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static && m.description);
  out += `## ${d.tagName}\n\n${d.summary ? `**${d.summary}**\n\n` : ''}${d.description ?? ''}\n\n`;
  out += `### Attributes\n\n${table(['attribute', 'property', 'type', 'default', 'description'], (d.attributes ?? []).map((a) => [`\`${a.name}\``, a.fieldName ? `\`${a.fieldName}\`` : '', a.type?.text ?? '', a.default ?? '', a.description ?? '']))}\n`;
  out += `### Properties (JavaScript only)\n\n${table(['property', 'type', 'description'], publicFields.filter((f) => !(d.attributes ?? []).some((a) => a.fieldName === f.name)).map((f) => [`\`${f.name}\``, f.type?.text ?? '', f.description]))}\n`;
  out += `### Events\n\n${table(['event', 'description'], (d.events ?? []).map((e) => [`\`${e.name}\``, e.description ?? '']))}\n`;
  if (d.slots?.length) out += `### Slots\n\n${table(['slot', 'description'], d.slots.map((s) => [`\`${s.name}\``, s.description ?? '']))}\n`;
  if (d.cssParts?.length) out += `### CSS parts\n\n${table(['part', 'description'], d.cssParts.map((p) => [`\`${p.name}\``, p.description ?? '']))}\n`;
  if (d.cssProperties?.length) out += `### CSS custom properties\n\n${table(['property', 'description'], d.cssProperties.map((p) => [`\`${p.name}\``, p.description ?? '']))}\n`;
}
out = out.replace(/\n{3,}/g, '\n\n');

if (process.argv.includes('--check')) {
  const current = readFileSync('docs/elements.md', 'utf8');
  if (current !== out) {
    console.error('docs/elements.md is out of date: run npm run build and commit it.');
    process.exit(1);
  }
} else writeFileSync('docs/elements.md', out);
