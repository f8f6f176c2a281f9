/**
 * The date-time shapes exports write on nearly every cell, read by character codes: parseDate's
 * patterns cost several regex runs per cell, and a date column has a different text on every row.
 * Anything else is left to the patterns (see dates.ts), which read these shapes the same way.
 */

/** A date, with an optional time of day, written in one of the common shapes. */
export interface CommonDateTime {
  /** 2026-03-14: year, month, day. Otherwise 14/03/2026 or 03/14/26, whose order the column decides. */
  yearFirst: boolean;
  /** The three numbers of the date as written: year, month, day when year-first, else first, second, year. */
  first: number;
  second: number;
  third: number;
  /** The third number has two digits (a year such as 26). */
  shortYear: boolean;
  /** The character code of '/', '-' or '.', the same between all three numbers. */
  separator: number;
  /** Where the date ends and the time, if any, begins. */
  dateEnd: number;
  /** False when the text is a date alone (the time of day reads as midnight). */
  hasTime: boolean;
  hour: number;
  minute: number;
  seconds: number;
  /** 'a' or 'p' when written with AM or PM (any case). */
  meridiem: 'a' | 'p' | undefined;
}

const ZERO = 48;
const SPACE = 32;
const SLASH = 47;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const UPPER_T = 84;
const LOWER_A = 97;
const LOWER_M = 109;
const LOWER_P = 112;
export const DOT_SEPARATOR = DOT;
/** Setting this bit turns an ASCII capital into its small letter. */
const SMALL_LETTER_BIT = 32;

/** Where the last readNumber stopped, and how many digits it read: module state, not a result object per number. */
let cursor = 0;
let digitCount = 0;

/** The ASCII digits of `text` from `start` as a number; sets cursor past them and digitCount. */
function readNumber(text: string, start: number): number {
  let value = 0;
  let end = start;
  // Bounded by the length: reading past the end (NaN) makes V8 drop its fast path for charCodeAt.
  while (end < text.length) {
    const digit = text.charCodeAt(end) - ZERO;
    if (digit < 0 || digit > 9) break;
    value = value * 10 + digit;
    end++;
  }
  cursor = end;
  digitCount = end - start;
  return value;
}

/** The character code at `index`, -1 past the end (see readNumber). */
function codeAt(text: string, index: number): number {
  return index < text.length ? text.charCodeAt(index) : -1;
}

function isDateSeparator(code: number): boolean {
  return code === SLASH || code === DASH || code === DOT;
}

/**
 * Whether `text` (clean) can show its column's date order: it starts as a numeric date ('14/03',
 * '3-14') with one of its two leading numbers above 12. Then its shape decides; else none does.
 */
export function mayShowDateOrder(text: string): boolean {
  const first = readNumber(text, 0);
  if (digitCount < 1 || digitCount > 2 || !isDateSeparator(codeAt(text, cursor))) return false;
  const second = readNumber(text, cursor + 1);
  if (digitCount < 1 || digitCount > 2) return false;
  return first > 12 !== second > 12;
}

/**
 * One reading, overwritten by every readCommonDateTime: a column reads a date on every row, and
 * an object per cell was most of what reading it allocated.
 */
const reading: CommonDateTime = {
  yearFirst: false,
  first: 0,
  second: 0,
  third: 0,
  shortYear: false,
  separator: SLASH,
  dateEnd: 0,
  hasTime: false,
  hour: 0,
  minute: 0,
  seconds: 0,
  meridiem: undefined,
};

/**
 * `text` (clean, see cleanText) as a common date-time, or null when it is in another shape:
 * 'M/D/YYYY', 'D/M/YY', 'YYYY-MM-DD' with '/', '-' or '.' between the numbers, then optionally
 * ' ' or 'T' and 'H:MM' or 'H:MM:SS', then optionally 'AM' or 'PM' (with or without a space).
 * The reading returned is shared and valid until the next call: copy what is kept.
 */
export function readCommonDateTime(text: string): Readonly<CommonDateTime> | null {
  const first = readNumber(text, 0);
  const yearFirst = digitCount === 4;
  if (!yearFirst && digitCount !== 1 && digitCount !== 2) return null;
  const separator = codeAt(text, cursor);
  if (!isDateSeparator(separator)) return null;
  const second = readNumber(text, cursor + 1);
  if (digitCount < 1 || digitCount > 2 || codeAt(text, cursor) !== separator) return null;
  const third = readNumber(text, cursor + 1);
  if (yearFirst ? digitCount < 1 || digitCount > 2 : digitCount !== 4 && digitCount !== 2) return null;
  reading.shortYear = digitCount === 2;
  reading.dateEnd = cursor;
  reading.hasTime = cursor < text.length;
  if (reading.hasTime && !readCommonTime(text, cursor)) return null;
  if (!reading.hasTime) {
    reading.hour = 0;
    reading.minute = 0;
    reading.seconds = 0;
    reading.meridiem = undefined;
  }
  reading.yearFirst = yearFirst;
  reading.first = first;
  reading.second = second;
  reading.third = third;
  reading.separator = separator;
  return reading;
}

/** ' 17:02', 'T17:02:11', ' 5:02:11 PM', ' 5:02pm' from `start` to the end of `text` into `reading`; false when it is none. */
function readCommonTime(text: string, start: number): boolean {
  const lead = codeAt(text, start);
  if (lead !== SPACE && lead !== UPPER_T) return false;
  const hour = readNumber(text, start + 1);
  if (digitCount < 1 || digitCount > 2 || codeAt(text, cursor) !== COLON) return false;
  const minute = readNumber(text, cursor + 1);
  if (digitCount !== 2) return false;
  let seconds = 0;
  if (codeAt(text, cursor) === COLON) {
    seconds = readNumber(text, cursor + 1);
    if (digitCount !== 2) return false;
  }
  let end = cursor;
  let meridiem: CommonDateTime['meridiem'];
  if (end < text.length) {
    if (codeAt(text, end) === SPACE) end++;
    const letter = codeAt(text, end) | SMALL_LETTER_BIT;
    if (letter !== LOWER_A && letter !== LOWER_P) return false;
    if ((codeAt(text, end + 1) | SMALL_LETTER_BIT) !== LOWER_M || end + 2 !== text.length) return false;
    meridiem = letter === LOWER_A ? 'a' : 'p';
  }
  reading.hour = hour;
  reading.minute = minute;
  reading.seconds = seconds;
  reading.meridiem = meridiem;
  return true;
}
