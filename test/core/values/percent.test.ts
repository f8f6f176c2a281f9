import fc from 'fast-check';
import { detectPercentScale, parsePercent, type PercentScale } from '../../../src/core/values';

describe('parsePercent', () => {
  it.each<[unknown, PercentScale, number]>([
    ['15%', 'fraction', 0.15],
    ['15%', 'whole', 0.15],
    ['12.5 %', 'fraction', 0.125],
    ['12,5%', 'fraction', 0.125],
    ['+7%', 'fraction', 0.07],
    ['0.5%', 'fraction', 0.005],
    ['100%', 'fraction', 1],
    ['0%', 'fraction', 0],
    [0.15, 'fraction', 0.15],
    ['0.15', 'fraction', 0.15],
    // Below 1 a bare number is a fraction even in a whole-percent column: a %-formatted cell.
    [0.15, 'whole', 0.15],
    ['0.5', 'whole', 0.5],
    [15, 'fraction', 0.15],
    [15, 'whole', 0.15],
    ['15', 'fraction', 0.15],
    [' 20\t', 'whole', 0.2],
    [1, 'fraction', 1],
    [1, 'whole', 0.01],
    [7, 'fraction', 0.07],
    [28.999999999999996, 'whole', 0.29],
    [100, 'whole', 1],
  ])('parsePercent(%p, %s) is %p', (raw, scale, expected) => {
    expect(parsePercent(raw, scale)).toEqual({ value: expected });
  });

  it('defaults to the fraction scale', () => {
    expect(parsePercent(0.15)).toEqual({ value: 0.15 });
  });

  it.each<[unknown, string]>([
    ['150%', "'150%' is over 100%: write a rate like 15% or 0.15"],
    [150, "'150' is over 100%: write a rate like 15% or 0.15"],
    ['-5%', "'-5%' is negative: a rate is between 0% and 100%"],
    [-0.05, "'-0.05' is negative: a rate is between 0% and 100%"],
    ['−5', "'−5' is negative: a rate is between 0% and 100%"],
    ['abc', "'abc' is not a percentage: write a rate like 15% or 0.15"],
    ['15%%', "'15%%' is not a percentage: write a rate like 15% or 0.15"],
    ['15 percent off', "'15 percent off' is not a percentage: write a rate like 15% or 0.15"],
    [true, "'TRUE' is not a percentage: write a rate like 15% or 0.15"],
    [NaN, "'NaN' is not a percentage: write a rate like 15% or 0.15"],
  ])('%p is a problem', (raw, problem) => {
    expect(parsePercent(raw)).toEqual({ value: null, problem });
  });

  it('agrees across the ways a rate is written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (basisPoints) => {
        const expected = parsePercent(`${basisPoints / 100}%`).value;
        expect(expected).toBeCloseTo(basisPoints / 10_000, 12);
        expect(parsePercent(`${basisPoints / 100} %`, 'fraction').value).toBe(expected);
        if (basisPoints >= 100) {
          expect(parsePercent(basisPoints / 100, 'whole').value).toBe(expected);
          expect(parsePercent(String(basisPoints / 100), 'whole').value).toBe(expected);
        }
        expect(parsePercent(basisPoints / 10_000, 'fraction').value).toBe(expected);
        expect(parsePercent(String(basisPoints / 10_000), 'fraction').value).toBe(expected);
        expect(parsePercent(`${String(basisPoints / 100).replace('.', ',')}%`).value).toBe(expected);
      }),
    );
  });
});

describe('detectPercentScale', () => {
  it.each<[unknown[], PercentScale]>([
    [[0.15, '0.2', '15%'], 'fraction'],
    [['150%', '20%'], 'fraction'],
    [[0.15, 15], 'whole'],
    [['20', '0.5'], 'whole'],
    [['12.5', 'abc'], 'whole'],
    [[1, '1'], 'fraction'],
    [[], 'fraction'],
    [['', null, true], 'fraction'],
  ])('%p is %p', (values, scale) => {
    expect(detectPercentScale(values)).toBe(scale);
  });
});
