/** Every error the formulas show says what is wrong and what to change. */
import { creatorMetric, creatorProfit, profitBy } from '../../../src/core/profit';
import { MARCH, ranges, TIME_ZONE } from './handWorkbook';

const options = { timeZone: TIME_ZONE };

type Grid = (string | number | Date)[][];

/** The grid with the cell under `header` in row `row` (1 = header row) replaced. */
function withCell(grid: Grid, row: number, header: string, value: string | number): Grid {
  const column = grid[0].indexOf(header);
  return grid.map((cells, r) => (r === row - 1 ? cells.map((cell, c) => (c === column ? value : cell)) : cells));
}

const renamed = (grid: Grid, from: string, to: string): Grid => [
  grid[0].map((h) => (h === from ? to : h)),
  ...grid.slice(1),
];

const report = (changes: Record<string, unknown>) => () => profitBy('creator', { ...ranges, ...changes }, options);

describe('errors', () => {
  it('a missing required header names the range, the header, and the names it accepts', () => {
    expect(report({ orders: renamed(ranges.orders, 'Order ID', 'Ref') })).toThrow(
      /^The orders range has no Order ID column\. .*one of these headers: Order ID, Order, Order number, Order no, TikTok order ID\.$/,
    );
    expect(report({ orders: renamed(ranges.orders, 'Gross sales', 'Amount?') })).toThrow(
      /orders range has no Gross sales column.*SKU Subtotal Before Discount.*Payment Amount \(or a Unit price column: Unit price, SKU Unit Original Price/,
    );
    expect(report({ products: renamed(ranges.products, 'Unit cost', 'Price') })).toThrow(
      /products range has no Unit cost column.*Unit cost, Cost, COGS/,
    );
    expect(report({ samples: renamed(ranges.samples, 'Handle', 'Who') })).toThrow(
      /samples range has no Handle column.*TikTok handle/,
    );
  });

  it('a column the formula reads whose header another column repeats is refused, naming both', () => {
    // Finance inserted a Commission column of their own before the Orders tab's.
    const commission = ranges.orders[0].indexOf('Commission');
    const withTheirs = ranges.orders.map((row, r) => [...row.slice(0, 2), r === 0 ? 'Commission' : 1, ...row.slice(2)]);
    expect(commission).toBeGreaterThan(2);
    expect(report({ orders: withTheirs })).toThrow(
      /^Columns C and [A-Z] of the orders range are both headed "Commission": the figures cannot tell which holds the Commission\. Rename or move the one that is yours\.$/,
    );
  });

  it("reads the column headed by the field's own name, not an operator's column an alias maps, wherever that is", () => {
    // Payment Amount is how the affiliate export names Gross sales; here it is finance's own figure.
    const withTheirs = ranges.orders.map((row, r) => [r === 0 ? 'Payment Amount' : 999, ...row]);
    expect(profitBy('creator', { ...ranges, orders: withTheirs }, options)).toEqual(
      profitBy('creator', ranges, options),
    );
  });

  it('each table needs its key column, and COGS needs Units and a SKU', () => {
    const without = (header: string) => ({
      orders: ranges.orders.map((row) => row.filter((_, c) => ranges.orders[0][c] !== header)),
    });
    expect(report(without('Handle'))).toThrow(/^The orders range has no Handle column\..*: Handle, TikTok handle/);
    expect(() => profitBy('campaign', { ...ranges, ...without('Campaign') }, options)).toThrow(
      /^The orders range has no Campaign column/,
    );
    expect(() => profitBy('sku', { orders: without('SKU').orders }, options)).toThrow(
      /^The orders range has no SKU column\..*: SKU, Seller SKU.* \(or a SKU ID column: SKU ID\)\.$/,
    );
    expect(report(without('Units'))).toThrow(/^The orders range has no Units column\..*: Units, Quantity, Qty/);
    expect(report({ ...without('Units'), products: undefined })).not.toThrow();
    const samplesWithoutUnits = ranges.samples.map((row) => row.filter((_, c) => ranges.samples[0][c] !== 'Units'));
    expect(report({ samples: samplesWithoutUnits })).toThrow(/^The samples range has no Units column/);
  });

  it('a period needs the date column of each range it filters', () => {
    expect(report({ ...MARCH, costs: renamed(ranges.costs, 'Date', 'When') })).toThrow(
      /costs range has no Date column/,
    );
    expect(report({ ...MARCH, samples: renamed(ranges.samples, 'Shipped', 'Out') })).toThrow(
      /samples range has no Shipped column.*Ship date/,
    );
    expect(report({ costs: renamed(ranges.costs, 'Date', 'When') })).not.toThrow();
  });

  it('an unknown metric lists the valid ones', () => {
    expect(() => creatorMetric('jane.doe', 'Profit', ranges, options)).toThrow(
      'metric: "Profit" is not a column of the profit table. Use one of: Orders, Units, GMV, Refunds, Net revenue, Commission, ' +
        'Platform fees, COGS, Shipping, Sample cost, Other costs, Net profit, Margin, ROI.',
    );
  });

  it('a SKU without a unit cost is named, never costed at 0', () => {
    const products = ranges.products.filter((row) => row[0] !== 'A');
    expect(report({ products })).toThrow('No unit cost for SKU A: add each to the products range with its Unit cost.');
    const blankCost = withCell(ranges.products, 3, 'Unit cost', '');
    expect(report({ products: blankCost })).toThrow(/No unit cost for SKU B:/);
    expect(report({ orders: withCell(ranges.orders, 7, 'SKU', '') })).toThrow(
      'No SKU on row 7 of the orders range, so its product cost is unknown: fill in the SKU.',
    );
  });

  it('TikTok SKU IDs are text: one that went through a number has lost digits and is named', () => {
    const orders = [
      ['Order ID', 'Creator Username', 'SKU ID', 'Quantity', 'Payment Amount'],
      ['576000000000000001', 'jane.doe', '1729000000000000101', 1, 20],
      ['576000000000000002', 'jane.doe', '1729000000000000102', 2, 30],
    ];
    const products = (ids: unknown) => [
      ['SKU', 'Unit cost', 'TikTok SKU IDs'],
      ['A', 4, ids],
    ];
    const cogs = (ids: unknown) => profitBy('creator', { orders, products: products(ids) }, options)[1][8];
    expect(cogs('1729000000000000101;\n1729000000000000102')).toBe(4 + 2 * 4);
    // The same digits but the last: never matched as a number would be.
    expect(() => cogs('1729000000000000101, 1729000000000000103')).toThrow(
      /^No unit cost for SKU ID 1729000000000000102:/,
    );
    // eslint-disable-next-line no-loss-of-precision -- a number cell that lost an ID's digits, as Sheets holds it
    expect(() => cogs(1729000000000000101)).toThrow(
      /^Cannot read row 2 of the products range, column TikTok SKU IDs: SKU ID 1729000000000000000 has lost digits/,
    );
  });

  it('a SKU missing only outside the period is no error', () => {
    const products = ranges.products.filter((row) => row[0] !== 'UK1');
    expect(report({ products, startDate: '2026-03-01', endDate: '2026-03-19' })).not.toThrow();
    expect(report({ products, ...MARCH })).toThrow(/No unit cost for SKU UK1/);
  });

  it('an unreadable amount names its row and column', () => {
    expect(report({ orders: withCell(ranges.orders, 3, 'Refund', 'five dollars') })).toThrow(
      /^Cannot read row 3 of the orders range, column Refund: 'five dollars' is not an amount/,
    );
    expect(report({ costs: withCell(ranges.costs, 2, 'Amount', '#N/A') })).toThrow(
      /^Cannot read row 2 of the costs range, column Amount: .*#N\/A/,
    );
    expect(report({ orders: withCell(ranges.orders, 5, 'Units', 2.5) })).toThrow(
      /^Cannot read row 5 of the orders range, column Units: '2\.5' is not a whole number/,
    );
  });

  it('an order line with no sales amount names its row', () => {
    expect(report({ orders: withCell(ranges.orders, 2, 'Gross sales', '') })).toThrow(
      'Cannot read row 2 of the orders range: order 100000000000000001 has no sales amount: fill in Gross sales.',
    );
  });

  it('a currency without an FX rate is named, with the Settings row to add', () => {
    expect(report({ orders: withCell(ranges.orders, 5, 'Currency', 'CAD') })).toThrow(
      'Some amounts are in CAD and Settings has no rate for it: add a row "FX rate CAD" to Settings with how many USD one CAD is worth, ' +
        'and pass Settings as the settings argument.',
    );
  });

  it('an FX rate that is not a positive number converts nothing: it is named', () => {
    const settings = (rate: unknown) => [
      ['Setting', 'Value'],
      ['FX rate GBP', rate],
    ];
    expect(report({ settings: settings(0) })).toThrow(
      'The FX rate for GBP in Settings is 0: write in the row "FX rate GBP" how many USD one GBP is worth, a number above 0.',
    );
    expect(report({ settings: settings(-1.25) })).toThrow(/^The FX rate for GBP in Settings is -1\.25:/);
  });

  it('without a settings range, amounts in one currency need no rate, and two currencies are an error', () => {
    const gbpOnly = ranges.orders.map((row, r) =>
      r === 0 ? row : row.map((cell, c) => (ranges.orders[0][c] === 'Currency' && cell !== '' ? 'GBP' : cell)),
    );
    const table = profitBy('creator', { orders: gbpOnly }, options);
    expect(table[table.length - 1][3]).toBe(
      profitBy('creator', { orders: gbpOnly, settings: [['Report currency', 'GBP']] }, options).slice(-1)[0][3],
    );
    expect(() => profitBy('creator', { orders: ranges.orders }, options)).toThrow(
      /^Some amounts are in USD and some in GBP, and no settings range was given to convert them/,
    );
  });

  it('dates and handles that cannot be read say so', () => {
    expect(report({ startDate: 'soon' })).toThrow(/^start_date: 'soon' is not a date/);
    expect(report({ startDate: '2026-03-31', endDate: '2026-03-01' })).toThrow(
      'end_date 2026-03-01 is before start_date 2026-03-31: swap them.',
    );
    expect(() => creatorProfit('jane doe!', ranges, options)).toThrow(/^handle: 'jane doe!' has '!' in it/);
    expect(() => creatorProfit('', ranges, options)).toThrow(/^handle: .*give a TikTok handle/);
  });

  it('an empty orders argument asks for the orders tab', () => {
    expect(report({ orders: '' })).toThrow(
      'The orders range is empty: pass the orders tab with its header row, like Orders!A:S.',
    );
  });

  it('a one-cell range arrives as a single value and reads as a header with no rows', () => {
    expect(report({ costs: 'Amount' })).not.toThrow();
    expect(report({ products: 'SKU' })).toThrow(/products range has no Unit cost column/);
  });
});
