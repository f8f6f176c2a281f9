/** SpreadsheetApp and Spreadsheet over the WorkbookModel (mutated in place). */
import { SERVICE } from './boundary';
import type { Implements } from './gasTypes';
import { enumOf } from './gasTypes';
import type { Clock } from './clock';
import type { FakeRange } from './range';
import type { FakeUi, UiRecorder } from './ui';
import type { SheetModel, WorkbookModel } from './workbook';
import { parseA1 } from './a1';
import { FakeSheet } from './sheet';
import type { FakeDeveloperMetadata } from './developerMetadata';
import { addMetadata, FakeDeveloperMetadataFinder, metadataOf } from './developerMetadata';
import type { FakeProtection } from './protection';
import { protectionsOf } from './protection';
import { checkNewSheetName, deleteSheet } from './sheetEdits';

type SpreadsheetMethods =
  | 'getSheets'
  | 'getSheetByName'
  | 'getSheetById'
  | 'getNumSheets'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'getId'
  | 'getName'
  | 'rename'
  | 'getUrl'
  | 'toast'
  | 'setActiveSheet'
  | 'getActiveSheet'
  | 'setActiveRange'
  | 'getActiveRange'
  | 'getRange'
  | 'addDeveloperMetadata'
  | 'getDeveloperMetadata'
  | 'createDeveloperMetadataFinder'
  | 'getProtections';

type SpreadsheetAppMethods =
  'getActive' | 'getActiveSpreadsheet' | 'getActiveSheet' | 'getActiveRange' | 'getUi' | 'flush';

export interface SpreadsheetIdentity {
  id: string;
  name: string;
}

/** The FakeSheet of each sheet model (one per model, so sheet ids are stable) and name rules. */
export class SheetRegistry {
  private readonly sheets = new Map<SheetModel, FakeSheet>();
  private nextSheetId = 0;

  constructor(
    private readonly workbook: WorkbookModel,
    private readonly spreadsheet: FakeSpreadsheet,
  ) {
    workbook.sheets.forEach((model) => this.wrap(model));
  }

  models(): SheetModel[] {
    return this.workbook.sheets;
  }

  wrap(model: SheetModel): FakeSheet {
    let sheet = this.sheets.get(model);
    if (!sheet) {
      sheet = new FakeSheet(this.spreadsheet, model, this.nextSheetId++);
      this.sheets.set(model, sheet);
    }
    return sheet;
  }

  /** Sheet names are unique regardless of case, and looked up the same way. */
  named(name: string): FakeSheet | undefined {
    const model = this.workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    return model && this.wrap(model);
  }
}

/** One Range write: which cells, by which method; `kind` tells contents from formatting. */
export interface WriteRecord {
  sheet: string;
  a1: string;
  method: string;
  kind: 'values' | 'formats' | 'clear';
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  cells: number;
}

/** One Range read: what a real spreadsheet sends back, cell by cell, is its cost. */
export interface ReadRecord {
  sheet: string;
  method: 'getValues' | 'getDisplayValues' | 'getFormulas' | 'getNumberFormats';
  numRows: number;
  numColumns: number;
  cells: number;
}

export class FakeSpreadsheet implements Implements<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetMethods> {
  readonly [SERVICE] = 'Spreadsheet';
  readonly sheets: SheetRegistry;
  /** Every write the script made through a Range, in order (the write log tests and the bench read). */
  readonly writes: WriteRecord[] = [];
  readonly reads: ReadRecord[] = [];
  private activeSheet?: SheetModel;
  /** The selection, in A1 notation, of the sheet it was made on. */
  private selection?: { sheet: SheetModel; a1: string };

  constructor(
    readonly workbook: WorkbookModel,
    readonly identity: SpreadsheetIdentity,
    readonly recorder: UiRecorder,
    readonly clock: Clock,
  ) {
    this.sheets = new SheetRegistry(workbook, this);
  }

  getSheets(): FakeSheet[] {
    return this.workbook.sheets.map((model) => this.sheets.wrap(model));
  }

  getSheetByName(name: string): FakeSheet | null {
    return this.sheets.named(name) ?? null;
  }

  getSheetById(id: number): FakeSheet | null {
    return this.getSheets().find((sheet) => sheet.getSheetId() === id) ?? null;
  }

  getNumSheets(): number {
    return this.workbook.sheets.length;
  }

  /** insertSheet(), insertSheet(index), insertSheet(name), insertSheet(name, index): the new sheet becomes active. */
  insertSheet(nameOrIndex?: string | number, index?: number | object): FakeSheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.#unusedSheetName();
    const position =
      typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : this.workbook.sheets.length;
    checkNewSheetName(this.workbook, name);
    const model: SheetModel = { name, rows: [], frozenRows: 0 };
    this.workbook.sheets.splice(Math.min(Math.max(position, 0), this.workbook.sheets.length), 0, model);
    this.activeSheet = model;
    return this.sheets.wrap(model);
  }

  /** The sheet goes with its developer metadata and protections. */
  deleteSheet(sheet: FakeSheet): void {
    deleteSheet(this.workbook, sheet.model);
  }

  getSpreadsheetTimeZone(): string {
    return this.workbook.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.workbook.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    return 'en_US';
  }

  getId(): string {
    return this.identity.id;
  }

  getName(): string {
    return this.identity.name;
  }

  rename(newName: string): void {
    this.identity.name = newName;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.identity.id}/edit`;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.recorder.toasts.push({
      message: String(msg),
      title,
      timeoutSeconds: timeoutSeconds ?? undefined,
      time: this.clock.now(),
    });
  }

  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.activeSheet = sheet.model;
    return sheet;
  }

  getActiveSheet(): FakeSheet {
    const active =
      this.activeSheet && this.workbook.sheets.includes(this.activeSheet) ? this.activeSheet : this.workbook.sheets[0];
    return this.sheets.wrap(active);
  }

  /** Selects the range, making its sheet the active one (Range.activate does the same). */
  setActiveRange(range: FakeRange): FakeRange {
    this.activeSheet = range.sheet.model;
    this.selection = { sheet: range.sheet.model, a1: range.getA1Notation() };
    return range;
  }

  /** The selection on the active sheet; A1 where nothing was selected there (Sheets always has a cursor). */
  getActiveRange(): FakeRange {
    const sheet = this.getActiveSheet();
    return sheet.getRange(this.selection?.sheet === sheet.model ? this.selection.a1 : 'A1');
  }

  /** `Tab!A1:B2`; without a sheet name, a range of the active sheet. */
  getRange(a1Notation: string): FakeRange {
    const { sheetName } = parseA1(a1Notation);
    const sheet = sheetName === undefined ? this.getActiveSheet() : this.sheets.named(sheetName);
    if (!sheet) throw new Error('Range not found');
    return sheet.getRange(a1Notation);
  }

  addDeveloperMetadata(
    ...args: [key: string, value?: string, visibility?: GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility]
  ): FakeSpreadsheet {
    addMetadata(this, this.workbook, 'Spreadsheet.addDeveloperMetadata', args);
    return this;
  }

  /** The metadata on the spreadsheet itself. */
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    return metadataOf(this, this.workbook.developerMetadata ?? []);
  }

  /** Finds metadata anywhere in the spreadsheet. */
  createDeveloperMetadataFinder(): FakeDeveloperMetadataFinder {
    return new FakeDeveloperMetadataFinder(this, { spreadsheet: this });
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    return this.getSheets().flatMap((sheet) => protectionsOf(sheet, type, 'Spreadsheet.getProtections'));
  }

  #unusedSheetName(): string {
    for (let n = this.workbook.sheets.length + 1; ; n++) if (!this.sheets.named(`Sheet${n}`)) return `Sheet${n}`;
  }
}

export class FakeSpreadsheetApp implements Implements<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  SpreadsheetAppMethods
> {
  readonly [SERVICE] = 'SpreadsheetApp';
  readonly BorderStyle = enumOf<typeof GoogleAppsScript.Spreadsheet.BorderStyle>([
    'DOTTED',
    'DASHED',
    'SOLID',
    'SOLID_MEDIUM',
    'SOLID_THICK',
    'DOUBLE',
  ]);
  readonly WrapStrategy = enumOf<typeof GoogleAppsScript.Spreadsheet.WrapStrategy>(['WRAP', 'OVERFLOW', 'CLIP']);
  readonly DeveloperMetadataVisibility = enumOf<typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility>([
    'DOCUMENT',
    'PROJECT',
  ]);
  readonly DeveloperMetadataLocationType = enumOf<typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType>([
    'SPREADSHEET',
    'SHEET',
    'ROW',
    'COLUMN',
  ]);
  readonly ProtectionType = enumOf<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(['RANGE', 'SHEET']);

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    readonly ui: FakeUi,
  ) {}

  getActive(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.spreadsheet;
  }

  getActiveSheet(): FakeSheet {
    return this.spreadsheet.getActiveSheet();
  }

  getActiveRange(): FakeRange {
    return this.spreadsheet.getActiveRange();
  }

  getUi(): FakeUi {
    return this.ui;
  }

  /** Writes are applied at once, so there is nothing to flush. */
  flush(): void {}
}

/** The `Charts` global: its ChartType enum is what EmbeddedChartBuilder.setChartType takes. */
export class FakeCharts {
  readonly [SERVICE] = 'Charts';
  readonly ChartType = enumOf<typeof GoogleAppsScript.Charts.ChartType>([
    'TIMELINE',
    'AREA',
    'BAR',
    'BUBBLE',
    'CANDLESTICK',
    'COLUMN',
    'COMBO',
    'GAUGE',
    'GEO',
    'HISTOGRAM',
    'RADAR',
    'LINE',
    'ORG',
    'PIE',
    'SCATTER',
    'SPARKLINE',
    'STEPPED_AREA',
    'TABLE',
    'TREEMAP',
    'WATERFALL',
  ]);
}
