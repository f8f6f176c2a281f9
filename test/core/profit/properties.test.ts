/**
 * Properties of the PROFIT_BY_* tables over random workbooks in the managed tabs' shape.
 * Amounts are whole dollars (cells like commission and fees whole cents) and commission rates
 * multiples of 5%, with GBP at 2.00: every line's figures are whole cents, so regrouping lines or
 * periods must give the same cents exactly, with no rounding slack to hide a mistake.
 */
import fc from 'fast-check';
import { profitBy, PROFIT_COLUMNS } from '../../../src/core/profit';
import { roundCents } from '../../../src/core/cents';
import { COSTS, headersOf, ORDERS, PRODUCTS, SAMPLES } from '../../../src/core/schema';

const TIME_ZONE = 'America/Los_Angeles';
const options = { timeZone: TIME_ZONE };
const GROUPINGS = ['creator', 'campaign', 'sku'] as const;
const ADDITIVE = [
  'Units',
  'GMV',
  'Refunds',
  'Net revenue',
  'Commission',
  'Platform fees',
  'COGS',
  'Shipping',
  'Sample cost',
  'Other costs',
  'Net profit',
] as const;

type Cell = string | number | Date;

interface Line {
  order: number;
  handle: string;
  campaign: string;
  sku: string;
  units: number;
  gross: number;
  discount: number;
  refund: number;
  status: string;
  commissionPct: number | '';
  commission: number | '';
  fee: number;
  shipping: number;
  currency: string;
  day: number;
}

const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);

/** Midday in Los Angeles, `day` days into 2026. */
const dateOfDay = (day: number) => new Date(Date.UTC(2026, 0, 1 + day, 20));

const lineArb: fc.Arbitrary<Line> = fc
  .record({
    order: fc.integer({ min: 1, max: 25 }),
    handle: fc.constantFrom('', 'ann', 'bob.b', 'cy_z'),
    campaign: fc.constantFrom('', 'Spring', 'Summer'),
    sku: fc.constantFrom('A', 'B', 'C'),
    units: fc.integer({ min: 1, max: 6 }),
    gross: fc.integer({ min: 2, max: 300 }),
    discountShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
    refundShare: fc.constantFrom(0, 0, 0.5, 1),
    status: fc.constantFrom('completed', 'pending', 'refunded', 'partially refunded'),
    commission: fc.oneof(
      fc.constantFrom(0.05, 0.1, 0.15, 0.2).map((pct) => ({ commissionPct: pct, commission: '' as const })),
      cents(30).map((amount) => ({ commissionPct: '' as const, commission: amount })),
    ),
    fee: cents(20),
    shipping: cents(10),
    currency: fc.constantFrom('USD', 'USD', 'GBP'),
    day: fc.integer({ min: 0, max: 58 }),
  })
  .map(({ discountShare, refundShare, commission, ...line }) => {
    const discount = Math.floor(line.gross * discountShare);
    return { ...line, ...commission, discount, refund: Math.floor((line.gross - discount) * refundShare) };
  });

function orderRow(line: Line, lineNo: number): Cell[] {
  return [
    `2000000000000${String(line.order).padStart(5, '0')}`,
    lineNo,
    dateOfDay(line.day),
    line.handle,
    line.campaign,
    line.sku,
    '',
    line.units,
    line.gross,
    line.discount,
    line.refund,
    line.status,
    line.commissionPct,
    line.commission,
    line.fee,
    line.shipping,
    line.currency,
    '',
    '',
  ];
}

const ordersOf = (lines: readonly Line[]): Cell[][] => [
  headersOf(ORDERS),
  ...lines.map((line, i) => orderRow(line, i + 1)),
];

const samplesArb = fc
  .array(
    fc.record({
      handle: fc.constantFrom('ann', 'bob.b', 'dee'),
      campaign: fc.constantFrom('', 'Spring'),
      sku: fc.constantFrom('A', 'C'),
      units: fc.integer({ min: 1, max: 3 }),
      day: fc.integer({ min: 0, max: 58 }),
      cost: fc.oneof(fc.constant(''), cents(20)),
      shipping: cents(10),
      cancelled: fc.boolean(),
    }),
    { maxLength: 6 },
  )
  .map((list) => [
    headersOf(SAMPLES),
    ...list.map((s, i): Cell[] => [
      `S${i}`,
      s.handle,
      s.campaign,
      s.sku,
      s.units,
      '',
      dateOfDay(s.day),
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      s.cancelled ? 'cancelled' : 'shipped',
      s.cost,
      s.shipping,
      '',
      '',
    ]),
  ]);

const costsArb = fc
  .array(
    fc.record({
      handle: fc.constantFrom('', 'ann', 'cy_z'),
      campaign: fc.constantFrom('', 'Summer'),
      amount: cents(200),
      currency: fc.constantFrom('USD', 'GBP'),
      day: fc.integer({ min: 0, max: 58 }),
    }),
    { maxLength: 5 },
  )
  .map((list) => [
    headersOf(COSTS),
    ...list.map((c): Cell[] => [dateOfDay(c.day), c.handle, c.campaign, 'other', c.amount, c.currency, '']),
  ]);

const products: Cell[][] = [
  headersOf(PRODUCTS),
  ['A', '', 4.25, 'USD', ''],
  ['B', '', 1.1, 'GBP', ''],
  ['C', '', 7, 'USD', ''],
];
const settings: Cell[][] = [
  ['Setting', 'Value'],
  ['FX rate GBP', 2],
];

const workbookArb = fc.record({
  lines: fc.array(lineArb, { minLength: 1, maxLength: 25 }),
  samples: samplesArb,
  costs: costsArb,
});

type Workbook = { lines: Line[]; samples: Cell[][]; costs: Cell[][] };

function table(by: (typeof GROUPINGS)[number], wb: Workbook, orders = ordersOf(wb.lines), period = {}) {
  return profitBy(by, { orders, samples: wb.samples, products, costs: wb.costs, settings, ...period }, options);
}

const column = (name: string) => 1 + PROFIT_COLUMNS.indexOf(name as (typeof PROFIT_COLUMNS)[number]);

describe('profit table properties', () => {
  it('rows add up to the Total row in every additive column, in every grouping', () => {
    fc.assert(
      fc.property(workbookArb, fc.constantFrom(...GROUPINGS), (wb, by) => {
        const rows = table(by, wb);
        const total = rows[rows.length - 1];
        for (const name of ADDITIVE) {
          const sum = rows.slice(1, -1).reduce((acc, row) => acc + (row[column(name)] as number), 0);
          expect(roundCents(sum)).toBe(total[column(name)]);
        }
      }),
    );
  });

  it('a cancelled line changes nothing', () => {
    fc.assert(
      fc.property(workbookArb, lineArb, fc.nat(), fc.constantFrom(...GROUPINGS), (wb, extra, at, by) => {
        const lines = wb.lines.slice();
        lines.splice(at % (lines.length + 1), 0, { ...extra, status: 'cancelled' });
        expect(table(by, { ...wb, lines })).toEqual(table(by, wb));
      }),
    );
  });

  it('shuffling the rows, or the columns with their headers, changes nothing', () => {
    fc.assert(
      fc.property(
        workbookArb.chain((wb) =>
          fc.record({
            wb: fc.constant(wb),
            rowOrder: fc.shuffledSubarray(
              wb.lines.map((_, i) => i),
              { minLength: wb.lines.length, maxLength: wb.lines.length },
            ),
            columnOrder: fc.shuffledSubarray(
              ORDERS.fields.map((_, i) => i),
              { minLength: ORDERS.fields.length, maxLength: ORDERS.fields.length },
            ),
          }),
        ),
        fc.constantFrom(...GROUPINGS),
        ({ wb, rowOrder, columnOrder }, by) => {
          const [header, ...rows] = ordersOf(wb.lines);
          const shuffled = [header, ...rowOrder.map((i) => rows[i])].map((row) => columnOrder.map((c) => row[c]));
          expect(table(by, wb, shuffled)).toEqual(table(by, wb));
        },
      ),
    );
  });

  it('splitting a line into two lines of the same order with the same sums changes nothing', () => {
    const splittable = lineArb.filter((line) => line.units >= 2);
    fc.assert(
      fc.property(
        workbookArb,
        splittable,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...GROUPINGS),
        (wb, line, share, by) => {
          // Every rule is linear in the amounts, so any non-negative split must give the same sums.
          const dollars = (amount: number) => Math.round(amount * share);
          const centsOf = (amount: number) => Math.round(amount * share * 100) / 100;
          const first: Line = {
            ...line,
            units: Math.min(line.units - 1, Math.max(1, Math.round(line.units * share))),
            gross: Math.min(line.gross - 1, Math.max(1, dollars(line.gross))),
            discount: dollars(line.discount),
            refund: dollars(line.refund),
            commission: line.commission === '' ? '' : centsOf(line.commission),
            fee: centsOf(line.fee),
            shipping: centsOf(line.shipping),
          };
          const second: Line = {
            ...line,
            units: line.units - first.units,
            gross: line.gross - first.gross,
            discount: line.discount - first.discount,
            refund: line.refund - first.refund,
            commission: line.commission === '' ? '' : roundCents(line.commission - (first.commission as number)),
            fee: roundCents(line.fee - first.fee),
            shipping: roundCents(line.shipping - first.shipping),
          };
          expect(table(by, { ...wb, lines: [...wb.lines, first, second] })).toEqual(
            table(by, { ...wb, lines: [...wb.lines, line] }),
          );
        },
      ),
    );
  });

  it('a period is the sum of its two sub-periods in every additive column', () => {
    fc.assert(
      fc.property(workbookArb, fc.integer({ min: 0, max: 57 }), fc.constantFrom(...GROUPINGS), (wb, splitDay, by) => {
        const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n, 8)); // midnight in Los Angeles, as a date cell
        const byKey = (rows: ReturnType<typeof table>) => new Map(rows.slice(1).map((row) => [row[0], row]));
        const whole = byKey(table(by, wb, undefined, { startDate: day(0), endDate: day(58) }));
        const early = byKey(table(by, wb, undefined, { startDate: day(0), endDate: day(splitDay) }));
        const late = byKey(table(by, wb, undefined, { startDate: day(splitDay + 1), endDate: day(58) }));
        for (const key of new Set([...whole.keys(), ...early.keys(), ...late.keys()])) {
          for (const name of ADDITIVE) {
            const figure = (rows: Map<unknown, (string | number)[]>) =>
              (rows.get(key)?.[column(name)] as number | undefined) ?? 0;
            expect(roundCents(figure(early) + figure(late))).toBe(figure(whole));
          }
        }
      }),
    );
  });
});
