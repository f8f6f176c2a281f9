import { parseCurrency } from '../../../src/core/values';

describe('parseCurrency', () => {
  it.each<[unknown, string]>([
    ['USD', 'USD'],
    ['usd', 'USD'],
    [' usd\t', 'USD'],
    ['$', 'USD'],
    ['US$', 'USD'],
    ['£', 'GBP'],
    ['GBP', 'GBP'],
    ['€', 'EUR'],
    ['eur', 'EUR'],
    ['Euro', 'EUR'],
    ['pounds', 'GBP'],
    ['CAD', 'CAD'],
    ['C$', 'CAD'],
    ['RM', 'MYR'],
  ])('parseCurrency(%p) is %p', (raw, expected) => {
    expect(parseCurrency(raw)).toEqual({ value: expected });
  });

  it.each<unknown>(['Dollarz', 'XYZ', 'US', '$$', 12, true])('%p is a problem', (raw) => {
    const result = parseCurrency(raw);
    expect(result.value).toBeNull();
    expect(result.problem).toMatch(/ is not a currency: use a code like USD, GBP or EUR$/);
  });
});
