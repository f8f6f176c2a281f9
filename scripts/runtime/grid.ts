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

/** The cells the array formula at (row, column) spilled into, as Sheets drops them when its result changes or it is overwritten. */
export function dropSpill(
  sheet: SheetModel,
  row: number,
  column: number,
): { rows: number; columns: number } | undefined {
  const anchor = cellAt(sheet, row, column);
  const spill = anchor?.spill;
  if (!anchor || !spill) return undefined;
  delete anchor.spill;
  for (let r = 0; r < spill.rows; r++)
    for (let c = 0; c < spill.columns; c++) {
      const cell = cellAt(sheet, row + r, column + c);
      // A cell typed over a spilled one is content: it stays (and blocks the next result).
      if ((r > 0 || c > 0) && cell?.spilled) putCell(sheet, row + r, column + c, withoutContent(cell));
    }
  return spill;
}

/** Marks the cells of each array formula's area as spilled (a workbook read back from a file). */
export function markSpills(sheet: SheetModel): void {
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!cell.spill) return;
      for (let dr = 0; dr < cell.spill.rows; dr++)
        for (let dc = 0; dc < cell.spill.columns; dc++) {
          const inside = cellAt(sheet, r + 1 + dr, c + 1 + dc);
          if ((dr > 0 || dc > 0) && inside && !inside.formula) inside.spilled = true;
        }
    }),
  );
}

function withoutContent(cell: Cell): Cell {
  return cell.numberFormat === undefined ? { value: '' } : { value: '', numberFormat: cell.numberFormat };
}
