/**
 * What a seller does to the source tabs between two Organize runs, for the bench and the tests of
 * incremental writes: paste a few new order lines under the last, or correct scattered cells.
 */
import type { SheetModel, WorkbookModel } from '../runtime/workbook';
import { sheetNamed, valuesOf } from '../runtime/workbook';

/** The demo generator's US order export (scripts/demo/generate.ts). */
export const US_ORDERS_TAB = 'All orders US';

function column(sheet: SheetModel, header: string): number {
  const index = valuesOf(sheet)[0].indexOf(header);
  if (index < 0) throw new Error(`${sheet.name} has no "${header}" column.`);
  return index;
}

/**
 * Appends copies of the last `count` lines of the US order export as new orders (new Order IDs,
 * 18 digits like TikTok's); returns how many lines it appended.
 */
export function appendOrderLines(workbook: WorkbookModel, count: number): number {
  const sheet = sheetNamed(workbook, US_ORDERS_TAB);
  const id = column(sheet, 'Order ID');
  const copies = sheet.rows
    .slice(-count)
    .map((row, i) =>
      row.map((cell, c) => ({ value: c === id ? `579${String(i + 1).padStart(15, '0')}\t` : cell.value })),
    );
  sheet.rows.push(...copies);
  if (sheet.maxRows !== undefined && sheet.maxRows < sheet.rows.length) sheet.maxRows = sheet.rows.length;
  return copies.length;
}

/**
 * Adds one to the Quantity of `count` order lines spread evenly down the US export (rows whose
 * Quantity is a number: not the header, nor the description row under it); returns the 0-based
 * rows edited.
 */
export function editScatteredQuantities(workbook: WorkbookModel, count: number): number[] {
  const sheet = sheetNamed(workbook, US_ORDERS_TAB);
  const quantity = column(sheet, 'Quantity');
  const lines = sheet.rows.flatMap((row, r) => (r > 0 && typeof row[quantity]?.value === 'number' ? [r] : []));
  const step = Math.max(1, Math.floor(lines.length / count));
  const rows: number[] = [];
  for (let i = 0; i < lines.length && rows.length < count; i += step) {
    const r = lines[i];
    sheet.rows[r][quantity] = { value: (sheet.rows[r][quantity].value as number) + 1 };
    rows.push(r);
  }
  return rows;
}
