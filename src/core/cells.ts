/**
 * What may be written to a cell. Text that came from a user is never interpreted: Sheets reads
 * a string starting with = + - @ (or a tab/CR/LF) as a formula when written with setValues, and
 * strips one leading apostrophe, so such strings get an apostrophe of their own.
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

export function toCellInput(cell: OutputCell): SheetValue {
  if (typeof cell === 'object' && cell !== null && !(cell instanceof Date)) return cell.formula;
  if (typeof cell === 'string' && INTERPRETED.test(cell)) return `'${cell}`;
  return cell;
}
