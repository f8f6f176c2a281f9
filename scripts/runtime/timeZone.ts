/** Converting between instants and wall-clock time in an IANA time zone, and Sheets date serials. */
import type { WallClock as SecondsWallClock } from '../../src/core/values/time';
import { wallClockToInstant, zoneOffsetMs } from '../../src/core/values/time';

/** The core's wall clock, to the millisecond as JavaScript Dates are. */
export interface WallClock extends SecondsWallClock {
  millisecond: number;
}

const MS_PER_DAY = 86_400_000;
/** Sheets and Excel (1900 system) count days from 1899-12-30. */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

export function wallClockOf(date: Date, timeZone: string): WallClock {
  return utcFieldsAsWallClock(new Date(date.getTime() + zoneOffsetMs(date.getTime(), timeZone)));
}

/** The wall clock read as if it were UTC: handy for arithmetic on calendar fields. */
export function wallClockAsUtc(wall: WallClock): number {
  const utc = new Date(0);
  utc.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  utc.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return utc.getTime();
}

export function utcFieldsAsWallClock(date: Date): WallClock {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

/**
 * The instant showing this wall clock in the zone. A wall clock skipped by a DST jump maps
 * forward (02:30 on a spring-forward day is 03:30), a repeated one to its first occurrence.
 */
export function instantOf(wall: WallClock, timeZone: string): Date {
  return new Date(wallClockToInstant(wall, timeZone).getTime() + wall.millisecond);
}

export function serialOf(date: Date, timeZone: string): number {
  return (wallClockAsUtc(wallClockOf(date, timeZone)) - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

/** The wall clock a Sheets serial stands for (serials carry no zone). */
export function wallClockOfSerial(serial: number): WallClock {
  return utcFieldsAsWallClock(new Date(SERIAL_EPOCH_UTC + Math.round(serial * MS_PER_DAY)));
}

/** The zone's offset from UTC at this instant, in minutes (e.g. -420 for PDT). */
export function offsetMinutes(date: Date, timeZone: string): number {
  return Math.round(zoneOffsetMs(date.getTime(), timeZone) / 60_000);
}
