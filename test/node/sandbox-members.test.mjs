// The sandbox's 10,000 Partner members are made from seeds: the same records on every run, whichever is
// asked for first (a page of rows, or a filter that reads them all). Their table of numbers (members.ts)
// must give exactly the records it always has: stories, screenshots and tests name these members.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { tsImport } from 'tsx/esm/api';

const members = await tsImport('../../src/sandbox/members.ts', import.meta.url);
const { partnerRoute } = await tsImport('../../src/sandbox/partner-routes.ts', import.meta.url);
const sha = (values) => createHash('sha256').update(values.map((v) => JSON.stringify(v)).join('\n')).digest('hex').slice(0, 16);

test('a filter made before any record gives the same records and counts as ever', () => {
  const list = (query) => partnerRoute('GET', '/users/', new URLSearchParams(query)).body;
  // First: a filter and a sort, which make every member at once.
  assert.equal(list('per_page=100&crypto_kyc_status=approved').total_records, 4292);
  assert.equal(list('per_page=100&product=robo&roth_ira_kyc_status=pending').total_records, 548);
  assert.equal(list('per_page=100&securities_kyc_status=not_started').total_records, 387);
  assert.equal(list('created_at_start=2026-10-01T00:00:00Z&created_at_end=2026-10-15T00:00:00Z').total_records, 168);
  const richest = list('per_page=3&sort_key=total_current_market_value').items;
  assert.deepEqual(richest.map((m) => [m.user_account_id, m.total_current_market_value]), RICHEST);
  // Then every record: the same bytes as before the table (hash taken from the records of f8e17c5).
  const all = Array.from({ length: members.MEMBER_COUNT }, (_, i) => members.member(i));
  assert.equal(sha(all), ALL_MEMBERS);
  assert.deepEqual(members.member(0), FIRST);
});

test('an offset past the largest safe integer is a 422 naming it, not an answer that fails its own schema (a 500)', () => {
  for (const path of ['/users/', '/orders/']) {
    const { status, body } = partnerRoute('GET', path, new URLSearchParams('last_record_number=99999999999999999999'));
    assert.equal(status, 422, path);
    assert.deepEqual(body.detail.map((d) => d.loc), [['query', 'last_record_number']], path);
  }
  const end = partnerRoute('GET', '/users/', new URLSearchParams(`last_record_number=${Number.MAX_SAFE_INTEGER}`));
  assert.equal(end.status, 200);
  assert.deepEqual(end.body.items, []);
});

const ALL_MEMBERS = '4f0cf4b3270a15e2';
const RICHEST = [['member-01561', '425226.96'], ['member-04120', '421552.64'], ['member-03721', '419216.92']];
const FIRST = {
  user_account_id: 'member-10000',
  created_at: '2026-11-01T09:48:54Z',
  accounts: [
    { product: 'crypto', kyc_status: 'approved', current_market_value: '63859.87', kyc_approved_at: '2026-11-03T18:48:54Z' },
    { product: 'securities', kyc_status: 'approved', current_market_value: '72971.62', kyc_approved_at: '2026-11-03T08:48:54Z' },
    { product: 'robo', kyc_status: 'not_started', current_market_value: '0.00' },
    { product: 'roth_ira', kyc_status: 'approved', current_market_value: '88870.86', kyc_approved_at: '2026-11-02T00:48:54Z' },
  ],
  total_current_market_value: '225702.35',
};
