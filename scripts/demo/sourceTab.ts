/** Builds a seller's tab row by row, keeping track of sheet row numbers. */
import type { CellValue, SheetModel } from '../runtime/workbook';
import { sheetFromValues } from '../runtime/workbook';

export type SourceRecord<H extends string> = Partial<Record<H, CellValue>>;

export class SourceTab<H extends string> {
  private readonly rows: CellValue[][];

  constructor(
    readonly name: string,
    readonly headers: readonly H[],
  ) {
    this.rows = [[...headers]];
  }

  /** The 1-based sheet row the next added row will occupy. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Appends a row given by header (missing headers stay empty); returns its sheet row. */
  add(record: SourceRecord<H>): number {
    return this.addValues(this.headers.map((header) => record[header] ?? ''));
  }

  addValues(values: readonly CellValue[]): number {
    this.rows.push([...values]);
    return this.rows.length;
  }

  addBlank(): number {
    return this.addValues(this.headers.map(() => ''));
  }

  /** Appends a cell-for-cell copy of an earlier row; returns its sheet row. */
  repeat(row: number): number {
    return this.addValues(this.rows[row - 1]);
  }

  toSheet(): SheetModel {
    return sheetFromValues(this.name, this.rows, 1);
  }
}
