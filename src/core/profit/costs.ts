/** Costs rows (retainers, flat fees, ad spend, bonuses) into the report as Other costs, by Date in the period. */
import type { RangeReader } from './columns';
import type { ReportContext } from './context';
import { UNALLOCATED } from './ledger';
import { fromStart, inPeriod } from './period';

const COST_FIELDS = {
  date: 'Date',
  handle: 'Handle',
  campaign: 'Campaign',
  amount: 'Amount',
  currency: 'Currency',
} as const;

export function addCosts(costs: RangeReader, context: ReportContext): void {
  const { ledger, groupBy, period, starts, fx } = context;
  const c = costs.columns(COST_FIELDS);
  // A cost row names a creator and maybe a campaign, never a SKU.
  const keyColumn = groupBy === 'creator' ? c.handle : groupBy === 'campaign' ? c.campaign : undefined;
  for (let row = costs.start; row < costs.end; row++) {
    const amount = costs.amount(c.amount, row);
    if (amount !== amount) continue;
    if (period && !inPeriod(period, costs.time(c.date, row))) continue;
    if (starts && !fromStart(starts, costs.text(c.handle, row), costs.time(c.date, row))) continue;
    const key = (keyColumn && costs.text(keyColumn, row)) ?? UNALLOCATED;
    const currency = costs.text(c.currency, row) ?? costs.currencyNamedBy(c.amount, row);
    ledger.add(ledger.totalsFor(key), 'otherCosts', amount * fx.rateOf(currency));
  }
}
