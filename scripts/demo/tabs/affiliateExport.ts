/** Seller Center's affiliate orders export: one row per attributed SKU line, both shops in one download. */
import type { SheetModel } from '../../runtime/workbook';
import { exportMoneyCell, exportRateText, exportTimeCell, withTrailingTab } from '../messyText';
import type { Order } from '../orders';
import { paymentCents } from '../orders';
import type { Random } from '../random';
import { SourceTab } from '../sourceTab';

export const AFFILIATE_EXPORT_TAB = 'Affiliate orders';

const HEADERS = [
  'Order ID',
  'SKU ID',
  'Product Name',
  'Quantity',
  'Creator Username',
  'Content Type',
  'Payment Amount',
  'Order Status',
  'Time Created',
  'Standard commission rate',
  'Est. Commission Base',
  'Est. standard commission payment',
  'Actual Commission Base',
  'Actual Commission Payment',
  'Fully returned or refunded',
] as const;
type Header = (typeof HEADERS)[number];

export function buildAffiliateExportTab(rng: Random, orders: readonly Order[]): SheetModel {
  const tab = new SourceTab<Header>(AFFILIATE_EXPORT_TAB, HEADERS);
  for (const order of orders) {
    const { attribution } = order;
    if (attribution.kind !== 'affiliate') continue;
    const money = (cents: number | undefined) => (cents === undefined ? '' : exportMoneyCell(cents, order.region));
    for (const line of order.lines) {
      const settlement = line.affiliate;
      if (!settlement) continue;
      tab.add({
        'Order ID': withTrailingTab(order.id),
        'SKU ID': withTrailingTab(line.product.skuId),
        'Product Name': line.product.name,
        Quantity: line.units,
        'Creator Username': attribution.handle,
        'Content Type': attribution.contentType,
        'Payment Amount': money(paymentCents(line)),
        'Order Status': settlement.status,
        'Time Created': exportTimeCell(order.created, order.region),
        'Standard commission rate': exportRateText(rng, attribution.rate),
        'Est. Commission Base': money(paymentCents(line)),
        'Est. standard commission payment': money(settlement.estPaymentCents),
        'Actual Commission Base': money(settlement.actualBaseCents),
        'Actual Commission Payment': money(settlement.actualPaymentCents),
        'Fully returned or refunded': settlement.fullyRefunded ? 'Yes' : 'No',
      });
    }
  }
  return tab.toSheet();
}
