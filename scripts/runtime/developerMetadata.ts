/**
 * SpreadsheetApp's developer metadata over the workbook model: DeveloperMetadata,
 * DeveloperMetadataFinder and DeveloperMetadataLocation. Metadata lives on the spreadsheet
 * (WorkbookModel.developerMetadata) or on a sheet (SheetModel.developerMetadata), there on the
 * sheet itself or on one whole row or column, so it goes wherever sheetEdits moves its sheet, row
 * or column. Ids are unique in the spreadsheet, handed out in order and never twice.
 */
import { SERVICE } from './boundary';
import type { Implements } from './gasTypes';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import type { DeveloperMetadataModel, MetadataVisibility, SheetMetadataModel, SheetModel } from './workbook';
import { maxColumnsOf, maxRowsOf } from './grid';

type LocationType = 'SPREADSHEET' | 'SHEET' | 'ROW' | 'COLUMN';
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;
type DeveloperMetadataLocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;

const VISIBILITIES: readonly string[] = ['DOCUMENT', 'PROJECT'] satisfies MetadataVisibility[];
const LOCATION_TYPES: readonly string[] = ['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'] satisfies LocationType[];

/** Apps Script's message for metadata on anything but the spreadsheet, a sheet or one whole row or column. */
export const ARBITRARY_RANGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

/** A whole row or a whole column of a sheet; what row and column metadata is attached to. */
export type Line = { row: number } | { column: number };

/** The one row or column the range spans entirely, if it is one. */
export function lineOf(range: FakeRange): Line | undefined {
  const model = range.sheet.model;
  if (range.numColumns === 1 && range.row === 1 && range.numRows === maxRowsOf(model)) return { column: range.column };
  if (range.numRows === 1 && range.column === 1 && range.numColumns === maxColumnsOf(model)) return { row: range.row };
  return undefined;
}

/**
 * Adds metadata as `addDeveloperMetadata(key)`, `(key, visibility)`, `(key, value)` or `(key, value, visibility)`.
 * The runtime's enums are their names, so a two-argument call whose second argument is `DOCUMENT` or
 * `PROJECT` is read as a visibility.
 */
export function addMetadata(
  spreadsheet: FakeSpreadsheet,
  holder: { developerMetadata?: SheetMetadataModel[] },
  method: string,
  args: unknown[],
  line?: Line,
): void {
  const [key, second, third] = args;
  const visibilityOnly = args.length === 2 && typeof second === 'string' && VISIBILITIES.includes(second);
  const value = args.length >= 2 && !visibilityOnly ? second : null;
  const visibility = visibilityOnly ? second : args.length === 3 ? third : 'DOCUMENT';
  if (
    typeof key !== 'string' ||
    (value !== null && typeof value !== 'string') ||
    typeof visibility !== 'string' ||
    !VISIBILITIES.includes(visibility) ||
    args.length > 3
  ) {
    throw signatureMismatch(args, method);
  }
  const metadata: SheetMetadataModel = {
    id: nextMetadataId(spreadsheet),
    key,
    value,
    visibility: visibility as MetadataVisibility,
    ...line,
  };
  (holder.developerMetadata ??= []).push(metadata);
}

export function metadataOf(spreadsheet: FakeSpreadsheet, records: DeveloperMetadataModel[]): FakeDeveloperMetadata[] {
  return records.map((record) => new FakeDeveloperMetadata(spreadsheet, record));
}

/** The metadata on exactly this row or column. */
export function metadataOnLine(range: FakeRange): SheetMetadataModel[] {
  const line = lineOf(range);
  if (!line) return [];
  return (range.sheet.model.developerMetadata ?? []).filter((metadata) =>
    'row' in line ? metadata.row === line.row : metadata.column === line.column,
  );
}

/** Where a finder looks: the whole spreadsheet, one sheet with its rows and columns, or the rows and columns of a range. */
export type FinderScope = { spreadsheet: FakeSpreadsheet } | { sheet: FakeSheet } | { range: FakeRange };

interface Placed {
  record: SheetMetadataModel;
  /** The sheet holding it; none for spreadsheet metadata. */
  sheet?: SheetModel;
}

type FinderMethods =
  'find' | 'onIntersectingLocations' | 'withId' | 'withKey' | 'withLocationType' | 'withValue' | 'withVisibility';

export class FakeDeveloperMetadataFinder implements Implements<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder,
  FinderMethods
> {
  readonly [SERVICE] = 'DeveloperMetadataFinder';
  private readonly tests: ((placed: Placed) => boolean)[] = [];
  private intersecting = false;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly scope: FinderScope,
  ) {}

  find(): FakeDeveloperMetadata[] {
    const found = placedMetadata(this.spreadsheet)
      .filter((placed) => this.inScope(placed) && this.tests.every((test) => test(placed)))
      .map(({ record }) => record)
      .sort((a, b) => a.id - b.id);
    return metadataOf(this.spreadsheet, found);
  }

  /** Only a range's finder looks at intersecting locations: then a row or column crossing the range is found too. */
  onIntersectingLocations(): FakeDeveloperMetadataFinder {
    this.intersecting = true;
    return this;
  }

  withId(id: number): FakeDeveloperMetadataFinder {
    return this.where(({ record }) => record.id === id);
  }

  withKey(key: string): FakeDeveloperMetadataFinder {
    return this.where(({ record }) => record.key === key);
  }

  withValue(value: string): FakeDeveloperMetadataFinder {
    return this.where(({ record }) => record.value === value);
  }

  withLocationType(locationType: DeveloperMetadataLocationType): FakeDeveloperMetadataFinder {
    const type = String(locationType);
    if (!LOCATION_TYPES.includes(type))
      throw signatureMismatch([locationType], 'DeveloperMetadataFinder.withLocationType');
    return this.where((placed) => locationTypeOf(placed) === type);
  }

  withVisibility(visibility: Visibility): FakeDeveloperMetadataFinder {
    const name = String(visibility);
    if (!VISIBILITIES.includes(name)) throw signatureMismatch([visibility], 'DeveloperMetadataFinder.withVisibility');
    return this.where(({ record }) => record.visibility === name);
  }

  private where(test: (placed: Placed) => boolean): FakeDeveloperMetadataFinder {
    this.tests.push(test);
    return this;
  }

  /** A range's scope holds the rows and columns wholly inside it (or, intersecting, crossing it). */
  private inScope({ record, sheet }: Placed): boolean {
    const scope = this.scope;
    if ('spreadsheet' in scope) return true;
    if ('sheet' in scope) return sheet === scope.sheet.model;
    const range = scope.range;
    if (sheet !== range.sheet.model) return false;
    const inRows = (row: number): boolean => row >= range.row && row <= range.getLastRow();
    const inColumns = (column: number): boolean => column >= range.column && column <= range.getLastColumn();
    if (record.row !== undefined) {
      return (
        inRows(record.row) && (this.intersecting || (range.column === 1 && range.numColumns === maxColumnsOf(sheet)))
      );
    }
    if (record.column !== undefined) {
      return inColumns(record.column) && (this.intersecting || (range.row === 1 && range.numRows === maxRowsOf(sheet)));
    }
    return false;
  }
}

type MetadataMethods =
  | 'getId'
  | 'getKey'
  | 'getValue'
  | 'getVisibility'
  | 'getLocation'
  | 'setKey'
  | 'setValue'
  | 'setVisibility'
  | 'remove'
  | 'moveToColumn'
  | 'moveToRow'
  | 'moveToSheet'
  | 'moveToSpreadsheet';

export class FakeDeveloperMetadata implements Implements<
  GoogleAppsScript.Spreadsheet.DeveloperMetadata,
  MetadataMethods
> {
  readonly [SERVICE] = 'DeveloperMetadata';

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly record: SheetMetadataModel,
  ) {}

  getId(): number {
    return this.record.id;
  }

  getKey(): string {
    return this.record.key;
  }

  getValue(): string | null {
    return this.record.value;
  }

  getVisibility(): Visibility {
    return this.record.visibility as unknown as Visibility;
  }

  getLocation(): FakeDeveloperMetadataLocation {
    const placed = this.placed();
    const sheet = placed.sheet && this.spreadsheet.sheets.wrap(placed.sheet);
    return new FakeDeveloperMetadataLocation(this.spreadsheet, locationTypeOf(placed), sheet, placed.record);
  }

  setKey(key: string): FakeDeveloperMetadata {
    this.placed();
    if (typeof key !== 'string') throw signatureMismatch([key], 'DeveloperMetadata.setKey');
    this.record.key = key;
    return this;
  }

  setValue(value: string): FakeDeveloperMetadata {
    this.placed();
    if (typeof value !== 'string') throw signatureMismatch([value], 'DeveloperMetadata.setValue');
    this.record.value = value;
    return this;
  }

  setVisibility(visibility: Visibility): FakeDeveloperMetadata {
    this.placed();
    const name = String(visibility);
    if (!VISIBILITIES.includes(name)) throw signatureMismatch([visibility], 'DeveloperMetadata.setVisibility');
    this.record.visibility = name as MetadataVisibility;
    return this;
  }

  remove(): void {
    this.detach(this.placed());
  }

  moveToColumn(column: FakeRange): FakeDeveloperMetadata {
    const line = lineOf(column);
    if (!line || !('column' in line)) throw new Error(ARBITRARY_RANGE);
    return this.moveTo(column.sheet.model, line);
  }

  moveToRow(row: FakeRange): FakeDeveloperMetadata {
    const line = lineOf(row);
    if (!line || !('row' in line)) throw new Error(ARBITRARY_RANGE);
    return this.moveTo(row.sheet.model, line);
  }

  moveToSheet(sheet: FakeSheet): FakeDeveloperMetadata {
    return this.moveTo(sheet.model);
  }

  moveToSpreadsheet(): FakeDeveloperMetadata {
    return this.moveTo(this.spreadsheet.workbook);
  }

  private moveTo(holder: { developerMetadata?: SheetMetadataModel[] }, line?: Line): FakeDeveloperMetadata {
    this.detach(this.placed());
    delete this.record.row;
    delete this.record.column;
    Object.assign(this.record, line);
    (holder.developerMetadata ??= []).push(this.record);
    return this;
  }

  private detach({ sheet }: Placed): void {
    const holder = sheet ?? this.spreadsheet.workbook;
    holder.developerMetadata = (holder.developerMetadata ?? []).filter((record) => record !== this.record);
  }

  /** Where the metadata is now; it may have been removed, by this script or with its sheet, row or column. */
  private placed(): Placed {
    const placed = placedMetadata(this.spreadsheet).find(({ record }) => record === this.record);
    if (!placed) throw new Error(`The developer metadata with ID ${this.record.id} no longer exists.`);
    return placed;
  }
}

type LocationMethods = 'getLocationType' | 'getSpreadsheet' | 'getSheet' | 'getColumn' | 'getRow';

export class FakeDeveloperMetadataLocation implements Implements<
  GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation,
  LocationMethods
> {
  readonly [SERVICE] = 'DeveloperMetadataLocation';

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly type: LocationType,
    readonly sheet: FakeSheet | undefined,
    readonly line: { row?: number; column?: number },
  ) {}

  getLocationType(): DeveloperMetadataLocationType {
    return this.type as unknown as DeveloperMetadataLocationType;
  }

  getSpreadsheet(): FakeSpreadsheet | null {
    return this.type === 'SPREADSHEET' ? this.spreadsheet : null;
  }

  getSheet(): FakeSheet | null {
    return this.type === 'SHEET' ? (this.sheet ?? null) : null;
  }

  /** The whole column, e.g. C1:C1000. */
  getColumn(): FakeRange | null {
    const { sheet, line } = this;
    if (this.type !== 'COLUMN' || !sheet || line.column === undefined) return null;
    return sheet.getRange(1, line.column, sheet.getMaxRows(), 1);
  }

  /** The whole row, e.g. A3:Z3. */
  getRow(): FakeRange | null {
    const { sheet, line } = this;
    if (this.type !== 'ROW' || !sheet || line.row === undefined) return null;
    return sheet.getRange(line.row, 1, 1, sheet.getMaxColumns());
  }
}

function placedMetadata(spreadsheet: FakeSpreadsheet): Placed[] {
  const workbook = spreadsheet.workbook;
  return [
    ...(workbook.developerMetadata ?? []).map((record) => ({ record })),
    ...workbook.sheets.flatMap((sheet) => (sheet.developerMetadata ?? []).map((record) => ({ record, sheet }))),
  ];
}

function locationTypeOf({ record, sheet }: Placed): LocationType {
  if (!sheet) return 'SPREADSHEET';
  if (record.row !== undefined) return 'ROW';
  return record.column !== undefined ? 'COLUMN' : 'SHEET';
}

function nextMetadataId(spreadsheet: FakeSpreadsheet): number {
  const workbook = spreadsheet.workbook;
  const highest = Math.max(
    workbook.lastDeveloperMetadataId ?? 0,
    ...placedMetadata(spreadsheet).map(({ record }) => record.id),
  );
  workbook.lastDeveloperMetadataId = highest + 1;
  return highest + 1;
}

/** Apps Script's message for arguments of the wrong kinds. */
export function signatureMismatch(args: unknown[], method: string): Error {
  const kinds = args.map((arg) => (arg === null ? 'null' : Array.isArray(arg) ? 'object' : typeof arg)).join(',');
  return new Error(`The parameters (${kinds}) don't match the method signature for SpreadsheetApp.${method}.`);
}
