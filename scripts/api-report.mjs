// The API report: for each entry point a host imports, API Extractor's report of its whole public
// surface (every exported declaration with its members and types), read from the build's .d.ts and
// kept in docs/api/. Both modes fail on a type the surface uses but the entry point does not export
// (and on API Extractor's other messages, below). `--check` (npm test, after the build) also fails when
// the build's surface differs from the report: a change to the public API is made on purpose, with
// its report. `node scripts/api-report.mjs` rewrites the reports.
//
// API Extractor analyses with its own bundled TypeScript, so it works although this repository's
// TypeScript 7 has no compiler API. The element `define` entries re-export the classes of the main
// entry and `define` re-exports it whole, so they have no report of their own.
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

const ENTRIES = {
  'calico-widgets': 'dist/index.d.ts',
  'calico-widgets-server': 'dist/server/index.d.ts',
  'calico-widgets-sandbox': 'dist/sandbox/index.d.ts',
  'calico-widgets-sandbox-node': 'dist/sandbox/adapters/node.d.ts',
  'calico-widgets-sandbox-msw': 'dist/sandbox/adapters/msw.d.ts',
};
const check = process.argv.includes('--check');
const error = { logLevel: 'error' };
const none = { logLevel: 'none' };

mkdirSync('docs/api', { recursive: true });
let failed = 0;
for (const [name, entry] of Object.entries(ENTRIES)) {
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: resolve('.'),
      mainEntryPointFilePath: resolve(entry),
      apiReport: { enabled: true, reportFileName: name, reportFolder: resolve('docs/api'), reportTempFolder: resolve('node_modules/.api-report') },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      compiler: {
        overrideTsconfig: {
          compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], types: ['node'], skipLibCheck: true },
          include: ['dist'],
        },
      },
      // Every message fails the check (a type the API uses but does not export, a broken TSDoc token,
      // …), except two policies this project does not follow and one vocabulary it does not define:
      // release tags (the whole surface is public), a comment on every member (docs/ says what each
      // does), and TSDoc's unknown tags (@slot, @csspart, @cssprop, @fires, @tagname and @summary are
      // the custom elements manifest's).
      messages: {
        extractorMessageReporting: { default: error, 'ae-missing-release-tag': none, 'ae-undocumented': none },
        tsdocMessageReporting: { default: error, 'tsdoc-undefined-tag': none },
        compilerMessageReporting: { default: error },
      },
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: resolve('package.json'),
  });
  const result = Extractor.invoke(config, { localBuild: !check, messageCallback: (m) => { if (m.logLevel === 'error') { console.error(`${name}: ${m.text} (${m.messageId}, ${m.sourceFilePath ?? ''}:${m.sourceFileLine ?? ''})`); m.handled = true; } } });
  if (!result.succeeded || (check && result.apiReportChanged)) {
    failed++;
    console.error(`${name}: the public API differs from docs/api/${name}.api.md. Compare with node_modules/.api-report/${name}.api.md; if the change is meant, run \`node scripts/api-report.mjs\` and commit the report.`);
  }
}
if (failed) process.exit(1);
console.log(check ? `docs/api/: the public API is as reported (${Object.keys(ENTRIES).length} entry points).` : 'wrote docs/api/');
