/**
 * Writes that touch scattered rows in as few calls as Apps Script allows: consecutive rows go in one
 * block, and one value set in many cells goes through one RangeList.
 */
import type { OutputCell } from '../../core/cells';
import { cellA1 } from '../../core/a1';
import { toCellInput } from '../../core/cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RowWrite {
  row: number;
  cells: OutputCell[];
}

/** Each run of consecutive rows (same width) in one setValues, from `column` on. */
export function writeRowRuns(sheet: Sheet, column: number, writes: readonly RowWrite[]): void {
  const sorted = [...writes].sort((a, b) => a.row - b.row);
  let start = 0;
  for (let i = 1; i <= sorted.length; i++) {
    const run = sorted[i - 1];
    const next = sorted[i];
    if (next && next.row === run.row + 1 && next.cells.length === run.cells.length) continue;
    const block = sorted.slice(start, i);
    sheet
      .getRange(block[0].row, column, block.length, block[0].cells.length)
      .setValues(block.map((w) => w.cells.map(toCellInput)));
    start = i;
  }
}

export interface CellWrite {
  row: number;
  /** 1-based. */
  column: number;
  value: string | Date;
}

/** One RangeList call per distinct value. */
export function writeCellsByValue(sheet: Sheet, writes: readonly CellWrite[]): void {
  const byValue = new Map<string, { value: string | Date; cells: string[] }>();
  for (const write of writes) {
    const id = write.value instanceof Date ? `d${write.value.getTime()}` : `s${write.value}`;
    const group = byValue.get(id) ?? { value: write.value, cells: [] };
    group.cells.push(cellA1(write.row, write.column));
    byValue.set(id, group);
  }
  for (const { value, cells } of byValue.values()) sheet.getRangeList(cells).setValue(toCellInput(value));
}
