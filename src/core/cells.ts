/**
 * What may be written to a cell. Text that came from a user is never interpreted: Sheets reads
 * a string starting with = + - @ (or a tab/CR/LF) as a formula when written with setValues, and
 * strips one leading apostrophe, so such strings get an apostrophe of their own. A cell holds at
 * most 50,000 characters and Sheets refuses the whole write for one longer string, so longer text
 * is cut and ends with an ellipsis.
 */

/** A value as getValues returns it and setValues takes it. */
export type SheetValue = string | number | boolean | Date;

/** A cell the add-on writes as a formula. */
export interface FormulaCell {
  formula: string;
}

/** What the add-on writes into a managed cell. */
export type OutputCell = SheetValue | FormulaCell;

/** An amount of money, as read from a cell. */
export interface Money {
  amount: number;
  /** ISO 4217 code, when the cell names a currency. */
  currency?: string;
}

const INTERPRETED = /^[=+\-@\t\r\n']/;

/** The most characters Sheets takes in one cell. */
export const CELL_CHARACTER_LIMIT = 50_000;
const ELLIPSIS = '…';

export function toCellInput(cell: OutputCell): SheetValue {
  if (typeof cell === 'object' && cell !== null && !(cell instanceof Date)) return cell.formula;
  if (typeof cell !== 'string') return cell;
  return fitInCell(INTERPRETED.test(cell) ? `'${cell}` : cell);
}

/** The text cut to the cell limit with an ellipsis at the end, never in the middle of a surrogate pair. */
function fitInCell(text: string): string {
  if (text.length <= CELL_CHARACTER_LIMIT) return text;
  let end = CELL_CHARACTER_LIMIT - ELLIPSIS.length;
  if (/[\ud800-\udbff]/.test(text[end - 1])) end--;
  return text.slice(0, end) + ELLIPSIS;
}
