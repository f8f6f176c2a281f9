/**
 * The in-memory workbook the local runtime works on and the .xlsx reader/writer fill.
 * An empty cell holds the value '' (as Apps Script's getValues returns it).
 */

export type CellValue = string | number | boolean | Date;

export interface Cell {
  value: CellValue;
  /** A formula such as `=SUM(A1:A3)`; `value` then holds the last computed result. */
  formula?: string;
  /** A Sheets number format such as `@` (plain text), `0.00%`, `yyyy-mm-dd`. */
  numberFormat?: string;
  /** On a formula cell whose result is an array: the size of the area its values spilled into. */
  spill?: { rows: number; columns: number };
  /** A value an array formula spilled here: no content of its own, gone with the formula's next result. */
  spilled?: true;
  /** The cell shows an error (`value` holds its code, such as `#N/A`); a string that merely reads `#N/A` is text. */
  error?: true;
}

export interface SheetModel {
  name: string;
  /** Rows of cells; rows may be ragged and shorter than the sheet's used width. */
  rows: Cell[][];
  frozenRows: number;
  /** The grid size; when absent, the data's size but at least 1000 rows and 26 columns (a new Google sheet). */
  maxRows?: number;
  maxColumns?: number;
  hidden?: boolean;
  charts?: ChartModel[];
  /** Developer metadata on this sheet and on its rows and columns (it moves with them). */
  developerMetadata?: SheetMetadataModel[];
  protections?: ProtectionModel[];
}

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

/** Apps Script's DeveloperMetadata: a key and an optional value, with an id unique in the spreadsheet. */
export interface DeveloperMetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
}

/** Metadata held by a sheet: on one row or one column (1-based), or, with neither, on the sheet itself. */
export interface SheetMetadataModel extends DeveloperMetadataModel {
  row?: number;
  column?: number;
}

/** A protected range, or without `range` the whole sheet (Protection of type SHEET). */
export interface ProtectionModel {
  range?: { row: number; column: number; numRows: number; numColumns: number };
  description: string;
  warningOnly: boolean;
}

/** An embedded chart as EmbeddedChartBuilder made it. */
export interface ChartModel {
  chartId: number;
  /** A `Charts.ChartType` name: `BAR`, `COLUMN`, `LINE`, `PIE`, ... */
  type: string;
  /** Source ranges in A1 notation with the sheet name, e.g. `Profit!A1:B10`. */
  ranges: string[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export interface WorkbookModel {
  /** An IANA time zone, e.g. `America/Los_Angeles`: the spreadsheet's time zone. */
  timeZone: string;
  sheets: SheetModel[];
  /** Developer metadata on the spreadsheet itself. */
  developerMetadata?: DeveloperMetadataModel[];
  /** The highest developer metadata id handed out: like Sheets, the runtime never gives an id twice. */
  lastDeveloperMetadataId?: number;
}

/** Strings shorter than this are never held as parts (V8's minimum length of a concatenation). */
const SHORTEST_JOINED_STRING = 13;

/**
 * A value as a spreadsheet holds it. V8 keeps a string built by concatenation (the demo's IDs and
 * dates) as a tree of parts and joins them when the string is first read; a string getValues
 * returns was just decoded, in one piece. Held in one piece here, the joining is not charged to
 * the add-on code that first reads the cell.
 */
function storedValue(value: CellValue): CellValue {
  return typeof value === 'string' && value.length >= SHORTEST_JOINED_STRING
    ? (JSON.parse(JSON.stringify(value)) as string)
    : value;
}

/** Builds a sheet from plain values (first row usually the header row). */
export function sheetFromValues(name: string, values: CellValue[][], frozenRows = 0): SheetModel {
  return { name, frozenRows, rows: values.map((row) => row.map((value) => ({ value: storedValue(value) }))) };
}

/** The tab called exactly `name`, or undefined. */
export function findSheet(workbook: WorkbookModel, name: string): SheetModel | undefined {
  return workbook.sheets.find((sheet) => sheet.name === name);
}

/** The tab called exactly `name`; throws naming it when there is none. */
export function sheetNamed(workbook: WorkbookModel, name: string): SheetModel {
  const sheet = findSheet(workbook, name);
  if (!sheet) throw new Error(`There is no tab named "${name}".`);
  return sheet;
}

/** The sheet's values as a rectangle padded with ''. */
export function valuesOf(sheet: SheetModel): CellValue[][] {
  const width = Math.max(0, ...sheet.rows.map((row) => row.length));
  return sheet.rows.map((row) => Array.from({ length: width }, (_, c) => (row[c] ? row[c].value : '')));
}
