import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readWorkbook, readWorkbookBuffer, writeWorkbook, writeWorkbookBuffer } from '../../scripts/runtime/xlsx';
import type { WorkbookModel } from '../../scripts/runtime/workbook';

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
            { value: '#REF!', formula: '=A9' },
          ],
        ],
      },
      {
        name: 'Follow-up log',
        frozenRows: 0,
        hidden: true,
        rows: [[{ value: 'Handle', formula: '=LIST()', spill: { rows: 2, columns: 1 } }], [{ value: 'jane' }]],
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
