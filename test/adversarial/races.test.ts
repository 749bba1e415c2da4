/**
 * Races: 1,000 seeded random sequences of page clicks, page-size, filter and user changes with random
 * latencies (0–25 ms jitter per request). After each sequence settles, the rows on screen are exactly
 * the answer to the last request the widget made, and every load event after the last action matches
 * what is painted: no stale page ever wins.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { createCalicoClient } from '../../src/index.js';
import { FIXTURE_USERS, sandboxUserId } from '../../src/sandbox/index.js';
import { rng } from '../../src/sandbox/random.js';
import { ListHarness, waitFor } from '../helpers/harness.js';
import { scenario, tokenProvider } from '../helpers/sandbox.js';

const SEQUENCES = 1000;
const LANES = 8; // widgets running sequences side by side
const USERS = [sandboxUserId(FIXTURE_USERS.rich), sandboxUserId(FIXTURE_USERS.heavy), sandboxUserId(5), sandboxUserId(9)];
const STARTS = ['', '2026-06-01T00:00:00Z', '2026-10-01T00:00:00Z'];
const SIZES = ['5', '10', '25'];

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('races', function () {
  this.timeout(300_000);

  it(`${SEQUENCES} seeded random sequences never leave a stale page on screen`, async () => {
    const s = await scenario({ jitter: 25 });
    const provider = tokenProvider();
    const reference = createCalicoClient({ baseUrl: s.calicoBaseUrl, tokenProvider: provider });
    let done = 0;
    const failures: string[] = [];

    async function lane(laneIndex: number) {
      const el = document.createElement('calico-transactions');
      el.setAttribute('base-url', s.calicoBaseUrl);
      el.setAttribute('user-id', USERS[laneIndex % USERS.length]!);
      el.setAttribute('page-size', '5');
      Object.assign(el, { tokenProvider: provider });
      document.body.append(el);
      const h = new ListHarness(el);
      await h.rowsSettled();
      for (let seq = laneIndex; seq < SEQUENCES; seq += LANES) {
        const random = rng(seq + 1);
        const steps = 2 + Math.floor(random() * 5);
        for (let i = 0; i < steps; i++) {
          const action = Math.floor(random() * 6);
          if (action <= 1) h.nextButton.click();
          else if (action === 2) h.previousButton.click();
          else if (action === 3) el.setAttribute('page-size', SIZES[Math.floor(random() * SIZES.length)]!);
          else if (action === 4) {
            const start = STARTS[Math.floor(random() * STARTS.length)]!;
            if (start) el.setAttribute('start-time', start);
            else el.removeAttribute('start-time');
          } else el.setAttribute('user-id', USERS[Math.floor(random() * USERS.length)]!);
          await pause(Math.floor(random() * 20));
        }
        await waitFor(() => !h.busy, `sequence ${seq} to settle`, 10_000);
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        // What the widget should show: the page its live region names, for its current inputs.
        const size = Number(el.getAttribute('page-size'));
        const pageNumber = (Number(/Rows ([\d,]+)/.exec(h.live)?.[1]?.replace(/,/g, '') ?? 1) - 1) / size;
        const filters = { limit: size, start_time: el.getAttribute('start-time') ?? undefined };
        let page = await reference.userTransactions(el.getAttribute('user-id')!, filters);
        for (let p = 0; p < pageNumber && page.next; p++) page = await reference.userTransactions(el.getAttribute('user-id')!, filters, { page: page.next });
        const expected = page.items.map((t) => t.transaction_id).join(',');
        const shown = h.rows().map((r) => r.dataset.key).join(',');
        if (expected !== shown) failures.push(`sequence ${seq}: page ${pageNumber + 1} shows [${shown.slice(0, 60)}] expected [${expected.slice(0, 60)}]`);
        done++;
      }
      el.remove();
    }

    await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
    expect(done).to.equal(SEQUENCES);
    expect(failures).to.deep.equal([]);
  });
});
