/**
 * Samples into the report: over samples not cancelled and shipped in the period, the Sample cost
 * cell, else Units × the SKU's unit cost; plus the Shipping cost.
 */
import type { RangeReader } from './columns';
import type { ReportContext } from './context';
import { GROUP_FIELD, UNALLOCATED } from './ledger';
import { inPeriod } from './period';

const SAMPLE_FIELDS = {
  sampleId: 'Sample ID',
  handle: 'Handle',
  shipped: 'Shipped',
  status: 'Status',
  sku: 'SKU',
  units: 'Units',
  sampleCost: 'Sample cost',
  shippingCost: 'Shipping cost',
} as const;

export function addSamples(samples: RangeReader, context: ReportContext): void {
  const { ledger, grouping, period, fx, costBook } = context;
  const c = samples.columns(SAMPLE_FIELDS);
  const keyColumn = samples.column(GROUP_FIELD[grouping.by]);
  for (let row = samples.start; row < samples.end; row++) {
    if (samples.isEmpty(c.handle, row) && samples.isEmpty(c.sampleId, row)) continue;
    if (period && !inPeriod(period, samples.time(c.shipped, row))) continue;
    const key = samples.text(keyColumn, row) ?? UNALLOCATED;
    if (grouping.only !== undefined && key !== grouping.only) continue;
    if (samples.text(c.status, row) === 'cancelled') continue;

    let productCost = samples.amount(c.sampleCost, row) * fx.rateOf(samples.currencyNamedBy(c.sampleCost, row));
    if (productCost !== productCost && costBook) {
      const units = samples.number(c.units, row);
      productCost = (units === units ? units : 1) * costBook.unitCost(samples.text(c.sku, row), samples, row);
    }
    const shipping = samples.amount(c.shippingCost, row) * fx.rateOf(samples.currencyNamedBy(c.shippingCost, row));
    const totals = ledger.totalsFor(key);
    if (productCost === productCost) totals.sampleCost += productCost;
    if (shipping === shipping) totals.sampleCost += shipping;
  }
}
