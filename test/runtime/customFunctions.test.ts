import { runtimeWith } from './fixture';
import type { Cell, CellValue, SheetModel, WorkbookModel } from '../../scripts/runtime/workbook';

const CODE = `
/** @customfunction */
function TOTAL_BY(orders, minimum) {
  var totals = {};
  orders.slice(1).forEach(function (row) { if (row[0] !== '') totals[row[0]] = (totals[row[0]] || 0) + row[1]; });
  var rows = [['Handle', 'Total']];
  Object.keys(totals).sort().forEach(function (h) { if (totals[h] >= (minimum || 0)) rows.push([h, totals[h]]); });
  return rows;
}
function SHAPE(range) { return [range.length, range[0].length, range[range.length - 1][0]]; }
function ECHO(a, b, c, d) { return [[typeof a, a instanceof Date, String(b), c, d === '' ? 'blank' : String(d)]]; }
function DOUBLE(x) { return x * 2; }
function FAIL(message) { throw new Error(message); }
function SLOW() { Utilities.sleep(31000); return 1; }
function WRITES() { SpreadsheetApp.getActive().getRange('Orders!A1').setValue('hacked'); return 1; }
function LOG_ROWS(log) { return log.filter(function (r) { return r[0] !== ''; }).length; }
function private_(x) { return x; }
function TEXT_OR_NOTHING(text) { return text === 'none' ? [] : text === 'infinite' ? 1 / 0 : text; }
`;

function formula(text: string): Cell {
  return { value: '', formula: text };
}

function sheet(name: string, rows: (CellValue | Cell)[][]): SheetModel {
  return {
    name,
    frozenRows: 0,
    rows: rows.map((row) =>
      row.map((item) => (typeof item === 'object' && !(item instanceof Date) ? item : { value: item })),
    ),
  };
}

function workbook(report: (CellValue | Cell)[][]): WorkbookModel {
  return {
    timeZone: 'America/Los_Angeles',
    sheets: [
      sheet('Orders', [
        ['Handle', 'Net'],
        ['jane', 10],
        ['bob', 5],
        ['jane', 2.5],
        ['', 99],
      ]),
      sheet('Follow-up log', [
        ['Time', 'Rule'],
        [new Date('2026-03-14T12:00:00Z'), 'nudge'],
      ]),
      sheet('Report', report),
    ],
  };
}

function values(rows: Cell[][]): CellValue[][] {
  return rows.map((row) => row.map((cell) => cell.value));
}

describe('custom function formulas', () => {
  it('passes a whole-column range with every row up to the max rows, and spills a 2-D result right and down', () => {
    const rt = runtimeWith(CODE, workbook([[formula('=TOTAL_BY(Orders!A:B)'), '', '', formula('=SHAPE(Orders!A:B)')]]));
    expect(rt.evaluateFormulas()).toBe(2);
    const report = rt.workbook.sheets[2].rows;
    expect(values(report)).toEqual([
      ['Handle', 'Total', '', 1000],
      ['bob', 5, '', 2],
      ['jane', 12.5],
    ]);
    expect(report[0][0]).toMatchObject({ formula: '=TOTAL_BY(Orders!A:B)', spill: { rows: 3, columns: 2 } });
    expect(report[1][0].formula).toBeUndefined();
    expect(rt.formulaErrors).toEqual({});
  });

  it('reports #REF! when the spill would overwrite data, and shows #ERROR! with the thrown message', () => {
    const rt = runtimeWith(
      CODE,
      workbook([
        [formula('=TOTAL_BY(Orders!A1:B5)'), '', 'typed'],
        ['', 'typed too'],
        [formula('=FAIL("Missing header: Net")')],
      ]),
    );
    rt.evaluateFormulas();
    expect(values(rt.workbook.sheets[2].rows)).toEqual([['#REF!', '', 'typed'], ['', 'typed too'], ['#ERROR!']]);
    expect(rt.formulaErrors).toEqual({
      'Report!A1': 'Array result was not expanded because it would overwrite data in B2.',
      'Report!A3': 'Missing header: Net',
    });
  });

  it('passes one cell as its value, literals as Sheets does, and quoted sheet names', () => {
    const rt = runtimeWith(
      CODE,
      workbook([
        [formula(`=ECHO('Follow-up log'!A2, "say ""hi""", TRUE, )`)],
        [formula("=LOG_ROWS('Follow-up log'!A:B)")],
      ]),
    );
    rt.evaluateFormulas();
    expect(values(rt.workbook.sheets[2].rows)).toEqual([['object', true, 'say "hi"', true, 'blank'], [2]]);
  });

  it('evaluates a formula after the formulas whose cells it reads, and again after a spill it reads', () => {
    const report = [
      [formula('=DOUBLE(B1)'), formula('=DOUBLE(C1)'), 5, formula('=DOUBLE(F3)')],
      ['', '', '', '', formula('=TOTAL_BY(Orders!A1:B4, 10)')],
    ];
    const rt = runtimeWith(CODE, workbook(report));
    expect(rt.evaluateFormulas()).toBe(4);
    expect(values(rt.workbook.sheets[2].rows)).toEqual([
      [20, 10, 5, 25],
      ['', '', '', '', 'Handle', 'Total'],
      ['', '', '', '', 'jane', 12.5],
    ]);
  });

  it('marks formulas that read their own cell as circular', () => {
    const rt = runtimeWith(CODE, workbook([[formula('=SHAPE(A1:A2)')]]));
    rt.evaluateFormulas();
    expect(rt.workbook.sheets[2].rows[0][0].value).toBe('#REF!');
    expect(rt.formulaErrors['Report!A1']).toMatch(/Circular dependency/);
  });

  it('enforces the 30-second limit and read-only access, and ignores private and unknown functions', () => {
    const rt = runtimeWith(
      CODE,
      workbook([[formula('=SLOW()'), formula('=WRITES()'), formula('=private_(1)'), formula('=SUM(1,2)')]]),
    );
    expect(rt.evaluateFormulas()).toBe(2);
    expect(values(rt.workbook.sheets[2].rows)).toEqual([['#ERROR!', '#ERROR!', '', '']]);
    expect(rt.formulaErrors).toEqual({
      'Report!A1': 'Exceeded maximum execution time',
      'Report!B1': 'You do not have permission to call Range.setValue',
    });
    expect(rt.workbook.sheets[0].rows[0][0].value).toBe('Handle');
  });

  it('clears its previous spill before spilling again, so a smaller result leaves no stale rows', () => {
    const rt = runtimeWith(CODE, workbook([[formula('=TOTAL_BY(Orders!A1:B5)')]]));
    rt.evaluateFormulas();
    rt.workbook.sheets[0].rows[2][1].value = 0.5;
    rt.workbook.sheets[2].rows[0][0].formula = '=TOTAL_BY(Orders!A1:B5, 1)';
    rt.evaluateFormulas();
    expect(values(rt.workbook.sheets[2].rows)).toEqual([
      ['Handle', 'Total'],
      ['jane', 12.5],
      ['', ''],
    ]);
  });

  it('keeps a value typed over a spilled cell, which then blocks the result, and drops a spill whose formula is replaced', () => {
    const rt = runtimeWith(CODE, workbook([[formula('=TOTAL_BY(Orders!A1:B5)')]]));
    rt.evaluateFormulas();
    const report = rt.spreadsheet.getSheetByName('Report')!;
    report.getRange('B2').setValue('typed');
    rt.evaluateFormulas();
    expect(report.getRange('A1:B3').getValues()).toEqual([
      ['#REF!', ''],
      ['', 'typed'],
      ['', ''],
    ]);
    report.getRange('B2').clearContent();
    rt.evaluateFormulas();
    expect(report.getRange('A3:B3').getValues()).toEqual([['jane', 12.5]]);
    report.getRange('A1').setValue('over it');
    expect(report.getRange('A1:B3').getValues()).toEqual([
      ['over it', ''],
      ['', ''],
      ['', ''],
    ]);
  });

  it('marks only real errors as error cells: a returned "#N/A" string is text, as Sheets shows it', () => {
    const rt = runtimeWith(
      CODE,
      workbook([
        [
          formula('=TEXT_OR_NOTHING("#N/A")'),
          formula('=TEXT_OR_NOTHING("none")'),
          formula('=TEXT_OR_NOTHING("infinite")'),
          formula('=FAIL("x")'),
        ],
      ]),
    );
    rt.evaluateFormulas();
    const [text, empty, infinite, failed] = rt.workbook.sheets[2].rows[0];
    expect([text, empty, infinite, failed].map((cell) => [cell.value, cell.error])).toEqual([
      ['#N/A', undefined],
      ['#N/A', true],
      ['#NUM!', true],
      ['#ERROR!', true],
    ]);
    rt.workbook.sheets[2].rows[0][1].formula = '=TEXT_OR_NOTHING("fine")';
    rt.evaluateFormulas();
    expect(rt.workbook.sheets[2].rows[0][1]).toEqual({ value: 'fine', formula: '=TEXT_OR_NOTHING("fine")' });
  });
});
