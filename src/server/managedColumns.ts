/**
 * The columns of a managed tab: each carries a marker naming its header, so a column the operator
 * inserts, moves or appends is theirs and keeps its values, and ours are found wherever they moved.
 * A managed column is found by marker, then (a tab from before markers) by its header text; one
 * that is gone is added after the last column.
 */
import type { SheetValue } from '../core/cells';
import { COLUMN_MARKER } from './ownership';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Header → 1-based sheet column, for every header of the contract. */
export type ColumnPositions = Map<string, number>;

export function markedColumns(sheet: Sheet): ColumnPositions {
  const positions: ColumnPositions = new Map();
  for (const marker of sheet.createDeveloperMetadataFinder().withKey(COLUMN_MARKER).find()) {
    const header = marker.getValue() ?? '';
    const column = marker.getLocation().getColumn()?.getColumn();
    if (header && column && !positions.has(header)) positions.set(header, column);
  }
  return positions;
}

/** Where each header's column is: by marker, else (a tab from before markers) by its header text. */
export function locateColumns(
  marked: ColumnPositions,
  headers: readonly string[],
  headerRow: readonly SheetValue[],
): ColumnPositions {
  const positions = new Map(marked);
  const taken = new Set(positions.values());
  for (const header of headers) {
    if (positions.has(header)) continue;
    const byHeader = headerRow.findIndex(
      (cell, i) => !taken.has(i + 1) && String(cell).trim().toLowerCase() === header.toLowerCase(),
    );
    if (byHeader < 0) continue;
    positions.set(header, byHeader + 1);
    taken.add(byHeader + 1);
  }
  return positions;
}

/**
 * A marked column for every header: what was found by header text gets its marker, and a header
 * with no column gets a new one after the last column in use (for a new tab, from column A).
 * `marked` and `headerRow` are the tab's as read this run (none for a new tab).
 */
export function ensureColumns(
  sheet: Sheet,
  headers: readonly string[],
  headerRow: readonly SheetValue[],
  marked: ColumnPositions,
): ColumnPositions {
  const positions = locateColumns(marked, headers, headerRow);
  let nextFree = Math.max(headerRow.length, ...positions.values(), 0) + 1;
  for (const header of headers) {
    if (marked.has(header)) continue;
    let column = positions.get(header);
    if (column === undefined) {
      column = nextFree++;
      if (column > sheet.getMaxColumns())
        sheet.insertColumnsAfter(sheet.getMaxColumns(), column - sheet.getMaxColumns());
      positions.set(header, column);
    }
    sheet.getRange(1, column, sheet.getMaxRows(), 1).addDeveloperMetadata(COLUMN_MARKER, header);
  }
  return positions;
}

/** A grid's rows in the contract's column order: `columns` holds each header's 0-based sheet column, -1 for none. */
function inContractOrder<T>(grid: readonly T[][], columns: readonly number[], blank: T): T[][] {
  return grid.map((row) => columns.map((c) => (c < 0 ? blank : (row[c] ?? blank))));
}

/**
 * A tab's values in the contract's column order, with where each column is (1-based), its columns
 * found by marker (else by header text, for a tab from before markers): what the add-on reads of its
 * own tabs wherever the operator moved their columns, a column of the operator's left out.
 */
export function inContractColumns(
  sheet: Sheet,
  headers: readonly string[],
  values: SheetValue[][],
): { values: SheetValue[][]; positions: ColumnPositions } {
  const positions = locateColumns(markedColumns(sheet), headers, values[0] ?? []);
  const columns = headers.map((header) => (positions.get(header) ?? 0) - 1);
  return { values: inContractOrder(values, columns, ''), positions };
}

/** A whole-tab read (values, formulas, formats) laid out in the contract's column order. */
export interface ManagedRead {
  values: SheetValue[][];
  formulas: string[][];
  formats: string[][];
  /** Whether the sheet row at this 0-based index has a cell in a column that is not ours (an operator's). */
  holdsOtherCells?: (row: number) => boolean;
}

export function readManaged(sheet: Sheet, headers: readonly string[], positions: ColumnPositions): ManagedRead {
  const rows = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (rows === 0 || width === 0) return { values: [], formulas: [], formats: [] };
  const range = sheet.getRange(1, 1, rows, width);
  const values = range.getValues() as SheetValue[][];
  const formulas = range.getFormulas();
  const formats = range.getNumberFormats();
  const columns = headers.map((header) => (positions.get(header) ?? 0) - 1);
  const relaid = <T>(grid: T[][], blank: T) => inContractOrder(grid, columns, blank);
  const laidOut = relaid(values, '');
  // Columns are known by marker: a header the operator retyped still names our column (a blank one is written).
  laidOut[0] = headers.map((header, i) => (laidOut[0][i] === '' ? '' : header));
  const ours = new Set(columns);
  const holdsOtherCells = (row: number) =>
    (values[row] ?? []).some((cell, c) => !ours.has(c) && (cell !== '' || formulas[row][c] !== ''));
  return { values: laidOut, formulas: relaid(formulas, ''), formats: relaid(formats, ''), holdsOtherCells };
}
