import { expect } from '@open-wc/testing';
import * as CalicoSchemas from '../src/schemas/calico.js';
import * as PartnerSchemas from '../src/schemas/partner.js';
import { loadExample } from './helpers/sandbox.js';

const S = { ...CalicoSchemas, ...PartnerSchemas };

describe('schemas accept the APIs\' own documentation payloads', () => {
  it('calico-users-all.json', async () => {
    const parsed = S.UsersResponse.parse(await loadExample('calico-users-all.json'));
    expect(parsed.data.users).to.have.length(1);
    const [user] = parsed.data.users;
    expect(user!.user_id).to.equal('a169451c-8525-4352-b8ca-070dd449a1a5');
    expect(user!.deactivated).to.equal(true);
    expect(user!.deactivated_on).to.equal('2019-08-24');
    expect(parsed.errors).to.deep.equal([{ provider_id: 'string', cause: 'bad_request' }]);
    expect(parsed.page?.next_uri).to.contain('cursor=DLVsbG8sIFdvcmxkIQ==');
  });

  it('calico-user-providers.json (one object under data)', async () => {
    const parsed = S.UserProvidersResponse.parse(await loadExample('calico-user-providers.json'));
    expect(Array.isArray(parsed.data)).to.equal(false);
    const provider = parsed.data as CalicoSchemas.ProviderMetadata;
    expect(provider.provider_id).to.equal('coinbase');
    expect(provider.provider_auth_type).to.equal('api_key');
    expect(provider.consent?.status).to.equal('revoked');
    expect(provider.consent?.deleted_on).to.equal('2019-08-24T14:15:22.123Z');
  });

  it('calico-deactivate-user.json', async () => {
    const parsed = S.DeactivateUserResponse.parse(await loadExample('calico-deactivate-user.json'));
    expect(parsed.data).to.deep.equal({ user_id: 'a169451c-8525-4352-b8ca-070dd449a1a5', status: 'deactivated' });
  });

  it('partner-users.json: decimal strings stay strings, pending account has no kyc_approved_at', async () => {
    const parsed = S.PartnerUserList.parse(await loadExample('partner-users.json'));
    const [member] = parsed.items;
    expect(member!.user_account_id).to.equal('member-001');
    expect(member!.total_current_market_value).to.equal('98745.85');
    expect(member!.accounts.map((a) => a.current_market_value)).to.deep.equal(['34891.00', '8223.50', '12450.32', '43181.03']);
    expect(member!.accounts[3]!.kyc_status).to.equal('pending');
    expect(member!.accounts[3]!.kyc_approved_at).to.equal(undefined);
    expect(parsed.total_records).to.equal(0);
  });

  it('partner-validation-error.json', async () => {
    const parsed = S.PartnerValidationError.parse(await loadExample('partner-validation-error.json'));
    expect(parsed.detail[0]).to.deep.include({ loc: ['string'], msg: 'string', type: 'string', input: null });
  });
});

describe('schemas are tolerant where the contract is assumed', () => {
  const tx = { transaction_id: 't1', provider_id: 'kraken', timestamp: '2026-01-01T00:00:00Z' };

  it('keeps an unknown transaction_type and unknown extra fields', () => {
    const parsed = S.Transaction.parse({ ...tx, transaction_type: 'bridge', brand_new_field: 1 });
    expect(parsed.transaction_type).to.equal('bridge');
    expect((parsed as Record<string, unknown>).brand_new_field).to.equal(1);
  });

  it('rejects money as a float and names the field', () => {
    const result = S.AssetPosition.safeParse({ asset_symbol: 'BTC', quantity: 0.1, value: { amount: '1', currency: 'USD' }, provider_id: 'x' });
    expect(result.success).to.equal(false);
    expect(result.error!.issues[0]!.path).to.deep.equal(['quantity']);
  });

  it('accepts huge and tiny decimal strings exactly', () => {
    const amount = '123456789012345678901234567890.000000000000000001';
    expect(S.CurrencyValue.parse({ amount, currency: 'USD' }).amount).to.equal(amount);
  });

  it('rejects a malformed date-time', () => {
    expect(S.Transaction.safeParse({ ...tx, transaction_type: 'send', timestamp: 'yesterday' }).success).to.equal(false);
  });

  it("a search body's limit is a whole number from 1 to 100", () => {
    for (const limit of [1, 100]) expect(S.SearchUsersRequest.safeParse({ limit }).success, String(limit)).to.equal(true);
    for (const limit of [0, 101, 2.5, Number.NaN]) {
      const result = S.SearchUsersRequest.safeParse({ limit });
      expect(result.success, String(limit)).to.equal(false);
      expect(result.error!.issues[0]!.path).to.deep.equal(['limit']);
    }
  });

  it("a Partner list's counts are whole numbers, 0 or more: anything else names the field and says so", () => {
    const page = { items: [], total_records: 0, last_record_number: 0, per_page: 25 };
    expect(S.PartnerUserList.safeParse(page).success).to.equal(true);
    expect(S.OrderList.safeParse({ ...page, total_records: Number.MAX_SAFE_INTEGER }).success).to.equal(true);
    for (const [field, value] of [['total_records', -1], ['per_page', 2.5], ['last_record_number', 2 ** 60], ['total_records', '3']] as const) {
      const result = S.PartnerUserList.safeParse({ ...page, [field]: value });
      expect(result.success, `${field}: ${String(value)}`).to.equal(false);
      const issue = result.error!.issues[0]!;
      expect(issue.path).to.deep.equal([field]);
      if (typeof value === 'number') expect(issue.message).to.equal('expected a whole number, 0 or more');
    }
  });
});
