import { runtimeWith } from './fixture';
import type { SheetModel, WorkbookModel } from '../../scripts/runtime/workbook';
import { findSheet, sheetFromValues, sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import {
  deleteColumns,
  deleteRows,
  deleteSheet,
  insertColumns,
  insertRows,
  moveColumns,
  moveRows,
  renameSheet,
  sortRows,
} from '../../scripts/runtime/sheetEdits';

const CODE = `
var ss = SpreadsheetApp.getActive();
function sheet() { return ss.getSheetByName('Orders'); }
function edit(method) {
  var s = sheet();
  var args = Array.prototype.slice.call(arguments, 1).map(function (arg) { return typeof arg === 'string' ? s.getRange(arg) : arg; });
  s[method].apply(s, args);
}
function sortRange(a1, spec) { sheet().getRange(a1).sort(spec); }
function tag() {
  sheet().getRange('C:C').addDeveloperMetadata('amount');
  sheet().getRange('3:3').addDeveloperMetadata('order', 'r3');
  sheet().addDeveloperMetadata('tab');
}
/** Where the add-on finds its marks: the column and row numbers of each key. */
function marks() {
  var found = {};
  ss.createDeveloperMetadataFinder().find().forEach(function (m) {
    var location = m.getLocation();
    var column = location.getColumn(), row = location.getRow(), tab = location.getSheet();
    found[m.getKey()] = column ? column.getColumn() : row ? row.getRow() : tab.getName();
  });
  return found;
}
function rename(name) { sheet().setName(name); }
function remove(name) { ss.deleteSheet(ss.getSheetByName(name)); }
`;

/** Orders: columns a-e in row 1; rows 2-6 named r2-r6 in column A with amounts in column B. */
function workbook(): WorkbookModel {
  return {
    timeZone: 'UTC',
    sheets: [
      sheetFromValues(
        'Orders',
        [
          ['a', 'b', 'c', 'd', 'e'],
          ['r2', 30],
          ['r3', 10],
          ['r4', 50],
          ['r5', 20],
          ['r6', 40],
        ],
        1,
      ),
      sheetFromValues('Notes', [['n']]),
    ],
  };
}

function tagged(): ReturnType<typeof runtimeWith> {
  const rt = runtimeWith(CODE, workbook());
  rt.call('tag');
  return rt;
}

function orders(rt: ReturnType<typeof runtimeWith>): SheetModel {
  return sheetNamed(rt.workbook, 'Orders');
}

/** The values of row 1 (the column letters) and of column A (the row names). */
function headerRow(rt: ReturnType<typeof runtimeWith>): unknown[] {
  return valuesOf(orders(rt))[0];
}
function nameColumn(rt: ReturnType<typeof runtimeWith>): unknown[] {
  return valuesOf(orders(rt)).map((row) => row[0]);
}

describe('Sheet methods move column metadata with its column', () => {
  it.each<[string, unknown[], number | undefined]>([
    ['insertColumnBefore', [3], 4],
    ['insertColumnAfter', [3], 3],
    ['insertColumnAfter', [2], 4],
    ['insertColumns', [1, 2], 5],
    ['insertColumns', [4], 3],
    ['insertColumnsBefore', [3, 2], 5],
    ['insertColumnsAfter', [3, 2], 3],
    ['deleteColumn', [2], 2],
    ['deleteColumn', [4], 3],
    ['deleteColumns', [1, 2], 1],
    ['deleteColumn', [3], undefined],
    ['deleteColumns', [2, 3], undefined],
    ['moveColumns', ['C:C', 1], 1],
    ['moveColumns', ['A1:B1', 5], 1],
    ['moveColumns', ['C1', 6], 5],
    ['moveColumns', ['C1', 3], 3],
  ])('%s(%j) leaves it on column %j', (method, args, column) => {
    const rt = tagged();
    rt.call('edit', method, ...args);
    const marks = rt.call('marks') as Record<string, unknown>;
    expect(marks.amount).toBe(column);
    if (column !== undefined) expect(headerRow(rt)[column - 1]).toBe('c');
    else expect(headerRow(rt)).not.toContain('c');
    expect(marks.order).toBe(3);
    expect(marks.tab).toBe('Orders');
  });

  it('grows and shrinks the grid and shifts the cells as Sheets does', () => {
    const rt = tagged();
    rt.call('edit', 'insertColumnsBefore', 2, 2);
    expect(headerRow(rt)).toEqual(['a', '', '', 'b', 'c', 'd', 'e']);
    expect(orders(rt).maxColumns).toBe(28);
    rt.call('edit', 'deleteColumns', 2, 2);
    rt.call('edit', 'moveColumns', 'A:B', 5);
    expect(headerRow(rt)).toEqual(['c', 'd', 'a', 'b', 'e']);
    expect(orders(rt).maxColumns).toBe(26);
    expect(() => rt.call('edit', 'deleteColumns', 1, 26)).toThrow(
      'Sorry, it is not possible to delete all non-frozen columns.',
    );
    expect(() => rt.call('edit', 'insertColumnsBefore', 28, 1)).toThrow('Those columns are out of bounds.');
    expect(() => rt.call('edit', 'insertRowsAfter', 0, 1)).toThrow('Those rows are out of bounds.');
  });
});

describe('Sheet and Range methods move row metadata with its row', () => {
  it.each<[string, unknown[], number | undefined]>([
    ['insertRowBefore', [3], 4],
    ['insertRowAfter', [3], 3],
    ['insertRows', [2, 3], 6],
    ['insertRowsBefore', [1, 1], 4],
    ['insertRowsAfter', [2, 2], 5],
    ['deleteRow', [2], 2],
    ['deleteRows', [3, 2], undefined],
    ['deleteRows', [4, 2], 3],
    ['moveRows', ['3:3', 7], 6],
    ['moveRows', ['A5:B6', 2], 5],
    ['sort', [2], 2],
    ['sort', [2, false], 6],
    ['sort', [1, false], 5],
  ])('%s(%j) leaves it on row %j', (method, args, row) => {
    const rt = tagged();
    rt.call('edit', method, ...args);
    const marks = rt.call('marks') as Record<string, unknown>;
    expect(marks.order).toBe(row);
    if (row !== undefined) expect(nameColumn(rt)[row - 1]).toBe('r3');
    else expect(nameColumn(rt)).not.toContain('r3');
    expect(marks.amount).toBe(3);
  });

  it('sorts below the frozen header: numbers by value, text regardless of case, blanks last', () => {
    const rt = tagged();
    rt.call('edit', 'sort', 2, false);
    expect(nameColumn(rt)).toEqual(['a', 'r4', 'r6', 'r2', 'r5', 'r3']);
    const mixed = runtimeWith(CODE, {
      timeZone: 'UTC',
      sheets: [sheetFromValues('Orders', [['k'], ['beta'], [''], [3], ['Alpha'], [true], [1]], 1)],
    });
    mixed.call('edit', 'sort', 1);
    expect(nameColumn(mixed)).toEqual(['k', 1, 3, 'Alpha', 'beta', true, '']);
  });

  it.each<[string, unknown, unknown[], number]>([
    ['A2:B6', 2, ['a', 'r3', 'r5', 'r2', 'r6', 'r4'], 2],
    ['A2:B6', { column: 2, ascending: false }, ['a', 'r4', 'r6', 'r2', 'r5', 'r3'], 6],
    ['A2:B6', [{ column: 1, ascending: false }], ['a', 'r6', 'r5', 'r4', 'r3', 'r2'], 5],
    ['A3:B4', [2], ['a', 'r2', 'r3', 'r4', 'r5', 'r6'], 3],
  ])('Range(%s).sort(%j) orders the rows and carries the row metadata', (a1, spec, names, row) => {
    const rt = tagged();
    rt.call('sortRange', a1, spec);
    expect(nameColumn(rt)).toEqual(names);
    expect((rt.call('marks') as Record<string, unknown>).order).toBe(row);
  });

  it('refuses a sort column outside the range', () => {
    const rt = tagged();
    expect(() => rt.call('sortRange', 'A2:B6', 3)).toThrow('The sort column 3 must be within the range A2:B6.');
  });
});

describe('Sheet metadata stays with its tab', () => {
  it('keeps it when the tab is renamed and drops it with the tab', () => {
    const rt = tagged();
    rt.call('rename', 'Orders 2026');
    expect(rt.call('marks')).toEqual({ amount: 3, order: 3, tab: 'Orders 2026' });
    rt.call('remove', 'Orders 2026');
    expect(rt.call('marks')).toEqual({});
    expect(findSheet(rt.workbook, 'Orders 2026')).toBeUndefined();
  });
});

describe('Operator edits (sheetEdits) keep the metadata in step', () => {
  it.each<[string, (sheet: SheetModel) => void, { amount?: number; order?: number }]>([
    ['insertColumns(sheet, 1, 2)', (sheet) => insertColumns(sheet, 1, 2), { amount: 5, order: 3 }],
    ['insertColumns(sheet, 4)', (sheet) => insertColumns(sheet, 4), { amount: 3, order: 3 }],
    ['deleteColumns(sheet, 2)', (sheet) => deleteColumns(sheet, 2), { amount: 2, order: 3 }],
    ['deleteColumns(sheet, 3)', (sheet) => deleteColumns(sheet, 3), { order: 3 }],
    ['moveColumns(sheet, 3, 1, 1)', (sheet) => moveColumns(sheet, 3, 1, 1), { amount: 1, order: 3 }],
    ['moveColumns(sheet, 1, 2, 6)', (sheet) => moveColumns(sheet, 1, 2, 6), { amount: 1, order: 3 }],
    ['insertRows(sheet, 2, 2)', (sheet) => insertRows(sheet, 2, 2), { amount: 3, order: 5 }],
    ['deleteRows(sheet, 2)', (sheet) => deleteRows(sheet, 2), { amount: 3, order: 2 }],
    ['deleteRows(sheet, 3)', (sheet) => deleteRows(sheet, 3), { amount: 3 }],
    ['moveRows(sheet, 3, 1, 7)', (sheet) => moveRows(sheet, 3, 1, 7), { amount: 3, order: 6 }],
    ['sortRows(sheet, 2)', (sheet) => sortRows(sheet, 2), { amount: 3, order: 2 }],
    [
      'sortRows(sheet, 1, { ascending: false })',
      (sheet) => sortRows(sheet, 1, { ascending: false }),
      { amount: 3, order: 5 },
    ],
  ])('%s', (_, operatorEdit, expected) => {
    const rt = tagged();
    operatorEdit(orders(rt));
    expect(rt.call('marks')).toEqual({ ...expected, tab: 'Orders' });
    if (expected.amount) expect(headerRow(rt)[expected.amount - 1]).toBe('c');
    if (expected.order) expect(valuesOf(orders(rt))[expected.order - 1]).toContain('r3');
  });

  it('renames and deletes tabs, metadata and protections going with them', () => {
    const rt = tagged();
    renameSheet(rt.workbook, orders(rt), 'Orders (old)');
    expect(rt.call('marks')).toEqual({ amount: 3, order: 3, tab: 'Orders (old)' });
    expect(() => renameSheet(rt.workbook, sheetNamed(rt.workbook, 'Notes'), 'orders (OLD)')).toThrow(
      'A sheet with the name "orders (OLD)" already exists. Please enter another name.',
    );
    deleteSheet(rt.workbook, sheetNamed(rt.workbook, 'Orders (old)'));
    expect(rt.call('marks')).toEqual({});
    expect(() => deleteSheet(rt.workbook, sheetNamed(rt.workbook, 'Notes'))).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('sorts only the rows under the header rows it is told of', () => {
    const rt = tagged();
    sortRows(orders(rt), 1, { ascending: false, headerRows: 0 });
    expect(nameColumn(rt)).toEqual(['r6', 'r5', 'r4', 'r3', 'r2', 'a']);
  });
});

describe('Protected ranges follow their cells', () => {
  it('shift, grow and shrink with inserted and deleted lines, and go when all their lines go', () => {
    const rt = tagged();
    const sheet = orders(rt);
    sheet.protections = [
      { range: { row: 1, column: 2, numRows: 1000, numColumns: 2 }, description: 'B:C', warningOnly: true },
      { range: { row: 2, column: 1, numRows: 3, numColumns: 26 }, description: '2:4', warningOnly: false },
      { description: 'whole tab', warningOnly: true },
    ];
    insertColumns(sheet, 1);
    insertColumns(sheet, 4, 2);
    insertRows(sheet, 3);
    deleteRows(sheet, 2);
    expect(sheet.protections.map(({ range }) => range)).toEqual([
      { row: 1, column: 3, numRows: 1000, numColumns: 4 },
      { row: 2, column: 2, numRows: 3, numColumns: 28 },
      undefined,
    ]);
    deleteRows(sheet, 2, 3);
    deleteColumns(sheet, 3, 4);
    expect(sheet.protections.map(({ description }) => description)).toEqual(['whole tab']);
  });
});
