import { parseCount } from '../../../src/core/values';

describe('parseCount', () => {
  it.each<[unknown, number]>([
    ['12.5K', 12_500],
    ['12.5k', 12_500],
    ['12,5K', 12_500],
    ['4.35K', 4_350],
    ['1.2M', 1_200_000],
    ['1.2 million', 1_200_000],
    ['2B', 2_000_000_000],
    ['1,234', 1_234],
    ['1.250', 1_250],
    ['1 234 567', 1_234_567],
    ['1,234,567', 1_234_567],
    ['3.4k followers', 3_400],
    ['12K Followers', 12_000],
    ['1 follower', 1],
    ['850', 850],
    [' 850\t', 850],
    ['0', 0],
    [12_500, 12_500],
    [12_500.0000000001, 12_500],
  ])('parseCount(%p) is %p', (raw, expected) => {
    expect(parseCount(raw)).toEqual({ value: expected });
  });

  it.each<unknown>(['-5', -5, '1.5', 12.5, 'lots', '12.5X', '12K views', 'K', true, new Date('2026-03-14T00:00:00Z')])(
    '%p is a problem',
    (raw) => {
      const result = parseCount(raw);
      expect(result.value).toBeNull();
      expect(result.problem).toMatch(/ is not a follower count: write a whole number like 12500, or 12.5K or 1.2M$/);
    },
  );
});
