/**
 * Reading and writing .xlsx with exceljs. An .xlsx date is a wall-clock serial without a zone, so
 * dates convert between that wall clock and the instant in the workbook's time zone; the zone itself
 * is kept in a custom document property (CreatorOpsTimeZone) so a written workbook reads back the
 * same, and developer metadata and protections in a custom XML part (xlsxSheetData). A formula cell
 * is written with its computed value, and a spilled result as an array formula over the spill area,
 * so re-reading keeps what spilled apart from data typed beside it. Error cells stay errors and text
 * that reads like one (`#N/A` typed or exported as text) stays text.
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import JSZip from 'jszip';
import type { Cell, CellValue, SheetModel, WorkbookModel } from './workbook';
import { a1Of, parseA1 } from './a1';
import { markSpills } from './grid';
import { DEFAULT_DATE_TIME_FORMAT } from './numberFormat';
import { instantOf, utcFieldsAsWallClock, wallClockAsUtc, wallClockOf } from './timeZone';
import { addContentType, addRelationship, escapeXml, unescapeXml } from './xlsxParts';
import { readSheetData, writeSheetData } from './xlsxSheetData';

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';
const TIME_ZONE_PROPERTY = 'CreatorOpsTimeZone';
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A']);

/** `opts.timeZone` applies when the file does not record its zone; otherwise America/Los_Angeles. */
export async function readWorkbook(path: string, opts: { timeZone?: string } = {}): Promise<WorkbookModel> {
  return readWorkbookBuffer(await fs.promises.readFile(path), opts);
}

export async function readWorkbookBuffer(buffer: Buffer, opts: { timeZone?: string } = {}): Promise<WorkbookModel> {
  const zip = await JSZip.loadAsync(buffer);
  const timeZone = (await storedTimeZone(zip)) ?? opts.timeZone ?? DEFAULT_TIME_ZONE;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const model = { timeZone, sheets: workbook.worksheets.map((worksheet) => readSheet(worksheet, timeZone)) };
  await readSheetData(zip, model);
  return model;
}

export async function writeWorkbook(model: WorkbookModel, path: string): Promise<void> {
  await fs.promises.writeFile(path, await writeWorkbookBuffer(model));
}

export async function writeWorkbookBuffer(model: WorkbookModel): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of model.sheets) writeSheet(workbook, sheet, model.timeZone);
  const zip = await JSZip.loadAsync(Buffer.from(await workbook.xlsx.writeBuffer()));
  await addTimeZoneProperty(zip, model.timeZone);
  await writeSheetData(zip, model);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function readSheet(worksheet: ExcelJS.Worksheet, timeZone: string): SheetModel {
  const rows: Cell[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (excelCell, columnNumber) => {
      cells[columnNumber - 1] = readCell(excelCell, timeZone);
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? { value: '' });
  });
  const view = worksheet.views?.[0];
  const sheet: SheetModel = {
    name: worksheet.name,
    rows: Array.from(rows, (cells) => cells ?? []),
    frozenRows: view?.state === 'frozen' ? (view.ySplit ?? 0) : 0,
    ...(worksheet.state === 'visible' ? {} : { hidden: true }),
  };
  markSpills(sheet);
  return sheet;
}

function readCell(excelCell: ExcelJS.Cell, timeZone: string): Cell {
  const cell: Cell = { value: '' };
  const raw = excelCell.value;
  if (excelCell.type === ExcelJS.ValueType.Formula) {
    const formula = raw as ExcelJS.CellFormulaValue & { shareType?: string; ref?: string };
    cell.formula = `=${excelCell.formula}`;
    cell.value = plainValue(excelCell.result, timeZone);
    if (isError(excelCell.result)) cell.error = true;
    if (formula.shareType === 'array' && formula.ref) {
      const area = parseA1(formula.ref);
      const rows = (area.endRow ?? area.row) - area.row + 1;
      const columns = (area.endColumn ?? area.column) - area.column + 1;
      if (rows > 1 || columns > 1) cell.spill = { rows, columns };
    }
  } else if (excelCell.type !== ExcelJS.ValueType.Merge) {
    cell.value = plainValue(raw, timeZone);
    if (isError(raw)) cell.error = true;
  }
  const numberFormat = excelCell.numFmt;
  if (numberFormat && numberFormat !== 'General') cell.numberFormat = numberFormat;
  return cell;
}

/** A cell value or formula result as the model holds it: rich text and hyperlinks as their text, errors as their code. */
function plainValue(raw: unknown, timeZone: string): CellValue {
  if (raw === null || raw === undefined) return '';
  if (raw instanceof Date) return instantOf(utcFieldsAsWallClock(raw), timeZone);
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  const value = raw as { richText?: { text: string }[]; text?: unknown; error?: string };
  if (value.richText) return value.richText.map((run) => run.text).join('');
  if (value.text !== undefined) return plainValue(value.text, timeZone);
  if (value.error !== undefined) return value.error;
  return String(raw);
}

function isError(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'error' in raw;
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetModel, timeZone: string): void {
  const worksheet = workbook.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    views: sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : [],
  });
  sheet.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell.value === '' && cell.formula === undefined && cell.numberFormat === undefined) return;
      const excelCell = worksheet.getCell(r + 1, c + 1);
      excelCell.value = excelValue(cell, r + 1, c + 1, timeZone);
      const numberFormat = cell.numberFormat ?? (cell.value instanceof Date ? DEFAULT_DATE_TIME_FORMAT : undefined);
      if (numberFormat) excelCell.numFmt = numberFormat;
    }),
  );
}

function excelValue(cell: Cell, row: number, column: number, timeZone: string): ExcelJS.CellValue {
  if (cell.formula === undefined) return excelPlainValue(cell, timeZone);
  const result = excelPlainValue(cell, timeZone);
  const formula = { formula: cell.formula.replace(/^=/, ''), result } as ExcelJS.CellFormulaValue;
  if (!cell.spill) return formula;
  const ref = a1Of(row, column, row + cell.spill.rows - 1, column + cell.spill.columns - 1);
  return { ...formula, shareType: 'array', ref } as ExcelJS.CellValue;
}

/** Sheets' own codes such as `#ERROR!` have no .xlsx error, so they are written as text. */
function excelPlainValue(cell: Cell, timeZone: string): Exclude<ExcelJS.CellValue, ExcelJS.CellFormulaValue> {
  const value = cell.value;
  if (value instanceof Date) return new Date(wallClockAsUtc(wallClockOf(value, timeZone)));
  if (cell.error && typeof value === 'string' && EXCEL_ERRORS.has(value))
    return { error: value } as ExcelJS.CellErrorValue;
  return value === '' ? null : value;
}

const CUSTOM_PROPERTIES_PART = 'docProps/custom.xml';

async function storedTimeZone(zip: JSZip): Promise<string | undefined> {
  const xml = await zip.file(CUSTOM_PROPERTIES_PART)?.async('string');
  const match = xml && new RegExp(`name="${TIME_ZONE_PROPERTY}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(xml);
  return match ? unescapeXml(match[1]) : undefined;
}

/** exceljs writes no custom properties, so the part and its registrations are added to the package. */
async function addTimeZoneProperty(zip: JSZip, timeZone: string): Promise<void> {
  zip.file(
    CUSTOM_PROPERTIES_PART,
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${TIME_ZONE_PROPERTY}"><vt:lpwstr>${escapeXml(timeZone)}</vt:lpwstr></property>` +
      '</Properties>',
  );
  await addContentType(
    zip,
    CUSTOM_PROPERTIES_PART,
    'application/vnd.openxmlformats-officedocument.custom-properties+xml',
  );
  await addRelationship(zip, '_rels/.rels', {
    id: 'rIdCreatorOpsCustom',
    type: 'custom-properties',
    target: CUSTOM_PROPERTIES_PART,
  });
}
