/**
 * The `Date` Code.js sees. Apps Script runs Date's local-time methods (getHours, new Date(y, m, d),
 * setDate, toString ...) in the script's time zone, whatever the machine's zone is; this emulates
 * that for one zone, and `new Date()`/`Date.now()` read the runtime's fake clock. It extends the host
 * Date, so the services and tests treat its instances as ordinary Dates.
 */
import type { Clock } from './clock';
import { formatSimpleDate } from './dateFormat';
import type { WallClock } from './timeZone';
import { instantOf, offsetMinutes, utcFieldsAsWallClock, wallClockAsUtc, wallClockOf } from './timeZone';

type WallField = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

/** Zone-aware Date classes, one per (clock, zone source) pair. */
export function scriptDateClass(clock: Clock, timeZone: () => string): DateConstructor {
  /** A wall clock whose fields may overflow (month 13, day 0), normalized the way Date does. */
  const instantOfFields = (fields: WallClock): number =>
    instantOf(utcFieldsAsWallClock(new Date(wallClockAsUtc(fields))), timeZone()).getTime();
  const wall = (date: Date): WallClock => wallClockOf(date, timeZone());

  const timeOf = (args: unknown[]): number | Date => {
    if (args.length === 0) return clock.now().getTime();
    if (args.length === 1)
      return typeof args[0] === 'string' ? parseInZone(args[0], timeZone()) : (args[0] as number | Date);
    const [year, month, day = 1, hour = 0, minute = 0, second = 0, millisecond = 0] = args.map(Number);
    const fullYear = year >= 0 && year <= 99 ? 1900 + year : year;
    return instantOfFields({ year: fullYear, month: month + 1, day, hour, minute, second, millisecond });
  };

  class ScriptDate extends Date {
    constructor(...args: unknown[]) {
      super(timeOf(args));
    }

    static now(): number {
      return clock.now().getTime();
    }

    static parse(text: string): number {
      return parseInZone(String(text), timeZone());
    }

    getFullYear(): number {
      return wall(this).year;
    }
    getMonth(): number {
      return wall(this).month - 1;
    }
    getDate(): number {
      return wall(this).day;
    }
    getDay(): number {
      return new Date(wallClockAsUtc(wall(this))).getUTCDay();
    }
    getHours(): number {
      return wall(this).hour;
    }
    getMinutes(): number {
      return wall(this).minute;
    }
    getSeconds(): number {
      return wall(this).second;
    }
    getTimezoneOffset(): number {
      return -offsetMinutes(this, timeZone());
    }

    setFullYear(year: number, month?: number, day?: number): number {
      return this.#set({ year, month: month === undefined ? undefined : month + 1, day });
    }
    setMonth(month: number, day?: number): number {
      return this.#set({ month: month + 1, day });
    }
    setDate(day: number): number {
      return this.#set({ day });
    }
    setHours(hour: number, minute?: number, second?: number, millisecond?: number): number {
      return this.#set({ hour, minute, second, millisecond });
    }
    setMinutes(minute: number, second?: number, millisecond?: number): number {
      return this.#set({ minute, second, millisecond });
    }
    setSeconds(second: number, millisecond?: number): number {
      return this.#set({ second, millisecond });
    }

    toString(): string {
      return formatSimpleDate(this, timeZone(), "EEE MMM dd yyyy HH:mm:ss 'GMT'Z (z)");
    }
    toDateString(): string {
      return formatSimpleDate(this, timeZone(), 'EEE MMM dd yyyy');
    }
    toTimeString(): string {
      return formatSimpleDate(this, timeZone(), "HH:mm:ss 'GMT'Z (z)");
    }
    toLocaleString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleString(locales, { timeZone: timeZone(), ...options });
    }
    toLocaleDateString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleDateString(locales, { timeZone: timeZone(), ...options });
    }
    toLocaleTimeString(locales?: string | string[], options?: Intl.DateTimeFormatOptions): string {
      return super.toLocaleTimeString(locales, { timeZone: timeZone(), ...options });
    }

    #set(changes: Partial<Record<WallField, number>>): number {
      const fields = { ...wall(this) };
      for (const [field, value] of Object.entries(changes) as [WallField, number | undefined][]) {
        if (value !== undefined) fields[field] = Number(value);
      }
      return this.setTime(instantOfFields(fields));
    }
  }

  return new Proxy(ScriptDate, {
    apply: () => new ScriptDate().toString(),
  }) as unknown as DateConstructor;
}

/**
 * Date.parse in the zone: strings that name their zone (or are ISO dates, which mean UTC) parse as the
 * host does; others are wall-clock times, which the host would read in its own zone.
 */
function parseInZone(text: string, timeZone: string): number {
  const hostParsed = Date.parse(text);
  if (Number.isNaN(hostParsed) || /^\d{4}-\d{2}-\d{2}$|Z$|[+-]\d{2}:?\d{2}$|\b(GMT|UTC)\b/i.test(text.trim()))
    return hostParsed;
  const local = new Date(hostParsed);
  const wall: WallClock = {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    hour: local.getHours(),
    minute: local.getMinutes(),
    second: local.getSeconds(),
    millisecond: local.getMilliseconds(),
  };
  return instantOf(wall, timeZone).getTime();
}
