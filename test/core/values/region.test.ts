import { parseRegion, regionCode } from '../../../src/core/values';
import { readSettings } from '../../../src/core/settings';

describe('parseRegion', () => {
  it.each<[string, string]>([
    ['US', 'US'],
    ['us', 'US'],
    ['USA', 'US'],
    ['U.S.', 'US'],
    ['U.S.A.', 'US'],
    ['United States', 'US'],
    ['the United States of America', 'US'],
    [' united  states ', 'US'],
    ['🇺🇸', 'US'],
    ['UK', 'UK'],
    ['U.K.', 'UK'],
    ['GB', 'UK'],
    ['GBR', 'UK'],
    ['United Kingdom', 'UK'],
    ['Great Britain', 'UK'],
    ['England', 'UK'],
    ['Scotland', 'UK'],
    ['Wales', 'UK'],
    ['Northern Ireland', 'UK'],
    ['🇬🇧', 'UK'],
    ['Ireland', 'IE'],
    ['Deutschland', 'DE'],
    ['México', 'MX'],
    ['España', 'ES'],
    ['Viet Nam', 'VN'],
    ['the Philippines', 'PH'],
    ['UAE', 'AE'],
  ])('%p is %p', (written, code) => {
    expect(parseRegion(written)).toEqual({ value: code });
  });

  it('keeps a region it does not know as written, and says so', () => {
    expect(parseRegion(' Narnia ')).toEqual({
      value: 'Narnia',
      warning:
        "'Narnia' is not a country Creator Ops knows, so it is kept as written (here and on every row with it); write a country code such as US or UK if it is one",
    });
    expect(parseRegion('EU').value).toBe('EU');
    expect(regionCode('ZZ')).toBeUndefined();
  });

  it('reads blanks and error cells as every parser does', () => {
    expect(parseRegion('')).toEqual({ value: null });
    expect(parseRegion('n/a')).toEqual({ value: null });
    expect(parseRegion('#N/A').problem).toMatch(/#N\/A/);
  });

  it('gives Settings platform fees under the same codes: "Platform fee % GB" is the UK fee', () => {
    const settings = readSettings([
      ['Setting', 'Value'],
      ['Platform fee % GB', '8%'],
      ['Platform fee % DE', '7%'],
    ]);
    expect(settings.platformFeeByRegion.UK).toBeCloseTo(0.08);
    expect(settings.platformFeeByRegion.DE).toBeCloseTo(0.07);
  });
});
