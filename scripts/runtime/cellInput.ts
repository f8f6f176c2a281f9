/**
 * What a cell holds after Range.setValue/setValues. Apps Script writes values the way a user typing
 * them would ("user entered"), and the add-on's safety depends on that, so this emulates it:
 * - a string starting with `=` becomes a FORMULA (how a formula-injection defence is proven);
 * - a string starting with an apostrophe is text, stored without the apostrophe;
 * - in a cell formatted `@` (plain text) any other string stays exactly as written;
 * - otherwise a string that reads as a number becomes a Number: `123`, `1,234.5`, `-3`, `+15551234567`,
 *   `$12.50`, `12%` (0.12). Sheets keeps 15 significant digits, so an 18-digit order ID written as a
 *   plain string loses its last digits, exactly the bug real sheets show;
 * - `TRUE`/`FALSE` (any case) become booleans; `2026-03-14`, `3/14/2026`, `3/14/2026 5:02:11 PM`
 *   become Dates in the spreadsheet's time zone;
 * - numbers, booleans and Dates are stored as they are (a Date gets the date-time format); null and
 *   undefined empty the cell;
 * - a string longer than 50,000 characters (a cell's limit) is refused with Sheets' message.
 * Sheets also gives a cell a number format when it parses a percentage, currency or date from text;
 * that is emulated when the cell has no format yet.
 */
import type { Cell, CellValue } from './workbook';
import { instantOf } from './timeZone';
import { DEFAULT_DATE_TIME_FORMAT } from './numberFormat';

const NUMBER = /^([+-])?(\$)?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](.+))?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (.+))?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/;
const CELL_CHARACTER_LIMIT = 50_000;

export function enteredCell(input: unknown, numberFormat: string | undefined, timeZone: string): Cell {
  const cell = (value: CellValue, formula?: string, parsedFormat?: string): Cell => {
    const result: Cell = { value };
    if (formula) result.formula = formula;
    const format = numberFormat ?? parsedFormat;
    if (format) result.numberFormat = format;
    return result;
  };
  if (input === null || input === undefined) return cell('');
  if (input instanceof Date) return cell(new Date(input.getTime()), undefined, DEFAULT_DATE_TIME_FORMAT);
  if (typeof input === 'number' || typeof input === 'boolean') return cell(input);
  const text = typeof input === 'string' ? input : String(input);
  if (text.length > CELL_CHARACTER_LIMIT)
    throw new Error(
      `Your input contains more than the maximum of ${CELL_CHARACTER_LIMIT} characters in a single cell.`,
    );
  if (text.startsWith("'")) return cell(text.slice(1));
  if (numberFormat === '@') return cell(text);
  if (text.length > 1 && text.startsWith('=')) return cell('', text);
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return cell(trimmed.toLowerCase() === 'true');
  const number = parseNumber(trimmed);
  if (number) return cell(number.value, undefined, number.format);
  const date = parseDate(trimmed, timeZone);
  if (date) return cell(date.value, undefined, date.format);
  return cell(text);
}

function parseNumber(text: string): { value: number; format?: string } | undefined {
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const [, sign, dollar, digits, exponent, percent] = match;
  const magnitude = Number(digits.replace(/,/g, '')) * 10 ** Number(exponent ?? 0);
  const fifteenDigits = Number(magnitude.toPrecision(15));
  const value = (sign === '-' ? -fifteenDigits : fifteenDigits) / (percent ? 100 : 1);
  const decimals = digits.includes('.') && digits.split('.')[1].length > 0;
  if (percent) return { value, format: decimals ? '0.00%' : '0%' };
  if (dollar) return { value, format: '"$"#,##0.00' };
  return { value };
}

function parseDate(text: string, timeZone: string): { value: Date; format: string } | undefined {
  const iso = ISO_DATE.exec(text);
  const us = iso ? undefined : US_DATE.exec(text);
  if (!iso && !us) return undefined;
  const [year, month, day, timeText] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3]), iso[4]]
    : [Number(us![3]), Number(us![1]), Number(us![2]), us![4]];
  const time = timeText === undefined ? { hour: 0, minute: 0, second: 0 } : parseTime(timeText);
  if (!time || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const dateFormat = iso ? 'yyyy-mm-dd' : 'M/d/yyyy';
  return {
    value: instantOf({ year, month, day, ...time, millisecond: 0 }, timeZone),
    format: timeText === undefined ? dateFormat : `${dateFormat} H:mm:ss`,
  };
}

function parseTime(text: string): { hour: number; minute: number; second: number } | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const meridiem = match[4]?.toUpperCase();
  if (meridiem && (hour < 1 || hour > 12)) return undefined;
  if (meridiem) hour = (hour % 12) + (meridiem === 'PM' ? 12 : 0);
  const minute = Number(match[2]);
  const second = Number(match[3] ?? 0);
  return hour < 24 && minute < 60 && second < 60 ? { hour, minute, second } : undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
