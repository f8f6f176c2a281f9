/** Seller Center's "All orders" exports, one tab per shop, pasted in as downloaded. */
import type { SheetModel } from '../../runtime/workbook';
import type { Region } from '../catalog';
import { exportMoneyCell, exportTimeCell, withTrailingTab } from '../messyText';
import type { Order, OrderLine } from '../orders';
import { paymentCents } from '../orders';
import type { SourceRecord } from '../sourceTab';
import { SourceTab } from '../sourceTab';
import type { Findings } from '../truth';

export const ORDER_EXPORT_TABS: Record<Region, string> = { US: 'All orders US', UK: 'All orders UK' };

/** The contract headers (PRODUCT.md), then the trailing columns a real export carries. */
const COLUMNS = [
  ['Order ID', 'Platform unique order ID.'],
  ['Order Status', 'Current status of the order.'],
  ['SKU ID', 'Platform unique SKU ID.'],
  ['Seller SKU', 'SKU code set by the seller.'],
  ['Product Name', 'Name of the product.'],
  ['Quantity', 'Number of units of this SKU in the order.'],
  ['SKU Unit Original Price', 'Original price of one unit.'],
  ['SKU Subtotal Before Discount', 'Unit original price x quantity.'],
  ['SKU Seller Discount', 'Discount funded by the seller.'],
  ['SKU Subtotal After Discount', 'Subtotal after the seller discount.'],
  ['Order Refund Amount', 'Total amount refunded for the order.'],
  ['Created Time', 'Time the order was placed.'],
  ['Shipped Time', 'Time the package was handed to the carrier.'],
  ['Delivered Time', 'Time the package was delivered.'],
  ['Tracking ID', 'Carrier tracking number.'],
  ['Shipping Provider Name', 'Carrier that delivers the package.'],
  ['Buyer Username', "Buyer's TikTok username."],
  ['Recipient', 'Recipient name (masked).'],
  ['Province', 'State, province or county.'],
  ['Payment Method', 'How the buyer paid.'],
  ['Promo Code', 'Promotion code used at checkout.'],
] as const;
type Header = (typeof COLUMNS)[number][0];

export function buildOrderExportTabs(orders: readonly Order[], findings: Findings): SheetModel[] {
  return (['US', 'UK'] as const).map((region) => {
    const tab = new SourceTab<Header>(
      ORDER_EXPORT_TABS[region],
      COLUMNS.map(([header]) => header),
    );
    tab.addValues(COLUMNS.map(([, description]) => description));
    for (const order of orders) {
      if (order.region !== region) continue;
      for (const line of order.lines) {
        const row = tab.add(lineRecord(order, line));
        if (order.idLostAsNumber) {
          findings.brokenRows.push({
            tab: tab.name,
            row,
            column: 'Order ID',
            why: 'Order ID stored as a number: digits past the 15th are lost',
            skipsRow: true,
          });
        }
      }
    }
    return tab.toSheet();
  });
}

function lineRecord(order: Order, line: OrderLine): SourceRecord<Header> {
  const money = (cents: number) => exportMoneyCell(cents, order.region);
  return {
    // The spreadsheet that mangled this ID kept only what a double holds.
    'Order ID': order.idLostAsNumber ? Number(order.id) : withTrailingTab(order.id),
    'Order Status': order.status,
    'SKU ID': withTrailingTab(line.product.skuId),
    'Seller SKU': line.product.sku,
    'Product Name': line.product.name,
    Quantity: line.units,
    'SKU Unit Original Price': money(line.grossCents / line.units),
    'SKU Subtotal Before Discount': money(line.grossCents),
    'SKU Seller Discount': money(line.discountCents),
    'SKU Subtotal After Discount': money(paymentCents(line)),
    'Order Refund Amount': money(line.refundCents),
    'Created Time': exportTimeCell(order.created, order.region),
    'Shipped Time': exportTimeCell(order.shipped, order.region),
    'Delivered Time': exportTimeCell(order.delivered, order.region),
    'Tracking ID': order.tracking ? withTrailingTab(order.tracking) : '',
    'Shipping Provider Name': order.courier,
    'Buyer Username': order.buyer,
    Recipient: order.recipient,
    Province: order.province,
    'Payment Method': order.paymentMethod,
    'Promo Code': order.attribution.kind === 'promo' ? order.attribution.code : '',
  };
}
