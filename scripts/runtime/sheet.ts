/** SpreadsheetApp's Sheet over a SheetModel. */
import { SERVICE } from './boundary';
import type { Implements } from './gasTypes';
import type { FakeSpreadsheet } from './spreadsheet';
import type { SheetModel } from './workbook';
import { parseA1 } from './a1';
import { enteredCell } from './cellInput';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder } from './charts';
import { lastContentColumn, lastContentRow, maxColumnsOf, maxRowsOf, putCell } from './grid';
import { FakeRange } from './range';

type SheetMethods =
  | 'getName'
  | 'setName'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getMaxRows'
  | 'getMaxColumns'
  | 'getDataRange'
  | 'getRange'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'insertColumnsAfter'
  | 'deleteRows'
  | 'deleteRow'
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
    this.spreadsheet.sheets.checkNewName(name, this.model);
    this.model.name = name;
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

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    if (afterPosition < 1 || afterPosition > this.getMaxRows()) throw new Error('Those rows are out of bounds.');
    const maxRows = this.getMaxRows();
    if (afterPosition < this.model.rows.length)
      this.model.rows.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => []));
    this.model.maxRows = maxRows + howMany;
    return this;
  }

  /** Shifts cells right of the position, as Sheets does (formulas are not rewritten, as for rows). */
  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    if (afterPosition < 1 || afterPosition > this.getMaxColumns()) throw new Error('Those columns are out of bounds.');
    const maxColumns = this.getMaxColumns();
    for (const row of this.model.rows) {
      if (afterPosition < row.length)
        row.splice(afterPosition, 0, ...Array.from({ length: howMany }, () => ({ value: '' })));
    }
    this.model.maxColumns = maxColumns + howMany;
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    if (beforePosition === 1) {
      const maxRows = this.getMaxRows();
      this.model.rows.unshift(...Array.from({ length: howMany }, () => []));
      this.model.maxRows = maxRows + howMany;
      return this;
    }
    return this.insertRowsAfter(beforePosition - 1, howMany);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const maxRows = this.getMaxRows();
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > maxRows)
      throw new Error('Those rows are out of bounds.');
    if (maxRows - howMany <= this.model.frozenRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    this.model.rows.splice(rowPosition - 1, howMany);
    this.model.maxRows = maxRows - howMany;
  }

  deleteRow(rowPosition: number): FakeSheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }

  /** Writes after the last row with content, adding a row to the grid when it is full. */
  appendRow(rowContents: unknown[]): FakeSheet {
    const row = this.getLastRow() + 1;
    if (row > this.getMaxRows()) this.model.maxRows = row;
    if (rowContents.length > this.getMaxColumns()) this.model.maxColumns = rowContents.length;
    const timeZone = this.spreadsheet.getSpreadsheetTimeZone();
    rowContents.forEach((value, c) => putCell(this.model, row, c + 1, enteredCell(value, undefined, timeZone)));
    return this;
  }

  clear(): FakeSheet {
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
}
