/**
 * Batch reads and writes of whole tabs: one getValues per tab read, a constant number of calls
 * per tab written, whatever the row count.
 */
import { toCellInput } from '../core/cells';
import type { OutputCell, SheetValue } from '../core/cells';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function readValues(sheet: Sheet): SheetValue[][] {
  if (sheet.getLastRow() === 0) return [];
  return sheet.getDataRange().getValues() as SheetValue[][];
}

export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Writes rows from sheet row `row` down in columns 1..; the sheet must be big enough (ensureSize). */
export function writeRows(sheet: Sheet, row: number, rows: readonly OutputCell[][]): void {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((r) => r.length));
  sheet
    .getRange(row, 1, rows.length, width)
    .setValues(rows.map((r) => Array.from({ length: width }, (_, c) => toCellInput(r[c] ?? ''))));
}

export interface TabWrite {
  headers: readonly string[];
  rows: readonly OutputCell[][];
  /** Per-cell number formats of the data rows; or one format list for every row. */
  formats?: readonly (readonly string[])[];
  /** Clears what is below the written rows (for tabs rewritten whole, like Import issues). */
  clearBelow?: boolean;
}

/** Writes the header and data rows into columns 1..headers.length; other columns are not touched. */
export function writeTab(sheet: Sheet, tab: TabWrite): void {
  const width = tab.headers.length;
  const height = tab.rows.length + 1;
  ensureSize(sheet, height, width);
  if (tab.clearBelow) {
    const lastRow = sheet.getLastRow();
    if (lastRow > height) sheet.getRange(height + 1, 1, lastRow - height, width).clearContent();
  }
  const range = sheet.getRange(1, 1, height, width);
  if (tab.formats) range.setNumberFormats([tab.headers.map(() => '@'), ...tab.formats.map((f) => f.slice(0, width))]);
  range.setValues([tab.headers.slice(), ...tab.rows.map((row) => row.map(toCellInput))]);
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
}
