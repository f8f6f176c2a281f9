/**
 * The PROFIT_BY_* formulas through the built dist/Code.js in the local runtime: written in cells,
 * recalculated the way Sheets does (whole-column ranges, date cells, spilled results).
 * The figures are those reconciled by hand in test/core/profit/reconciled.test.ts.
 */
import { createRuntime } from '../../scripts/runtime';
import type { Cell, CellValue, SheetModel, WorkbookModel } from '../../scripts/runtime/workbook';
import { ranges, TIME_ZONE } from '../core/profit/handWorkbook';
import { sheetNamed } from '../../scripts/runtime/workbook';

const ARGS = 'Orders!A:S, Samples!A:S, Products!A:E, Costs!A:G, Report!B1, Report!B2, Settings!A:B';

function sheet(name: string, rows: (CellValue | Cell)[][]): SheetModel {
  return {
    name,
    frozenRows: 1,
    rows: rows.map((row) =>
      row.map((item) => (typeof item === 'object' && !(item instanceof Date) ? item : { value: item })),
    ),
  };
}

const formula = (text: string): Cell => ({ value: '', formula: text });

function workbook(): WorkbookModel {
  return {
    timeZone: TIME_ZONE,
    sheets: [
      sheet('Orders', ranges.orders),
      sheet('Samples', ranges.samples),
      sheet('Products', ranges.products),
      sheet('Costs', ranges.costs),
      sheet('Settings', ranges.settings),
      sheet('Report', [
        ['Start', new Date('2026-03-01T08:00:00Z')],
        ['End', new Date('2026-03-31T07:00:00Z')],
        [
          formula(`=CREATOR_PROFIT("@Jane.Doe", ${ARGS})`),
          formula(`=CREATOR_METRIC("mike_fit", "Platform fees", ${ARGS})`),
          formula(`=CREATOR_METRIC("mike_fit", "Profit", ${ARGS})`),
        ],
        [formula(`=PROFIT_BY_CREATOR(${ARGS})`)],
      ]),
    ],
  };
}

describe('the PROFIT formulas in the built add-on', () => {
  const runtime = createRuntime({ workbook: workbook() });
  runtime.evaluateFormulas();
  const report = sheetNamed(runtime.workbook, 'Report');
  const value = (row: number, column: number) => report.rows[row - 1]?.[column - 1]?.value;

  it('spill the creator table, reconciled to the cent, from the formula cell', () => {
    expect(report.rows[3][0]).toMatchObject({
      formula: `=PROFIT_BY_CREATOR(${ARGS})`,
      spill: { rows: 7, columns: 15 },
    });
    expect(report.rows.slice(3, 10).map((row) => row[0].value)).toEqual([
      'Creator',
      'mike_fit',
      '(unattributed)',
      'lena.cook',
      '(unallocated)',
      'jane.doe',
      'Total',
    ]);
    expect(report.rows[9].map((cell) => cell.value)).toEqual([
      'Total',
      5,
      10,
      209,
      17.5,
      191.5,
      19.6,
      12.62,
      33.5,
      9.5,
      29,
      140,
      -52.72,
      -52.72 / 191.5,
      -52.72 / 188.6,
    ]);
  });

  it("give one creator's figure, and a finance-readable error for an unknown metric", () => {
    expect(value(3, 1)).toBe(-82.45);
    expect(value(3, 2)).toBe(6.62);
    expect(value(3, 3)).toBe('#ERROR!');
    expect(runtime.formulaErrors['Report!C3']).toMatch(
      /^metric: "Profit" is not a column of the profit table\. Use one of: Orders, Units/,
    );
  });
});
