/**
 * Order lines from an orders tab: our Orders tab, an operator's own sheet, a Seller Center
 * "All orders" export or an affiliate-orders export, read with one set of rules.
 */
import { roundCents } from '../cents';
import type { Fields } from './fields';
import { bool, date, money, num, text } from './fields';
import type { Shop } from './sellerCenter';
import type { Issue, ParsedRow } from './table';
import { reportMissing } from './table';
import type { OrderLine } from './types';

/** Amount fields whose cells may name the line's currency ('£12.50') when no Currency column does. */
export const CURRENCY_BEARING_FIELDS = [
  'Gross sales',
  'Unit price',
  'Seller discount',
  'Refund',
  'Commission',
] as const;

function currencyOf(fields: Fields): string | undefined {
  const explicit = text(fields, 'Currency');
  if (explicit) return explicit;
  for (const name of CURRENCY_BEARING_FIELDS) {
    const found = money(fields, name)?.currency;
    if (found) return found;
  }
  return undefined;
}

/** The cells an order line's amounts are read from; blank cells are undefined. */
export interface LineCells {
  units?: number;
  gross?: number;
  unitPrice?: number;
  discount?: number;
  netOfDiscount?: number;
  refund?: number;
  fullyRefunded?: boolean;
  commission?: number;
  estimatedCommission?: number;
  shopAdsCommission?: number;
  estimatedShopAdsCommission?: number;
}

export interface LineAmounts {
  units: number;
  gross: number;
  discount: number;
  refund: number;
  commission?: number;
  /** A price-0 line: a free sample sent through the shop, not a sale. */
  isSample: boolean;
}

/**
 * How every reader of orders (Organize and the PROFIT formulas) turns a line's cells into amounts;
 * undefined when the line has no sales amount.
 */
export function lineAmounts(cells: LineCells): LineAmounts | undefined {
  const units = cells.units ?? 1;
  const gross = cells.gross ?? (cells.unitPrice === undefined ? undefined : roundCents(cells.unitPrice * units));
  if (gross === undefined) return undefined;
  const discount =
    cells.discount !== undefined
      ? Math.abs(cells.discount)
      : cells.netOfDiscount === undefined
        ? 0
        : roundCents(gross - cells.netOfDiscount);
  const refund = cells.fullyRefunded ? roundCents(gross - discount) : Math.abs(cells.refund ?? 0);
  return { units, gross, discount, refund, commission: commissionOf(cells), isSample: gross === 0 && units > 0 };
}

/**
 * What the shop owes the creator: standard commission plus Shop Ads commission, each the actual
 * payment when there is one, else the estimate; undefined when the line has neither.
 */
function commissionOf(cells: LineCells): number | undefined {
  const standard = cells.commission ?? cells.estimatedCommission;
  const shopAds = cells.shopAdsCommission ?? cells.estimatedShopAdsCommission;
  if (shopAds === undefined) return standard;
  return roundCents((standard ?? 0) + shopAds);
}

/** The SKU costs are looked up by: the seller SKU, else TikTok's SKU ID. */
export function skuOfLine(sku: string | undefined, skuId: string | undefined): string | undefined {
  return sku ?? skuId;
}

/** A refund on a completed line makes it refunded or partially refunded. */
function refineStatus(line: OrderLine): string {
  if (line.status !== 'completed' || line.refund <= 0) return line.status;
  return line.refund >= roundCents(line.gross - line.discount) ? 'refunded' : 'partially refunded';
}

/** An order line; `line` is the Line cell, or 0 until numberLines numbers it. */
function lineOf(fields: Fields, issues: Issue[], row: ParsedRow, shop: Shop | undefined): OrderLine | undefined {
  const { source } = row;
  const orderId = text(fields, 'Order ID');
  if (!orderId) {
    reportMissing(issues, row, 'Order ID', 'no Order ID on this order line: it cannot be matched or de-duplicated');
    return undefined;
  }
  const amounts = lineAmounts({
    units: num(fields, 'Units'),
    gross: money(fields, 'Gross sales')?.amount,
    unitPrice: money(fields, 'Unit price')?.amount,
    discount: money(fields, 'Seller discount')?.amount,
    netOfDiscount: money(fields, 'Net of discount')?.amount,
    refund: money(fields, 'Refund')?.amount,
    fullyRefunded: bool(fields, 'Fully refunded'),
    commission: money(fields, 'Commission')?.amount,
    estimatedCommission: money(fields, 'Estimated commission')?.amount,
    shopAdsCommission: money(fields, 'Shop Ads commission')?.amount,
    estimatedShopAdsCommission: money(fields, 'Estimated Shop Ads commission')?.amount,
  });
  if (!amounts) {
    reportMissing(issues, row, 'Gross sales', `order ${orderId} has no sales amount: fill the price or subtotal`);
    return undefined;
  }
  const { units, gross, discount, refund } = amounts;
  return {
    orderId,
    line: num(fields, 'Line') ?? 0,
    skuId: text(fields, 'SKU ID'),
    date: date(fields, 'Date'),
    handle: text(fields, 'Handle'),
    campaign: text(fields, 'Campaign'),
    sku: skuOfLine(text(fields, 'SKU'), text(fields, 'SKU ID')),
    product: text(fields, 'Product'),
    units,
    gross,
    discount,
    refund,
    status: text(fields, 'Status') ?? 'completed',
    commissionPct: num(fields, 'Commission %'),
    commission: amounts.commission,
    platformFee: money(fields, 'Platform fee')?.amount,
    shippingCost: money(fields, 'Shipping cost')?.amount,
    currency: currencyOf(fields) ?? shop?.currency,
    region: text(fields, 'Region') ?? shop?.region,
    promoCode: text(fields, 'Promo code'),
    isSample: amounts.isSample,
    shipped: date(fields, 'Shipped'),
    delivered: date(fields, 'Delivered'),
    tracking: text(fields, 'Tracking'),
    carrier: text(fields, 'Carrier'),
    source,
  };
}

function groupByOrder<T extends { orderId: string }>(lines: T[]): Map<string, T[]> {
  const byOrder = new Map<string, T[]>();
  for (const line of lines) {
    const group = byOrder.get(line.orderId);
    if (group) group.push(line);
    else byOrder.set(line.orderId, [line]);
  }
  return byOrder;
}

/** Numbers the lines of each order by SKU, so the key stays put when rows are re-sorted. */
function numberLines(lines: OrderLine[]): void {
  for (const group of groupByOrder(lines).values()) {
    if (group.every((l) => l.line > 0)) continue;
    group
      .slice()
      .sort((a, b) => (a.skuId ?? a.sku ?? '').localeCompare(b.skuId ?? b.sku ?? '') || a.source.row - b.source.row)
      .forEach((line, i) => (line.line = i + 1));
  }
}

/** Order lines of one tab; `shop` is the shop of a Seller Center "All order" export (sellerCenter.ts). */
export function buildOrderLines(rows: readonly ParsedRow[], shop?: Shop): { records: OrderLine[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const lines: OrderLine[] = [];
  for (const row of rows) {
    const line = lineOf(row.fields, issues, row, shop);
    if (line) lines.push(line);
  }
  for (const line of lines) line.status = refineStatus(line);
  numberLines(lines);
  return { records: lines, issues };
}
