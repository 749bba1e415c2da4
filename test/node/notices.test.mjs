// The script files carry lit's and zod's code with no comments left in: their licences must ship
// beside them (dist/THIRD-PARTY-NOTICES.txt, written by the build). Reads the built files (npm test
// builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { packageOf } from '../../scripts/notices.mjs';

/** Code each package leaves in a bundle however it is minified (names kept as strings). */
const MARKERS = { 'lit-html': 'litHtmlVersions', 'lit-element': 'litElementVersions', '@lit/reactive-element': 'reactiveElementVersions', zod: 'ZodMiniObject' };

test('the notices name every package whose code is in the one-file bundle, with its licence text', () => {
  const bundle = readFileSync('dist/calico-widgets.min.js', 'utf8');
  const notices = readFileSync('dist/THIRD-PARTY-NOTICES.txt', 'utf8');
  for (const [name, marker] of Object.entries(MARKERS)) {
    assert.ok(bundle.includes(marker), `${name}'s code is in the bundle (${marker})`);
    const { version, license } = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'));
    assert.ok(notices.includes(`${name} ${version} (${license})`), `${name} ${version} is named`);
  }
  assert.match(notices, /Copyright \(c\) 2017 Google LLC/, "lit's copyright notice");
  assert.match(notices, /Copyright \(c\) 2025 Colin McDonnell/, "zod's copyright notice");
  assert.match(notices, /Redistribution and use in source and binary forms/, 'the BSD-3-Clause text itself');
});

test('a module is counted under the copy of the package it lives in, scoped or nested, below the project only', () => {
  const root = '/w/app';
  assert.deepEqual(packageOf('/w/app/node_modules/lit-html/lit-html.js', root), { name: 'lit-html', dir: '/w/app/node_modules/lit-html' });
  assert.deepEqual(packageOf('/w/app/node_modules/@lit/reactive-element/css-tag.js', root), { name: '@lit/reactive-element', dir: '/w/app/node_modules/@lit/reactive-element' });
  assert.deepEqual(packageOf('/w/app/node_modules/a/node_modules/zod/v4/core/core.js', root), { name: 'zod', dir: '/w/app/node_modules/a/node_modules/zod' });
  assert.equal(packageOf('/w/app/src/client/transport.ts', root), undefined);
  // A checkout inside someone's node_modules: its own code is not a third party.
  assert.equal(packageOf('/w/node_modules/calico-widgets/src/index.ts', '/w/node_modules/calico-widgets'), undefined);
  assert.equal(packageOf('\0virtual:autoload-calico-users', root), undefined);
});
