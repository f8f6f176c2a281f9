import { plainNumberString } from './number';
import type { Parsed } from './result';
import { formatWallClock, instantToWallClock } from './time';

// Zero-width characters come along when text is copied from web pages; JS trim() keeps them.
const EDGE_SPACE = /^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g;

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
  return String(raw).replace(EDGE_SPACE, '');
}

/** Empty, whitespace, or a placeholder such as '-', 'n/a', 'none'. */
export function isBlank(raw: unknown): boolean {
  return BLANK_WORDS.has(cleanText(raw).toLowerCase());
}

/** The problem to report when the cell holds a spreadsheet error such as #N/A, else undefined. */
export function errorCellProblem(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const code = cleanText(raw).toUpperCase();
  return ERROR_VALUES.has(code) ? `the cell shows the error ${code}; fix the formula in the source tab or clear the cell` : undefined;
}

/** The first step of every parser: an error cell is a problem, a blank cell is blank, anything else is undefined. */
export function screenCell(raw: unknown): Parsed<never> | undefined {
  const problem = errorCellProblem(raw);
  if (problem) return { value: null, problem };
  if (isBlank(raw)) return { value: null };
  return undefined;
}
