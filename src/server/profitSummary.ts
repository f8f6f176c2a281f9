/**
 * The Profit panel: PROFIT_BY_CREATOR and CREATOR_DECISION of the core, over the managed tabs, for a
 * period; the best and the worst creators by net profit with their margin and decision.
 */
import type { SheetValue } from '../core/cells';
import { decisionColumn, profitBy, PROFIT_COLUMNS } from '../core/profit';
import { UNALLOCATED, UNATTRIBUTED } from '../core/profit/ledger';
import { presetPeriod } from '../core/profit/presets';
import { TOTAL } from '../core/profit/table';
import { COSTS, ORDERS, PRODUCTS, PROFIT_TAB, SAMPLES, SETTINGS_TAB } from '../core/schema';
import { readSettings } from '../core/settings';
import { dayKey } from '../core/values';
import { AddOnTabs } from './addOnTabs';
import type { CreatorProfitRow, ProfitRequest, ProfitSummary } from './api';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Creators shown at each end of the ranking. */
const SHOWN = 5;

const column = (header: (typeof PROFIT_COLUMNS)[number]) => 1 + PROFIT_COLUMNS.indexOf(header);
const NET_REVENUE = column('Net revenue');
const NET_PROFIT = column('Net profit');
const MARGIN = column('Margin');
const ORDER_COUNT = column('Orders');

const ratio = (cell: unknown) => (typeof cell === 'number' ? cell : null);
const present = (values: SheetValue[][]) => (values.length > 0 ? values : undefined);

export function profitSummary(spreadsheet: Spreadsheet, request: ProfitRequest, now: Date): ProfitSummary {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const { start, end } = presetPeriod(request.preset, dayKey(now, timeZone), request);
  const tabs = new AddOnTabs(spreadsheet);
  const orders = tabs.values(ORDERS.name);
  if (orders.length === 0) throw new Error('There is no Orders tab yet: run Organize first, on the Organize tab.');
  const samples = present(tabs.values(SAMPLES.name));
  const settings = present(tabs.values(SETTINGS_TAB));
  const table = profitBy(
    'creator',
    {
      orders,
      samples,
      products: present(tabs.values(PRODUCTS.name)),
      costs: present(tabs.values(COSTS.name)),
      startDate: start,
      endDate: end,
      settings,
    },
    { timeZone },
  );
  const decisions = decisionColumn(table, samples, settings, { timeZone, now });
  const rows = table.slice(1);
  const creators: CreatorProfitRow[] = [];
  rows.forEach((row, index) => {
    const key = String(row[0]);
    if (key === TOTAL || key === UNATTRIBUTED || key === UNALLOCATED) return;
    creators.push({
      handle: key,
      orders: Number(row[ORDER_COUNT]),
      netRevenue: Number(row[NET_REVENUE]),
      netProfit: Number(row[NET_PROFIT]),
      margin: ratio(row[MARGIN]),
      decision: decisions[index + 1]?.[0] ?? '',
    });
  });
  const total = rows[rows.length - 1];
  const top = creators.slice(0, SHOWN);
  return {
    preset: request.preset,
    start,
    end,
    currency: readSettings(settings).reportCurrency,
    creators: creators.length,
    top,
    // Worst first; a creator already among the best is not repeated.
    bottom: creators.slice(Math.max(top.length, creators.length - SHOWN)).reverse(),
    total: {
      netRevenue: Number(total[NET_REVENUE]),
      netProfit: Number(total[NET_PROFIT]),
      margin: ratio(total[MARGIN]),
    },
    dashboard: tabs.sheet(PROFIT_TAB) !== undefined,
  };
}
