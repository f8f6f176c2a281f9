import { detectDateOrder, parseDate, type DateOrder } from '../../../src/core/values';

const LA = 'America/Los_Angeles';

function instantOf(raw: unknown, order?: DateOrder, timeZone = LA): string | undefined {
  const result = parseDate(raw, { timeZone, order });
  expect(result.problem).toBeUndefined();
  expect(result.warning).toBeUndefined();
  return result.value?.toISOString();
}

describe('parseDate', () => {
  it.each<[unknown, string]>([
    ['2026-03-14', '2026-03-14T07:00:00.000Z'],
    ['2026/03/14', '2026-03-14T07:00:00.000Z'],
    ['2026-3-4', '2026-03-04T08:00:00.000Z'],
    ['2026-03-14T17:02:11Z', '2026-03-14T17:02:11.000Z'],
    ['2026-03-14T17:02:11.250Z', '2026-03-14T17:02:11.000Z'],
    ['2026-03-14T17:02:11+05:30', '2026-03-14T11:32:11.000Z'],
    ['2026-03-14T17:02:11-0800', '2026-03-15T01:02:11.000Z'],
    ['2026-03-14 17:02 UTC', '2026-03-14T17:02:00.000Z'],
    ['2026-03-14 17:02 GMT+1', '2026-03-14T16:02:00.000Z'],
    ['2026-03-14 17:02', '2026-03-15T00:02:00.000Z'],
    ['2026-03-14T17:02:11', '2026-03-15T00:02:11.000Z'],
    ['03/14/2026 5:02:11 PM', '2026-03-15T00:02:11.000Z'],
    ['03/14/2026 5:02:11 PM\t', '2026-03-15T00:02:11.000Z'],
    ['03/14/2026 05:02 pm', '2026-03-15T00:02:00.000Z'],
    ['03/14/2026 12:05 AM', '2026-03-14T07:05:00.000Z'],
    ['03/14/2026 12:05 PM', '2026-03-14T19:05:00.000Z'],
    ['03/14/2026 5:02 p.m.', '2026-03-15T00:02:00.000Z'],
    ['3/14/26', '2026-03-14T07:00:00.000Z'],
    ['3-14-2026', '2026-03-14T07:00:00.000Z'],
    ['14/03/2026 17:02', '2026-03-15T00:02:00.000Z'],
    ['14.03.2026', '2026-03-14T07:00:00.000Z'],
    ['03.04.2026', '2026-04-03T07:00:00.000Z'],
    ['14.03.2026 17:02:11', '2026-03-15T00:02:11.000Z'],
    ['14 Mar 2026', '2026-03-14T07:00:00.000Z'],
    ['14-Mar-26', '2026-03-14T07:00:00.000Z'],
    ['14th March 2026', '2026-03-14T07:00:00.000Z'],
    ['Sat, 14 Mar 2026 17:02', '2026-03-15T00:02:00.000Z'],
    ['Mar 14, 2026', '2026-03-14T07:00:00.000Z'],
    ['Mar. 14, 2026', '2026-03-14T07:00:00.000Z'],
    ['March 14 2026', '2026-03-14T07:00:00.000Z'],
    ['Sept 5, 2026', '2026-09-05T07:00:00.000Z'],
    ['Saturday, March 14, 2026, 5:02 PM', '2026-03-15T00:02:00.000Z'],
    ['Mar 14, 2026 17:02:11', '2026-03-15T00:02:11.000Z'],
    [46095, '2026-03-14T07:00:00.000Z'],
    [46095.5, '2026-03-14T19:00:00.000Z'],
    ['46095', '2026-03-14T07:00:00.000Z'],
    ['46095.75\t', '2026-03-15T01:00:00.000Z'],
    ['1/5/99', '1999-01-05T08:00:00.000Z'],
    ['1/5/29', '2029-01-05T08:00:00.000Z'],
    ['1/5/30', '1930-01-05T08:00:00.000Z'],
  ])('parseDate(%p) in Los Angeles is %s', (raw, iso) => {
    expect(instantOf(raw)).toBe(iso);
  });

  it('keeps Date objects as they are', () => {
    const date = new Date('2026-03-14T17:02:11.123Z');
    expect(parseDate(date, { timeZone: LA }).value).toBe(date);
  });

  it('reads an invalid Date object as blank', () => {
    expect(parseDate(new Date(NaN), { timeZone: LA })).toEqual({ value: null });
  });

  it('reads wall-clock text in the given zone', () => {
    expect(instantOf('2026-03-14 17:02', 'MDY', 'Asia/Tokyo')).toBe('2026-03-14T08:02:00.000Z');
    expect(instantOf('2026-07-01', 'MDY', 'Europe/London')).toBe('2026-06-30T23:00:00.000Z');
    expect(instantOf(46095, 'MDY', 'UTC')).toBe('2026-03-14T00:00:00.000Z');
  });

  it('handles times at DST transitions', () => {
    expect(instantOf('03/08/2026 2:30 AM')).toBe('2026-03-08T10:30:00.000Z');
    expect(instantOf('11/01/2026 1:30 AM')).toBe('2026-11-01T08:30:00.000Z');
  });

  it.each<[string, DateOrder, string]>([
    ['03/04/2026', 'MDY', '2026-03-04T08:00:00.000Z'],
    ['03/04/2026', 'DMY', '2026-04-03T07:00:00.000Z'],
    ['14/03/2026', 'MDY', '2026-03-14T07:00:00.000Z'],
    ['03/14/2026', 'DMY', '2026-03-14T07:00:00.000Z'],
    ['05/05/2026', 'ambiguous', '2026-05-05T07:00:00.000Z'],
    ['14/03/2026', 'ambiguous', '2026-03-14T07:00:00.000Z'],
    ['03.04.2026', 'MDY', '2026-04-03T07:00:00.000Z'],
  ])('reads %p with order %s as %s', (raw, order, iso) => {
    expect(instantOf(raw, order)).toBe(iso);
  });

  it('defaults to month first', () => {
    expect(parseDate('03/04/2026', { timeZone: 'UTC' }).value?.toISOString()).toBe('2026-03-04T00:00:00.000Z');
  });

  it('reads an ambiguous date in an unsettled column month-first, with a warning', () => {
    const result = parseDate('03/04/2026 10:00', { timeZone: 'UTC', order: 'ambiguous' });
    expect(result.value?.toISOString()).toBe('2026-03-04T10:00:00.000Z');
    expect(result.warning).toBe(
      "'03/04/2026' could be March 4 or April 3; other dates in the column did not settle it — read as March 4, 2026",
    );
  });

  it('reads a date with a part 0 in an unsettled column as no real date', () => {
    expect(parseDate('0/5/2026', { timeZone: LA, order: 'ambiguous' })).toEqual({
      value: null,
      problem: "'0/5/2026' is not a real date: check the day and the month",
    });
  });

  it.each<[unknown, string]>([
    ['02/30/2026', "'02/30/2026' is not a real date: check the day and the month"],
    ['13/13/2026', "'13/13/2026' is not a real date: check the day and the month"],
    ['2026-02-29', "'2026-02-29' is not a real date: check the day and the month"],
    ['2026-13-01', "'2026-13-01' is not a real date: check the day and the month"],
    ['31 Apr 2026', "'31 Apr 2026' is not a real date: check the day and the month"],
    ['0202-03-14', "'0202-03-14' is not a real date: check the day and the month"],
    ['03/14/2026 13:00 PM', "'03/14/2026 13:00 PM' has an impossible time of day: check the hours and minutes"],
    ['03/14/2026 0:30 AM', "'03/14/2026 0:30 AM' has an impossible time of day: check the hours and minutes"],
    ['03/14/2026 24:00', "'03/14/2026 24:00' has an impossible time of day: check the hours and minutes"],
    ['03/14/2026 17:60', "'03/14/2026 17:60' has an impossible time of day: check the hours and minutes"],
    ['tomorrow', "'tomorrow' is not a date: write it like 2026-03-14 or 03/14/2026"],
    ['Mrch 14, 2026', "'Mrch 14, 2026' is not a date: write it like 2026-03-14 or 03/14/2026"],
    ['14 Ma 2026', "'14 Ma 2026' is not a date: write it like 2026-03-14 or 03/14/2026"],
    ['03/14', "'03/14' is not a date: write it like 2026-03-14 or 03/14/2026"],
    ['2026-03-14 5 PM', "'2026-03-14 5 PM' is not a date: write it like 2026-03-14 or 03/14/2026"],
    [true, "'TRUE' is not a date: write it like 2026-03-14 or 03/14/2026"],
  ])('%p is a problem', (raw, problem) => {
    expect(parseDate(raw, { timeZone: LA })).toEqual({ value: null, problem });
  });

  it.each<unknown>([123, 99999, '2026', '19999.5', -46095])(
    'the number %p is out of the range of date serials',
    (raw) => {
      expect(parseDate(raw, { timeZone: LA }).problem).toBe(
        `'${raw}' is not a date: a number in a date column counts days since 1899-12-30 and must be between ` +
          '20000 (1954) and 80000 (2119); write the date like 2026-03-14',
      );
    },
  );
});

describe('detectDateOrder', () => {
  it.each<[unknown[], DateOrder]>([
    [['14/03/2026', '03/04/2026'], 'DMY'],
    [['14/03/2026 17:02', '15.03.2026'], 'DMY'],
    [['03/14/2026 5:02:11 PM', '03/04/2026'], 'MDY'],
    [['3/14/26'], 'MDY'],
    [['03/14/2026', '04/15/2026', '14/03/2026'], 'MDY'],
    [['03/14/2026', '14/03/2026'], 'ambiguous'],
    [['03/04/2026', '05/06/2026'], 'ambiguous'],
    [['2026-03-14', '2026-03-04', '14 Mar 2026'], 'ambiguous'],
    [[new Date('2026-03-14T00:00:00Z'), 46095], 'ambiguous'],
    [['13/13/2026'], 'ambiguous'],
    [[], 'ambiguous'],
  ])('%p is %p', (values, order) => {
    expect(detectDateOrder(values)).toBe(order);
  });
});
