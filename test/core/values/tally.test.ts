import fc from 'fast-check';
import {
  detectDateOrder,
  detectMoneyStyle,
  detectPaddedIds,
  detectPercentScale,
  tally,
  tallyOrCells,
} from '../../../src/core/values';

// Cells that pull each detector both ways, repeated so that counts decide.
const cell = fc.constantFrom<unknown>(
  '1,250',
  '12,50',
  '1.234,56',
  '$12.50',
  '1,234.56',
  '14/03/2026',
  '03/14/2026 5:02 PM',
  '04/05/2026',
  '576117931594283000',
  '576117931594283814',
  '5761179315942830000',
  '15%',
  15,
  0.5,
  '',
  null,
);

describe('a tally of a column', () => {
  it('counts each distinct cell', () => {
    expect(tally(['a', 'b', 'a', 3, 3, 3])).toEqual({ values: ['a', 'b', 3], counts: [2, 1, 3] });
  });

  it('settles every column-level decision as the cells themselves do', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        const counted = tally(cells);
        expect(detectMoneyStyle(counted)).toBe(detectMoneyStyle(cells));
        expect(detectDateOrder(counted)).toBe(detectDateOrder(cells));
        expect(detectPaddedIds(counted)).toBe(detectPaddedIds(cells));
        expect(detectPercentScale(counted)).toBe(detectPercentScale(cells));
      }),
    );
  });

  /** The definition: a Map from each distinct cell (as Map keys tell them apart) to its count. */
  const byMap = (cells: unknown[]) => {
    const countOf = new Map<unknown, number>();
    for (const item of cells) countOf.set(item, (countOf.get(item) ?? 0) + 1);
    return { values: [...countOf.keys()], counts: [...countOf.values()] };
  };
  // Runs of one cell, -0 beside 0, NaN, objects: the cases a shortcut could miscount.
  const date = new Date(0);
  const runs = fc
    .array(
      fc.tuple(
        fc.constantFrom<unknown>('a', 'b', 0, -0, NaN, null, undefined, date, 3, '3'),
        fc.integer({ min: 1, max: 4 }),
      ),
      {
        maxLength: 30,
      },
    )
    .map((pieces) => pieces.flatMap(([item, times]) => Array<unknown>(times).fill(item)));

  it('is what a Map of counts gives, in first-seen order', () => {
    fc.assert(
      fc.property(runs, (cells) => {
        const counted = tally(cells);
        const expected = byMap(cells);
        expect(counted.counts).toEqual(expected.counts);
        expect(counted.values.length).toBe(expected.values.length);
        counted.values.forEach((item, i) => expect(Object.is(item, expected.values[i])).toBe(true));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives up past the distinct cells it counts, and not before', () => {
    const distinct = Array.from({ length: 4096 }, (_, i) => `id${i}`);
    expect(tallyOrCells([...distinct, ...distinct])).toEqual({ values: distinct, counts: distinct.map(() => 2) });
    const oneMore = [...distinct, 'id4096'];
    expect(tallyOrCells(oneMore)).toBe(oneMore);
  });
});
