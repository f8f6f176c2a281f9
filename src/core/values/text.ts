import { plainNumberString } from './number';
import type { Parsed } from './result';
import { formatWallClock, instantToWallClock } from './time';

const BLANK_WORDS = new Set(['', '-', '--', '–', '—', 'n/a', 'none', 'null']);

const ERROR_VALUES = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

/**
 * A cell value as clean text: ends trimmed of spaces, NBSP, tabs and line breaks; numbers without exponent;
 * dates as ISO 'YYYY-MM-DD' (with 'THH:MM:SS' when not midnight) in `timeZone`; booleans as the sheet shows them.
 */
export function cleanText(raw: unknown, timeZone = 'UTC'): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'number') return plainNumberString(raw);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (raw instanceof Date) return isNaN(raw.getTime()) ? '' : formatWallClock(instantToWallClock(raw, timeZone));
  return trimEdgeSpace(String(raw));
}

/** The text without edge spaces, found by scanning in from both ends: cheaper than a regex on every cell. */
function trimEdgeSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdgeSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isEdgeSpaceCode(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * JS whitespace (`\s`) and the zero-width characters that come along when text is copied from web
 * pages, which JS trim() keeps.
 */
function isEdgeSpaceCode(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Empty, whitespace, or a placeholder such as '-', 'n/a', 'none'. */
export function isBlank(raw: unknown): boolean {
  return BLANK_WORDS.has(cleanText(raw).toLowerCase());
}

/** The problem to report when the cell holds a spreadsheet error such as #N/A, else undefined. */
export function errorCellProblem(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const code = cleanText(raw).toUpperCase();
  return ERROR_VALUES.has(code)
    ? `the cell shows the error ${code}; fix the formula in the source tab or clear the cell`
    : undefined;
}

/** The first step of every parser: an error cell is a problem, a blank cell is blank, anything else is undefined. */
export function screenCell(raw: unknown): Parsed<never> | undefined {
  if (raw === null || raw === undefined || raw === '') return BLANK;
  if (raw instanceof Date) return isNaN(raw.getTime()) ? BLANK : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = cleanText(raw);
  if (text.length > 13) return undefined; // longer than any error code or blank word
  const problem = errorCellProblem(text);
  if (problem) return { value: null, problem };
  return BLANK_WORDS.has(text.toLowerCase()) ? BLANK : undefined;
}

const BLANK: Parsed<never> = Object.freeze({ value: null });
