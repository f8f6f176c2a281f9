import fc from 'fast-check';
import {
  addDays,
  dayKey,
  excelSerialToWallClock,
  instantToWallClock,
  wallClockToInstant,
  type WallClock,
} from '../../../src/core/values';

const LA = 'America/Los_Angeles';
const LONDON = 'Europe/London';

const at = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0): WallClock => ({
  year,
  month,
  day,
  hour,
  minute,
  second,
});

describe('wallClockToInstant', () => {
  it.each<[WallClock, string, string]>([
    [at(2026, 3, 14, 17, 2, 11), LA, '2026-03-15T00:02:11.000Z'],
    [at(2026, 1, 14, 17, 2, 11), LA, '2026-01-15T01:02:11.000Z'],
    [at(2026, 3, 14, 9), 'Asia/Tokyo', '2026-03-14T00:00:00.000Z'],
    [at(2026, 7, 1, 12), LONDON, '2026-07-01T11:00:00.000Z'],
    [at(2026, 1, 1, 12), LONDON, '2026-01-01T12:00:00.000Z'],
    [at(2026, 3, 14, 17, 2, 11), 'UTC', '2026-03-14T17:02:11.000Z'],
    [at(2026, 3, 14, 0), 'Asia/Kolkata', '2026-03-13T18:30:00.000Z'],
  ])('%p in %s is %s', (wallClock, timeZone, iso) => {
    expect(wallClockToInstant(wallClock, timeZone).toISOString()).toBe(iso);
  });

  it('moves a time skipped when clocks go forward by the gap', () => {
    expect(wallClockToInstant(at(2026, 3, 8, 2, 30), LA).toISOString()).toBe('2026-03-08T10:30:00.000Z'); // 03:30 PDT
    expect(wallClockToInstant(at(2026, 3, 29, 1, 30), LONDON).toISOString()).toBe('2026-03-29T01:30:00.000Z'); // 02:30 BST
  });

  it('takes the first of a time repeated when clocks go back', () => {
    expect(wallClockToInstant(at(2026, 11, 1, 1, 30), LA).toISOString()).toBe('2026-11-01T08:30:00.000Z'); // PDT
    expect(wallClockToInstant(at(2026, 10, 25, 1, 30), LONDON).toISOString()).toBe('2026-10-25T00:30:00.000Z'); // BST
  });

  it('reads the hours either side of a transition with the right offset', () => {
    expect(wallClockToInstant(at(2026, 3, 8, 1, 59, 59), LA).toISOString()).toBe('2026-03-08T09:59:59.000Z');
    expect(wallClockToInstant(at(2026, 3, 8, 3), LA).toISOString()).toBe('2026-03-08T10:00:00.000Z');
    expect(wallClockToInstant(at(2026, 11, 1, 2), LA).toISOString()).toBe('2026-11-01T10:00:00.000Z');
  });
});

describe('instantToWallClock', () => {
  it('gives the zone wall clock', () => {
    expect(instantToWallClock(new Date('2026-03-08T10:30:00Z'), LA)).toEqual(at(2026, 3, 8, 3, 30));
    expect(instantToWallClock(new Date('2026-03-15T00:02:11.999Z'), LA)).toEqual(at(2026, 3, 14, 17, 2, 11));
    expect(instantToWallClock(new Date('2026-03-14T15:00:00Z'), 'Asia/Tokyo')).toEqual(at(2026, 3, 15, 0));
    expect(instantToWallClock(new Date('2026-03-14T00:00:00Z'), 'UTC')).toEqual(at(2026, 3, 14, 0));
  });
});

describe('dayKey', () => {
  it('is the calendar day in the zone', () => {
    expect(dayKey(new Date('2026-03-15T06:59:59Z'), LA)).toBe('2026-03-14');
    expect(dayKey(new Date('2026-03-15T07:00:00Z'), LA)).toBe('2026-03-15');
    expect(dayKey(new Date('2026-03-14T15:00:00Z'), 'Asia/Tokyo')).toBe('2026-03-15');
    expect(dayKey(new Date('2026-03-14T23:59:59Z'), 'UTC')).toBe('2026-03-14');
  });

  const timeZones = fc.constantFrom(LA, LONDON, 'Asia/Tokyo', 'UTC');
  const transitionDays = fc.constantFrom(
    [2026, 3, 8],
    [2026, 11, 1],
    [2025, 3, 9],
    [2025, 11, 2],
    [2026, 3, 29],
    [2026, 10, 25],
    [2024, 2, 29],
  );
  const anyDay = fc
    .record({
      year: fc.integer({ min: 1990, max: 2040 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate())
    .map(({ year, month, day }) => [year, month, day]);
  const wallClocks = fc
    .tuple(
      fc.oneof(anyDay, transitionDays),
      fc.integer({ min: 0, max: 23 }),
      fc.integer({ min: 0, max: 59 }),
      fc.integer({ min: 0, max: 59 }),
    )
    .map(([[year, month, day], hour, minute, second]) => at(year, month, day, hour, minute, second));
  const keyOf = (w: WallClock) => `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;

  it("of wallClockToInstant(w) is w's date, DST days included", () => {
    fc.assert(
      fc.property(wallClocks, timeZones, (w, timeZone) => {
        expect(dayKey(wallClockToInstant(w, timeZone), timeZone)).toBe(keyOf(w));
      }),
      { numRuns: 1000 },
    );
  });

  it('wallClockToInstant round-trips except in the skipped hour, which moves forward one hour', () => {
    fc.assert(
      fc.property(wallClocks, timeZones, (w, timeZone) => {
        const back = instantToWallClock(wallClockToInstant(w, timeZone), timeZone);
        const hourLater = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour + 1, w.minute, w.second));
        expect([w, instantToWallClock(hourLater, 'UTC')]).toContainEqual(back);
      }),
      { numRuns: 1000 },
    );
  });

  it('wallClockToInstant gives the first instant the clocks show w, DST days included', () => {
    const HOUR_MS = 3_600_000;
    fc.assert(
      fc.property(wallClocks, timeZones, (w, timeZone) => {
        const instant = wallClockToInstant(w, timeZone);
        expect(instantToWallClock(new Date(instant.getTime() - HOUR_MS), timeZone)).not.toEqual(w);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('wallClockToInstant in UTC', () => {
  const YEAR_100_MS = Date.UTC(100, 0, 1);
  it('is Date.UTC of the fields, in their usual ranges and out of them', () => {
    const field = (min: number, max: number) =>
      fc.oneof(
        { arbitrary: fc.integer({ min, max }), weight: 8 },
        { arbitrary: fc.integer({ min: -1000, max: 1000 }), weight: 1 },
        { arbitrary: fc.double({ min: -100, max: 100, noNaN: true }), weight: 1 },
      );
    const clocks = fc.record({
      year: fc.oneof(field(1900, 2200), fc.integer({ min: 0, max: 9999 }), fc.constantFrom(99, 100, 9999, 10000)),
      month: field(1, 12),
      day: field(1, 31),
      hour: field(0, 23),
      minute: field(0, 59),
      second: field(0, 59),
    });
    fc.assert(
      fc.property(clocks, (w) => {
        const expected = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
        // Before year 100 the zone lookup itself goes through Date.UTC, which reads years 0-99 as 19xx.
        fc.pre(expected >= YEAR_100_MS);
        expect(wallClockToInstant(w, 'UTC').getTime()).toBe(expected);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('addDays', () => {
  it.each<[string, number, string]>([
    ['2026-03-14', 1, '2026-03-15'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-07', 2, '2026-03-09'],
    ['2026-03-14', 0, '2026-03-14'],
    ['2026-03-14', 365, '2027-03-14'],
  ])('addDays(%s, %d) is %s', (key, n, expected) => {
    expect(addDays(key, n)).toBe(expected);
  });

  it('rejects text that is not a day key', () => {
    expect(() => addDays('3/14/2026', 1)).toThrow("'3/14/2026' is not a day key like 2026-03-14");
  });
});

describe('excelSerialToWallClock', () => {
  it.each<[number, WallClock]>([
    [46095, at(2026, 3, 14)],
    [46095.5, at(2026, 3, 14, 12)],
    [46095.75, at(2026, 3, 14, 18)],
    [46095.709849537, at(2026, 3, 14, 17, 2, 11)],
    [46095.9999999, at(2026, 3, 15)],
    [0, at(1899, 12, 30)],
    [61, at(1900, 3, 1)],
    [25569, at(1970, 1, 1)],
  ])('serial %p is %p', (serial, expected) => {
    expect(excelSerialToWallClock(serial)).toEqual(expected);
  });
});
