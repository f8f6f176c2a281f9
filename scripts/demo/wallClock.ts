/**
 * Wall-clock readings (what a clock in the shop's time zone shows) and the text formats
 * sellers and Seller Center write them in. A WallTime is the number Date.UTC gives for the
 * reading; it carries no time zone until instantOf pins it to one.
 */
import { wallClockToInstant, zoneOffsetMs } from '../../src/core/values/time';
export type WallTime = number;

export const DAY_MS = 86_400_000;
const EXCEL_EPOCH: WallTime = Date.UTC(1899, 11, 30);

export function wallTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): WallTime {
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

export function addDays(time: WallTime, days: number): WallTime {
  return time + days * DAY_MS;
}

export function addMonths(time: WallTime, months: number): WallTime {
  const date = new Date(time);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate());
}

export function startOfDay(time: WallTime): WallTime {
  return Math.floor(time / DAY_MS) * DAY_MS;
}

/** The instant at which the zone's clocks show this reading. */
export function instantOf(time: WallTime, timeZone: string): Date {
  return wallClockToInstant(readingOf(time), timeZone);
}

/** What the zone's clocks show at this instant. */
export function wallTimeOf(instant: Date, timeZone: string): WallTime {
  return instant.getTime() + zoneOffsetMs(instant.getTime(), timeZone);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function readingOf(time: WallTime) {
  const date = new Date(time);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** `2026-09-03` */
export function isoDateText(time: WallTime): string {
  const r = readingOf(time);
  return `${r.year}-${pad2(r.month)}-${pad2(r.day)}`;
}

/** `9/3/2026` (month first, as US operators type it) */
export function usDateText(time: WallTime): string {
  const r = readingOf(time);
  return `${r.month}/${r.day}/${r.year}`;
}

/** `03/14/2026 5:02:11 PM` (US Seller Center) */
export function usDateTimeText(time: WallTime): string {
  const r = readingOf(time);
  const hour12 = r.hour % 12 === 0 ? 12 : r.hour % 12;
  const meridiem = r.hour < 12 ? 'AM' : 'PM';
  return `${pad2(r.month)}/${pad2(r.day)}/${r.year} ${hour12}:${pad2(r.minute)}:${pad2(r.second)} ${meridiem}`;
}

/** `14/03/2026 17:02:11` (UK Seller Center, day first) */
export function dayFirstDateTimeText(time: WallTime): string {
  const r = readingOf(time);
  return `${pad2(r.day)}/${pad2(r.month)}/${r.year} ${pad2(r.hour)}:${pad2(r.minute)}:${pad2(r.second)}`;
}

/** A spreadsheet date serial: whole days since 1899-12-30. */
export function excelSerial(time: WallTime): number {
  return Math.floor((time - EXCEL_EPOCH) / DAY_MS);
}

export function monthName(time: WallTime): string {
  return ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][
    new Date(time).getUTCMonth()
  ];
}
