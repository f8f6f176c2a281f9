/**
 * The add-on's own tables that its readers find by header (Settings, Do not contact, Templates, the
 * Follow-up and Outreach logs): rows go under the columns those headers are in now, so a column the
 * operator inserted, moved or added keeps its cells and every value lands where it is read from. A
 * header the tab lacks gets a column after the last one in use.
 */
import type { SheetValue } from '../core/cells';
import type { RowWrite } from './mail/cellWrites';
import { writeRowRuns } from './mail/cellWrites';
import type { ColumnPositions } from './managedColumns';
import { columnRuns } from './managedWrite';
import { ensureSize } from './sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The 0-based column of `name` in a header row as the tab's reader finds it, or -1. */
export type ColumnFinder = (header: readonly SheetValue[], name: string) => number;

export class HeaderedTable {
  private constructor(
    private readonly sheet: Sheet,
    private readonly headers: readonly string[],
    private readonly positions: ColumnPositions,
  ) {}

  static of(sheet: Sheet, headers: readonly string[], columnOf: ColumnFinder): HeaderedTable {
    const width = sheet.getLastColumn();
    const header = width > 0 ? (sheet.getRange(1, 1, 1, width).getValues()[0] as SheetValue[]) : [];
    const positions: ColumnPositions = new Map();
    let nextFree = width + 1;
    for (const name of headers) {
      const found = columnOf(header, name);
      if (found >= 0) {
        positions.set(name, found + 1);
        continue;
      }
      ensureSize(sheet, 1, nextFree);
      sheet.getRange(1, nextFree).setValue(name);
      positions.set(name, nextFree++);
    }
    return new HeaderedTable(sheet, headers, positions);
  }

  /** The 1-based column of one of the table's headers. */
  column(name: string): number {
    return this.positions.get(name) ?? 0;
  }

  /** The last column the table uses. */
  get width(): number {
    return Math.max(...this.positions.values());
  }

  /** A row as the sheet holds it: each of `cells` (in the table's header order) in its column, '' elsewhere. */
  rowOf(cells: readonly SheetValue[]): SheetValue[] {
    const row = new Array<SheetValue>(this.width).fill('');
    this.headers.forEach((header, i) => (row[this.column(header) - 1] = cells[i] ?? ''));
    return row;
  }

  /**
   * Rows from sheet row `first` down, growing the tab as needed; `format`, when given, is set on the
   * table's cells of those rows first (a text entered into a plain-text cell stays as typed).
   */
  writeRows(first: number, rows: readonly (readonly SheetValue[])[], format?: string): void {
    if (rows.length === 0) return;
    ensureSize(this.sheet, first + rows.length - 1, this.width);
    if (format !== undefined)
      for (const run of columnRuns(this.headers, this.positions))
        this.sheet.getRange(first, run.column, rows.length, run.indexes.length).setNumberFormat(format);
    this.write(rows.map((cells, i) => ({ row: first + i, cells: [...cells] })));
  }

  /** Each line's cells, in the order of `headers` (all of the table's by default), into their columns. */
  write(lines: readonly RowWrite[], headers: readonly string[] = this.headers): void {
    if (lines.length === 0) return;
    for (const run of columnRuns(headers, this.positions))
      writeRowRuns(
        this.sheet,
        run.column,
        lines.map(({ row, cells }) => ({ row, cells: run.indexes.map((i) => cells[i] ?? '') })),
      );
  }
}
