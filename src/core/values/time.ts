/** Calendar arithmetic in IANA time zones, from Intl offsets (works the same in Apps Script V8 and Node). */

export interface WallClock {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const SECOND_MS = 1000;
/** Day 0 of spreadsheet date serials. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function formattedWallClock(d: Date, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(d)) fields[part.type] = Number(part.value);
  // Some engines write midnight as hour 24 despite h23.
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour % 24,
    minute: fields.minute,
    second: fields.second,
  };
}

export function instantToWallClock(d: Date, timeZone: string): WallClock {
  const ms = d.getTime();
  return utcWallClock(ms + zoneOffsetMs(ms, timeZone));
}

/** Date.UTC of the wall clock's fields. */
function wallClockAsUtcMs(w: WallClock): number {
  const { year, month, day, hour, minute, second } = w;
  if (isPlain(w)) return plainWallClockMs(year, month, day, hour, minute, second);
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/**
 * Date.UTC of whole fields in their usual ranges (a real day of a year from 100 on, 0-23, 0-59,
 * 0-59), by arithmetic: Date.UTC is a call into the engine, several times the cost.
 */
export function plainWallClockMs(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number {
  return daysFromCivil(year, month, day) * DAY_MS + (hour * HOUR_MS + minute * MINUTE_MS + second * SECOND_MS);
}

/** Whole fields in their usual ranges, in a year Date.UTC takes as written (it reads 0-99 as 1900-1999). */
function isPlain({ year, month, day, hour, minute, second }: WallClock): boolean {
  return (
    isWhole(year, 100, 9999) &&
    isWhole(month, 1, 12) &&
    isWhole(day, 1, 31) &&
    isWhole(hour, 0, 23) &&
    isWhole(minute, 0, 59) &&
    isWhole(second, 0, 59)
  );
}

function isWhole(n: number, min: number, max: number): boolean {
  return Number.isInteger(n) && n >= min && n <= max;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function utcWallClock(ms: number): WallClock {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * Offsets change only on quarter-hour boundaries (zones' offsets are multiples of 15 minutes and
 * clocks change on the hour or half hour), so one Intl lookup serves a whole quarter hour. And no
 * zone changes its offset twice within an hour, so an hour that starts and ends on one offset has
 * it throughout: one lookup per hour, quarter hours only in the hour of a change.
 * Intl formatting is by far the slowest step of reading a date column.
 */
const QUARTER_HOUR_MS = 900_000;
const QUARTERS_PER_HOUR = 4;
const HOURS_PER_DAY = 24;
/** An hour whose offset changes within it. */
const CHANGING = NaN;

interface ZoneOffsets {
  byHour: Map<number, number>;
  byQuarter: Map<number, number>;
  /**
   * By hour of wall-clock time (counted as if it were UTC): the offset that holds a day before and
   * a day after it, which is then the offset of every wall-clock time in that hour (see wallClockToInstant).
   */
  steadyByLocalHour: Map<number, number>;
}
const offsetsByZone = new Map<string, ZoneOffsets>();

function offsetsOf(timeZone: string): ZoneOffsets {
  let zone = offsetsByZone.get(timeZone);
  if (!zone) {
    zone = { byHour: new Map(), byQuarter: new Map(), steadyByLocalHour: new Map() };
    offsetsByZone.set(timeZone, zone);
  }
  return zone;
}

/** How far the zone's wall clock is ahead of UTC at this instant, in ms. */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const zone = offsetsOf(timeZone);
  const quarter = Math.floor(instantMs / QUARTER_HOUR_MS);
  const offset = hourOffset(zone, Math.floor(quarter / QUARTERS_PER_HOUR), timeZone);
  return Number.isNaN(offset) ? quarterOffset(zone, quarter, timeZone) : offset;
}

/** The offset throughout the hour, or CHANGING. */
function hourOffset(zone: ZoneOffsets, hour: number, timeZone: string): number {
  let offset = zone.byHour.get(hour);
  if (offset === undefined) {
    const start = quarterOffset(zone, hour * QUARTERS_PER_HOUR, timeZone);
    const end = quarterOffset(zone, (hour + 1) * QUARTERS_PER_HOUR, timeZone);
    offset = start === end ? start : CHANGING;
    zone.byHour.set(hour, offset);
  }
  return offset;
}

function quarterOffset(zone: ZoneOffsets, quarter: number, timeZone: string): number {
  let offset = zone.byQuarter.get(quarter);
  if (offset === undefined) {
    const quarterMs = quarter * QUARTER_HOUR_MS;
    offset = wallClockAsUtcMs(formattedWallClock(new Date(quarterMs), timeZone)) - quarterMs;
    zone.byQuarter.set(quarter, offset);
  }
  return offset;
}

/**
 * The instant at which the zone's clocks show `w`. A time repeated when clocks go back is its first
 * occurrence; a time skipped when clocks go forward is moved forward by the gap (02:30 → 03:30).
 */
export function wallClockToInstant(w: WallClock, timeZone: string): Date {
  return wallClockMsToInstant(wallClockAsUtcMs(w), timeZone);
}

/** wallClockToInstant of a wall clock given as Date.UTC of its fields. */
export function wallClockMsToInstant(localMs: number, timeZone: string): Date {
  const steady = steadyOffset(localMs, timeZone);
  if (!Number.isNaN(steady)) return new Date(localMs - steady);
  const offsetBefore = zoneOffsetMs(localMs - DAY_MS, timeZone);
  const offsetAfter = zoneOffsetMs(localMs + DAY_MS, timeZone);
  if (offsetBefore === offsetAfter) return new Date(localMs - offsetBefore);
  const matching = [offsetBefore, offsetAfter]
    .map((offset) => localMs - offset)
    .filter((instantMs) => zoneOffsetMs(instantMs, timeZone) === localMs - instantMs);
  return new Date(matching.length > 0 ? Math.min(...matching) : localMs - offsetBefore);
}

/**
 * The offset a day before and a day after the wall-clock time `localMs`, when it is one and the
 * same; else CHANGING. Those two instants lie in the hours 24 before and after the wall-clock
 * hour, so the answer holds for the whole hour: one lookup per date instead of two offsets.
 */
function steadyOffset(localMs: number, timeZone: string): number {
  const zone = offsetsOf(timeZone);
  const localHour = Math.floor(localMs / HOUR_MS);
  let steady = zone.steadyByLocalHour.get(localHour);
  if (steady === undefined) {
    const before = hourOffset(zone, localHour - HOURS_PER_DAY, timeZone);
    const after = hourOffset(zone, localHour + HOURS_PER_DAY, timeZone);
    steady = before === after ? before : CHANGING;
    zone.steadyByLocalHour.set(localHour, steady);
  }
  return steady;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDayKey(w: Pick<WallClock, 'year' | 'month' | 'day'>): string {
  return `${pad(w.year, 4)}-${pad(w.month, 2)}-${pad(w.day, 2)}`;
}

/** ISO text: 'YYYY-MM-DD' at midnight, else 'YYYY-MM-DDTHH:MM:SS'. */
export function formatWallClock(w: WallClock): string {
  const date = formatDayKey(w);
  if (w.hour === 0 && w.minute === 0 && w.second === 0) return date;
  return `${date}T${pad(w.hour, 2)}:${pad(w.minute, 2)}:${pad(w.second, 2)}`;
}

/** The calendar day ('YYYY-MM-DD') of an instant in the zone. */
export function dayKey(d: Date, timeZone: string): string {
  return formatDayKey(instantToWallClock(d, timeZone));
}

export function addDays(key: string, n: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) throw new Error(`'${key}' is not a day key like 2026-03-14`);
  return formatDayKey(utcWallClock(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + n)));
}

/** A spreadsheet date serial (days since 1899-12-30; the fraction is the time of day) to the nearest second. */
export function excelSerialToWallClock(serial: number): WallClock {
  return utcWallClock(SERIAL_EPOCH_MS + Math.round(serial * 86_400) * 1000);
}
