/**
 * The PROFIT_BY_* formula family as pure functions of their range arguments (PRODUCT.md,
 * "Profit arithmetic" and "Formula family"). The server layer passes the spreadsheet's time zone.
 */
import { normalizeHeader } from '../aliases';
import { readSettings } from '../settings';
import { normalizeHandle } from '../values';
import { RangeReader } from './columns';
import type { ReportContext } from './context';
import { addCosts } from './costs';
import { converter } from './fx';
import { FeeBook } from './fees';
import type { GroupBy } from './ledger';
import { Ledger, UNALLOCATED, UNATTRIBUTED } from './ledger';
import { addOrders } from './orders';
import { periodOf } from './period';
import { CostBook } from './products';
import type { Requirement } from './range';
import { rangeTable, rowsOf } from './range';
import { addSamples } from './samples';
import type { Cell, ProfitColumn, ProfitFigures } from './table';
import { PROFIT_COLUMNS, profitReport, profitTable } from './table';

export { decisionColumn } from './decisions';
export { PROFIT_COLUMNS } from './table';
export type { GroupBy } from './ledger';
export type { ProfitFigures } from './table';

/** The formulas' arguments as Sheets passes them: ranges as 2-D arrays (or a scalar), omitted ones as undefined or ''. */
export interface ProfitArguments {
  orders: unknown;
  samples?: unknown;
  products?: unknown;
  costs?: unknown;
  startDate?: unknown;
  endDate?: unknown;
  settings?: unknown;
}

export interface ProfitOptions {
  /** The spreadsheet's IANA time zone: periods are calendar days there. */
  timeZone: string;
}

function readerOf(
  arg: unknown,
  name: 'samples' | 'products' | 'costs',
  requirements: Requirement[],
  timeZone: string,
): RangeReader | undefined {
  const values = rowsOf(arg);
  return values && new RangeReader(rangeTable(name, values, name, requirements), timeZone);
}

/** The orders column each view groups by. */
const KEY_COLUMN: Record<GroupBy, Requirement> = {
  creator: ['Handle'],
  campaign: ['Campaign'],
  sku: ['SKU', 'SKU ID'],
};

function report(
  args: ProfitArguments,
  groupBy: GroupBy,
  { timeZone }: ProfitOptions,
  starts?: ReadonlyMap<string, number>,
): Ledger {
  const orderValues = rowsOf(args.orders);
  if (!orderValues)
    throw new Error('The orders range is empty: pass the orders tab with its header row, like Orders!A:S.');
  const period = periodOf(args.startDate, args.endDate, timeZone);
  const dated = (field: string) => (period || starts ? [[field]] : []);
  const products = readerOf(args.products, 'products', [['SKU'], ['Unit cost']], timeZone);
  // COGS is Units × Unit cost of the line's SKU: with a products range, every line needs both.
  const costed = products ? [['Units'], ['SKU', 'SKU ID']] : [];
  const orders = new RangeReader(
    rangeTable('orders', orderValues, 'orders', [
      ['Order ID'],
      ['Gross sales', 'Unit price'],
      ...dated('Date'),
      KEY_COLUMN[groupBy],
      ...costed,
    ]),
    timeZone,
  );
  const samples = readerOf(args.samples, 'samples', [['Handle'], ...dated('Shipped')], timeZone);
  const costs = readerOf(args.costs, 'costs', [['Amount'], ...dated('Date')], timeZone);

  const settingsValues = rowsOf(args.settings);
  const settings = settingsValues && readSettings(settingsValues);
  const fx = converter(settings);
  const costBook = products && CostBook.read(products, fx);
  const fees = settings && new FeeBook(settings);
  const context: ReportContext = { ledger: new Ledger(), groupBy, period, starts, fx, costBook, fees };
  addOrders(orders, context);
  if (samples) addSamples(samples, context);
  if (costs) addCosts(costs, context);
  const problems = [...(costBook?.problems() ?? []), ...(fees?.problems() ?? [])];
  if (problems.length > 0) throw new Error(problems.join(' '));
  return context.ledger;
}

/** PROFIT_BY_CREATOR / _CAMPAIGN / _SKU: header row, one row per key by Net profit, then Total. */
export function profitBy(groupBy: GroupBy, args: ProfitArguments, options: ProfitOptions): (string | number)[][] {
  return profitTable(profitReport(report(args, groupBy, options)), groupBy);
}

/**
 * Each creator's figures over what is dated on or after their own start (ms): orders by Date,
 * samples by Shipped, costs by Date; creators without a start are left out. The arithmetic and cents
 * of PROFIT_BY_CREATOR (OUTREACH_RESULTS counts what contacted creators earned since first contact).
 */
export function creatorFiguresSince(
  starts: ReadonlyMap<string, number>,
  args: Omit<ProfitArguments, 'startDate' | 'endDate'>,
  options: ProfitOptions,
): Map<string, ProfitFigures> {
  return new Map(profitReport(report(args, 'creator', options, starts)).rows);
}

/** The key a handle argument names: '@Jane.Doe' → 'jane.doe'; the two catch-all rows by their labels. */
function creatorKey(handle: unknown): string {
  if (handle === UNATTRIBUTED || handle === UNALLOCATED) return handle;
  const parsed = normalizeHandle(handle);
  if (parsed.value === null)
    throw new Error(`handle: ${parsed.problem ?? 'it is empty: give a TikTok handle like @jane.doe'}`);
  return parsed.value;
}

/** One creator's row of the creator table, with the same cents the table shows. */
function creatorFigures(handle: unknown, args: ProfitArguments, options: ProfitOptions): ProfitFigures | undefined {
  const key = creatorKey(handle);
  return profitReport(report(args, 'creator', options)).rows.find(([rowKey]) => rowKey === key)?.[1];
}

/** CREATOR_PROFIT: Net profit of one creator in the period; 0 when the creator had no activity. */
export function creatorProfit(handle: unknown, args: ProfitArguments, options: ProfitOptions): number {
  return (creatorFigures(handle, args, options)?.['Net profit'] as number | undefined) ?? 0;
}

function metricColumn(metric: unknown): ProfitColumn {
  const key = normalizeHeader(metric);
  const column = PROFIT_COLUMNS.find((candidate) => normalizeHeader(candidate) === key);
  if (!column)
    throw new Error(
      `metric: "${String(metric ?? '')}" is not a column of the profit table. Use one of: ${PROFIT_COLUMNS.join(', ')}.`,
    );
  return column;
}

/** CREATOR_METRIC: one column of the creator's row, by its header; counts and amounts are 0, ratios blank, without activity. */
export function creatorMetric(handle: unknown, metric: unknown, args: ProfitArguments, options: ProfitOptions): Cell {
  const column = metricColumn(metric);
  const figures = creatorFigures(handle, args, options);
  if (figures) return figures[column];
  return column === 'Margin' || column === 'ROI' ? '' : 0;
}
