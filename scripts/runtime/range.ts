/** SpreadsheetApp's Range over a rectangle of a SheetModel. */
import { SERVICE } from './boundary';
import type { Implements } from './gasTypes';
import type { FakeSheet } from './sheet';
import type { ReadRecord, WriteRecord } from './spreadsheet';
import type { Cell, CellValue } from './workbook';
import { a1Of } from './a1';
import { enteredCell } from './cellInput';
import { cellAt, dropSpill, hasContent, putCell } from './grid';
import { AUTOMATIC_FORMAT, displayValue } from './numberFormat';
import type { FakeDeveloperMetadata } from './developerMetadata';
import {
  addMetadata,
  ARBITRARY_RANGE,
  FakeDeveloperMetadataFinder,
  lineOf,
  metadataOf,
  metadataOnLine,
} from './developerMetadata';
import type { FakeProtection } from './protection';
import { protectRange } from './protection';
import type { SortSpec } from './sheetEdits';
import { sortRange } from './sheetEdits';

type RangeMethods =
  | 'getValues'
  | 'getValue'
  | 'setValues'
  | 'setValue'
  | 'getDisplayValues'
  | 'getDisplayValue'
  | 'getFormulas'
  | 'getFormula'
  | 'setFormulas'
  | 'setFormula'
  | 'getNumberFormats'
  | 'getNumberFormat'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'clear'
  | 'clearContent'
  | 'clearFormat'
  | 'isBlank'
  | 'getNumRows'
  | 'getNumColumns'
  | 'getRow'
  | 'getColumn'
  | 'getLastRow'
  | 'getLastColumn'
  | 'getA1Notation'
  | 'getSheet'
  | 'offset'
  | 'getCell'
  | 'activate'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setFontColor'
  | 'setFontSize'
  | 'setFontStyle'
  | 'setWrap'
  | 'setHorizontalAlignment'
  | 'setVerticalAlignment'
  | 'setBorder'
  | 'setNote'
  | 'sort'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'protect';

export class FakeRange implements Implements<GoogleAppsScript.Spreadsheet.Range, RangeMethods> {
  readonly [SERVICE] = 'Range';

  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  getValues(): CellValue[][] {
    this.#logRead('getValues');
    return this.#mapCells((cell) => copyValue(cell?.value ?? ''));
  }

  getValue(): CellValue {
    return this.getCell(1, 1).getValues()[0][0];
  }

  setValues(values: unknown[][]): FakeRange {
    return this.#enterValues(values, 'setValues');
  }

  setValue(value: unknown): FakeRange {
    return this.#enterValues(
      this.#mapCells(() => value),
      'setValue',
    );
  }

  getDisplayValues(): string[][] {
    this.#logRead('getDisplayValues');
    const timeZone = this.#timeZone();
    return this.#mapCells((cell) => (cell ? displayValue(cell.value, cell.numberFormat, timeZone) : ''));
  }

  getDisplayValue(): string {
    return this.getCell(1, 1).getDisplayValues()[0][0];
  }

  getFormulas(): string[][] {
    this.#logRead('getFormulas');
    return this.#mapCells((cell) => cell?.formula ?? '');
  }

  getFormula(): string {
    return this.getCell(1, 1).getFormulas()[0][0];
  }

  setFormulas(formulas: string[][]): FakeRange {
    return this.#enterFormulas(formulas, 'setFormulas');
  }

  setFormula(formula: string): FakeRange {
    return this.#enterFormulas(
      this.#mapCells(() => formula),
      'setFormula',
    );
  }

  #enterFormulas(formulas: unknown[][], method: string): FakeRange {
    this.#checkShape(formulas, method);
    this.#logWrite(method, 'values');
    const timeZone = this.#timeZone();
    this.#writeCells(formulas, (formula, cell) =>
      typeof formula === 'string' && formula.startsWith('=')
        ? withFormat({ value: '', formula }, cell?.numberFormat)
        : enteredCell(formula, cell?.numberFormat, timeZone),
    );
    return this;
  }

  getNumberFormats(): string[][] {
    this.#logRead('getNumberFormats');
    return this.#mapCells((cell) => cell?.numberFormat ?? AUTOMATIC_FORMAT);
  }

  getNumberFormat(): string {
    return this.getCell(1, 1).getNumberFormats()[0][0];
  }

  setNumberFormat(numberFormat: string): FakeRange {
    return this.#enterFormats(
      this.#mapCells(() => numberFormat),
      'setNumberFormat',
    );
  }

  setNumberFormats(numberFormats: unknown[][]): FakeRange {
    return this.#enterFormats(numberFormats, 'setNumberFormats');
  }

  #enterFormats(numberFormats: unknown[][], method: string): FakeRange {
    this.#checkShape(numberFormats, method);
    this.#logWrite(method, 'formats');
    this.#writeCells(numberFormats, (numberFormat, cell) =>
      withFormat({ ...(cell ?? { value: '' }) }, String(numberFormat)),
    );
    return this;
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): FakeRange {
    if (options?.formatOnly) return this.clearFormat();
    this.#logWrite(options?.contentsOnly ? 'clearContent' : 'clear', 'clear');
    this.#writeCells(
      this.#mapCells(() => null),
      (_, cell) => (options?.contentsOnly ? withFormat({ value: '' }, cell?.numberFormat) : { value: '' }),
    );
    return this;
  }

  clearContent(): FakeRange {
    return this.clear({ contentsOnly: true });
  }

  clearFormat(): FakeRange {
    this.#logWrite('clearFormat', 'formats');
    this.#writeCells(
      this.#mapCells(() => null),
      (_, cell) => {
        const unformatted = { ...(cell ?? { value: '' }) };
        delete unformatted.numberFormat;
        return unformatted;
      },
    );
    return this;
  }

  isBlank(): boolean {
    return this.#mapCells((cell) => hasContent(cell)).every((row) => row.every((filled) => !filled));
  }

  getNumRows(): number {
    return this.numRows;
  }

  getNumColumns(): number {
    return this.numColumns;
  }

  getRow(): number {
    return this.row;
  }

  getColumn(): number {
    return this.column;
  }

  getLastRow(): number {
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }

  getA1Notation(): string {
    return a1Of(this.row, this.column, this.getLastRow(), this.getLastColumn());
  }

  getSheet(): FakeSheet {
    return this.sheet;
  }

  offset(rowOffset: number, columnOffset: number, numRows = this.numRows, numColumns = this.numColumns): FakeRange {
    return this.sheet.getRange(this.row + rowOffset, this.column + columnOffset, numRows, numColumns);
  }

  getCell(row: number, column: number): FakeRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw new Error('Cell reference out of range');
    }
    return this.sheet.getRange(this.row + row - 1, this.column + column - 1);
  }

  activate(): FakeRange {
    return this.sheet.spreadsheet.setActiveRange(this);
  }

  // Formatting is accepted (and counted by the runtime) but not modelled.
  setFontWeight(): FakeRange {
    return this;
  }
  setFontWeights(): FakeRange {
    return this;
  }
  setBackground(): FakeRange {
    return this;
  }
  setBackgrounds(): FakeRange {
    return this;
  }
  setFontColor(): FakeRange {
    return this;
  }
  setFontSize(): FakeRange {
    return this;
  }
  setFontStyle(): FakeRange {
    return this;
  }
  setWrap(): FakeRange {
    return this;
  }
  setHorizontalAlignment(): FakeRange {
    return this;
  }
  setVerticalAlignment(): FakeRange {
    return this;
  }
  setBorder(): FakeRange {
    return this;
  }
  setNote(): FakeRange {
    return this;
  }

  /**
   * Sorts the range's rows: `sort(2)`, `sort({column: 2, ascending: false})` or an array of those,
   * with the sheet's column numbers. Row metadata of the sorted rows moves with their values.
   */
  sort(sortSpecObj: unknown): FakeRange {
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((spec) => this.#sortSpec(spec));
    sortRange(this.sheet.model, this, specs);
    return this;
  }

  /** Only on one whole row or column, as Apps Script allows. */
  addDeveloperMetadata(
    ...args: [key: string, value?: string, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility]
  ): FakeRange {
    const line = lineOf(this);
    if (!line) throw new Error(ARBITRARY_RANGE);
    addMetadata(this.sheet.spreadsheet, this.sheet.model, 'Range.addDeveloperMetadata', args, line);
    return this;
  }

  /** The metadata on exactly this row or column. */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return metadataOf(this.sheet.spreadsheet, metadataOnLine(this));
  }

  /** Finds metadata on the rows and columns wholly inside the range (or, onIntersectingLocations, crossing it). */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this.sheet.spreadsheet, { range: this });
  }

  protect(): FakeProtection {
    return protectRange(this);
  }

  #sortSpec(spec: unknown): SortSpec {
    const { column, ascending } =
      typeof spec === 'number' ? { column: spec, ascending: true } : ((spec ?? {}) as Partial<SortSpec>);
    if (typeof column !== 'number' || column < this.column || column > this.getLastColumn()) {
      throw new Error(`The sort column ${String(column)} must be within the range ${this.getA1Notation()}.`);
    }
    return { column, ascending: ascending ?? true };
  }

  #enterValues(values: unknown[][], method: string): FakeRange {
    this.#checkShape(values, method);
    this.#logWrite(method, 'values');
    const timeZone = this.#timeZone();
    this.#writeCells(values, (input, cell) => enteredCell(input, cell?.numberFormat, timeZone));
    return this;
  }

  #logRead(method: ReadRecord['method']): void {
    const { numRows, numColumns } = this;
    this.sheet.spreadsheet.reads.push({
      sheet: this.sheet.getName(),
      method,
      numRows,
      numColumns,
      cells: numRows * numColumns,
    });
  }

  #logWrite(method: string, kind: WriteRecord['kind']): void {
    this.sheet.spreadsheet.writes.push({
      sheet: this.sheet.getName(),
      a1: this.getA1Notation(),
      method,
      kind,
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
      cells: this.numRows * this.numColumns,
    });
  }

  #timeZone(): string {
    return this.sheet.spreadsheet.getSpreadsheetTimeZone();
  }

  #mapCells<T>(map: (cell: Cell | undefined) => T): T[][] {
    const model = this.sheet.model;
    return Array.from({ length: this.numRows }, (_, r) =>
      Array.from({ length: this.numColumns }, (_, c) => map(cellAt(model, this.row + r, this.column + c))),
    );
  }

  /** Every cell is made before any is written: a value Sheets refuses fails the whole write. */
  #writeCells<T>(data: T[][], toCell: (input: T, current: Cell | undefined) => Cell): void {
    const model = this.sheet.model;
    const cells = data.map((values, r) =>
      values.map((input, c) => toCell(input, cellAt(model, this.row + r, this.column + c))),
    );
    cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        // An array formula whose cell gets new contents takes its spilled values with it.
        if (!cell.spill) dropSpill(model, this.row + r, this.column + c);
        putCell(model, this.row + r, this.column + c, cell);
      }),
    );
  }

  /** Apps Script's own messages for data that does not fit the range. */
  #checkShape(data: unknown, method: string): asserts data is unknown[][] {
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
      throw new Error(
        `The parameters (${typeof data}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    if (data.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    const badRow = data.find((row) => row.length !== this.numColumns);
    if (badRow) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${badRow.length} but the range has ${this.numColumns}.`,
      );
    }
  }
}

function copyValue(value: CellValue): CellValue {
  return value instanceof Date ? new Date(value.getTime()) : value;
}

function withFormat(cell: Cell, numberFormat: string | undefined): Cell {
  if (numberFormat !== undefined) cell.numberFormat = numberFormat;
  return cell;
}
