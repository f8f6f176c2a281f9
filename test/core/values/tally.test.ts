import fc from 'fast-check';
import {
  detectDateOrder,
  detectMoneyStyle,
  detectPaddedIds,
  detectPercentScale,
  tally,
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
});
