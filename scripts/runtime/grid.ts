/** Reading and writing cells of a SheetModel by 1-based row and column. */
import type { Cell, SheetModel } from './workbook';

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;

export function cellAt(sheet: SheetModel, row: number, column: number): Cell | undefined {
  return sheet.rows[row - 1]?.[column - 1];
}

export function putCell(sheet: SheetModel, row: number, column: number, cell: Cell): void {
  const stored = sheet.rows[row - 1];
  if (isBlank(cell) && (!stored || column > stored.length)) return;
  while (sheet.rows.length < row) sheet.rows.push([]);
  const cells = sheet.rows[row - 1];
  while (cells.length < column - 1) cells.push({ value: '' });
  cells[column - 1] = cell;
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== undefined);
}

/** Neither content nor a number format: nothing to keep. */
export function isBlank(cell: Cell): boolean {
  return !hasContent(cell) && cell.numberFormat === undefined;
}

export function maxRowsOf(sheet: SheetModel): number {
  return sheet.maxRows ?? Math.max(DEFAULT_MAX_ROWS, sheet.rows.length);
}

export function maxColumnsOf(sheet: SheetModel): number {
  return sheet.maxColumns ?? Math.max(DEFAULT_MAX_COLUMNS, ...sheet.rows.map((cells) => cells.length));
}

export function lastContentRow(sheet: SheetModel): number {
  for (let r = sheet.rows.length; r > 0; r--) if (sheet.rows[r - 1].some(hasContent)) return r;
  return 0;
}

export function lastContentColumn(sheet: SheetModel): number {
  let last = 0;
  for (const cells of sheet.rows) {
    for (let c = cells.length; c > last; c--) {
      if (hasContent(cells[c - 1])) {
        last = c;
        break;
      }
    }
  }
  return last;
}
