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

test('a module is counted under the package it lives in, scoped or nested', () => {
  assert.equal(packageOf('/w/node_modules/lit-html/lit-html.js'), 'lit-html');
  assert.equal(packageOf('/w/node_modules/@lit/reactive-element/css-tag.js'), '@lit/reactive-element');
  assert.equal(packageOf('/w/node_modules/a/node_modules/zod/v4/core/core.js'), 'zod');
  assert.equal(packageOf('/w/src/client/transport.ts'), undefined);
});
