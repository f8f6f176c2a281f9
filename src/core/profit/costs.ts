/** Costs rows (retainers, flat fees, ad spend, bonuses) into the report as Other costs, by Date in the period. */
import { RangeColumns, Rows } from './columns';
import { ReportContext } from './context';
import { GROUP_FIELD, GroupBy, rowsOfKey, UNALLOCATED } from './ledger';
import { rowsInPeriod } from './period';

function keysOf(costs: RangeColumns, rows: Rows, by: GroupBy): string[] {
  // A cost row names a creator and maybe a campaign, never a SKU.
  if (by === 'sku') return rows.map(() => UNALLOCATED);
  return costs.texts(GROUP_FIELD[by], rows).map((key) => key ?? UNALLOCATED);
}

export function addCosts(costs: RangeColumns, context: ReportContext): void {
  const { ledger, grouping, period, fx } = context;
  let rows = costs.rowsWith('Amount');
  if (period) rows = rowsInPeriod(rows, costs.times('Date', rows), period);
  const selected = rowsOfKey(rows, keysOf(costs, rows, grouping.by), grouping);
  rows = selected.rows;

  const amounts = costs.amounts('Amount', rows);
  const currencies = costs.texts('Currency', rows);
  for (let i = 0; i < rows.length; i++) {
    const amount = amounts.values[i];
    if (amount !== amount) continue;
    ledger.totalsFor(selected.keys[i]).otherCosts += amount * fx.rateOf(currencies[i] ?? amounts.currencies?.[i]);
  }
}
