import fc from 'fast-check';
import { detectPaddedIds, idDamage, isBlank, parseId } from '../../../src/core/values';

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

describe('idDamage', () => {
  it.each<[unknown, string | undefined]>([
    [576837412345678000, 'number'],
    [5.76837e17, 'number'],
    ['5.76837E+17', 'scientific'],
    ['5,76837E+17\t', 'scientific'],
    ['576837412345678068', undefined],
    ['576837412345678000', undefined],
    [123456789012345, undefined],
    ['SKU-1E5', undefined],
    ['', undefined],
  ])('%p shows %p damage on its own', (raw, damage) => {
    expect(idDamage(raw)).toBe(damage);
  });

  it('takes 15 digits then zeros for damage only where the column shows it', () => {
    expect(idDamage('576837412345678000', true)).toBe('padded');
    expect(idDamage('5768374123456780000\t', true)).toBe('padded');
    expect(idDamage('576837412345678068', true)).toBeUndefined();
    expect(idDamage('123456789012345', true)).toBeUndefined();
  });
});

describe('detectPaddedIds', () => {
  const clean = (n: number) => Array.from({ length: n }, (_, i) => `5768374123456${String(10000 + i)}7`);

  it('keeps a real ID that happens to end in zeros', () => {
    expect(detectPaddedIds([...clean(40), '576837412345678000'])).toBe(false);
    // 9,000 consecutive real IDs: nine of them end in 000, as chance has it.
    const consecutive = Array.from({ length: 9000 }, (_, i) => `57683741234${String(1_000_000 + i)}`);
    expect(consecutive.filter((id) => id.endsWith('000'))).toHaveLength(9);
    expect(detectPaddedIds(consecutive)).toBe(false);
  });

  it('finds a column a spreadsheet saved back, even mixed with clean IDs', () => {
    const padded = Array.from({ length: 30 }, (_, i) => `5768374123456${String(10 + i)}000`);
    expect(detectPaddedIds([...clean(60), ...padded])).toBe(true);
    expect(detectPaddedIds(['576837412345678000', '576837412345679000'])).toBe(true);
  });
});

describe('the character-code tests of ID cells', () => {
  // The definitions they keep, as patterns.
  const SCIENTIFIC = /^\d(?:[.,]\d+)?E\+\d+$/i;
  const LONG_DIGITS = /^\d{16,}$/;
  const PADDED = /^\d{15}0+$/;
  const idText = fc.oneof(
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 14, maxLength: 20 }),
    fc
      .tuple(fc.stringMatching(/^[1-9]\d{14}$/), fc.integer({ min: 1, max: 5 }))
      .map(([digits, zeros]) => digits + '0'.repeat(zeros)),
    fc.string({ unit: fc.constantFrom(...'0123456789.,eE+-xA'), maxLength: 20 }),
    fc.stringMatching(/^\d[.,]?\d{0,6}[eE][+-]?\d{1,3}$/),
  );
  const cell = fc.tuple(idText, fc.constantFrom('', '\t', ' ')).map(([text, edge]) => text + edge);

  it('idDamage finds what the patterns find', () => {
    fc.assert(
      fc.property(cell, fc.boolean(), (raw, paddedColumn) => {
        const text = raw.trim();
        const expected = SCIENTIFIC.test(text)
          ? 'scientific'
          : paddedColumn && PADDED.test(text) && LONG_DIGITS.test(text)
            ? 'padded'
            : undefined;
        expect(idDamage(raw, paddedColumn)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseId keeps the text of every cell the patterns find undamaged', () => {
    fc.assert(
      fc.property(cell, (raw) => {
        const text = raw.trim();
        expect(parseId(raw).value).toBe(SCIENTIFIC.test(text) || isBlank(raw) ? null : text);
      }),
      { numRuns: 3000 },
    );
  });

  it('detectPaddedIds weighs the long digit strings as the patterns do', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), (cells) => {
        const long = cells.map((raw) => raw.trim()).filter((text) => LONG_DIGITS.test(text));
        const padded = long.filter((text) => PADDED.test(text)).length;
        const byChance = long.reduce((sum, text) => sum + 10 ** (15 - text.length), 0);
        expect(detectPaddedIds(cells)).toBe(padded >= 2 && padded > 10 * byChance);
      }),
      { numRuns: 3000 },
    );
  });
});
