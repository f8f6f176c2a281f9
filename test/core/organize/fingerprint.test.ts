import fc from 'fast-check';
import { hash32 } from '../../../src/core/hash';
import {
  BLANK,
  fingerprint,
  fingerprintsText,
  readFingerprints,
  TabFingerprints,
  withFingerprint,
} from '../../../src/core/organize/fingerprint';

/** What the first release computed: hash32 of the value's text, run on from its type's prefix. */
const byText = (value: unknown): number =>
  value instanceof Date
    ? hash32(String(value.getTime()), hash32('d'))
    : hash32(String(value), hash32(typeof value === 'number' ? 'n' : typeof value));

describe('fingerprint', () => {
  // Fingerprints the first release wrote into state tabs: they must keep matching the same values.
  it.each<[unknown, number]>([
    ['A-1', 452365481],
    ['Serum', 4046143616],
    ['Ünïcødé ✓', 2536562746],
    [12, 3536429750],
    [0, 87416211],
    [-0, 87416211],
    [12.34, 684800655],
    [-0.5, 4034222953],
    [0.15, 1578494485],
    [1234567.89, 3627562884],
    [0.1 + 0.2, 3558986000],
    [1e21, 3321540193],
    [2 ** 53 + 2, 1200825344],
    [1.5e-7, 1004405544],
    [NaN, 2960224542],
    [new Date(Date.UTC(2026, 10, 23)), 1266341045],
    [new Date(Date.UTC(2026, 10, 23, 17, 5)), 2537243410],
    [new Date(NaN), 631187028],
    [true, 3151561459],
    [false, 2456885822],
  ])('of %p is what the state tab holds for it', (value, stored) => {
    expect(fingerprint(value)).toBe(stored);
  });

  it('is none for a blank cell', () => {
    expect(fingerprint('')).toBe(BLANK);
    expect(fingerprint(undefined)).toBe(BLANK);
    expect(fingerprint(null)).toBe(BLANK);
  });

  it('tells numbers, text and dates apart', () => {
    expect(fingerprint(12)).not.toBe(fingerprint('12'));
    expect(fingerprint(new Date(0))).not.toBe(fingerprint(0));
  });

  it('property: any number or date hashes as its text', () => {
    const cents = fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }).map((n) => n / 100);
    const nearBillions = fc.integer({ min: 1, max: 9_007_199 }).map((n) => n * 1e9 - 1);
    const number = fc.oneof(fc.double(), fc.maxSafeInteger(), cents, nearBillions, fc.integer());
    fc.assert(
      fc.property(number, (n) => expect(fingerprint(n)).toBe(byText(n))),
      { numRuns: 5000 },
    );
    fc.assert(fc.property(fc.date(), (d) => expect(fingerprint(d)).toBe(byText(d))));
  });

  it('property: any text hashes as itself', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), (text) => expect(fingerprint(text)).toBe(byText(text))));
  });
});

describe("a tab's rows fingerprinted in turn", () => {
  it('property: each cell as if alone, however the rows repeat the values above them', () => {
    const sharedDate = new Date('2026-03-14T09:30:00Z');
    const cell = fc.oneof(
      fc.constantFrom<unknown>('', 'Lip Oil', 'lip oil', 12, '12', 0, -0, NaN, true, null, undefined, sharedDate),
      fc.string(),
      fc.double(),
      fc.date().map((d) => new Date(d.getTime())),
    );
    const rows = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 });
    fc.assert(
      fc.property(rows, fc.array(fc.nat(11), { maxLength: 24 }), (distinct, picks) => {
        const tab = new TabFingerprints();
        for (const pick of picks) {
          const row = distinct.length > 0 ? distinct[pick % distinct.length] : [];
          expect(tab.of(row)).toEqual(row.map(fingerprint));
        }
      }),
    );
  });

  it('hashes a cell again once it differs from the one above', () => {
    const tab = new TabFingerprints();
    tab.of(['Lip Oil', 12]);
    expect(tab.of(['Lip Oil', 13, 'extra'])).toEqual(['Lip Oil', 13, 'extra'].map(fingerprint));
    expect(tab.of(['Lip oil'])).toEqual([fingerprint('Lip oil')]);
  });
});

describe("a record's fingerprints", () => {
  const read = (text: string, columns: number) => {
    const into = new Float64Array(columns);
    const count = readFingerprints(text, into);
    return { count, values: [...into] };
  };

  it('read from the state text: blanks, and what is no fingerprint matches nothing', () => {
    const { count, values } = read('452365481,,007,abc,4294967296,-1,0', 8);
    expect(count).toBe(7);
    expect(values.slice(0, 2)).toEqual([452365481, BLANK]);
    for (const unreadable of values.slice(2, 6)) {
      expect(unreadable).not.toBe(BLANK);
      expect(unreadable).toBeLessThan(0);
    }
    expect(values[6]).toBe(0);
    expect(values[7]).toBeLessThan(BLANK); // past the end
  });

  it('read from numbers as from their text', () => {
    const numbers = [452365481, BLANK, 4294967295];
    expect(read(fingerprintsText(numbers), 4)).toEqual({ count: 3, values: [...numbers, expect.any(Number)] });
    const into = new Float64Array(4);
    expect(readFingerprints(numbers, into)).toBe(3);
    expect([...into]).toEqual(read('452365481,,4294967295', 4).values);
  });

  it('written as the state tab has them: decimal, joined by commas, blank for none', () => {
    expect(fingerprintsText([452365481, BLANK, 3097549439])).toBe('452365481,,3097549439');
    expect(fingerprintsText('452365481,,3097549439')).toBe('452365481,,3097549439');
  });

  it('with one replaced, in either form', () => {
    expect(withFingerprint('1,2,3', 1, 9)).toBe('1,9,3');
    expect(withFingerprint([1, 2, 3], 1, BLANK)).toEqual([1, BLANK, 3]);
  });
});
