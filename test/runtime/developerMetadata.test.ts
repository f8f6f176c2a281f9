import { runtimeWith } from './fixture';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed } from '../../scripts/runtime/workbook';

const CODE = `
var ss = SpreadsheetApp.getActive();
function sheet() { return ss.getSheetByName('Orders'); }
function describe(m) {
  var location = m.getLocation();
  var where = location.getLocationType() + '';
  if (location.getColumn()) where += ' ' + location.getColumn().getA1Notation() + ' of ' + location.getColumn().getSheet().getName();
  if (location.getRow()) where += ' ' + location.getRow().getA1Notation() + ' of ' + location.getRow().getSheet().getName();
  if (location.getSheet()) where += ' ' + location.getSheet().getName();
  if (location.getSpreadsheet()) where += ' ' + location.getSpreadsheet().getName();
  return [m.getId(), m.getKey(), m.getValue(), m.getVisibility() + '', where];
}
function describeAll(list) { return list.map(describe); }
function tagColumn(a1, key, value) { sheet().getRange(a1).addDeveloperMetadata(key, value); }
function tagColumnByNumbers(column) {
  var s = sheet();
  return s.getRange(1, column, s.getMaxRows(), 1).addDeveloperMetadata('col', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT).getA1Notation();
}
function tagEverything() {
  ss.addDeveloperMetadata('workbook', 'v1');
  sheet().addDeveloperMetadata('tab');
  sheet().getRange('C:C').addDeveloperMetadata('column', 'amount', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  sheet().getRange('2:2').addDeveloperMetadata('row', 'first order');
  ss.getSheetByName('Notes').addDeveloperMetadata('tab', 'notes');
}
function own() {
  return [describeAll(ss.getDeveloperMetadata()), describeAll(sheet().getDeveloperMetadata()),
    describeAll(sheet().getRange('C:C').getDeveloperMetadata()), describeAll(sheet().getRange('C2').getDeveloperMetadata())];
}
function findIn(scope, criteria) {
  var finder = scope === 'spreadsheet' ? ss.createDeveloperMetadataFinder()
    : scope === 'sheet' ? sheet().createDeveloperMetadataFinder() : sheet().getRange(scope).createDeveloperMetadataFinder();
  if (criteria.key !== undefined) finder = finder.withKey(criteria.key);
  if (criteria.value !== undefined) finder = finder.withValue(criteria.value);
  if (criteria.id !== undefined) finder = finder.withId(criteria.id);
  if (criteria.type) finder = finder.withLocationType(SpreadsheetApp.DeveloperMetadataLocationType[criteria.type]);
  if (criteria.visibility) finder = finder.withVisibility(SpreadsheetApp.DeveloperMetadataVisibility[criteria.visibility]);
  if (criteria.intersecting) finder = finder.onIntersectingLocations();
  return finder.find().map(function (m) { return m.getKey(); });
}
function edit(key, action, argument) {
  var m = ss.createDeveloperMetadataFinder().withKey(key).find()[0];
  if (action === 'setKey') m.setKey(argument);
  if (action === 'setValue') m.setValue(argument);
  if (action === 'setVisibility') m.setVisibility(SpreadsheetApp.DeveloperMetadataVisibility[argument]);
  if (action === 'remove') m.remove();
  if (action === 'moveToColumn') m.moveToColumn(sheet().getRange(argument));
  if (action === 'moveToRow') m.moveToRow(sheet().getRange(argument));
  if (action === 'moveToSheet') m.moveToSheet(ss.getSheetByName(argument));
  if (action === 'moveToSpreadsheet') m.moveToSpreadsheet();
  return action === 'remove' ? null : describe(m);
}
function removeAndAdd() {
  ss.getSheetByName('Notes').getDeveloperMetadata()[0].remove();
  sheet().getRange('4:4').addDeveloperMetadata('row', 'again');
  return sheet().getRange('4:4').getDeveloperMetadata()[0].getId();
}
function useAfterRemove() { var m = ss.getDeveloperMetadata()[0]; m.remove(); m.setValue('again'); }
function callMissing() { return ss.getDeveloperMetadata()[0].getLocation().getRange(); }
function readInFormula() { return ss.createDeveloperMetadataFinder().find().length; }
function writeInFormula() { ss.addDeveloperMetadata('from a formula'); return 1; }
`;

function workbook(): WorkbookModel {
  return {
    timeZone: 'UTC',
    sheets: [
      sheetFromValues('Orders', [
        ['Order ID', 'SKU', 'Amount'],
        ['1', 'A-1', 10],
      ]),
      sheetFromValues('Notes', [['note']]),
    ],
  };
}

describe('Developer metadata, as SpreadsheetApp has it', () => {
  it('adds metadata to the spreadsheet, a sheet and whole rows and columns, each listed where it was added', () => {
    const rt = runtimeWith(CODE, workbook(), { spreadsheetName: 'Shop' });
    rt.call('tagEverything');
    expect(rt.call('own')).toEqual([
      [[1, 'workbook', 'v1', 'DOCUMENT', 'SPREADSHEET Shop']],
      [[2, 'tab', null, 'DOCUMENT', 'SHEET Orders']],
      [[3, 'column', 'amount', 'PROJECT', 'COLUMN C1:C1000 of Orders']],
      [],
    ]);
    expect(rt.workbook.developerMetadata).toEqual([{ id: 1, key: 'workbook', value: 'v1', visibility: 'DOCUMENT' }]);
    expect(sheetNamed(rt.workbook, 'Orders').developerMetadata).toEqual([
      { id: 2, key: 'tab', value: null, visibility: 'DOCUMENT' },
      { id: 3, key: 'column', value: 'amount', visibility: 'PROJECT', column: 3 },
      { id: 4, key: 'row', value: 'first order', visibility: 'DOCUMENT', row: 2 },
    ]);
  });

  it('takes a visibility as the second argument, and a column opened by numbers', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(rt.call('tagColumnByNumbers', 2)).toBe('B1:B1000');
    expect(sheetNamed(rt.workbook, 'Orders').developerMetadata).toEqual([
      { id: 1, key: 'col', value: null, visibility: 'PROJECT', column: 2 },
    ]);
  });

  it.each(['A1', 'C1:C5', 'A2:Y2', 'B2:D4', 'C:D', '2:3'])(
    'refuses %s, which is not one whole row or column, with Apps Script’s message',
    (a1) => {
      const rt = runtimeWith(CODE, workbook());
      expect(() => rt.call('tagColumn', a1, 'k', 'v')).toThrow(
        'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.',
      );
      expect(sheetNamed(rt.workbook, 'Orders').developerMetadata).toBeUndefined();
    },
  );

  it('refuses a key that is not a string with Apps Script’s signature message', () => {
    const rt = runtimeWith(CODE, workbook());
    expect(() => rt.call('tagColumn', 'C:C', 12, 'v')).toThrow(
      "The parameters (number,string) don't match the method signature for SpreadsheetApp.Range.addDeveloperMetadata.",
    );
  });

  it.each([
    ['spreadsheet', {}, ['workbook', 'tab', 'column', 'row', 'tab']],
    ['spreadsheet', { key: 'tab' }, ['tab', 'tab']],
    ['spreadsheet', { key: 'tab', value: 'notes' }, ['tab']],
    ['spreadsheet', { id: 3 }, ['column']],
    ['spreadsheet', { type: 'COLUMN' }, ['column']],
    ['spreadsheet', { type: 'SPREADSHEET' }, ['workbook']],
    ['spreadsheet', { visibility: 'PROJECT' }, ['column']],
    ['sheet', {}, ['tab', 'column', 'row']],
    ['sheet', { type: 'ROW' }, ['row']],
    ['C:C', {}, ['column']],
    ['A:D', {}, ['column']],
    ['2:2', {}, ['row']],
    ['A1:D5', {}, []],
    ['A1:D5', { intersecting: true }, ['column', 'row']],
    ['C5', { intersecting: true }, ['column']],
    ['A2', { intersecting: true, type: 'ROW' }, ['row']],
    ['A3:B9', { intersecting: true }, []],
  ])('a finder on %s with %j finds %j', (scope, criteria, keys) => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('tagEverything');
    expect(rt.call('findIn', scope, criteria)).toEqual(keys);
  });

  it('changes key, value and visibility, and removes', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('tagEverything');
    expect(rt.call('edit', 'column', 'setKey', 'amount column')).toEqual([
      3,
      'amount column',
      'amount',
      'PROJECT',
      'COLUMN C1:C1000 of Orders',
    ]);
    expect((rt.call('edit', 'amount column', 'setValue', 'net') as unknown[])[2]).toBe('net');
    expect((rt.call('edit', 'amount column', 'setVisibility', 'DOCUMENT') as unknown[])[3]).toBe('DOCUMENT');
    rt.call('edit', 'amount column', 'remove');
    expect(rt.call('findIn', 'spreadsheet', { key: 'amount column' })).toEqual([]);
    expect(() => rt.call('useAfterRemove')).toThrow('The developer metadata with ID 1 no longer exists.');
  });

  it('never hands out an id twice, even after the highest was removed', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('tagEverything');
    expect(rt.call('removeAndAdd')).toBe(6);
    expect(rt.workbook.lastDeveloperMetadataId).toBe(6);
  });

  it.each([
    ['moveToColumn', 'E:E', 'COLUMN E1:E1000 of Orders', { column: 5 }],
    ['moveToRow', '7:7', 'ROW A7:Z7 of Orders', { row: 7 }],
    ['moveToSheet', 'Orders', 'SHEET Orders', {}],
  ])('%s %s moves it there', (action, target, where, placed) => {
    const rt = runtimeWith(CODE, workbook(), { spreadsheetName: 'Shop' });
    rt.call('tagEverything');
    expect(rt.call('edit', 'workbook', action, target)).toEqual([1, 'workbook', 'v1', 'DOCUMENT', where]);
    expect(rt.workbook.developerMetadata).toEqual([]);
    expect(sheetNamed(rt.workbook, 'Orders').developerMetadata).toContainEqual({
      id: 1,
      key: 'workbook',
      value: 'v1',
      visibility: 'DOCUMENT',
      ...placed,
    });
  });

  it('moves column metadata to the spreadsheet, and refuses a column that is not one', () => {
    const rt = runtimeWith(CODE, workbook(), { spreadsheetName: 'Shop' });
    rt.call('tagEverything');
    expect((rt.call('edit', 'column', 'moveToSpreadsheet') as unknown[])[4]).toBe('SPREADSHEET Shop');
    expect(rt.workbook.developerMetadata?.map((metadata) => metadata.key)).toEqual(['workbook', 'column']);
    expect(() => rt.call('edit', 'row', 'moveToColumn', '3:3')).toThrow(
      'Adding developer metadata to arbitrary ranges',
    );
  });

  it('counts each call like the other services, and names a method the fake lacks', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('tagEverything');
    rt.resetCalls();
    rt.call('findIn', 'sheet', { key: 'tab', intersecting: true });
    expect(rt.calls).toEqual(
      expect.objectContaining({
        'Sheet.createDeveloperMetadataFinder': 1,
        'DeveloperMetadataFinder.withKey': 1,
        'DeveloperMetadataFinder.onIntersectingLocations': 1,
        'DeveloperMetadataFinder.find': 1,
        'DeveloperMetadata.getKey': 1,
      }),
    );
    rt.resetCalls();
    rt.call('tagEverything');
    expect(rt.calls['Range.addDeveloperMetadata']).toBe(2);
    expect(rt.calls['Spreadsheet.addDeveloperMetadata']).toBe(1);
    expect(() => rt.call('callMissing')).toThrow('getRange is not a function');
    expect(rt.calls['DeveloperMetadata.getLocation']).toBe(1);
  });

  it('may be read but not written from a custom function', () => {
    const rt = runtimeWith(CODE, workbook());
    rt.call('tagEverything');
    expect(rt.callAs('CUSTOM_FUNCTION', 'readInFormula')).toBe(5);
    expect(() => rt.callAs('CUSTOM_FUNCTION', 'writeInFormula')).toThrow(
      'You do not have permission to call Spreadsheet.addDeveloperMetadata',
    );
  });
});
