/**
 * Display text of a cell, as Range.getDisplayValues shows it: Sheets number formats (the Excel-like
 * language: `0.00`, `#,##0`, `0%`, `"$"#,##0.00`, `yyyy-mm-dd hh:mm`, sections split by `;`) applied
 * to numbers and dates in the spreadsheet's time zone. Strings show as they are.
 */
import type { CellValue } from './workbook';
import { DAY_NAMES, MONTH_NAMES } from './dateFormat';
import type { WallClock } from './timeZone';
import { serialOf, wallClockAsUtc, wallClockOf, wallClockOfSerial } from './timeZone';

/** What getNumberFormat returns for a cell nobody formatted ("Automatic"). */
export const AUTOMATIC_FORMAT = '0.###############';
const AUTOMATIC_FORMATS = new Set(['', AUTOMATIC_FORMAT, 'General', '@']);
/** The format Sheets gives a cell when a Date is written to it. */
export const DEFAULT_DATE_TIME_FORMAT = 'M/d/yyyy H:mm:ss';

export function displayValue(value: CellValue, numberFormat: string | undefined, timeZone: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const format = numberFormat && !AUTOMATIC_FORMATS.has(numberFormat) ? numberFormat : undefined;
  if (value instanceof Date) {
    if (format && !isDateFormat(format)) return formatNumber(serialOf(value, timeZone), format);
    return formatDateSection(format ?? DEFAULT_DATE_TIME_FORMAT, wallClockOf(value, timeZone));
  }
  if (!format) return automaticNumber(value);
  if (isDateFormat(format)) return formatDateSection(format, wallClockOfSerial(value));
  return formatNumber(value, format);
}

function automaticNumber(value: number): string {
  if (!Number.isFinite(value)) return '#NUM!';
  if (Math.abs(value) >= 1e15)
    return value
      .toExponential(5)
      .replace(/\.?0+e/, 'e')
      .replace('e', 'E');
  return String(Number(value.toFixed(10)));
}

/** Splits a format into `;` sections, respecting quotes and escapes. */
function sections(format: string): string[] {
  const result: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '\\' && !quoted) {
      current += ch + (format[++i] ?? '');
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      result.push(current);
      current = '';
    } else current += ch;
  }
  result.push(current);
  return result;
}

/** The format with quoted text, escapes and bracketed parts removed: what is left are the codes. */
function codesOf(section: string): string {
  return section.replace(/"[^"]*"|\\.|\[[^\]]*\]|[_*]./g, '');
}

function isDateFormat(format: string): boolean {
  return /[ydhs]|m(?!\d)|am\/pm|a\/p/i.test(codesOf(sections(format)[0]).replace(/E[+-]/gi, ''));
}

type Piece = { literal: string } | { code: string };

/** Literal text and codes of one section, in order. */
function pieces(section: string): Piece[] {
  const result: Piece[] = [];
  const pattern =
    /"([^"]*)"|\\(.)|\[\$([^\]-]*)[^\]]*\]|\[[^\]]*\]|_.|\*.|(am\/pm|a\/p)|([yYmMdDhHsS])\5*|(\.0+)|([0#?,.%]|[eE][+-])|(.)/gi;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(section))) {
    const [whole, quoted, escaped, currency, ampm, dateLetter, fraction, numberCode, other] = match;
    if (quoted !== undefined) result.push({ literal: quoted });
    else if (escaped !== undefined) result.push({ literal: escaped });
    else if (currency !== undefined) result.push({ literal: currency });
    else if (whole.startsWith('_')) result.push({ literal: ' ' });
    else if (ampm || dateLetter || fraction || numberCode) result.push({ code: whole });
    else if (other !== undefined) result.push({ literal: other });
  }
  return result;
}

function formatDateSection(format: string, wall: WallClock): string {
  const parts = pieces(sections(format)[0]);
  const codes = parts.filter((p): p is { code: string } => 'code' in p).map((p) => p.code.toLowerCase());
  const twelveHour = codes.some((c) => c === 'am/pm' || c === 'a/p');
  const weekday = new Date(wallClockAsUtc(wall)).getUTCDay();
  let codeIndex = -1;
  return parts
    .map((part) => {
      if ('literal' in part) return part.literal;
      codeIndex++;
      const code = part.code.toLowerCase();
      const n = code.length;
      switch (code[0]) {
        case 'y':
          return n <= 2 ? String(wall.year % 100).padStart(2, '0') : String(wall.year).padStart(4, '0');
        case 'd':
          return n >= 4 ? DAY_NAMES[weekday] : n === 3 ? DAY_NAMES[weekday].slice(0, 3) : pad(wall.day, n);
        case 'h':
          return pad(twelveHour ? wall.hour % 12 || 12 : wall.hour, n);
        case 's':
          return pad(wall.second, n);
        case '.':
          return (
            '.' +
            pad(wall.millisecond, 3)
              .slice(0, n - 1)
              .padEnd(n - 1, '0')
          );
        case 'a':
          return code === 'a/p' ? (wall.hour < 12 ? 'A' : 'P') : wall.hour < 12 ? 'AM' : 'PM';
        case 'm':
          if (n <= 2 && isMinute(codes, codeIndex)) return pad(wall.minute, n);
          return n >= 4
            ? MONTH_NAMES[wall.month - 1]
            : n === 3
              ? MONTH_NAMES[wall.month - 1].slice(0, 3)
              : pad(wall.month, n);
        default:
          return part.code;
      }
    })
    .join('');
}

/** `m`/`mm` means minutes right after an hour code or right before a seconds code. */
function isMinute(codes: string[], index: number): boolean {
  return codes[index - 1]?.[0] === 'h' || codes[index + 1]?.[0] === 's';
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatNumber(value: number, format: string): string {
  const all = sections(format);
  if (value < 0 && all.length >= 2) return formatNumberSection(-value, all[1]);
  if (value === 0 && all.length >= 3) return formatNumberSection(0, all[2]);
  const text = formatNumberSection(Math.abs(value), all[0]);
  return value < 0 && /[1-9]/.test(text) ? '-' + text : text;
}

function formatNumberSection(value: number, section: string): string {
  const parts = pieces(section);
  const codes = parts
    .filter((p): p is { code: string } => 'code' in p)
    .map((p) => p.code)
    .join('');
  const scaled = codes.includes('%') ? value * 100 : value;
  const exponent = /[eE][+-]/.exec(codes);
  const mantissaCodes = exponent ? codes.slice(0, exponent.index) : codes;
  const [integerCodes, decimalCodes = ''] = mantissaCodes.replace(/%/g, '').split('.');
  const maxDecimals = decimalCodes.replace(/[^0#?]/g, '').length;
  const minDecimals = decimalCodes.replace(/[^0?]/g, '').length;
  const minIntegerDigits = integerCodes.replace(/[^0?]/g, '').length;
  const grouped = integerCodes.includes(',');

  let power = 0;
  let mantissa = scaled;
  if (exponent && scaled !== 0) {
    power = Math.floor(Math.log10(scaled)) - Math.max(0, minIntegerDigits - 1);
    mantissa = scaled / 10 ** power;
  }
  let [integerDigits, decimalDigits = ''] = mantissa.toFixed(maxDecimals).split('.');
  decimalDigits = decimalDigits.replace(/0+$/, '').padEnd(minDecimals, '0');
  integerDigits = integerDigits.replace(/^0+/, '').padStart(minIntegerDigits, '0');
  if (grouped) integerDigits = integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  let number = decimalDigits ? `${integerDigits}.${decimalDigits}` : integerDigits;
  if (exponent) number += 'E' + (power < 0 ? '-' : exponent[0][1] === '+' ? '+' : '') + pad(Math.abs(power), 2);

  let placed = false;
  return parts
    .map((part) => {
      if ('literal' in part) return part.literal;
      if (part.code === '%') return '%';
      if (placed) return '';
      placed = true;
      return number;
    })
    .join('');
}
