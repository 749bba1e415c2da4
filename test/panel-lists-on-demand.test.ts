/**
 * A page that imports one widget (`calico-widgets/calico-users`) and opens a user's panel: the three
 * lists the panel shows are not part of the page's code; they load on that first open, through
 * src/elements/compose.ts and the one module that registers them (person-lists.ts).
 */
import { expect } from '@open-wc/testing';
import '../src/elements/calico-users/define.js';
import { PERSON_LISTS, openUserPanel, personListsSettled } from './helpers/panels.js';

describe('a users panel on a page with calico-users alone', () => {
  it('loads the three lists on the first panel opened, and shows them', async () => {
    for (const tag of PERSON_LISTS) expect(customElements.get(tag), `${tag} before the panel`).to.equal(undefined);
    const dialog = await openUserPanel();
    await personListsSettled(dialog);
    for (const tag of PERSON_LISTS) expect(customElements.get(tag), `${tag} defined by the panel`).to.not.equal(undefined);
    dialog.close();
  });
});
