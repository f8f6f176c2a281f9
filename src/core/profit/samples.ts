/**
 * Samples into the report: over samples not cancelled and shipped in the period, the Sample cost
 * cell, else Units × the SKU's unit cost; plus the Shipping cost.
 */
import { RangeColumns, Rows } from './columns';
import { ReportContext } from './context';
import { GROUP_FIELD, GroupBy, rowsOfKey, UNALLOCATED } from './ledger';
import { rowsInPeriod } from './period';

function keysOf(samples: RangeColumns, rows: Rows, by: GroupBy): string[] {
  return samples.texts(GROUP_FIELD[by], rows).map((key) => key ?? UNALLOCATED);
}

export function addSamples(samples: RangeColumns, context: ReportContext): void {
  const { ledger, grouping, period, fx, costBook } = context;
  let rows = samples.rowsWith('Handle', 'Sample ID');
  if (period) rows = rowsInPeriod(rows, samples.times('Shipped', rows), period);
  const selected = rowsOfKey(rows, keysOf(samples, rows, grouping.by), grouping);
  rows = selected.rows;

  const statuses = samples.texts('Status', rows);
  const sampleCosts = samples.amounts('Sample cost', rows);
  const shippingCosts = samples.amounts('Shipping cost', rows);
  const units = samples.numbers('Units', rows);
  const skus = samples.texts('SKU', rows);
  for (let i = 0; i < rows.length; i++) {
    if (statuses[i] === 'cancelled') continue;
    let productCost = sampleCosts.values[i] * fx.rateOf(sampleCosts.currencies?.[i]);
    if (productCost !== productCost) {
      const unitCost = costBook ? costBook.unitCost(skus[i], samples, rows[i]) : 0;
      productCost = (units[i] === units[i] ? units[i] : 1) * unitCost;
    }
    const shipping = shippingCosts.values[i] === shippingCosts.values[i] ? shippingCosts.values[i] * fx.rateOf(shippingCosts.currencies?.[i]) : 0;
    const totals = ledger.totalsFor(selected.keys[i]);
    totals.sampleCost += (productCost === productCost ? productCost : 0) + shipping;
  }
}
