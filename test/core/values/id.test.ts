import fc from 'fast-check';
import { parseId } from '../../../src/core/values';

const LOST_DIGITS =
  'has lost digits: the column was read as a number. Format the column as plain text in the source and paste the export again';

describe('parseId', () => {
  it.each<[unknown, string]>([
    ['576461413070000001', '576461413070000001'],
    ['5764614130700000012\t', '5764614130700000012'],
    ["'576461413070000001", '576461413070000001'],
    ['  SKU-ABC 1 ', 'SKU-ABC 1'],
    ['0001234', '0001234'],
    ['1E5', '1E5'],
    [42, '42'],
    [123456789012345, '123456789012345'],
    [-7, '-7'],
  ])('parseId(%p) is %p', (raw, expected) => {
    expect(parseId(raw)).toEqual({ value: expected });
  });

  it.each<[unknown, string]>([
    [729000000000000000, '729000000000000000'],
    // eslint-disable-next-line no-loss-of-precision -- a spreadsheet number past 15 digits, as a cell holds it
    [576461413070000001, '576461413070000000'],
    [1234567890123456, '1234567890123456'],
    [0.30000000000000004, '0.30000000000000004'],
    ['7.29E+17', '7.29E+17'],
    ['7,29E+17', '7,29E+17'],
    ['7E+17', '7E+17'],
  ])('reports %p as having lost digits', (raw, shown) => {
    expect(parseId(raw, 'Order ID')).toEqual({ value: null, problem: `Order ID ${shown} ${LOST_DIGITS}` });
  });

  it('names the id generically without a label', () => {
    expect(parseId(729000000000000000).problem).toBe(`ID 729000000000000000 ${LOST_DIGITS}`);
  });

  it('reports dates and booleans, which cannot be ids', () => {
    expect(parseId(new Date('2026-03-14T00:00:00Z'), 'SKU').problem).toBe(
      'SKU 2026-03-14 was read as a date: format the column as plain text in the source and paste it again',
    );
    expect(parseId(true).problem).toBe('ID TRUE is TRUE/FALSE, not an ID');
  });

  it('never changes a digit string', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[0-9]{1,25}$/),
        fc.constantFrom('', "'"),
        fc.constantFrom('', '\t', ' ', '\u00a0'),
        (digits, before, after) => {
          expect(parseId(before + digits + after)).toEqual({ value: digits });
        },
      ),
    );
  });
});
