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
  if (typeof raw === 'string') return trimEdgeSpace(raw);
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'number') return plainNumberString(raw);
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (raw instanceof Date) return isNaN(raw.getTime()) ? '' : formatWallClock(instantToWallClock(raw, timeZone));
  return trimEdgeSpace(String(raw));
}

/** The text without edge spaces, found by scanning in from both ends: cheaper than a regex on every cell. */
function trimEdgeSpace(text: string): string {
  const last = text.length - 1;
  if (last < 0 || (!isEdgeSpaceCode(text.charCodeAt(0)) && !isEdgeSpaceCode(text.charCodeAt(last)))) return text;
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
  if (code > 32 && code < 0xa0) return false; // none from '!' to U+009F: the ends of most cells
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
  // A text that starts with neither an edge space nor a blank word's first character is no blank: no trimmed copy is made of it.
  if (typeof raw === 'string' && raw.length > 0) {
    const first = raw.charCodeAt(0);
    if (!isEdgeSpaceCode(first) && !BLANK_WORD_STARTS.has(raw.charAt(0))) return false;
  }
  return isBlankText(cleanText(raw));
}

/** The characters a blank word can start with, in any case ('-', 'n/a', 'None', '—'). */
const BLANK_WORD_STARTS = new Set(
  [...BLANK_WORDS]
    .filter((word) => word !== '')
    .map((word) => word.charAt(0))
    .flatMap((c) => [c, c.toUpperCase()]),
);
const LONGEST_BLANK_WORD = Math.max(...[...BLANK_WORDS].map((word) => word.length));

/**
 * isBlank of clean text. Most cells are ruled out by length or first character, with no lower-cased
 * copy: lower-casing never shortens a text, and only these characters lower-case to a blank word's first.
 */
function isBlankText(text: string): boolean {
  if (text.length === 0) return true;
  if (text.length > LONGEST_BLANK_WORD || !BLANK_WORD_STARTS.has(text.charAt(0))) return false;
  return BLANK_WORDS.has(text.toLowerCase());
}

/** The problem to report when the cell holds a spreadsheet error such as #N/A, else undefined. */
export function errorCellProblem(raw: unknown): string | undefined {
  return typeof raw === 'string' ? errorTextProblem(cleanText(raw)) : undefined;
}

/** errorCellProblem of clean text: every error code starts with '#', and only '#' upper-cases to it. */
function errorTextProblem(text: string): string | undefined {
  if (text.charAt(0) !== '#') return undefined;
  const code = text.toUpperCase();
  return ERROR_VALUES.has(code)
    ? `the cell shows the error ${code}; fix the formula in the source tab or clear the cell`
    : undefined;
}

/** The first step of every parser: an error cell is a problem, a blank cell is blank, anything else is undefined. */
export function screenCell(raw: unknown): Parsed<never> | undefined {
  if (raw === null || raw === undefined || raw === '') return BLANK;
  if (raw instanceof Date) return isNaN(raw.getTime()) ? BLANK : undefined;
  if (typeof raw !== 'string') return undefined;
  return screenText(cleanText(raw));
}

/** screenCell of a text cell, given its cleanText: for parsers that need the clean text anyway. */
export function screenText(text: string): Parsed<never> | undefined {
  const problem = errorTextProblem(text);
  if (problem) return { value: null, problem };
  return isBlankText(text) ? BLANK : undefined;
}

const BLANK: Parsed<never> = Object.freeze({ value: null });
