/**
 * The PROFIT_BY_* custom functions: the pure core (core/profit) with the spreadsheet's time zone,
 * which custom functions may read. Periods are calendar days in that zone.
 */
import type { GroupBy, ProfitArguments } from '../core/profit';
import { creatorMetric, creatorProfit, decisionColumn, profitBy } from '../core/profit';
import type { OutreachResultsArguments } from '../core/outreach/results';
import { outreachResults } from '../core/outreach/results';

function timeZone(): { timeZone: string } {
  return { timeZone: SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() || Session.getScriptTimeZone() };
}

export function profitTable(groupBy: GroupBy, args: ProfitArguments): (string | number)[][] {
  return profitBy(groupBy, args, timeZone());
}

export function oneCreatorProfit(handle: unknown, args: ProfitArguments): number {
  return creatorProfit(handle, args, timeZone());
}

export function oneCreatorMetric(handle: unknown, metric: unknown, args: ProfitArguments): number | string {
  return creatorMetric(handle, metric, args, timeZone());
}

export function outreachTable(args: OutreachResultsArguments): (string | number)[][] {
  return outreachResults(args, timeZone());
}

export function creatorDecisions(profitTable: unknown, samples: unknown, settings: unknown): string[][] {
  return decisionColumn(profitTable, samples, settings, { ...timeZone(), now: new Date() });
}
