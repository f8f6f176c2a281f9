/** SpreadsheetApp's Sheet over a SheetModel. */
import { SERVICE } from './boundary';
import type { Implements } from './gasTypes';
import type { FakeSpreadsheet, WriteRecord } from './spreadsheet';
import type { SheetModel } from './workbook';
import { a1Of, parseA1 } from './a1';
import { enteredCell } from './cellInput';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import { lastContentColumn, lastContentRow, maxColumnsOf, maxRowsOf, putCell } from './grid';
import { FakeRange } from './range';
import { FakeRangeList } from './rangeList';
import type { FakeDeveloperMetadata } from './developerMetadata';
import { addMetadata, FakeDeveloperMetadataFinder, metadataOf } from './developerMetadata';
import type { FakeProtection } from './protection';
import { protectionsOf, protectSheet } from './protection';
import {
  deleteColumns,
  deleteRows,
  insertColumns,
  insertRows,
  moveColumns,
  moveRows,
  outOfBounds,
  renameSheet,
  sortRows,
} from './sheetEdits';
import type { Axis } from './sheetEdits';

type SheetMethods =
  | 'getName'
  | 'setName'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getDataRange'
  | 'getRange'
  | 'getRangeList'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'deleteRows'
  | 'deleteRow'
  | 'deleteColumns'
  | 'deleteColumn'
  | 'moveRows'
  | 'moveColumns'
  | 'sort'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'protect'
  | 'getProtections'
  | 'appendRow'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'setFrozenRows'
  | 'getFrozenRows'
  | 'autoResizeColumns'
  | 'autoResizeColumn'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setTabColor'
  | 'getCharts'
  | 'insertChart'
  | 'removeChart'
  | 'updateChart'
  | 'newChart'
  | 'activate'
  | 'hideSheet'
  | 'showSheet'
  | 'isSheetHidden'
  | 'getSheetId'
  | 'getIndex'
  | 'getParent';

export class FakeSheet implements Implements<GoogleAppsScript.Spreadsheet.Sheet, SheetMethods> {
  readonly [SERVICE] = 'Sheet';

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly model: SheetModel,
    readonly sheetId: number,
  ) {}

  getName(): string {
    return this.model.name;
  }

  setName(name: string): FakeSheet {
    renameSheet(this.spreadsheet.workbook, this.model, name);
    return this;
  }

  getLastRow(): number {
    return lastContentRow(this.model);
  }

  getLastColumn(): number {
    return lastContentColumn(this.model);
  }

  getMaxRows(): number {
    return maxRowsOf(this.model);
  }

  getMaxColumns(): number {
    return maxColumnsOf(this.model);
  }

  getDataRange(): FakeRange {
    return this.getRange(1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }

  /** `getRange(a1)` (another sheet's name in it is honoured) or `getRange(row, column, numRows?, numColumns?)`. */
  getRange(rowOrA1: number | string, column?: number, numRows = 1, numColumns = 1): FakeRange {
    if (typeof rowOrA1 === 'string') {
      const ref = parseA1(rowOrA1);
      const sheet = ref.sheetName === undefined ? this : this.spreadsheet.sheets.named(ref.sheetName);
      if (!sheet) throw new Error('Range not found');
      const endRow = ref.endRow ?? sheet.getMaxRows();
      const endColumn = ref.endColumn ?? sheet.getMaxColumns();
      return sheet.getRange(ref.row, ref.column, endRow - ref.row + 1, endColumn - ref.column + 1);
    }
    const row = rowOrA1;
    if (column === undefined)
      throw new Error("The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.getRange.");
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (column < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.getMaxRows() || column + numColumns - 1 > this.getMaxColumns()) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, row, column, numRows, numColumns);
  }

  /** Ranges of this sheet in A1 notation ('B2', 'C5:C9'); Apps Script refuses an empty list. */
  getRangeList(a1Notations: string[]): FakeRangeList {
    if (a1Notations.length === 0)
      throw new Error("The parameters () don't match the method signature for SpreadsheetApp.Sheet.getRangeList.");
    return new FakeRangeList(
      a1Notations.map((a1) => {
        if (a1.includes('!')) throw new Error(`Range not found: ${a1} (a RangeList is of one sheet)`);
        return this.getRange(a1);
      }),
    );
  }

  // Rows and columns move as an operator's edits move them (sheetEdits), metadata and protections with them.
  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    insertRows(this.model, positionAfter(afterPosition, 'row'), howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    insertRows(this.model, beforePosition, howMany);
    return this;
  }

  insertRowAfter(afterPosition: number): FakeSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): FakeSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    insertRows(this.model, rowIndex, numRows);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    insertColumns(this.model, positionAfter(afterPosition, 'column'), howMany);
    return this;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): FakeSheet {
    insertColumns(this.model, beforePosition, howMany);
    return this;
  }

  insertColumnAfter(afterPosition: number): FakeSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): FakeSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    insertColumns(this.model, columnIndex, numColumns);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    deleteRows(this.model, rowPosition, howMany);
  }

  deleteRow(rowPosition: number): FakeSheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    deleteColumns(this.model, columnPosition, howMany);
  }

  deleteColumn(columnPosition: number): FakeSheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  /** Moves every row the range spans to before `destinationIndex` (a position before the move). */
  moveRows(rowSpec: FakeRange, destinationIndex: number): void {
    moveRows(this.#own(rowSpec).model, rowSpec.row, rowSpec.numRows, destinationIndex);
  }

  /** Moves every column the range spans to before `destinationIndex` (a position before the move). */
  moveColumns(columnSpec: FakeRange, destinationIndex: number): void {
    moveColumns(this.#own(columnSpec).model, columnSpec.column, columnSpec.numColumns, destinationIndex);
  }

  /** Sorts the rows below the frozen rows by a column. */
  sort(columnPosition: number, ascending = true): FakeSheet {
    sortRows(this.model, columnPosition, { ascending });
    return this;
  }

  addDeveloperMetadata(...args: [key: string, value?: string, visibility?: DeveloperMetadataVisibility]): FakeSheet {
    addMetadata(this.spreadsheet, this.model, 'Sheet.addDeveloperMetadata', args);
    return this;
  }

  /** The metadata on the sheet itself (not on its rows and columns). */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    const own = (this.model.developerMetadata ?? []).filter(
      (metadata) => metadata.row === undefined && metadata.column === undefined,
    );
    return metadataOf(this.spreadsheet, own);
  }

  /** Finds metadata on the sheet and on its rows and columns. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.spreadsheet, { sheet: this });
  }

  protect(): FakeProtection {
    return protectSheet(this);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    return protectionsOf(this, type, 'Sheet.getProtections');
  }

  /** Writes after the last row with content, adding a row to the grid when it is full. */
  appendRow(rowContents: unknown[]): FakeSheet {
    const row = this.getLastRow() + 1;
    if (row > this.getMaxRows()) this.model.maxRows = row;
    if (rowContents.length > this.getMaxColumns()) this.model.maxColumns = rowContents.length;
    const timeZone = this.spreadsheet.getSpreadsheetTimeZone();
    rowContents.forEach((value, c) => putCell(this.model, row, c + 1, enteredCell(value, undefined, timeZone)));
    this.#logWrite('appendRow', 'values', row, rowContents.length);
    return this;
  }

  clear(): FakeSheet {
    this.#logWrite('clear', 'clear', 1, this.getMaxColumns(), this.getMaxRows());
    this.model.maxRows = this.getMaxRows();
    this.model.maxColumns = this.getMaxColumns();
    this.model.rows = [];
    return this;
  }

  clearContents(): FakeSheet {
    this.getRange(1, 1, this.getMaxRows(), this.getMaxColumns()).clearContent();
    return this;
  }

  clearFormats(): FakeSheet {
    this.getRange(1, 1, this.getMaxRows(), this.getMaxColumns()).clearFormat();
    return this;
  }

  #logWrite(method: string, kind: WriteRecord['kind'], row: number, numColumns: number, numRows = 1): void {
    this.spreadsheet.writes.push({
      sheet: this.getName(),
      a1: a1Of(row, 1, row + numRows - 1, Math.max(1, numColumns)),
      method,
      kind,
      row,
      column: 1,
      numRows,
      numColumns,
      cells: numRows * numColumns,
    });
  }

  setFrozenRows(rows: number): void {
    this.model.frozenRows = rows;
  }

  getFrozenRows(): number {
    return this.model.frozenRows;
  }

  // Column sizing and tab colour are accepted (and counted by the runtime) but not modelled.
  autoResizeColumns(): FakeSheet {
    return this;
  }
  autoResizeColumn(): FakeSheet {
    return this;
  }
  setColumnWidth(): FakeSheet {
    return this;
  }
  setColumnWidths(): FakeSheet {
    return this;
  }
  setTabColor(): FakeSheet {
    return this;
  }

  getCharts(): FakeEmbeddedChart[] {
    return (this.model.charts ?? []).map((chart) => new FakeEmbeddedChart(this.spreadsheet, chart));
  }

  insertChart(chart: FakeEmbeddedChart): void {
    (this.model.charts ??= []).push(chart.model);
  }

  removeChart(chart: FakeEmbeddedChart): void {
    this.model.charts = (this.model.charts ?? []).filter((existing) => existing.chartId !== chart.model.chartId);
  }

  updateChart(chart: FakeEmbeddedChart): void {
    this.model.charts = (this.model.charts ?? []).map((existing) =>
      existing.chartId === chart.model.chartId ? chart.model : existing,
    );
  }

  newChart(): FakeEmbeddedChartBuilder {
    return new FakeEmbeddedChartBuilder(this.spreadsheet);
  }

  activate(): FakeSheet {
    this.spreadsheet.setActiveSheet(this);
    return this;
  }

  hideSheet(): FakeSheet {
    const visible = this.spreadsheet.getSheets().filter((sheet) => !sheet.isSheetHidden());
    if (visible.length === 1 && visible[0].model === this.model)
      throw new Error("You can't hide all the sheets in a document.");
    this.model.hidden = true;
    return this;
  }

  showSheet(): FakeSheet {
    this.model.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    return this.model.hidden === true;
  }

  getSheetId(): number {
    return this.sheetId;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.spreadsheet.sheets.models().indexOf(this.model) + 1;
  }

  getParent(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  #own(range: FakeRange): FakeSheet {
    if (range.sheet !== this) throw new Error('The range must be on this sheet.');
    return this;
  }
}

type DeveloperMetadataVisibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

/** Where lines inserted after a position start; there is nothing to insert after before the first line. */
function positionAfter(afterPosition: number, axis: Axis): number {
  if (afterPosition < 1) throw outOfBounds(axis);
  return afterPosition + 1;
}
