/** Template functions that put API text into our words: the text goes in as it is. */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { partialNotice } from '../src/templates/states.js';
import { fill, lookup } from '../src/util/format.js';
import { COMMON_STRINGS } from '../src/locales/en/shared.js';

describe('API text in our templates', () => {
  it('is never read as a replacement pattern ($&, $\', $`)', async () => {
    const id = "x$&y$'z$`w$1";
    const el = await fixture<HTMLDivElement>(html`<div>${partialNotice([{ provider_id: id, cause: 'provider_unavailable' }], COMMON_STRINGS.partial)}</div>`);
    expect(el.textContent).to.contain(`${id} (provider unavailable)`);
    expect(fill('{a} and {b}', { a: '$&', b: "$'" })).to.equal("$& and $'");
  });

  it('never finds a label by a name every object inherits', () => {
    const labels = { approved: 'Approved' };
    expect(lookup(labels, 'approved')).to.equal('Approved');
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', undefined]) expect(lookup(labels, name)).to.equal(undefined);
    expect(fill('{constructor} {toString}', {})).to.equal('{constructor} {toString}');
  });
});
