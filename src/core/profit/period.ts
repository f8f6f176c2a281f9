/**
 * The report period: from the first moment of start_date to the last moment of end_date,
 * calendar days in the spreadsheet's time zone. Either end may be open.
 */
import { addDays, dayKey, parseDate, wallClockToInstant } from '../values';

export interface Period {
  /** Inclusive, ms since the epoch. */
  fromMs: number;
  /** Exclusive: midnight after end_date. */
  untilMs: number;
}

/** The calendar day an argument names: a Date cell, ISO or written text, or a date serial. */
function dayOf(arg: unknown, name: string, timeZone: string): string | undefined {
  if (arg === undefined || arg === null || arg === '') return undefined;
  const parsed = parseDate(arg, { timeZone });
  if (parsed.problem) throw new Error(`${name}: ${parsed.problem}`);
  return parsed.value ? dayKey(parsed.value, timeZone) : undefined;
}

/** The first instant (ms) of a calendar day ('2026-03-14') in the zone. */
export function startOfDay(day: string, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return wallClockToInstant({ year, month, day: date, hour: 0, minute: 0, second: 0 }, timeZone).getTime();
}

/** The period, or undefined when both ends are open. */
export function periodOf(startDate: unknown, endDate: unknown, timeZone: string): Period | undefined {
  const start = dayOf(startDate, 'start_date', timeZone);
  const end = dayOf(endDate, 'end_date', timeZone);
  if (start === undefined && end === undefined) return undefined;
  if (start !== undefined && end !== undefined && end < start) {
    throw new Error(`end_date ${end} is before start_date ${start}: swap them.`);
  }
  return {
    fromMs: start === undefined ? -Infinity : startOfDay(start, timeZone),
    untilMs: end === undefined ? Infinity : startOfDay(addDays(end, 1), timeZone),
  };
}

/**
 * Whether a row of creator `key` dated `time` (ms) is on or after that creator's start, when the
 * report has starts; a blank date (NaN) or a creator without a start is not.
 */
export function fromStart(
  starts: ReadonlyMap<string, number> | undefined,
  key: string | undefined,
  time: number,
): boolean {
  if (!starts) return true;
  const start = key === undefined ? undefined : starts.get(key);
  return start !== undefined && time >= start;
}

/** Whether an instant (ms) falls in the period; a blank date (NaN) is in no period, and anything is in no period at all. */
export function inPeriod(period: Period | undefined, time: number): boolean {
  return period === undefined || (time >= period.fromMs && time < period.untilMs);
}
