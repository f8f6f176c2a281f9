import { DOT_SEPARATOR, mayShowDateOrder, readCommonDateTime, type CommonDateTime } from './dateShapes';
import { parsed, unreadable, type Parsed } from './result';
import { decide, type ColumnVotes } from './votes';
import { cleanText, screenCell, screenText } from './text';
import {
  excelSerialToWallClock,
  plainWallClockMs,
  wallClockMsToInstant,
  wallClockToInstant,
  type WallClock,
} from './time';

/** How a column writes numeric dates like 03/04/2026; 'ambiguous' when no value settled it. */
export type DateOrder = 'MDY' | 'DMY' | 'ambiguous';

export interface DateOptions {
  /** IANA zone of the spreadsheet: times written without a zone are wall-clock times there. */
  timeZone: string;
  order?: DateOrder;
}

type CalendarDay = Pick<WallClock, 'year' | 'month' | 'day'>;

interface DayReading {
  date: CalendarDay;
  warning?: string;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Serials outside 1954-10-03 .. 2119-01-11 are more likely amounts or ids than dates.
const MIN_SERIAL = 20000;
const MAX_SERIAL = 80000;
/** Two-digit years as Sheets reads them: 00-29 are 2000s, 30-99 are 1900s. */
const TWO_DIGIT_YEAR_PIVOT = 30;

const WITH_TIME =
  /^(.*?)(?:T|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:([ap])\.?m\.?)?\s*(Z|UTC|GMT|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?)?$/i;
const YEAR_FIRST = /^(\d{4})([/.-])(\d{1,2})\2(\d{1,2})$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const DAY_MONTH_YEAR = new RegExp(
  `^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+([a-z]+)\\.?,?[\\s-]+(\\d{4}|\\d{2})$`,
  'i',
);
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}([a-z]+)\\.?[\\s-]+(\\d{1,2})(?:st|nd|rd|th)?,?[\\s-]+(\\d{4})$`, 'i');
const SERIAL_TEXT = /^\d+(?:\.\d+)?$/;

/**
 * A one-word date and a plain time ('14-Mar-2026 17:02') with WITH_TIME's groups, tried first because
 * WITH_TIME's open-ended date part makes it several times slower. The commonest shapes do not get here (dateShapes.ts).
 */
const COMMON_TIME = /^(\S+)[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([ap])m)?()$/i;

function splitTime(text: string): { datePart: string; time?: RegExpExecArray } {
  if (!text.includes(':')) return { datePart: text };
  const time = COMMON_TIME.exec(text) ?? WITH_TIME.exec(text);
  return time ? { datePart: time[1], time } : { datePart: text };
}

/** Settles the column's order from numeric dates where one part is above 12 (14/03 is day-first). */
export function detectDateOrder(values: readonly unknown[]): DateOrder {
  return decide(new DateOrderVotes(), values);
}

/** detectDateOrder, a cell at a time: the majority of the dates that show an order. */
export class DateOrderVotes implements ColumnVotes<DateOrder> {
  private monthFirst = 0;
  private dayFirst = 0;

  weigh(cell: unknown): boolean {
    if (typeof cell !== 'string') return false;
    const shown = orderShownBy(cleanText(cell));
    if (shown === 'DMY') this.dayFirst++;
    else if (shown === 'MDY') this.monthFirst++;
    return shown !== undefined;
  }

  decision(): DateOrder {
    if (this.monthFirst === this.dayFirst) return 'ambiguous';
    return this.monthFirst > this.dayFirst ? 'MDY' : 'DMY';
  }
}

/** The order a clean date text shows ('14/03/2026' day-first), if it shows one. */
function orderShownBy(text: string): DateOrder | undefined {
  if (!mayShowDateOrder(text)) return undefined;
  const common = readCommonDateTime(text);
  if (!common) return orderShownByPatterns(text);
  return common.yearFirst ? undefined : orderOfParts(common.first, common.second);
}

/** orderShownBy for any text, by the patterns parseDate reads it with. Exported for its tests. */
export function orderShownByPatterns(text: string): DateOrder | undefined {
  const numeric = NUMERIC.exec(splitTime(text).datePart);
  return numeric ? orderOfParts(Number(numeric[1]), Number(numeric[3])) : undefined;
}

/** Only one part above 12 shows the order: 14/03 day-first, 03/14 month-first, 13/13 none (it is no date). */
function orderOfParts(first: number, second: number): DateOrder | undefined {
  if (first > 12 && second <= 12) return 'DMY';
  if (second > 12 && first <= 12) return 'MDY';
  return undefined;
}

/**
 * A date cell as an instant. Date objects are kept (Sheets gives real instants); numbers are date serials;
 * text without a zone is wall-clock time in `timeZone`. `order` reads numeric dates whose parts are both 12 or less;
 * dotted dates (14.03.2026) are always day-first.
 */
export function parseDate(raw: unknown, { timeZone, order = 'MDY' }: DateOptions): Parsed<Date> {
  if (typeof raw === 'string') return fromText(cleanText(raw), timeZone, order);
  const screened = screenCell(raw);
  if (screened) return screened;
  if (raw instanceof Date) return parsed(raw);
  const text = cleanText(raw, timeZone);
  return typeof raw === 'number' ? fromSerial(Number(text), text, timeZone) : unreadable(notADate(text));
}

/** parseDate of a text cell, given its cleanText. */
function fromText(text: string, timeZone: string, order: DateOrder): Parsed<Date> {
  // First, as most cells are: a common date-time is neither blank, an error code nor a serial.
  const common = readCommonDateTime(text);
  if (common) return fromCommonDateTime(text, common, timeZone, order);
  const screened = screenText(text);
  if (screened) return screened;
  if (SERIAL_TEXT.test(text)) return fromSerial(Number(text), text, timeZone);
  return parseDateTextByPatterns(text, timeZone, order);
}

function notADate(text: string): string {
  return `'${text}' is not a date: write it like 2026-03-14 or 03/14/2026`;
}

function fromSerial(serial: number, text: string, timeZone: string): Parsed<Date> {
  if (!(serial >= MIN_SERIAL && serial <= MAX_SERIAL)) {
    return unreadable(
      `'${text}' is not a date: a number in a date column counts days since 1899-12-30 and must be between ` +
        `${MIN_SERIAL} (1954) and ${MAX_SERIAL} (2119); write the date like 2026-03-14`,
    );
  }
  return parsed(wallClockToInstant(excelSerialToWallClock(serial), timeZone));
}

/** A time of day as read, before it is checked. */
interface ClockReading {
  /** 24-hour clock; null when the hour cannot be on the clock written (13 PM). */
  hour: number | null;
  minute: number;
  second: number;
  /** Z, UTC, +05:30 as written; absent for wall-clock time in the spreadsheet's zone. */
  zone?: string;
}

const MIDNIGHT: ClockReading = Object.freeze({ hour: 0, minute: 0, second: 0 });

/**
 * parseDate of a clean text cell in a common shape (see dateShapes.ts), without its patterns: the
 * same checks and messages as atTimeOfDay, on the reading's numbers, with no object per cell but
 * the result and its Date.
 */
function fromCommonDateTime(
  text: string,
  common: Readonly<CommonDateTime>,
  timeZone: string,
  order: DateOrder,
): Parsed<Date> {
  const { first, second, third } = common;
  let year = first;
  let month = second;
  let day = third;
  let warning: string | undefined;
  if (!common.yearFirst) {
    year = fullYear(third, common.shortYear);
    const settled = settledOrder(first, second, common.separator === DOT_SEPARATOR);
    const dayFirst = (settled ?? order) === 'DMY';
    month = dayFirst ? second : first;
    day = dayFirst ? first : second;
    if (isAmbiguous(settled, order, first, second))
      warning = ambiguityWarning(text.slice(0, common.dateEnd), first, second, year);
  }
  if (!isRealDay(year, month, day)) return unreadable(`'${text}' is not a real date: check the day and the month`);
  const hour = common.hasTime ? hour24(common.hour, common.meridiem) : 0;
  if (hour === null || common.minute > 59 || common.seconds > 59) {
    return unreadable(`'${text}' has an impossible time of day: check the hours and minutes`);
  }
  const localMs = plainWallClockMs(year, month, day, hour, common.minute, common.seconds);
  return parsed(wallClockMsToInstant(localMs, timeZone), warning);
}

/** parseDate of any clean text cell, by patterns. Exported for its tests: parseDate uses it for the uncommon shapes. */
export function parseDateTextByPatterns(text: string, timeZone: string, order: DateOrder): Parsed<Date> {
  const { datePart, time } = splitTime(text);
  const clock = time
    ? { hour: hour24(Number(time[2]), time[5]), minute: Number(time[3]), second: Number(time[4] ?? 0), zone: time[6] }
    : MIDNIGHT;
  return atTimeOfDay(text, dayOf(datePart, order), clock, timeZone);
}

function atTimeOfDay(text: string, { reading, real }: DayOfText, clock: ClockReading, timeZone: string): Parsed<Date> {
  if (!reading) return unreadable(notADate(text));
  if (!real) return unreadable(`'${text}' is not a real date: check the day and the month`);
  const { hour, minute, second, zone } = clock;
  if (hour === null || minute > 59 || second > 59) {
    return unreadable(`'${text}' has an impossible time of day: check the hours and minutes`);
  }
  const { year, month, day } = reading.date;
  // Built field by field, not spread: one object shape for every WallClock keeps the hot path fast.
  const wallClock: WallClock = { year, month, day, hour, minute, second };
  const instant = zone
    ? new Date(wallClockToInstant(wallClock, 'UTC').getTime() - zoneOffsetMs(zone))
    : wallClockToInstant(wallClock, timeZone);
  return parsed(instant, reading.warning);
}

interface DayOfText {
  reading: DayReading | null;
  /** The reading names a day the calendar has. */
  real: boolean;
}

/**
 * Date texts, per order, already read into days. The dates of a column fall on few days (a hundred
 * thousand orders on a few hundred), each read with several regexes; the times of day differ, so the
 * whole cell is no use as a key. A pure function of its key, so it holds across runs; bounded.
 */
const daysOfText: Record<DateOrder, Map<string, DayOfText>> = {
  MDY: new Map(),
  DMY: new Map(),
  ambiguous: new Map(),
};
const REMEMBERED_DAYS = 10_000;

function dayOf(datePart: string, order: DateOrder): DayOfText {
  const days = daysOfText[order];
  let day = days.get(datePart);
  if (day === undefined) {
    const reading = readDay(datePart, order);
    day = { reading, real: reading !== null && isRealDay(reading.date.year, reading.date.month, reading.date.day) };
    if (days.size < REMEMBERED_DAYS) days.set(datePart, day);
  }
  return day;
}

function readDay(datePart: string, order: DateOrder): DayReading | null {
  const yearFirst = YEAR_FIRST.exec(datePart);
  if (yearFirst)
    return { date: { year: Number(yearFirst[1]), month: Number(yearFirst[3]), day: Number(yearFirst[4]) } };
  const numeric = NUMERIC.exec(datePart);
  if (numeric) {
    const [written, first, separator, second, year] = numeric;
    return readNumeric(
      written,
      Number(first),
      separator,
      Number(second),
      fullYear(Number(year), year.length === 2),
      order,
    );
  }
  const dayMonth = DAY_MONTH_YEAR.exec(datePart);
  if (dayMonth) return withMonthName(dayMonth[2], Number(dayMonth[1]), dayMonth[3]);
  const monthDay = MONTH_DAY_YEAR.exec(datePart);
  if (monthDay) return withMonthName(monthDay[1], Number(monthDay[2]), monthDay[3]);
  return null;
}

/** The day of a numeric date `written` as first, separator, second, year. */
function readNumeric(
  written: string,
  first: number,
  separator: string,
  second: number,
  year: number,
  order: DateOrder,
): DayReading {
  const settled = settledOrder(first, second, separator === '.');
  const dayFirst = (settled ?? order) === 'DMY';
  const date = dayFirst ? { year, month: second, day: first } : { year, month: first, day: second };
  if (!isAmbiguous(settled, order, first, second)) return { date };
  return { date, warning: ambiguityWarning(written, first, second, year) };
}

/** The order a numeric date's own numbers or dots settle (14/03 and 14.03 day-first), else undefined. */
function settledOrder(first: number, second: number, dotted: boolean): DateOrder | undefined {
  if (first > 12) return 'DMY';
  if (second > 12 || first === second) return 'MDY';
  return dotted ? 'DMY' : undefined;
}

/** Neither the date nor its column settles the order. A part 0 makes no real date, whose warning would never show (and month 0 has no name). */
function isAmbiguous(settled: DateOrder | undefined, order: DateOrder, first: number, second: number): boolean {
  return !settled && order === 'ambiguous' && first !== 0 && second !== 0;
}

function ambiguityWarning(written: string, first: number, second: number, year: number): string {
  return (
    `'${written}' could be ${monthName(first)} ${second} or ${monthName(second)} ${first}; ` +
    `other dates in the column did not settle it — read as ${monthName(first)} ${second}, ${year}`
  );
}

function withMonthName(word: string, day: number, yearText: string): DayReading | null {
  const lower = word.toLowerCase();
  const month = MONTH_NAMES.findIndex((name) => lower.length >= 3 && name.startsWith(lower)) + 1;
  return month === 0 ? null : { date: { year: fullYear(Number(yearText), yearText.length === 2), month, day } };
}

function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The year written with two digits (`twoDigits`) or in full. */
function fullYear(year: number, twoDigits: boolean): number {
  if (!twoDigits) return year;
  return year < TWO_DIGIT_YEAR_PIVOT ? 2000 + year : 1900 + year;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDay(year: number, month: number, day: number): boolean {
  if (!(year >= 1900 && year < 2200 && month >= 1 && month <= 12 && day >= 1)) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** 24-hour clock hour, or null when the hour cannot be on that clock (13 PM, 0 AM, 24). */
function hour24(hour: number, meridiem: string | undefined): number | null {
  if (!meridiem) return hour <= 23 ? hour : null;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
}

/** Offset east of UTC written as Z, UTC, GMT, +05:30, -0800 or GMT+1. */
function zoneOffsetMs(zone: string): number {
  const offset = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!offset) return 0;
  const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
  return (offset[1] === '-' ? -minutes : minutes) * 60_000;
}
