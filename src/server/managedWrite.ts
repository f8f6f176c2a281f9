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
  /** Cells whose contents were written, and the setValues calls that wrote them. */
  cells: number;
  blocks: number;
  /** setNumberFormat(s) calls: one per run of rows and adjacent columns whose format changed. */
  formatRanges: number;
  /** Rows (header included) that hold what they should; all of them unless `stop` cut the write short. */
  rowsDone: number;
  complete: boolean;
}

/**
 * Asked after each block of rows that wrote something, with the rows (header included) now as they
 * should be: true stops the write there (the time budget).
 */
export type StopWhen = (rowsDone: number) => boolean;

const sameValue = (a: SheetValue | undefined, b: SheetValue | undefined): boolean =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : (a ?? '') === (b ?? '');

function isFormula(cell: OutputCell): cell is { formula: string } {
  return typeof cell === 'object' && !(cell instanceof Date);
}

/** Whether the contents of the cell at (row, column) of the contract layout must be written. */
function differs(desired: OutputCell, held: ManagedRead, row: number, column: number): boolean {
  const formula = held.formulas[row]?.[column] ?? '';
  if (isFormula(desired)) return formula !== desired.formula;
  if (formula !== '') return true;
  return !sameValue(desired, held.values[row]?.[column]);
}

export interface ColumnRun {
  /** The run's first sheet column. */
  column: number;
  /** Contract column indexes of its columns, left to right. */
  indexes: number[];
}

/** Sheet columns of the contract layout grouped into runs of adjacent columns. */
export function columnRuns(headers: readonly string[], positions: ColumnPositions): ColumnRun[] {
  const placed = headers
    .map((header, index) => ({ index, column: positions.get(header)! }))
    .sort((a, b) => a.column - b.column);
  const runs: ColumnRun[] = [];
  for (const { index, column } of placed) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.indexes.length === column) last.indexes.push(index);
    else runs.push({ column, indexes: [index] });
  }
  return runs;
}

/** Rows and adjacent columns whose number formats are set in one call: one format, or one per row. */
interface FormatRange {
  top: number;
  bottom: number;
  column: number;
  width: number;
  /** The format of every cell, or (a column whose rows differ, like estimated platform fees) one per row. */
  format: string | string[];
}

/**
 * The number formats to set: per column, the header cell and each run of data rows whose formats
 * must change, joined across adjacent columns that change the same rows to the same format (a new
 * tab: its header row, then one range per group of columns sharing a format). A formula keeps the
 * format its cell has, unless that is plain text, under which it would stop being one.
 */
function formatRanges(
  grid: readonly OutputCell[][],
  formats: readonly (readonly string[])[],
  runs: readonly ColumnRun[],
  held: ManagedRead,
): FormatRange[] {
  const target = (r: number, c: number): string => {
    const cell = grid[r][c] ?? '';
    const current = held.formats[r]?.[c] ?? '';
    if (isFormula(cell)) return current === '@' ? 'General' : '';
    const wanted = formats[r]?.[c] ?? '';
    return wanted === current ? '' : wanted;
  };
  const done: FormatRange[] = [];
  let open = new Map<string, FormatRange>();
  for (const run of runs) {
    run.indexes.forEach((c, i) => {
      const column = run.column + i;
      const next = new Map<string, FormatRange>();
      const add = (top: number, bottom: number, wanted: string[]) => {
        const uniform = wanted.every((format) => format === wanted[0]);
        const key = `${top}:${bottom}:${uniform ? wanted[0] : `*${column}`}`;
        const left = open.get(key);
        if (uniform && left && left.column + left.width === column) {
          left.width++;
          next.set(key, left);
          open.delete(key);
        } else next.set(key, { top, bottom, column, width: 1, format: uniform ? wanted[0] : wanted });
      };
      if (target(0, c) !== '') add(0, 1, [target(0, c)]);
      for (let top = 1; top < grid.length;) {
        const wanted: string[] = [];
        let bottom = top;
        for (let format = target(bottom, c); format !== ''; format = bottom < grid.length ? target(bottom, c) : '') {
          wanted.push(format);
          bottom++;
        }
        if (wanted.length > 0) add(top, bottom, wanted);
        top = bottom + 1;
      }
      done.push(...open.values());
      open = next;
    });
  }
  return [...done, ...open.values()];
}

export function writeManaged(
  sheet: Sheet,
  desired: DesiredTab,
  positions: ColumnPositions,
  held: ManagedRead,
  stop: StopWhen = () => false,
): WriteCount {
  const grid: OutputCell[][] = [desired.headers.slice(), ...desired.rows];
  const formats: (readonly string[])[] = [desired.headers.map(() => '@'), ...desired.formats];
  const needed = grid.length;
  if (needed > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), needed - sheet.getMaxRows());
  const runs = columnRuns(desired.headers, positions);
  const count: WriteCount = { cells: 0, blocks: 0, formatRanges: 0, rowsDone: grid.length, complete: true };
  // Formats first, for every row: a value entered into a plain-text cell would stay text.
  for (const { top, bottom, format, column, width } of formatRanges(grid, formats, runs, held)) {
    const range = sheet.getRange(top + 1, column, bottom - top, width);
    if (typeof format === 'string') range.setNumberFormat(format);
    else range.setNumberFormats(format.map((f) => [f]));
    count.formatRanges++;
  }
  const changed = runs.map((run) => grid.map((row, r) => run.indexes.some((c) => differs(row[c] ?? '', held, r, c))));
  // A block of rows across all our columns stays within BLOCK_CELLS, so it is also what one stop covers.
  const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / desired.headers.length));
  for (let top = 0; top < grid.length; top += rowsPerBlock) {
    const bottom = Math.min(grid.length, top + rowsPerBlock);
    let wrote = false;
    runs.forEach((run, i) => {
      for (let start = top; start < bottom;) {
        if (!changed[i][start]) {
          start++;
          continue;
        }
        let end = start + 1;
        while (end < bottom && changed[i][end]) end++;
        const rows = grid.slice(start, end);
        sheet
          .getRange(start + 1, run.column, rows.length, run.indexes.length)
          .setValues(rows.map((row) => run.indexes.map((c) => toCellInput(row[c] ?? ''))));
        count.cells += rows.length * run.indexes.length;
        count.blocks++;
        wrote = true;
        start = end;
      }
    });
    if (wrote && bottom < grid.length && stop(bottom)) {
      count.rowsDone = bottom;
      count.complete = false;
      return count;
    }
  }
  return count;
}

export interface TableWrite extends DesiredTab {
  /** The tab was just made: its header row is set bold and frozen. */
  created: boolean;
}

/**
 * A tab the add-on rewrites whole (Import issues, its memory), in its own columns wherever they are:
 * only rows that differ are written, and its columns' cells below the new end are cleared.
 */
export function writeTable(sheet: Sheet, table: TableWrite, positions: ColumnPositions, held: ManagedRead): WriteCount {
  const count = writeManaged(sheet, table, positions, held);
  const height = table.rows.length + 1;
  const lastRow = held.values.length;
  if (lastRow > height)
    for (const run of columnRuns(table.headers, positions))
      sheet.getRange(height + 1, run.column, lastRow - height, run.indexes.length).clearContent();
  if (table.created) {
    sheet.getRange(1, 1, 1, table.headers.length).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  return count;
}
