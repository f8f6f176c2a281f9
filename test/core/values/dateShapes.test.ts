import fc from 'fast-check';
import {
  cleanText,
  detectDateOrder,
  orderShownByPatterns,
  parseDate,
  parseDateTextByPatterns,
  screenCell,
  type DateOrder,
} from '../../../src/core/values';
import { readCommonDateTime } from '../../../src/core/values/dateShapes';

/** A number written with `width` digits, or one or two when `width` is absent (leading zero or not). */
const written = (value: fc.Arbitrary<number>, width?: number) =>
  fc.tuple(value, fc.boolean()).map(([n, padded]) =>
    String(n)
      .padStart(width ?? (padded ? 2 : 1), '0')
      .slice(-(width ?? 2)),
  );
/** Mostly in `min`..`max`, sometimes anything up to 99: the impossible values take the same path. */
const mostlyIn = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min, max }), weight: 9 },
    { arbitrary: fc.integer({ min: 0, max: 99 }), weight: 1 },
  );
const separator = fc.constantFrom('/', '-', '.');
const meridiem = fc.constantFrom('', ' AM', ' PM', 'am', ' pm', ' Am', 'pM');

const dayOrMonth = written(mostlyIn(1, 12));
const numericDate = fc
  .tuple(
    dayOrMonth,
    separator,
    written(mostlyIn(1, 31)),
    fc.oneof(written(mostlyIn(1990, 2040), 4), written(mostlyIn(0, 99), 2)),
  )
  .chain(([month, sep, day, year]) =>
    fc.constantFrom(`${month}${sep}${day}${sep}${year}`, `${day}${sep}${month}${sep}${year}`),
  );
const yearFirstDate = fc
  .tuple(fc.integer({ min: 1890, max: 2210 }), separator, dayOrMonth, written(mostlyIn(1, 31)))
  .map(([year, sep, month, day]) => `${year}${sep}${month}${sep}${day}`);
const time = fc
  .tuple(
    fc.constantFrom(' ', 'T'),
    written(mostlyIn(0, 23)),
    written(mostlyIn(0, 59), 2),
    fc.option(written(mostlyIn(0, 59), 2)),
    meridiem,
  )
  .map(([lead, hour, minute, second, half]) => `${lead}${hour}:${minute}${second === null ? '' : `:${second}`}${half}`);
const commonShape = fc
  .tuple(fc.oneof(numericDate, yearFirstDate), fc.option(time, { freq: 4 }))
  .map(([date, clock]) => `${date}${clock ?? ''}`);

/** The common shapes with one character changed, added or removed: most must go the patterns' way. */
const nearShape = fc
  .tuple(
    commonShape,
    fc.nat(),
    fc.constantFrom('', 't', ' ', '  ', ':', '0', '123', 'Z', '.5', ',', '+05:30', 'x', 'P'),
  )
  .map(([text, at, insert]) => {
    const index = at % (text.length + 1);
    return `${text.slice(0, index)}${insert}${text.slice(index + (insert === '' ? 1 : 0))}`;
  });

const timeZones = fc.constantFrom('America/Los_Angeles', 'Europe/London', 'UTC', 'Asia/Kolkata');
const orders = fc.constantFrom<DateOrder>('MDY', 'DMY', 'ambiguous');

describe('readCommonDateTime', () => {
  it('reads every text in the common shapes', () => {
    fc.assert(fc.property(commonShape, (text) => expect(readCommonDateTime(text)).not.toBeNull()));
  });

  it.each([
    '2026-03-14 5:02:11.250 PM',
    '03/14/2026  5:02 PM',
    '03/14/2026t17:02',
    '03/14-2026',
    '003/14/2026',
    '03/14/026',
    '2026-03-14T17:02:11Z',
    '03/14/2026 17:2',
    '03/14/2026 5:02 P',
    'Mar 14, 2026',
  ])('leaves %p to the patterns', (text) => {
    expect(readCommonDateTime(text)).toBeNull();
  });
});

describe('parseDate of the common shapes', () => {
  const sameAsPatterns = (text: string, timeZone: string, order: DateOrder) => {
    expect(parseDate(text, { timeZone, order })).toEqual(parseDateTextByPatterns(cleanText(text), timeZone, order));
  };

  it('is what the patterns read: the same instant, warning and problem', () => {
    fc.assert(fc.property(commonShape, timeZones, orders, sameAsPatterns), { numRuns: 3000 });
  });

  it('is what the patterns read for texts near those shapes', () => {
    const dateText = nearShape.filter((text) => !/^\d+(?:\.\d+)?$/.test(cleanText(text)) && !screenCell(text));
    fc.assert(fc.property(dateText, timeZones, orders, sameAsPatterns), { numRuns: 3000 });
  });

  it('reads the transitions of daylight saving time as the patterns do', () => {
    const hours = fc.integer({ min: 0, max: 3 }).map((hour) => `03/08/2026 ${hour}:30 AM`);
    const fallBack = fc.constantFrom('11/01/2026 1:30 AM', '2026-11-01 01:59:59', '2026-03-29T01:30');
    fc.assert(fc.property(fc.oneof(hours, fallBack), timeZones, orders, sameAsPatterns));
  });
});

describe('detectDateOrder of the common shapes', () => {
  const byPatterns = (cells: string[]): DateOrder => {
    const votes = cells.map((cell) => orderShownByPatterns(cleanText(cell)));
    const monthFirst = votes.filter((vote) => vote === 'MDY').length;
    const dayFirst = votes.filter((vote) => vote === 'DMY').length;
    if (monthFirst === dayFirst) return 'ambiguous';
    return monthFirst > dayFirst ? 'MDY' : 'DMY';
  };

  it('weighs each cell as the patterns do', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(commonShape, nearShape), { maxLength: 6 }), (cells) =>
        expect(detectDateOrder(cells)).toBe(byPatterns(cells)),
      ),
      { numRuns: 2000 },
    );
  });
});
