/**
 * What may be written to a cell. Text that came from a user is never interpreted: Sheets reads
 * a string starting with = + - @ (or a tab/CR/LF) as a formula when written with setValues, and
 * strips one leading apostrophe, so such strings get an apostrophe of their own.
 */
import type { OutputCell } from './organize/merge';
import type { SheetValue } from './organize/rows';

const INTERPRETED = /^[=+\-@\t\r\n']/;

export function toCellInput(cell: OutputCell): SheetValue {
  if (typeof cell === 'object' && cell !== null && !(cell instanceof Date)) return cell.formula;
  if (typeof cell === 'string' && INTERPRETED.test(cell)) return `'${cell}`;
  return cell;
}
