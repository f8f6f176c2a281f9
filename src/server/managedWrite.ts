/**
 * Writes a managed tab as it should be, touching only its own columns and only the cells that
 * differ from what the tab holds: a re-run with nothing new writes nothing, an operator's formula
 * that the merge kept is never rewritten (so it stays a formula), and the operator's own columns
 * between ours are never part of a write. Writes go in blocks of consecutive rows and columns.
 */
import type { OutputCell, SheetValue } from '../core/cells';
import { toCellInput } from '../core/cells';
import type { ColumnPositions, ManagedRead } from './managedColumns';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Cells in one setValues. No limit is documented; the Sheets API refuses requests over about
 * 10 MB, and 50,000 cells stay far under it even at 100 bytes a cell.
 */
export const BLOCK_CELLS = 50_000;

export interface DesiredTab {
  headers: readonly string[];
  /** Data rows in the contract's column order. */
  rows: readonly OutputCell[][];
  formats: readonly (readonly string[])[];
}

export interface WriteCount {
  cells: number;
  blocks: number;
}

const sameValue = (a: SheetValue | undefined, b: SheetValue | undefined): boolean =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? '') === (b ?? '');

function isFormula(cell: OutputCell): cell is { formula: string } {
  return typeof cell === 'object' && !(cell instanceof Date);
}

/** Whether the cell at (row, column) of the contract layout must be written. */
function differs(desired: OutputCell, format: string, held: ManagedRead, row: number, column: number): boolean {
  const formula = held.formulas[row]?.[column] ?? '';
  if (isFormula(desired)) return formula !== desired.formula;
  if (formula !== '') return true;
  if (!sameValue(desired, held.values[row]?.[column])) return true;
  return format !== '' && format !== (held.formats[row]?.[column] ?? '');
}

/** Sheet columns of the contract layout grouped into runs of adjacent columns. */
function columnRuns(headers: readonly string[], positions: ColumnPositions): { column: number; indexes: number[] }[] {
  const placed = headers
    .map((header, index) => ({ index, column: positions.get(header)! }))
    .sort((a, b) => a.column - b.column);
  const runs: { column: number; indexes: number[] }[] = [];
  for (const { index, column } of placed) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.indexes.length === column) last.indexes.push(index);
    else runs.push({ column, indexes: [index] });
  }
  return runs;
}

export function writeManaged(
  sheet: Sheet,
  desired: DesiredTab,
  positions: ColumnPositions,
  held: ManagedRead,
): WriteCount {
  const grid: OutputCell[][] = [desired.headers.slice(), ...desired.rows];
  const formats: (readonly string[])[] = [desired.headers.map(() => '@'), ...desired.formats];
  const needed = grid.length;
  if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  // A formula keeps the format its cell has, unless that is plain text, under which it would stop being one.
  const formatFor = (cell: OutputCell, row: number, column: number): string => {
    const format = isFormula(cell) ? (held.formats[row]?.[column] ?? '') : (formats[row]?.[column] ?? '');
    return format === '' || (isFormula(cell) && format === '@') ? 'General' : format;
  };
  const count: WriteCount = { cells: 0, blocks: 0 };
  for (const run of columnRuns(desired.headers, positions)) {
    const changed = grid.map((row, r) =>
      run.indexes.some((c) => differs(row[c] ?? '', formats[r]?.[c] ?? '', held, r, c)),
    );
    const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / run.indexes.length));
    for (let start = 0; start < grid.length;) {
      if (!changed[start]) {
        start++;
        continue;
      }
      let end = start;
      while (end + 1 < grid.length && changed[end + 1] && end + 1 - start < rowsPerBlock) end++;
      const rows = grid.slice(start, end + 1);
      const range = sheet.getRange(start + 1, run.column, rows.length, run.indexes.length);
      range.setNumberFormats(rows.map((row, i) => run.indexes.map((c) => formatFor(row[c] ?? '', start + i, c))));
      range.setValues(rows.map((row) => run.indexes.map((c) => toCellInput(row[c] ?? ''))));
      count.cells += rows.length * run.indexes.length;
      count.blocks++;
      start = end + 1;
    }
  }
  return count;
}
