import { normalCdf, normalQuantile } from '../../../src/core/outreach/normal';
import type { Arm } from '../../../src/core/outreach/stats';
import {
  contactsMissing,
  contactsPerArm,
  DEFAULT_GUARD,
  horizon,
  horizonVerdict,
  twoProportionPValue,
  verdict,
  welchTest,
} from '../../../src/core/outreach/stats';
import { studentTCdf, studentTQuantile } from '../../../src/core/outreach/studentT';

/** An arm whose first `earners` contacts made `each` net profit and the rest nothing. */
function arm(variant: string, contacted: number, replied: number, earners = 0, each = 0): Arm {
  const profits = Array.from({ length: contacted }, (_, i) => (i < earners ? each : 0));
  return { variant, contacted, replied, profits };
}

describe('the normal distribution', () => {
  it('has the quantiles of the tables', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 6);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 6);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.326348, 6);
    expect(normalQuantile(1e-9)).toBeCloseTo(-5.997807, 5);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('has a CDF that undoes the quantile', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-3)).toBeCloseTo(0.0013499, 7);
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
  });

  it('refuses a probability outside (0, 1)', () => {
    expect(() => normalQuantile(1)).toThrow(/between 0 and 1/);
  });
});

describe("Student's t distribution", () => {
  it('has the quantiles of the tables, fractional degrees of freedom included', () => {
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.706205, 5);
    expect(studentTQuantile(0.975, 10)).toBeCloseTo(2.228139, 6);
    expect(studentTQuantile(0.975, 30)).toBeCloseTo(2.042272, 6);
    expect(studentTQuantile(0.995, 2.5)).toBeCloseTo(7.163728, 5);
    expect(studentTQuantile(0.025, 10)).toBeCloseTo(-2.228139, 6);
  });

  it('has the CDF of the tables, and tends to the normal one', () => {
    expect(studentTCdf(2, 5)).toBeCloseTo(0.94903, 6);
    expect(studentTCdf(-2, 5)).toBeCloseTo(0.05097, 6);
    expect(studentTCdf(1.959964, 1e6)).toBeCloseTo(0.975, 5);
  });
});

describe('the sample-size guard', () => {
  it('asks 686 contacts per arm at a 10% baseline with the defaults (hand: 685.60, rounded up)', () => {
    expect(contactsPerArm(0.1)).toBe(686);
  });

  it('asks more where replies are noisier, and fewer for a bigger lift or less power', () => {
    expect(contactsPerArm(0)).toBe(152);
    expect(contactsPerArm(0.05)).toBe(435);
    expect(contactsPerArm(0.2)).toBe(1094);
    expect(contactsPerArm(0.1, { ...DEFAULT_GUARD, power: 0.9 })).toBe(918);
    expect(contactsPerArm(0.1, { ...DEFAULT_GUARD, minimumDetectableLift: 0.1 })).toBe(199);
  });

  it('tests a lift downwards when the baseline leaves no room above it', () => {
    expect(contactsPerArm(0.98)).toBe(contactsPerArm(0.02));
  });

  it('names only the arms still short of it', () => {
    // Pooled 12% → 778 per arm.
    expect([...contactsMissing([arm('A', 800, 100), arm('B', 700, 80)])]).toEqual([['B', 78]]);
  });
});

describe('the tests', () => {
  it('two-proportion z-test: 14% of 1000 against 10% of 1000 (hand: z = 2.7524, p = 0.00592)', () => {
    expect(twoProportionPValue(140, 1000, 100, 1000)).toBeCloseTo(0.005916, 5);
    expect(twoProportionPValue(0, 50, 0, 50)).toBe(1);
  });

  it("Welch's t-test against scipy's ttest_ind(equal_var=False)", () => {
    const result = welchTest([1, 2, 3, 4, 5], [2, 4, 6, 8, 20, 1]);
    expect(result.difference).toBeCloseTo(3 - 41 / 6, 12);
    expect(result.df).toBeCloseTo(5.615006, 5);
    expect(result.pValue).toBeCloseTo(0.240386, 5);
    // scipy: difference ± t.ppf(0.975, df) · se.
    expect(result.low).toBeCloseTo(-11.099352, 5);
    expect(result.high).toBeCloseTo(3.432686, 5);
  });

  it('reads arms without spread as certain', () => {
    expect(welchTest([0, 0, 0], [0, 0]).pValue).toBe(1);
    expect(welchTest([1, 1, 1], [0, 0]).pValue).toBe(0);
  });
});

describe('the verdict', () => {
  it('reads not enough data for a big lift on a small sample, with what each arm needs', () => {
    // 20% against 10% of 50 each: pooled 15% → 906 per arm.
    expect(verdict([arm('A', 50, 10), arm('B', 50, 5)], 'reply rate')).toBe(
      'not enough data: A needs 856 more, B needs 856 more',
    );
  });

  it('names the winner of a large, significant lift in reply rate', () => {
    expect(verdict([arm('A', 1000, 100), arm('B', 1000, 140)], 'reply rate')).toBe('B wins on reply rate');
  });

  it('lets the variant with the better reply rate and the worse profit per contact lose', () => {
    // A: 15% replies, 30 creators earning 20 each (0.60 a contact); B: 10%, 60 earning 50 (3.00).
    const arms = [arm('A', 1000, 150, 30, 20), arm('B', 1000, 100, 60, 50)];
    expect(verdict(arms, 'reply rate')).toBe('A wins on reply rate');
    expect(verdict(arms, 'net profit per contact')).toBe('B wins on net profit per contact');
  });

  it('finds no difference where the arms tie', () => {
    expect(verdict([arm('A', 800, 96), arm('B', 800, 96)], 'reply rate')).toBe('no difference on reply rate');
    expect(verdict([arm('A', 800, 96), arm('B', 800, 96)], 'net profit per contact')).toBe(
      'no difference on net profit per contact',
    );
  });

  it('finds no difference where a past-the-guard lift is within noise', () => {
    // 12.5% against 11.5% of 1000 each: p = 0.50.
    expect(verdict([arm('A', 1000, 125), arm('B', 1000, 115)], 'reply rate')).toBe('no difference on reply rate');
  });

  it('asks the best of three arms to beat both others at half the significance', () => {
    // B against A: z = 2.07, p = 0.038 < 0.05 but not < 0.025.
    const arms = [arm('A', 1000, 100), arm('B', 1000, 130), arm('C', 1000, 90)];
    expect(twoProportionPValue(130, 1000, 100, 1000)).toBeLessThan(0.05);
    expect(twoProportionPValue(130, 1000, 100, 1000)).toBeGreaterThan(0.025);
    expect(verdict(arms, 'reply rate')).toBe('no difference on reply rate');
  });
});

describe('the verdict at a fixed horizon', () => {
  const contacts = (count: number, replied: (i: number) => boolean) =>
    Array.from({ length: count }, (_, i) => ({ replied: replied(i), profit: 0 }));

  it('is not enough data, as the guard says, until the first n of each arm meet the guard on their own', () => {
    const arms = [
      { variant: 'A', contacts: contacts(50, (i) => i % 5 === 0) },
      { variant: 'B', contacts: contacts(50, (i) => i % 10 === 0) },
    ];
    expect(horizon(arms)).toBeUndefined();
    expect(horizonVerdict(arms, 'reply rate')).toBe('not enough data: A needs 856 more, B needs 856 more');
  });

  it('takes the fewest contacts that meet the guard, and judges those alone', () => {
    // Every 8th replies: the first 800 pool 12.5%, which asks 800 a variant.
    const arms = [
      { variant: 'A', contacts: contacts(900, (i) => i % 8 === 0 || i >= 800) },
      { variant: 'B', contacts: contacts(900, (i) => i % 8 === 0) },
    ];
    expect(horizon(arms)).toBe(800);
    expect(horizonVerdict(arms, 'reply rate')).toBe(
      'no difference on reply rate (the first 800 contacted in each variant)',
    );
  });
});
