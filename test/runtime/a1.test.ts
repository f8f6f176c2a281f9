import { a1Of, columnLetters, columnNumber, parseA1, quoteSheetName } from '../../scripts/runtime/a1';

describe('A1 notation', () => {
  it.each([
    ['A1', { row: 1, column: 1, endRow: 1, endColumn: 1 }],
    ['B2:D10', { row: 2, column: 2, endRow: 10, endColumn: 4 }],
    ['$C$3', { row: 3, column: 3, endRow: 3, endColumn: 3 }],
    ['A:S', { row: 1, column: 1, endRow: undefined, endColumn: 19 }],
    ['A2:C', { row: 2, column: 1, endRow: undefined, endColumn: 3 }],
    ['2:5', { row: 2, column: 1, endRow: 5, endColumn: undefined }],
    ['D4:B2', { row: 2, column: 2, endRow: 4, endColumn: 4 }],
    ['aa10', { row: 10, column: 27, endRow: 10, endColumn: 27 }],
  ])('parses %s', (notation, expected) => {
    expect(parseA1(notation)).toEqual({ sheetName: undefined, ...expected });
  });

  it('reads plain and quoted sheet names, including an escaped quote', () => {
    expect(parseA1('Sheet2!A1:B2')).toMatchObject({ sheetName: 'Sheet2', row: 1, endColumn: 2 });
    expect(parseA1("'Follow-up log'!A:I")).toMatchObject({
      sheetName: 'Follow-up log',
      endColumn: 9,
      endRow: undefined,
    });
    expect(parseA1("'Bob''s tab'!C3")).toMatchObject({ sheetName: "Bob's tab", row: 3, column: 3 });
  });

  it.each(['', 'A', '1A', 'A1:B2:C3', 'Sheet!'])('rejects %j', (notation) => {
    expect(() => parseA1(notation)).toThrow('Range not found');
  });

  it('converts column letters both ways past Z and ZZ', () => {
    for (const n of [1, 26, 27, 52, 702, 703, 16384]) expect(columnNumber(columnLetters(n))).toBe(n);
    expect(columnLetters(28)).toBe('AB');
    expect(a1Of(2, 1, 10, 19)).toBe('A2:S10');
  });

  it('quotes sheet names only when a formula needs it', () => {
    expect(quoteSheetName('Orders')).toBe('Orders');
    expect(quoteSheetName('Follow-up log')).toBe("'Follow-up log'");
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  });
});
