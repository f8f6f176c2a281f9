import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbook, readWorkbookBuffer, writeWorkbook, writeWorkbookBuffer } from '../../scripts/runtime/xlsx';
import JSZip from 'jszip';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed } from '../../scripts/runtime/workbook';
import { moveColumns } from '../../scripts/runtime/sheetEdits';
import { runtimeWith } from './fixture';

function tempFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'creator-ops-xlsx-')), name);
}

const shippedAt = new Date('2026-03-14T23:30:00Z');

function model(timeZone: string): WorkbookModel {
  return {
    timeZone,
    sheets: [
      {
        name: 'Orders',
        frozenRows: 1,
        rows: [
          [
            { value: 'Order ID' },
            { value: 'Shipped' },
            { value: 'Paid' },
            { value: 'Commission %' },
            { value: 'Total' },
          ],
          [
            { value: '5765432109876543210', numberFormat: '@' },
            { value: shippedAt, numberFormat: 'yyyy-mm-dd hh:mm' },
            { value: true },
            { value: 0.12, numberFormat: '0%' },
            { value: 42.5, formula: '=SUM(1,41.5)' },
          ],
          [
            { value: '=not a formula' },
            { value: new Date('2026-11-01T08:30:00Z') },
            { value: false },
            { value: '#N/A' },
            { value: '#REF!', formula: '=A9', error: true },
          ],
        ],
      },
      {
        name: 'Follow-up log',
        frozenRows: 0,
        hidden: true,
        rows: [
          [{ value: 'Handle', formula: '=LIST()', spill: { rows: 2, columns: 1 } }],
          [{ value: 'jane', spilled: true }],
        ],
      },
    ],
  };
}

describe('xlsx', () => {
  it('round-trips values, text IDs, dates, booleans, errors, formats, formulas with values, spills, frozen and hidden sheets', async () => {
    const file = tempFile('round-trip.xlsx');
    await writeWorkbook(model('Asia/Tokyo'), file);
    expect(await readWorkbook(file)).toEqual({
      ...model('Asia/Tokyo'),
      sheets: model('Asia/Tokyo').sheets.map((sheet) =>
        sheet.name === 'Orders'
          ? {
              ...sheet,
              rows: sheet.rows.map((row, r) =>
                row.map((cell, c) => (r === 2 && c === 1 ? { ...cell, numberFormat: 'M/d/yyyy H:mm:ss' } : cell)),
              ),
            }
          : sheet,
      ),
    });
  });

  it('writes dates as the wall-clock time of the workbook zone, which is what Excel and Sheets display', async () => {
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await writeWorkbookBuffer(model('America/New_York'))) as unknown as ExcelJS.Buffer);
    const written = excel.getWorksheet('Orders')!.getCell('B2').value as Date;
    expect(written.toISOString()).toBe('2026-03-14T19:30:00.000Z'); // 19:30 wall clock in New York, stored zoneless
    const back = await readWorkbookBuffer(await writeWorkbookBuffer(model('America/New_York')));
    expect((back.sheets[0].rows[1][1].value as Date).toISOString()).toBe(shippedAt.toISOString());
  });

  it('reads zoneless dates in the given zone, or Los Angeles, when the file does not record one', async () => {
    const excel = new ExcelJS.Workbook();
    const sheet = excel.addWorksheet('Samples');
    sheet.getCell('A1').value = new Date(Date.UTC(2026, 2, 14, 9, 0, 0));
    sheet.getCell('A1').numFmt = 'yyyy-mm-dd hh:mm';
    const buffer = Buffer.from(await excel.xlsx.writeBuffer());
    const defaulted = await readWorkbookBuffer(buffer);
    expect(defaulted.timeZone).toBe('America/Los_Angeles');
    expect((defaulted.sheets[0].rows[0][0].value as Date).toISOString()).toBe('2026-03-14T16:00:00.000Z');
    const london = await readWorkbookBuffer(buffer, { timeZone: 'Europe/London' });
    expect((london.sheets[0].rows[0][0].value as Date).toISOString()).toBe('2026-03-14T09:00:00.000Z');
  });

  it('reads rich text and hyperlinks as their text, and errors as their code', async () => {
    const excel = new ExcelJS.Workbook();
    const sheet = excel.addWorksheet('Creators');
    sheet.getCell('A1').value = { richText: [{ text: 'Jane ' }, { font: { bold: true }, text: 'Doe' }] };
    sheet.getCell('B1').value = { text: '@jane.doe', hyperlink: 'https://www.tiktok.com/@jane.doe' };
    sheet.getCell('C1').value = { error: '#DIV/0!' };
    sheet.getCell('D1').value = '1234567890123456789';
    const read = await readWorkbookBuffer(Buffer.from(await excel.xlsx.writeBuffer()));
    expect(read.sheets[0].rows[0].map((cell) => cell.value)).toEqual([
      'Jane Doe',
      '@jane.doe',
      '#DIV/0!',
      '1234567890123456789',
    ]);
  });
});

const MARKING_CODE = `
var ss = SpreadsheetApp.getActive();
function mark() {
  var orders = ss.getSheetByName('Orders');
  ss.addDeveloperMetadata('schema', '3');
  orders.addDeveloperMetadata('managed', 'orders', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  orders.getRange('B:B').addDeveloperMetadata('field', 'Amount');
  orders.getRange('2:2').addDeveloperMetadata('record', 'A-1 & <b>"quoted"</b>');
  orders.protect().setDescription('Managed by Creator Ops').setWarningOnly(true);
  orders.getRange('C1').protect().setDescription('creator header');
}
function fieldColumn() {
  var found = ss.createDeveloperMetadataFinder().withKey('field').find();
  return found.map(function (m) { return [m.getId(), m.getValue(), m.getLocation().getColumn().getColumn()]; });
}
function readAll() { return ss.getSheets().map(function (s) { return s.getDataRange().getValues(); }); }
`;

function sourceWorkbook(): WorkbookModel {
  return {
    timeZone: 'UTC',
    sheets: [
      sheetFromValues('Orders', [
        ['Order ID', 'Amount', 'Creator'],
        ['A-1', 12.5, '@jane'],
      ]),
      {
        name: 'Outreach',
        frozenRows: 1,
        rows: [
          [{ value: 'Handle' }, { value: 'Followers' }, { value: 'Lookup' }],
          [{ value: '@jane' }, { value: '#N/A' }, { value: '#N/A', error: true }],
          [{ value: '@kate' }, { value: '#DIV/0!' }, { value: '#N/A', formula: '=VLOOKUP(A3,X:Y,2,0)', error: true }],
        ],
      },
    ],
  };
}

describe('xlsx keeps what Sheets keeps beside the cells', () => {
  it('round-trips developer metadata and protections, after an operator moved the marked column', async () => {
    const rt = runtimeWith(MARKING_CODE, sourceWorkbook());
    rt.call('mark');
    moveColumns(sheetNamed(rt.workbook, 'Orders'), 2, 1, 5);
    expect(rt.call('fieldColumn')).toEqual([[3, 'Amount', 4]]);

    const back = await readWorkbookBuffer(await writeWorkbookBuffer(rt.workbook));
    expect(back.developerMetadata).toEqual(rt.workbook.developerMetadata);
    expect(back.lastDeveloperMetadataId).toBe(4);
    expect(sheetNamed(back, 'Orders').developerMetadata).toEqual([
      { id: 2, key: 'managed', value: 'orders', visibility: 'PROJECT' },
      { id: 3, key: 'field', value: 'Amount', visibility: 'DOCUMENT', column: 4 },
      { id: 4, key: 'record', value: 'A-1 & <b>"quoted"</b>', visibility: 'DOCUMENT', row: 2 },
    ]);
    expect(sheetNamed(back, 'Orders').protections).toEqual([
      { description: 'Managed by Creator Ops', warningOnly: true },
      { range: { row: 1, column: 2, numRows: 1, numColumns: 1 }, description: 'creator header', warningOnly: false },
    ]);
    expect(sheetNamed(back, 'Outreach').developerMetadata).toBeUndefined();
    expect(runtimeWith(MARKING_CODE, back).call('fieldColumn')).toEqual([[3, 'Amount', 4]]);
  });

  it('stores them in a custom XML part that the workbook registers, leaving the sheets alone', async () => {
    const rt = runtimeWith(MARKING_CODE, sourceWorkbook());
    rt.call('mark');
    const zip = await JSZip.loadAsync(await writeWorkbookBuffer(rt.workbook));
    expect(zip.file('customXml/item1.xml')).not.toBeNull();
    expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).toContain('Target="../customXml/item1.xml"');
    expect(await zip.file('[Content_Types].xml')!.async('string')).toContain('/customXml/itemProps1.xml');
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load((await writeWorkbookBuffer(rt.workbook)) as unknown as ExcelJS.Buffer);
    expect(excel.worksheets.map((sheet) => sheet.name)).toEqual(['Orders', 'Outreach']);
  });

  it('writes no part for a workbook without metadata or protections', async () => {
    const zip = await JSZip.loadAsync(await writeWorkbookBuffer(sourceWorkbook()));
    expect(zip.file(/^customXml\//)).toEqual([]);
  });

  it('keeps the text #N/A as text and error cells as errors, so a source tab comes back unchanged', async () => {
    const buffer = await writeWorkbookBuffer(sourceWorkbook());
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const outreach = excel.getWorksheet('Outreach')!;
    expect(outreach.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(outreach.getCell('B3').type).toBe(ExcelJS.ValueType.String);
    expect(outreach.getCell('C2').value).toEqual({ error: '#N/A' });

    const read = await readWorkbookBuffer(buffer);
    expect(sheetNamed(read, 'Outreach')).toEqual(sheetNamed(sourceWorkbook(), 'Outreach'));
    const rt = runtimeWith(MARKING_CODE, read);
    expect((rt.call('readAll') as unknown[][][])[1]).toEqual([
      ['Handle', 'Followers', 'Lookup'],
      ['@jane', '#N/A', '#N/A'],
      ['@kate', '#DIV/0!', '#N/A'],
    ]);
    const again = await readWorkbookBuffer(await writeWorkbookBuffer(rt.workbook));
    expect(sheetNamed(again, 'Outreach')).toEqual(sheetNamed(sourceWorkbook(), 'Outreach'));
  });
});
