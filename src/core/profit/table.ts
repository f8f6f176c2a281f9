/**
 * The report table: a header row, one row per key sorted by Net profit (highest first, ties by
 * key), then Total. Each amount is rounded to the cent once, at the end; Net profit is computed
 * from the rounded amounts and Total from the rounded rows, so every row and column adds up on screen.
 */
import { roundCents } from '../cents';
import type { GroupBy, Ledger, Totals } from './ledger';

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

/** The amounts of one row, rounded to the cent; Orders and Units are counts. */
type Amounts = Omit<Record<ProfitColumn, number>, 'Net profit' | 'Margin' | 'ROI'>;

function roundedAmounts(totals: Totals): Amounts {
  const gmv = roundCents(totals.gmv);
  const refunds = roundCents(totals.refunds);
  return {
    Orders: totals.orders,
    Units: totals.units,
    GMV: gmv,
    Refunds: refunds,
    'Net revenue': roundCents(gmv - refunds),
    Commission: roundCents(totals.commission),
    'Platform fees': roundCents(totals.platformFees),
    COGS: roundCents(totals.cogs),
    Shipping: roundCents(totals.shipping),
    'Sample cost': roundCents(totals.sampleCost),
    'Other costs': roundCents(totals.otherCosts),
  };
}

function withProfit(a: Amounts): ProfitFigures {
  const netProfit = roundCents(
    a['Net revenue'] - a.Commission - a['Platform fees'] - a.COGS - a.Shipping - a['Sample cost'] - a['Other costs'],
  );
  const invested = roundCents(a.Commission + a['Sample cost'] + a['Other costs']);
  const figures = a as ProfitFigures;
  figures['Net profit'] = netProfit;
  figures.Margin = a['Net revenue'] === 0 ? '' : netProfit / a['Net revenue'];
  figures.ROI = invested === 0 ? '' : netProfit / invested;
  return figures;
}

/** Each key's figures, in report order. */
export function figuresByKey(ledger: Ledger): [string, ProfitFigures][] {
  const rows = [...ledger.groups].map(([key, totals]): [string, ProfitFigures] => [
    key,
    withProfit(roundedAmounts(totals)),
  ]);
  return rows.sort(
    ([keyA, a], [keyB, b]) =>
      (b['Net profit'] as number) - (a['Net profit'] as number) || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0),
  );
}

function totalOf(ledger: Ledger, rows: readonly [string, ProfitFigures][]): ProfitFigures {
  const sum = (column: ProfitColumn) => {
    let total = 0;
    for (const [, figures] of rows) total += figures[column] as number;
    return roundCents(total);
  };
  return withProfit({
    // An order whose lines belong to two keys counts once.
    Orders: ledger.orderCount,
    Units: sum('Units'),
    GMV: sum('GMV'),
    Refunds: sum('Refunds'),
    'Net revenue': sum('Net revenue'),
    Commission: sum('Commission'),
    'Platform fees': sum('Platform fees'),
    COGS: sum('COGS'),
    Shipping: sum('Shipping'),
    'Sample cost': sum('Sample cost'),
    'Other costs': sum('Other costs'),
  });
}

export function profitTable(ledger: Ledger, groupBy: GroupBy): (string | number)[][] {
  const rows = figuresByKey(ledger);
  const line = (key: string, figures: ProfitFigures) => [key, ...PROFIT_COLUMNS.map((column) => figures[column])];
  return [
    [KEY_HEADER[groupBy], ...PROFIT_COLUMNS],
    ...rows.map(([key, figures]) => line(key, figures)),
    line(TOTAL, totalOf(ledger, rows)),
  ];
}
