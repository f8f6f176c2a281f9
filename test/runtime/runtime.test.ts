import { runtimeWith } from './fixture';
import { sheetFromValues } from '../../scripts/runtime/workbook';

const CODE = `
var counter = 0;
var helper = function () { return 'not a declaration'; };
function bump() { counter += 1; return counter; }
function typesSeen() {
  var values = SpreadsheetApp.getActive().getSheetByName('Data').getRange('A1:B2').getValues();
  var props = PropertiesService.getDocumentProperties().getProperties();
  return [values instanceof Array, values[1][1] instanceof Date, props instanceof Object, typeof props.k];
}
function serviceError() {
  try { SpreadsheetApp.getActive().getRange('A1:B2').setValues([[1]]); } catch (e) { return [e instanceof Error, e.message]; }
}
function now() { var d = new Date(); return [d.toISOString(), Date.now(), d.getHours(), d.getDate()]; }
function localDates() {
  var midnight = new Date(2026, 2, 14);
  var cell = SpreadsheetApp.getActive().getRange('Data!B2').getValue();
  var nextMonth = new Date(2026, 0, 31); nextMonth.setMonth(1);
  return [midnight.toISOString(), cell.getHours(), cell instanceof Date, new Date('2026-03-14 09:15').toISOString(),
    new Date('2026-03-14').toISOString(), nextMonth.getDate(), new Date(2026, 2, 8, 2, 30).toISOString()];
}
function readTwice() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Data');
  sheet.getRange('A1').getValue();
  sheet.getRange('A2').getValue();
  sheet.getRange(1, 1, 2, 2).setValues([[1, 2], [3, 4]]);
}
function internals() { var r = SpreadsheetApp.getActive().getRange('A1'); return [typeof r.sheet, typeof r.model, typeof r.getValues]; }
function writeFromFormula() { SpreadsheetApp.getActive().getRange('A1').setValue('x'); }
function readFromFormula() { return SpreadsheetApp.getActive().getRange('A1').getValue(); }
function menuInTrigger() { SpreadsheetApp.getUi(); }
function propertiesOnOpen() { return PropertiesService.getDocumentProperties().getProperty('k'); }
`;

function workbook() {
  return {
    timeZone: 'America/Los_Angeles',
    sheets: [
      sheetFromValues('Data', [
        ['a', 'b'],
        [1, new Date('2026-03-14T12:00:00Z')],
      ]),
    ],
  };
}

describe('loading Code.js like Apps Script', () => {
  it('exposes top-level functions by name, shares one global scope between calls, and refuses anything else', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(rt.call('bump')).toBe(1);
    expect(rt.call('bump')).toBe(2);
    expect(rt.has('bump')).toBe(true);
    expect(rt.has('SpreadsheetApp')).toBe(false);
    expect(rt.has('parseInt')).toBe(false);
    expect(rt.has('counter')).toBe(false);
    expect(() => rt.call('missing')).toThrow('Script function not found: missing');
    expect(rt.functionNames()).toEqual(expect.arrayContaining(['bump', 'typesSeen', 'helper']));
  });

  it('gives the script values of its own realm, so instanceof Array, Date and Error hold as in Apps Script', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.properties.document.k = 'v';
    expect(rt.call('typesSeen')).toEqual([true, true, true, 'string']);
    expect(rt.call('serviceError')).toEqual([
      true,
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    ]);
  });

  it('hides the fakes’ internal fields from the script', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(rt.call('internals')).toEqual(['undefined', 'undefined', 'function']);
  });

  it('runs Date on the fake clock and local-time methods in the spreadsheet time zone', () => {
    const rt = runtimeWith(CODE, workbook(), { now: new Date('2026-03-15T06:30:00Z') });
    expect(rt.call('now')).toEqual(['2026-03-15T06:30:00.000Z', Date.parse('2026-03-15T06:30:00Z'), 23, 14]);
    rt.clock.advance(60 * 60 * 1000);
    expect((rt.call('now') as unknown[])[0]).toBe('2026-03-15T07:30:00.000Z');
    rt.clock.set(new Date('2026-07-01T00:00:00Z'));
    expect((rt.call('now') as unknown[])[2]).toBe(17);
  });

  it('runs local-time Date construction and setters in the script time zone, including cell dates', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(rt.call('localDates')).toEqual([
      '2026-03-14T07:00:00.000Z',
      5,
      true,
      '2026-03-14T16:15:00.000Z',
      '2026-03-14T00:00:00.000Z',
      3,
      '2026-03-08T10:30:00.000Z',
    ]);
  });

  it('counts every service call by Class.method, and resets', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('readTwice');
    expect(rt.calls).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getSheetByName': 1,
      'Sheet.getRange': 3,
      'Range.getValue': 2,
      'Range.setValues': 1,
    });
    rt.resetCalls();
    expect(rt.calls).toEqual({});
  });
});

describe('execution modes', () => {
  it('lets a custom function read but not write the spreadsheet', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(rt.callAs('CUSTOM_FUNCTION', 'readFromFormula')).toBe('a');
    expect(() => rt.callAs('CUSTOM_FUNCTION', 'writeFromFormula')).toThrow(
      'You do not have permission to call Range.setValue',
    );
    expect(rt.call('readFromFormula')).toBe('a');
  });

  it('has no user interface in a trigger, and only menus in AuthMode.NONE', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(() => rt.callAs('TRIGGER', 'menuInTrigger')).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    expect(() => rt.callAs('NONE', 'propertiesOnOpen')).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
    expect(rt.callAs('LIMITED', 'propertiesOnOpen')).toBeNull();
  });
});
