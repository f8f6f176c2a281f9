/**
 * Edits to a workbook's grid as a person makes them in Google Sheets: inserting, deleting and moving
 * rows and columns, sorting rows, renaming and deleting tabs. The Sheet methods of the runtime do
 * their work here, and tests call these directly to stand for an operator editing the sheet.
 *
 * As in Sheets, developer metadata on a row or column moves with it (and is removed with it); a
 * protected range shifts, grows when lines are inserted inside it and shrinks when lines of it are
 * deleted; a sort carries row metadata with the row's values. Formulas are not rewritten.
 * Positions are 1-based; `before` is the position the new or moved lines start at, counted before
 * the edit (so `insertColumns(sheet, 1, 2)` inserts two columns at A, `moveColumns(sheet, 1, 1, 4)`
 * moves column A to just before what was column D).
 */
import type { Cell, CellValue, SheetModel, WorkbookModel } from './workbook';
import { cellAt, isBlank, lastContentRow, maxColumnsOf, maxRowsOf, putCell } from './grid';

export type Axis = 'row' | 'column';
/** Where the line (row or column) at an old position ends up; undefined when it is deleted. */
type Relocation = (position: number) => number | undefined;

export interface SortSpec {
  /** The sheet's column number. */
  column: number;
  ascending: boolean;
}

export function insertRows(sheet: SheetModel, before: number, count = 1): void {
  insertLines(sheet, 'row', before, count);
}

export function insertColumns(sheet: SheetModel, before: number, count = 1): void {
  insertLines(sheet, 'column', before, count);
}

export function deleteRows(sheet: SheetModel, first: number, count = 1): void {
  deleteLines(sheet, 'row', first, count);
}

export function deleteColumns(sheet: SheetModel, first: number, count = 1): void {
  deleteLines(sheet, 'column', first, count);
}

export function moveRows(sheet: SheetModel, first: number, count: number, before: number): void {
  moveLines(sheet, 'row', first, count, before);
}

export function moveColumns(sheet: SheetModel, first: number, count: number, before: number): void {
  moveLines(sheet, 'column', first, count, before);
}

/** Sorts the rows under the header rows (by default the frozen rows, as Sheets' "Sort sheet" does) by one column. */
export function sortRows(
  sheet: SheetModel,
  column: number,
  options: { ascending?: boolean; headerRows?: number } = {},
): void {
  const headerRows = options.headerRows ?? sheet.frozenRows;
  const numRows = lastContentRow(sheet) - headerRows;
  if (numRows < 1) return;
  const area = { row: headerRows + 1, column: 1, numRows, numColumns: maxColumnsOf(sheet) };
  sortRange(sheet, area, [{ column, ascending: options.ascending ?? true }]);
}

/**
 * Sorts the rows of an area by the given columns, as Range.sort does: numbers and dates first, then
 * text regardless of case, then booleans, blanks always last; ties keep their order.
 */
export function sortRange(
  sheet: SheetModel,
  area: { row: number; column: number; numRows: number; numColumns: number },
  specs: SortSpec[],
): void {
  const rows = Array.from({ length: area.numRows }, (_, r) => area.row + r);
  const sorted = [...rows].sort((a, b) => {
    for (const { column, ascending } of specs) {
      const order = compareForSort(
        cellAt(sheet, a, column)?.value ?? '',
        cellAt(sheet, b, column)?.value ?? '',
        ascending,
      );
      if (order !== 0) return order;
    }
    return 0;
  });
  const taken = rows.map((row) =>
    Array.from({ length: area.numColumns }, (_, c): Cell => cellAt(sheet, row, area.column + c) ?? { value: '' }),
  );
  sorted.forEach((from, k) =>
    taken[from - area.row].forEach((cell, c) => putCell(sheet, area.row + k, area.column + c, cell)),
  );
  const destination = new Map(sorted.map((from, k) => [from, area.row + k]));
  relocateMetadata(sheet, 'row', (row) => destination.get(row) ?? row);
}

export function renameSheet(workbook: WorkbookModel, sheet: SheetModel, name: string): void {
  checkNewSheetName(workbook, name, sheet);
  sheet.name = name;
}

/** Removes the tab with everything on it, its developer metadata and protections included. */
export function deleteSheet(workbook: WorkbookModel, sheet: SheetModel): void {
  if (workbook.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
  const index = workbook.sheets.indexOf(sheet);
  if (index < 0) throw new Error('Sheet not found');
  workbook.sheets.splice(index, 1);
}

/** Sheet names are unique regardless of case. */
export function checkNewSheetName(workbook: WorkbookModel, name: string, renamed?: SheetModel): void {
  const existing = workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  if (existing && existing !== renamed) {
    throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

function insertLines(sheet: SheetModel, axis: Axis, before: number, count: number): void {
  const size = sizeOf(sheet, axis);
  if (before < 1 || before > size + 1 || count < 1) throw outOfBounds(axis);
  relocate(sheet, axis, (position) => (position >= before ? position + count : position));
  setSize(sheet, axis, size + count);
}

function deleteLines(sheet: SheetModel, axis: Axis, first: number, count: number): void {
  const size = sizeOf(sheet, axis);
  const last = first + count - 1;
  if (first < 1 || count < 1 || last > size) throw outOfBounds(axis);
  const frozen = axis === 'row' ? sheet.frozenRows : 0;
  if (size - count <= frozen) throw new Error(`Sorry, it is not possible to delete all non-frozen ${axis}s.`);
  relocate(sheet, axis, (position) => {
    if (position < first) return position;
    return position > last ? position - count : undefined;
  });
  setSize(sheet, axis, size - count);
}

function moveLines(sheet: SheetModel, axis: Axis, first: number, count: number, before: number): void {
  const size = sizeOf(sheet, axis);
  const last = first + count - 1;
  if (first < 1 || count < 1 || last > size || before < 1 || before > size + 1) throw outOfBounds(axis);
  if (before >= first && before <= last + 1) return;
  relocate(sheet, axis, (position) => {
    if (position >= first && position <= last) return (before > last ? before - count : before) + position - first;
    if (before > last && position > last && position < before) return position - count;
    if (before < first && position >= before && position < first) return position + count;
    return position;
  });
  setSize(sheet, axis, size);
}

function relocate(sheet: SheetModel, axis: Axis, relocation: Relocation): void {
  if (axis === 'row')
    sheet.rows = rearranged(
      sheet.rows,
      relocation,
      (cells) => cells.every(isBlank),
      () => [],
    );
  else sheet.rows = sheet.rows.map((cells) => rearranged(cells, relocation, isBlank, () => ({ value: '' })));
  relocateMetadata(sheet, axis, relocation);
  relocateProtections(sheet, axis, relocation);
}

/** The lines at their new positions, gaps filled with blanks, without blank lines at the end. */
function rearranged<T>(lines: T[], relocation: Relocation, blank: (line: T) => boolean, empty: () => T): T[] {
  const result: T[] = [];
  lines.forEach((line, index) => {
    const to = relocation(index + 1);
    if (to !== undefined) result[to - 1] = line;
  });
  const filled = Array.from(result, (line) => line ?? empty());
  while (filled.length > 0 && blank(filled[filled.length - 1])) filled.pop();
  return filled;
}

function relocateMetadata(sheet: SheetModel, axis: Axis, relocation: Relocation): void {
  if (!sheet.developerMetadata) return;
  sheet.developerMetadata = sheet.developerMetadata.filter((metadata) => {
    const position = metadata[axis];
    if (position === undefined) return true;
    const to = relocation(position);
    if (to !== undefined) metadata[axis] = to;
    return to !== undefined;
  });
}

/** A protected range covers its lines' new positions (from the first to the last still there). */
function relocateProtections(sheet: SheetModel, axis: Axis, relocation: Relocation): void {
  if (!sheet.protections) return;
  sheet.protections = sheet.protections.filter(({ range }) => {
    if (!range) return true;
    const start = axis === 'row' ? range.row : range.column;
    const length = axis === 'row' ? range.numRows : range.numColumns;
    const kept = Array.from({ length }, (_, i) => relocation(start + i)).filter((to) => to !== undefined);
    if (kept.length === 0) return false;
    const newStart = Math.min(...kept);
    const newLength = Math.max(...kept) - newStart + 1;
    if (axis === 'row') Object.assign(range, { row: newStart, numRows: newLength });
    else Object.assign(range, { column: newStart, numColumns: newLength });
    return true;
  });
}

function compareForSort(a: CellValue, b: CellValue, ascending: boolean): number {
  const blankA = a === '';
  const blankB = b === '';
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  const rankA = sortRank(a);
  const rankB = sortRank(b);
  let order: number;
  if (rankA !== rankB) order = rankA - rankB;
  else if (typeof a === 'string' && typeof b === 'string') order = a.localeCompare(b, 'en', { sensitivity: 'base' });
  else order = Number(a) - Number(b);
  return ascending ? order : -order;
}

function sortRank(value: CellValue): number {
  if (typeof value === 'number' || value instanceof Date) return 0;
  return typeof value === 'string' ? 1 : 2;
}

function sizeOf(sheet: SheetModel, axis: Axis): number {
  return axis === 'row' ? maxRowsOf(sheet) : maxColumnsOf(sheet);
}

function setSize(sheet: SheetModel, axis: Axis, size: number): void {
  if (axis === 'row') sheet.maxRows = size;
  else sheet.maxColumns = size;
}

/** Apps Script's message for positions outside the grid. */
export function outOfBounds(axis: Axis): Error {
  return new Error(`Those ${axis}s are out of bounds.`);
}
