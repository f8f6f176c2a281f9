import fc from 'fast-check';
import type { Money } from '../../../src/core/cells';
import { detectMoneyStyle, parseMoney, type MoneyStyle } from '../../../src/core/values';

describe('parseMoney', () => {
  it.each<[unknown, Money]>([
    ['12.50', { amount: 12.5 }],
    ['$1,234.56', { amount: 1234.56, currency: 'USD' }],
    ['£12.00', { amount: 12, currency: 'GBP' }],
    ['€12', { amount: 12, currency: 'EUR' }],
    ['US$ 12', { amount: 12, currency: 'USD' }],
    ['USD 12.5', { amount: 12.5, currency: 'USD' }],
    ['12.50 usd', { amount: 12.5, currency: 'USD' }],
    ['GBP 12,50', { amount: 12.5, currency: 'GBP' }],
    ['1.234,56 EUR', { amount: 1234.56, currency: 'EUR' }],
    ['1 234,56 €', { amount: 1234.56, currency: 'EUR' }],
    ['1\u00a0234.56', { amount: 1234.56 }],
    ['1\u202f234,56', { amount: 1234.56 }],
    ["1'234.56", { amount: 1234.56 }],
    ['1,234,567.89', { amount: 1234567.89 }],
    ['1.234.567', { amount: 1234567 }],
    ['(12.00)', { amount: -12 }],
    ['($12.00)', { amount: -12, currency: 'USD' }],
    ['-12.00', { amount: -12 }],
    ['−12', { amount: -12 }],
    ['12.00-', { amount: -12 }],
    ['-$1,234.50', { amount: -1234.5, currency: 'USD' }],
    ['$-5', { amount: -5, currency: 'USD' }],
    ['GBP -5', { amount: -5, currency: 'GBP' }],
    ['+5', { amount: 5 }],
    ['12,5', { amount: 12.5 }],
    ['.50', { amount: 0.5 }],
    ['0,250', { amount: 0.25 }],
    ['$12.00\t', { amount: 12, currency: 'USD' }],
    ['0', { amount: 0 }],
    ['-0.00', { amount: 0 }],
    [12.5, { amount: 12.5 }],
    [0.1 + 0.2, { amount: 0.3 }],
    [-0, { amount: 0 }],
  ])('parseMoney(%p) is %p', (raw, expected) => {
    expect(parseMoney(raw)).toEqual({ value: expected });
  });

  it('keeps values that can only be read one way whatever the column style', () => {
    expect(parseMoney('12,50', 'dot').value).toEqual({ amount: 12.5 });
    expect(parseMoney('1,234.56', 'comma').value).toEqual({ amount: 1234.56 });
    expect(parseMoney('12.50', 'comma').value).toEqual({ amount: 12.5 });
  });

  it.each<[string, MoneyStyle, number]>([
    ['1,250', 'dot', 1250],
    ['1,250', 'comma', 1.25],
    ['1.250', 'dot', 1.25],
    ['1.250', 'comma', 1250],
    ['£1,250', 'comma', 1.25],
  ])('reads the ambiguous %p in a %s column as %p, silently', (raw, style, amount) => {
    const result = parseMoney(raw, style);
    expect(result.value?.amount).toBe(amount);
    expect(result.warning).toBeUndefined();
  });

  it('reads ambiguous values in an unsettled column as thousands, with a warning', () => {
    expect(parseMoney('1,250', 'ambiguous')).toEqual({
      value: { amount: 1250 },
      warning: "'1,250' could be 1250 or 1.25; other values in the column did not settle it — read as 1250",
    });
    expect(parseMoney('1.250', 'ambiguous')).toEqual({
      value: { amount: 1.25 },
      warning: "'1.250' could be 1.25 or 1250; other values in the column did not settle it — read as 1.25",
    });
  });

  it('does not warn in an unsettled column when the value itself is clear', () => {
    expect(parseMoney('12,50', 'ambiguous')).toEqual({ value: { amount: 12.5 } });
    expect(parseMoney('1250', 'ambiguous')).toEqual({ value: { amount: 1250 } });
    expect(parseMoney(1250, 'ambiguous')).toEqual({ value: { amount: 1250 } });
  });

  it('says what is wrong and what to write instead', () => {
    expect(parseMoney('12,3,4')).toEqual({
      value: null,
      problem:
        "'12,3,4' is not an amount: use a number like 1234.56, with a currency symbol or code if you like ($, £, €, USD)",
    });
  });

  it.each<unknown>([
    'abc',
    '12%',
    '$12 EUR',
    '12 apples',
    '(12.00',
    '--12',
    '-12-',
    '12..5',
    '1.234.56',
    '1,23,456',
    '12.',
    true,
    new Date('2026-03-14T00:00:00Z'),
    NaN,
    Infinity,
  ])('%p is not an amount', (raw) => {
    const result = parseMoney(raw);
    expect(result.value).toBeNull();
    expect(result.problem).toMatch(/is not an amount/);
  });

  it('round-trips any cents amount however it is written', () => {
    const styles = {
      dot: { mark: '.', groupings: ['', ',', ' ', '\u00a0', "'"] },
      comma: { mark: ',', groupings: ['', '.', ' ', '\u00a0'] },
    } as const;
    const wrappers = [
      (n: string) => ({ text: n, currency: undefined }),
      (n: string) => ({ text: `$${n}`, currency: 'USD' }),
      (n: string) => ({ text: `£ ${n}`, currency: 'GBP' }),
      (n: string) => ({ text: `${n} €`, currency: 'EUR' }),
      (n: string) => ({ text: `GBP ${n}`, currency: 'GBP' }),
      (n: string) => ({ text: `${n} EUR`, currency: 'EUR' }),
      (n: string) => ({ text: `US$${n}`, currency: 'USD' }),
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }),
        fc.constantFrom<'dot' | 'comma'>('dot', 'comma'),
        fc.nat(4),
        fc.nat(wrappers.length - 1),
        fc.constantFrom('minus', 'parentheses', 'unicode minus'),
        fc.boolean(),
        (cents, style, groupingIndex, wrapperIndex, negativeForm, dropZeroCents) => {
          const { mark, groupings } = styles[style];
          const grouping = groupings[groupingIndex % groupings.length];
          const whole = String(Math.floor(Math.abs(cents) / 100)).replace(/\B(?=(\d{3})+$)/g, grouping);
          const centsPart = String(Math.abs(cents) % 100).padStart(2, '0');
          const digits = dropZeroCents && centsPart === '00' ? whole : `${whole}${mark}${centsPart}`;
          const { text, currency } = wrappers[wrapperIndex](digits);
          const written =
            cents >= 0
              ? text
              : negativeForm === 'minus'
                ? `-${text}`
                : negativeForm === 'unicode minus'
                  ? `−${text}`
                  : `(${text})`;

          const expected: Money = currency ? { amount: cents / 100, currency } : { amount: cents / 100 };
          expect(parseMoney(written, style)).toEqual({ value: expected });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('detectMoneyStyle', () => {
  it.each<[unknown[], MoneyStyle]>([
    [['12,50', '1,250'], 'comma'],
    [['£12,50', '1.250'], 'comma'],
    [['1.234,56 EUR', '£12.50', '12,50'], 'comma'],
    [['1,234.56', '1,250'], 'dot'],
    [['12.50', '1.250'], 'dot'],
    [['1,234,567', '2,500'], 'dot'],
    [['1.234.567', '2.500'], 'comma'],
    [['1,250', '2,500'], 'ambiguous'],
    [['1,250', 3, 4.5], 'ambiguous'],
    [['12,50', '12.50', '1,250'], 'ambiguous'],
    [['12', 15, '$3', '1 250'], 'dot'],
    [[], 'dot'],
    [['abc', true, null], 'dot'],
  ])('%p is %p', (values, style) => {
    expect(detectMoneyStyle(values)).toBe(style);
  });
});
