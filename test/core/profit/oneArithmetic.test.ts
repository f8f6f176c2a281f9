/**
 * One arithmetic for every PROFIT_BY_* table, over random workbooks whose amounts do not come out in
 * whole cents: pence converted at 1.2712, commission rates like 12.5%, costs in both currencies.
 *
 * What "adds up" means for rounded figures (table.ts):
 * - a summed column's Total is the exact sum over all lines, samples and costs, rounded to the cent;
 *   it is the same in the creator, campaign and SKU tables;
 * - the rows' cents add up to the Total's cents exactly, and each row is within a cent of its exact
 *   amount;
 * - Net revenue = GMV − Refunds and Net profit = Net revenue − the costs, in cents, in every row and
 *   in the Total.
 * The exact sums are worked out here from the generated cells, independently of the report code.
 */
import fc from 'fast-check';
import { creatorMetric, profitBy, PROFIT_COLUMNS } from '../../../src/core/profit';
import { COSTS, headersOf, ORDERS, PRODUCTS, SAMPLES } from '../../../src/core/schema';

const options = { timeZone: 'America/Los_Angeles' };
const GBP = 1.2712;
const GROUPINGS = ['creator', 'campaign', 'sku'] as const;
type GroupBy = (typeof GROUPINGS)[number];
/** The columns that are sums of amounts; Net revenue and Net profit are worked out from them. */
const SUMMED = PROFIT_COLUMNS.filter(
  (name) => !['Orders', 'Units', 'Net revenue', 'Net profit', 'Margin', 'ROI'].includes(name),
) as Exclude<(typeof PROFIT_COLUMNS)[number], 'Orders' | 'Units' | 'Net revenue' | 'Net profit' | 'Margin' | 'ROI'>[];
type Summed = (typeof SUMMED)[number];
const COSTS_OF_NET_PROFIT = SUMMED.slice(2);
const ADDITIVE = ['Units', ...SUMMED, 'Net revenue', 'Net profit'] as const;

type Cell = string | number | Date;

const UNIT_COST: Record<string, { cost: number; rate: number }> = {
  A: { cost: 4.37, rate: 1 },
  B: { cost: 1.19, rate: GBP },
  C: { cost: 7.05, rate: 1 },
};

const pence = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);
const rateOf = (currency: string) => (currency === 'GBP' ? GBP : 1);

const lineArb = fc
  .record({
    order: fc.integer({ min: 1, max: 30 }),
    handle: fc.constantFrom('', 'ann', 'bob.b', 'cy_z', 'dee'),
    campaign: fc.constantFrom('', 'Spring', 'Summer', 'Autumn'),
    sku: fc.constantFrom('A', 'B', 'C'),
    units: fc.integer({ min: 1, max: 6 }),
    gross: pence(300),
    discountShare: fc.double({ min: 0, max: 0.4, noNaN: true }),
    refundShare: fc.constantFrom(0, 0, 0.37, 1),
    status: fc.constantFrom('completed', 'pending', 'refunded', 'cancelled', 'unpaid'),
    commission: fc.oneof(
      fc.constantFrom(0.075, 0.1, 0.125, 0.15).map((pct) => ({ pct, cell: '' as const })),
      pence(30).map((cell) => ({ pct: '' as const, cell })),
    ),
    fee: pence(20),
    shipping: pence(10),
    currency: fc.constantFrom('USD', 'GBP', 'GBP'),
  })
  .map(({ discountShare, refundShare, ...line }) => {
    const discount = Math.floor(line.gross * discountShare * 100) / 100;
    const refund = Math.floor((line.gross - discount) * refundShare * 100) / 100;
    return { ...line, discount, refund };
  });
type Line = typeof lineArb extends fc.Arbitrary<infer T> ? T : never;

const sampleArb = fc.record({
  handle: fc.constantFrom('ann', 'dee', 'eve'),
  campaign: fc.constantFrom('', 'Spring'),
  sku: fc.constantFrom('A', 'B'),
  units: fc.integer({ min: 1, max: 3 }),
  cost: fc.oneof(fc.constant('' as const), pence(20)),
  shipping: pence(10),
  cancelled: fc.boolean(),
});
type Sample = typeof sampleArb extends fc.Arbitrary<infer T> ? T : never;

const costArb = fc.record({
  handle: fc.constantFrom('', 'ann', 'cy_z'),
  campaign: fc.constantFrom('', 'Summer'),
  amount: pence(200),
  currency: fc.constantFrom('USD', 'GBP'),
});
type Cost = typeof costArb extends fc.Arbitrary<infer T> ? T : never;

const workbookArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 40 }),
  samples: fc.array(sampleArb, { maxLength: 8 }),
  costs: fc.array(costArb, { maxLength: 6 }),
});
type Workbook = { lines: Line[]; samples: Sample[]; costs: Cost[] };

function ranges(wb: Workbook) {
  const day = new Date('2026-03-10T20:00:00Z');
  return {
    orders: [
      headersOf(ORDERS),
      ...wb.lines.map((l, i): Cell[] => [
        `3000000000000${String(l.order).padStart(5, '0')}`,
        i + 1,
        day,
        l.handle,
        l.campaign,
        l.sku,
        '',
        l.units,
        l.gross,
        l.discount,
        l.refund,
        l.status,
        l.commission.pct,
        l.commission.cell,
        l.fee,
        l.shipping,
        l.currency,
        '',
        '',
      ]),
    ],
    samples: [
      headersOf(SAMPLES),
      ...wb.samples.map((s, i): Cell[] => {
        const row: Cell[] = headersOf(SAMPLES).map(() => '');
        const set = (header: string, value: Cell) => (row[headersOf(SAMPLES).indexOf(header)] = value);
        set('Sample ID', `S${i}`);
        set('Handle', s.handle);
        set('Campaign', s.campaign);
        set('SKU', s.sku);
        set('Units', s.units);
        set('Shipped', day);
        set('Status', s.cancelled ? 'cancelled' : 'shipped');
        set('Sample cost', s.cost);
        set('Shipping cost', s.shipping);
        return row;
      }),
    ],
    products: [
      headersOf(PRODUCTS),
      ...Object.entries(UNIT_COST).map(([sku, { cost, rate }]): Cell[] => [
        sku,
        '',
        cost,
        rate === 1 ? 'USD' : 'GBP',
        '',
        '',
      ]),
    ],
    costs: [
      headersOf(COSTS),
      ...wb.costs.map((c): Cell[] => [day, c.handle, c.campaign, 'other', c.amount, c.currency, '']),
    ],
    settings: [
      ['Setting', 'Value'],
      ['FX rate GBP', GBP],
    ],
  };
}

type Sums = Record<Summed, number>;
const noSums = (): Sums => Object.fromEntries(SUMMED.map((name) => [name, 0])) as Sums;

/** The exact (unrounded) sums by key of one grouping, and over everything, straight from the cells. */
function exactSums(wb: Workbook, by: GroupBy): { byKey: Map<string, Sums>; total: Sums } {
  const byKey = new Map<string, Sums>();
  const total = noSums();
  const add = (key: string, name: Summed, amount: number) => {
    const sums = byKey.get(key) ?? noSums();
    byKey.set(key, sums);
    sums[name] += amount;
    total[name] += amount;
  };
  for (const l of wb.lines) {
    // Cancelled and unpaid lines are no sales, nor are price-0 lines: those are free samples.
    if (l.status === 'cancelled' || l.status === 'unpaid' || l.gross === 0) continue;
    const key =
      (by === 'creator' ? l.handle || '(unattributed)' : by === 'campaign' ? l.campaign : l.sku) || '(unallocated)';
    const rate = rateOf(l.currency);
    const net = l.gross - l.discount - l.refund;
    add(key, 'GMV', (l.gross - l.discount) * rate);
    add(key, 'Refunds', l.refund * rate);
    add(key, 'Commission', (l.commission.cell === '' ? (l.commission.pct as number) * net : l.commission.cell) * rate);
    add(key, 'Platform fees', l.fee * rate);
    add(key, 'Shipping', l.shipping * rate);
    add(key, 'COGS', l.units * UNIT_COST[l.sku].cost * UNIT_COST[l.sku].rate);
  }
  for (const s of wb.samples) {
    if (s.cancelled) continue;
    const key = (by === 'creator' ? s.handle : by === 'campaign' ? s.campaign : s.sku) || '(unallocated)';
    const product = s.cost === '' ? s.units * UNIT_COST[s.sku].cost * UNIT_COST[s.sku].rate : s.cost;
    add(key, 'Sample cost', product + s.shipping);
  }
  for (const c of wb.costs) {
    const key = (by === 'creator' ? c.handle : by === 'campaign' ? c.campaign : '') || '(unallocated)';
    add(key, 'Other costs', c.amount * rateOf(c.currency));
  }
  return { byKey, total };
}

const column = (name: string) => 1 + PROFIT_COLUMNS.indexOf(name as (typeof PROFIT_COLUMNS)[number]);
const cents = (amount: unknown) => Math.round((amount as number) * 100);
/** Float sums of the exact amounts sit within a hair of the true sum: a millionth of a cent covers them. */
const HAIR = 1e-6;

function table(by: GroupBy, wb: Workbook) {
  return profitBy(by, ranges(wb), options);
}

describe('one arithmetic for every profit table', () => {
  it('gives the same Total row in the creator, campaign and SKU tables, in every column', () => {
    fc.assert(
      fc.property(workbookArb, (wb) => {
        const [creator, campaign, sku] = GROUPINGS.map((by) => table(by, wb).slice(-1)[0].slice(1));
        expect(campaign).toEqual(creator);
        expect(sku).toEqual(creator);
      }),
    );
  });

  it('totals each summed column as the exact sum over the lines, rounded to the cent once', () => {
    fc.assert(
      fc.property(workbookArb, fc.constantFrom(...GROUPINGS), (wb, by) => {
        const total = table(by, wb).slice(-1)[0];
        const exact = exactSums(wb, by).total;
        for (const name of SUMMED) {
          expect(Math.abs(cents(total[column(name)]) - exact[name] * 100)).toBeLessThanOrEqual(0.5 + HAIR);
        }
      }),
    );
  });

  it("adds up: the rows' cents sum to the Total's in every additive column, each row within a cent of its exact amount", () => {
    fc.assert(
      fc.property(workbookArb, fc.constantFrom(...GROUPINGS), (wb, by) => {
        const rows = table(by, wb);
        const total = rows[rows.length - 1];
        const lines = rows.slice(1, -1);
        for (const name of ADDITIVE) {
          expect(lines.reduce((sum, row) => sum + cents(row[column(name)]), 0)).toBe(cents(total[column(name)]));
        }
        const exact = exactSums(wb, by).byKey;
        for (const row of lines) {
          const sums = exact.get(String(row[0])) ?? noSums();
          for (const name of SUMMED) {
            expect(Math.abs(cents(row[column(name)]) - sums[name] * 100)).toBeLessThan(1 + HAIR);
          }
        }
      }),
    );
  });

  it('reads across: Net revenue and Net profit of every row and of the Total follow from its cents', () => {
    fc.assert(
      fc.property(workbookArb, fc.constantFrom(...GROUPINGS), (wb, by) => {
        for (const row of table(by, wb).slice(1)) {
          const at = (name: string) => cents(row[column(name)]);
          expect(at('Net revenue')).toBe(at('GMV') - at('Refunds'));
          expect(at('Net profit')).toBe(
            COSTS_OF_NET_PROFIT.reduce((profit, name) => profit - at(name), at('Net revenue')),
          );
        }
      }),
    );
  });

  it("gives CREATOR_METRIC the creator table's own cents", () => {
    fc.assert(
      fc.property(workbookArb, (wb) => {
        for (const row of table('creator', wb).slice(1, -1)) {
          for (const name of ['Net profit', 'Platform fees', 'Commission']) {
            expect(creatorMetric(row[0], name, ranges(wb), options)).toBe(row[column(name)]);
          }
        }
      }),
      { numRuns: 30 },
    );
  });
});
