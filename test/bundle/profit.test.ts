/**
 * The PROFIT_BY_* formulas through the built dist/Code.js in the local runtime: written in cells,
 * recalculated the way Sheets does (whole-column ranges, date cells, spilled results).
 * The figures are those reconciled by hand in test/core/profit/reconciled.test.ts.
 */
import { createRuntime } from '../../scripts/runtime';
import type { CellValue, WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { Random } from '../../scripts/demo/random';
import { roundCents } from '../../src/core/cents';
import { headersOf, ORDERS, PRODUCTS } from '../../src/core/schema';
import { ranges, TIME_ZONE } from '../core/profit/handWorkbook';
import { formula, sheet } from './formulaCells';

const ARGS = 'Orders!A:S, Samples!A:S, Products!A:F, Costs!A:G, Report!B1, Report!B2, Settings!A:B';

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

/**
 * A seller with a US and a UK shop: pence at 1.2712 to the dollar, 12.5% commission, so hardly any
 * line is a whole number of cents in the report currency. The same lines grouped three ways must
 * give one Total row, and each table's rows must add up to it to the cent.
 */
describe('the three PROFIT_BY_* tables over a USD and GBP workbook', () => {
  const rng = new Random(20261201);
  const creators = ['ava.glow', 'ben_cooks', 'cara.pets', 'dev.home', ''];
  const campaigns = ['Spring', 'Summer', 'Black Friday', ''];
  const skus = ['GT-VCS-30', 'GT-BRM-50', 'PW-LMD-2', 'KN-SSL-6'];
  const pence = (max: number) => rng.int(1, max * 100) / 100;
  const lines = Array.from({ length: 120 }, (_, i) => {
    const currency = rng.chance(0.45) ? 'GBP' : 'USD';
    const gross = pence(80);
    const discount = rng.chance(0.3) ? Math.round(gross * 13) / 100 : 0;
    const refund = rng.chance(0.15) ? Math.round((gross - discount) * 37) / 100 : 0;
    return {
      orderId: `57${String(100000000000000000 + Math.floor(i / 2))}`,
      handle: rng.pick(creators),
      campaign: rng.pick(campaigns),
      sku: rng.pick(skus),
      units: rng.int(1, 4),
      gross,
      discount,
      refund,
      status: rng.pick(['completed', 'pending', 'partially refunded', 'cancelled', 'unpaid']),
      pct: rng.chance(0.5) ? 0.125 : '',
      commission: pence(9),
      fee: pence(6),
      shipping: rng.chance(0.5) ? pence(5) : '',
      currency,
    };
  });
  const GBP = 1.2712;
  const orders: CellValue[][] = [
    headersOf(ORDERS),
    ...lines.map((l, i) => [
      l.orderId,
      (i % 2) + 1,
      new Date('2026-05-12T18:00:00Z'),
      l.handle,
      l.campaign,
      l.sku,
      '',
      l.units,
      l.gross,
      l.discount,
      l.refund,
      l.status,
      l.pct,
      l.pct === '' ? l.commission : '',
      l.fee,
      l.shipping,
      l.currency,
      l.currency === 'GBP' ? 'UK' : 'US',
      '',
    ]),
  ];
  const products: CellValue[][] = [
    headersOf(PRODUCTS),
    ['GT-VCS-30', 'Serum', 4.83, 'USD', 'Glow Theory', ''],
    ['GT-BRM-50', 'Moisturizer', 3.27, 'GBP', 'Glow Theory', ''],
    ['PW-LMD-2', 'Lick mat', 2.11, 'USD', 'Pawsome', ''],
    ['KN-SSL-6', 'Lids', 1.73, 'GBP', 'Kitchen Nest', ''],
  ];
  const settings: CellValue[][] = [
    ['Setting', 'Value'],
    ['Report currency', 'USD'],
    ['FX rate GBP', GBP],
  ];
  const args = 'Orders!A:S, , Products!A:F, , , , Settings!A:B';
  const runtime = createRuntime({
    workbook: {
      timeZone: TIME_ZONE,
      sheets: [
        sheet('Orders', orders),
        sheet('Products', products),
        sheet('Settings', settings),
        sheet('By creator', [[formula(`=PROFIT_BY_CREATOR(${args})`)]]),
        sheet('By campaign', [[formula(`=PROFIT_BY_CAMPAIGN(${args})`)]]),
        sheet('By SKU', [[formula(`=PROFIT_BY_SKU(${args})`)]]),
        sheet(
          'One creator',
          creators.filter(Boolean).map((handle) => [handle, formula(`=CREATOR_PROFIT("${handle}", ${args})`)]),
        ),
      ],
    },
  });
  runtime.evaluateFormulas();
  const tables = ['By creator', 'By campaign', 'By SKU'].map((name) =>
    valuesOf(sheetNamed(runtime.workbook, name)).filter((row) => row[0] !== ''),
  );
  const cents = (value: CellValue) => Math.round((value as number) * 100);
  const amountColumns = (header: CellValue[]) => header.map((_, c) => c).filter((c) => c >= 2 && c <= 12);

  it('compute without errors', () => {
    expect(runtime.formulaErrors).toEqual({});
    expect(tables.map((table) => table.length)).toEqual([2 + 5, 2 + 4, 2 + 4]);
  });

  it('give the identical Total row in all three, in every column', () => {
    const [creator, campaign, sku] = tables.map((table) => table[table.length - 1]);
    expect(creator?.[0]).toBe('Total');
    expect(campaign).toEqual(creator);
    expect(sku).toEqual(creator);
  });

  it("have rows whose cents add up to the Total's in every amount column, and read across", () => {
    for (const table of tables) {
      const [header, ...rows] = table;
      const total = rows.pop()!;
      for (const c of amountColumns(header)) {
        expect([header[c], rows.reduce((sum, row) => sum + cents(row[c]), 0)]).toEqual([header[c], cents(total[c])]);
      }
      for (const row of [...rows, total]) {
        const at = (name: string) => cents(row[header.indexOf(name)]);
        expect(at('Net revenue')).toBe(at('GMV') - at('Refunds'));
        const costs = ['Commission', 'Platform fees', 'COGS', 'Shipping', 'Sample cost', 'Other costs'];
        expect(at('Net profit')).toBe(costs.reduce((profit, name) => profit - at(name), at('Net revenue')));
      }
    }
  });

  it('total GMV as the exact sum over the lines that are sales, rounded once', () => {
    const sales = lines.filter((l) => l.status !== 'cancelled' && l.status !== 'unpaid');
    const exact = sales.reduce((sum, l) => sum + (l.gross - l.discount) * (l.currency === 'GBP' ? GBP : 1), 0);
    const [header, ...rows] = tables[0];
    expect(rows[rows.length - 1][header.indexOf('GMV')]).toBe(roundCents(exact));
  });

  it("give CREATOR_PROFIT the creator table's own cents", () => {
    const [header, ...rows] = tables[0];
    const netProfit = new Map(rows.map((row) => [row[0], row[header.indexOf('Net profit')]]));
    for (const [handle, profit] of valuesOf(sheetNamed(runtime.workbook, 'One creator'))) {
      expect([handle, profit]).toEqual([handle, netProfit.get(handle)]);
    }
  });
});
