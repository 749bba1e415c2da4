import { expect } from '@open-wc/testing';
import { compareDecimals, multiplyDecimals, sumDecimals } from '../src/util/decimal.js';

describe('exact decimal arithmetic', () => {
  it('sums without float noise', () => {
    expect(sumDecimals(['0.1', '0.2'])).to.equal('0.3');
    expect(sumDecimals(['34891.00', '8223.50', '12450.32', '43181.03'])).to.equal('98745.85');
    expect(sumDecimals(['99999999999999999999.99', '0.01'])).to.equal('100000000000000000000.00');
    expect(sumDecimals(['-5.5', '2.25'])).to.equal('-3.25');
    expect(sumDecimals([])).to.equal('0');
  });
  it('multiplies and rounds half away from zero', () => {
    expect(multiplyDecimals('0.12345678', '67321.55', 2)).to.equal('8311.30');
    expect(multiplyDecimals('1.005', '1', 2)).to.equal('1.01');
    expect(multiplyDecimals('-1.005', '1', 2)).to.equal('-1.01');
  });
  it('compares', () => {
    expect(compareDecimals('10.0', '9.99')).to.equal(1);
    expect(compareDecimals('1.50', '1.5')).to.equal(0);
    expect(compareDecimals('-2', '1')).to.equal(-1);
  });
  it('refuses what is not a decimal string', () => {
    expect(() => sumDecimals(['1e5'])).to.throw(RangeError);
  });
});
