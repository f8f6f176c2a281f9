/**
 * Samples into the report: over samples not cancelled and shipped in the period, the Sample cost
 * cell, else Units × the SKU's unit cost; plus the Shipping cost.
 */
import type { RangeReader } from './columns';
import type { ReportContext } from './context';
import { UNALLOCATED } from './ledger';
import { fromStart, inPeriod } from './period';
import { missingColumn } from './range';

const SAMPLE_FIELDS = {
  sampleId: 'Sample ID',
  handle: 'Handle',
  campaign: 'Campaign',
  shipped: 'Shipped',
  status: 'Status',
  sku: 'SKU',
  units: 'Units',
  sampleCost: 'Sample cost',
  shippingCost: 'Shipping cost',
} as const;

export function addSamples(samples: RangeReader, context: ReportContext): void {
  const { ledger, groupBy, period, starts, fx, costBook } = context;
  const c = samples.columns(SAMPLE_FIELDS);
  const keyOf = (row: number): string | undefined => {
    if (groupBy === 'creator') return samples.text(c.handle, row);
    if (groupBy === 'campaign') return samples.text(c.campaign, row);
    const sku = samples.text(c.sku, row);
    return costBook?.sellerSku(sku, undefined) ?? sku;
  };
  for (let row = samples.start; row < samples.end; row++) {
    if (samples.isEmpty(c.handle, row) && samples.isEmpty(c.sampleId, row)) continue;
    if (period && !inPeriod(period, samples.time(c.shipped, row))) continue;
    if (starts && !fromStart(starts, samples.text(c.handle, row), samples.time(c.shipped, row))) continue;
    if (samples.text(c.status, row) === 'cancelled') continue;

    let productCost = samples.amount(c.sampleCost, row) * fx.rateOf(samples.currencyNamedBy(c.sampleCost, row));
    if (productCost !== productCost && costBook) {
      if (c.units.index < 0) throw missingColumn('samples', samples.table.kind, ['Units']);
      const units = samples.number(c.units, row);
      productCost =
        (units === units ? units : 1) * costBook.unitCost(samples.text(c.sku, row), undefined, samples, row);
    }
    const totals = ledger.totalsFor(keyOf(row) ?? UNALLOCATED);
    ledger.add(totals, 'sampleCost', productCost);
    ledger.add(
      totals,
      'sampleCost',
      samples.amount(c.shippingCost, row) * fx.rateOf(samples.currencyNamedBy(c.shippingCost, row)),
    );
  }
}
