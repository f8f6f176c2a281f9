/**
 * The report table: a header row, one row per key sorted by Net profit (highest first, ties by
 * key), then Total.
 *
 * Rounding, the way finance reconciles a report:
 * - each summed column's Total is the exact sum over all lines, rounded to the cent once, so it is
 *   the same in every PROFIT_BY_* table of the same data and period;
 * - the rows are rounded so that they add up to that Total to the cent: each row is its exact
 *   amount rounded to the nearest cent, except where that would not add up, and then the rows
 *   nearest to a half cent take the other cent (largest remainder), so no row is a cent or more
 *   away from its exact amount;
 * - Net revenue and Net profit are worked out from the rounded amounts of their row (and the
 *   Total's from the Total's), so every row reads across and every column adds down.
 */
import { MICROS_PER_CENT, microsToCents } from '../cents';
import type { Amount, GroupBy, Ledger, Totals } from './ledger';
import { AMOUNTS } from './ledger';

export const PROFIT_COLUMNS = [
  'Orders',
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
  'Margin',
  'ROI',
] as const;

export type ProfitColumn = (typeof PROFIT_COLUMNS)[number];

export const KEY_HEADER: Record<GroupBy, string> = { creator: 'Creator', campaign: 'Campaign', sku: 'SKU' };

export const TOTAL = 'Total';

/** Margin and ROI are blank ('') where their denominator is 0. */
export type Cell = number | '';

export type ProfitFigures = Record<ProfitColumn, Cell>;

const COLUMN_OF: Record<Amount, ProfitColumn> = {
  gmv: 'GMV',
  refunds: 'Refunds',
  commission: 'Commission',
  platformFees: 'Platform fees',
  cogs: 'COGS',
  shipping: 'Shipping',
  sampleCost: 'Sample cost',
  otherCosts: 'Other costs',
};

type Cents = Record<Amount, number>;

/**
 * Whole cents for each exact amount (micros) that add up to `totalMicros` rounded: nearest cents
 * first, then a cent more (or less) for the rows rounded down (or up) the most; ties by key.
 */
function centsAddingUpTo(totalMicros: number, micros: readonly number[], keys: readonly string[]): number[] {
  const cents = micros.map(microsToCents);
  let missing = microsToCents(totalMicros) - cents.reduce((sum, c) => sum + c, 0);
  if (missing === 0) return cents;
  const step = Math.sign(missing);
  // What rounding took off each row, in micros: the rows that lost the most get a cent back first.
  const lost = micros.map((m, i) => step * (m - cents[i] * MICROS_PER_CENT));
  const order = micros.map((_, i) => i).sort((a, b) => lost[b] - lost[a] || (keys[a] < keys[b] ? -1 : 1));
  for (const i of order) {
    if (missing === 0) break;
    cents[i] += step;
    missing -= step;
  }
  return cents;
}

function figures(orders: number, units: number, cents: Cents): ProfitFigures {
  const netRevenue = cents.gmv - cents.refunds;
  const invested = cents.commission + cents.sampleCost + cents.otherCosts;
  const netProfit =
    netRevenue -
    cents.commission -
    cents.platformFees -
    cents.cogs -
    cents.shipping -
    cents.sampleCost -
    cents.otherCosts;
  const amount = (c: number) => c / 100;
  const row = { Orders: orders, Units: units } as ProfitFigures;
  for (const key of AMOUNTS) row[COLUMN_OF[key]] = amount(cents[key]);
  row['Net revenue'] = amount(netRevenue);
  row['Net profit'] = amount(netProfit);
  // As a finance person divides the cells they see: =Net profit / Net revenue.
  row.Margin = netRevenue === 0 ? '' : amount(netProfit) / amount(netRevenue);
  row.ROI = invested === 0 ? '' : amount(netProfit) / amount(invested);
  return row;
}

function centsOf(totals: Totals): Cents {
  const cents = {} as Cents;
  for (const key of AMOUNTS) cents[key] = microsToCents(totals.micros[key]);
  return cents;
}

export interface ProfitReport {
  /** Each key's figures, in report order. */
  rows: [string, ProfitFigures][];
  total: ProfitFigures;
}

export function profitReport(ledger: Ledger): ProfitReport {
  const keys = [...ledger.groups.keys()];
  const groups = [...ledger.groups.values()];
  const rowCents = groups.map(() => ({}) as Cents);
  for (const amount of AMOUNTS) {
    const cents = centsAddingUpTo(
      ledger.grand.micros[amount],
      groups.map((totals) => totals.micros[amount]),
      keys,
    );
    cents.forEach((c, i) => (rowCents[i][amount] = c));
  }
  const rows = keys.map((key, i): [string, ProfitFigures] => [
    key,
    figures(groups[i].orders, groups[i].units, rowCents[i]),
  ]);
  rows.sort(
    ([keyA, a], [keyB, b]) =>
      (b['Net profit'] as number) - (a['Net profit'] as number) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0),
  );
  // An order whose lines belong to two keys counts once.
  return { rows, total: figures(ledger.orderCount, ledger.grand.units, centsOf(ledger.grand)) };
}

export function profitTable(report: ProfitReport, groupBy: GroupBy): (string | number)[][] {
  const line = (key: string, figures: ProfitFigures) => [key, ...PROFIT_COLUMNS.map((column) => figures[column])];
  return [
    [KEY_HEADER[groupBy], ...PROFIT_COLUMNS],
    ...report.rows.map(([key, figures]) => line(key, figures)),
    line(TOTAL, report.total),
  ];
}
