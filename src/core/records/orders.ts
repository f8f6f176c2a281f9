/**
 * Order lines from an orders tab: our Orders tab, an operator's own sheet, a Seller Center
 * "All orders" export or an affiliate-orders export, read with one set of rules.
 */
import { roundCents } from '../cents';
import { bool, date, money, num, text } from './fields';
import type { Shop } from './sellerCenter';
import type { FieldSlots, ParsedRow, RecordReader } from './table';
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
  creatorBonus?: number;
  estimatedCreatorBonus?: number;
}

/** The order-line fields of those cells, as the alias table names them. */
export const LINE_CELL_FIELDS: Record<keyof LineCells, string> = {
  units: 'Units',
  gross: 'Gross sales',
  unitPrice: 'Unit price',
  discount: 'Seller discount',
  netOfDiscount: 'Net of discount',
  refund: 'Refund',
  fullyRefunded: 'Fully refunded',
  commission: 'Commission',
  estimatedCommission: 'Estimated commission',
  shopAdsCommission: 'Shop Ads commission',
  estimatedShopAdsCommission: 'Estimated Shop Ads commission',
  creatorBonus: 'Creator bonus',
  estimatedCreatorBonus: 'Estimated creator bonus',
};

export interface LineAmounts {
  units: number;
  gross: number;
  discount: number;
  refund: number;
  commission?: number;
  /** A price-0 line: a free sample sent through the shop, not a sale. */
  isSample: boolean;
}

/** Lines that are no sale: their amounts count nowhere. */
const NOT_SALES: ReadonlySet<string | undefined> = new Set(['cancelled', 'unpaid']);

export function countsAsSale(status: string | undefined): boolean {
  return !NOT_SALES.has(status);
}

/** An amount paid when it is known, else the estimate; undefined when neither is there. */
const actualElseEstimate = (actual: number | undefined, estimate: number | undefined) => actual ?? estimate;

/**
 * What the shop owes the creator for a line: the standard commission, Shop Ads commission and the
 * co-funded creator bonus (the seller pays its share of that too), each as paid, else as estimated.
 */
function commissionOf(cells: LineCells): number | undefined {
  const standard = actualElseEstimate(cells.commission, cells.estimatedCommission);
  const shopAds = actualElseEstimate(cells.shopAdsCommission, cells.estimatedShopAdsCommission);
  const bonus = actualElseEstimate(cells.creatorBonus, cells.estimatedCreatorBonus);
  if (standard === undefined && shopAds === undefined && bonus === undefined) return undefined;
  // A missing part adds 0, which leaves the sum of the others exactly as it is.
  return 0 + (standard ?? 0) + (shopAds ?? 0) + (bonus ?? 0);
}

/** A platform fee estimated at `feePct` of the line's net revenue, in its own currency, as Organize writes it. */
export function estimatedPlatformFee(
  feePct: number,
  line: { gross: number; discount: number; refund: number },
): number {
  return roundCents(feePct * (line.gross - line.discount - line.refund));
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

/** A line's SKU: the seller's own SKU, else TikTok's SKU ID (an affiliate export has no seller SKU). */
export function skuOfLine(sku: string | undefined, skuId: string | undefined): string | undefined {
  return sku ?? skuId;
}

/** A refund on a completed line makes it refunded or partially refunded. */
function refineStatus(line: OrderLine): string {
  if (line.status !== 'completed' || line.refund <= 0) return line.status;
  return line.refund >= roundCents(line.gross - line.discount) ? 'refunded' : 'partially refunded';
}

/**
 * Fields read only where a line needs them (ReadOptions.onDemand), so a cell no line uses is neither
 * parsed nor reported: the shipment, which only a free sample order keeps (it becomes a Sample); the
 * unit price and the net of discount, which stand in for a blank subtotal or discount (the unit price
 * also names a currency no earlier amount names); and what only tells an affiliate export apart (its
 * commission base and content type, which detection weighs), which no line keeps.
 */
export const ON_DEMAND_FIELDS: readonly string[] = [
  'Shipped',
  'Delivered',
  'Tracking',
  'Carrier',
  'Unit price',
  'Net of discount',
  'Commission base',
  'Content type',
];

const ORDER_LINE_FIELDS = {
  orderId: 'Order ID',
  line: 'Line',
  skuId: 'SKU ID',
  date: 'Date',
  handle: 'Handle',
  campaign: 'Campaign',
  sku: 'SKU',
  product: 'Product',
  status: 'Status',
  commissionPct: 'Commission %',
  platformFee: 'Platform fee',
  shippingCost: 'Shipping cost',
  currency: 'Currency',
  region: 'Region',
  promoCode: 'Promo code',
  shipped: 'Shipped',
  delivered: 'Delivered',
  tracking: 'Tracking',
  carrier: 'Carrier',
};

/**
 * The order line of each parsed row of a tab with these slots, or undefined (with the issue
 * saying why); `shop` is the shop of a Seller Center "All order" export (sellerCenter.ts). `line`
 * is the Line cell, or 0 until numberLines numbers it.
 */
export function orderLineReader(slots: FieldSlots, shop?: Shop): RecordReader<OrderLine> {
  const at = slots.ofEach(ORDER_LINE_FIELDS);
  const cellAt = slots.ofEach(LINE_CELL_FIELDS);
  const currencyBearing = CURRENCY_BEARING_FIELDS.map((field) => slots.of(field));
  const currencyOf = (row: ParsedRow): string | undefined => {
    const explicit = text(row.values[at.currency]);
    if (explicit) return explicit;
    for (const slot of currencyBearing) {
      const found = money(row.onDemand(slot))?.currency;
      if (found) return found;
    }
    return undefined;
  };
  const amount = (value: unknown) => money(value)?.amount;
  return (row, issues) => {
    const v = row.values;
    const orderId = text(v[at.orderId]);
    if (!orderId) {
      reportMissing(issues, row, 'Order ID', 'no Order ID on this order line: it cannot be matched or de-duplicated');
      return undefined;
    }
    const gross = amount(v[cellAt.gross]);
    const discount = amount(v[cellAt.discount]);
    const amounts = lineAmounts({
      units: num(v[cellAt.units]),
      gross,
      unitPrice: gross === undefined ? amount(row.onDemand(cellAt.unitPrice)) : undefined,
      discount,
      netOfDiscount: discount === undefined ? amount(row.onDemand(cellAt.netOfDiscount)) : undefined,
      refund: amount(v[cellAt.refund]),
      fullyRefunded: bool(v[cellAt.fullyRefunded]),
      commission: amount(v[cellAt.commission]),
      estimatedCommission: amount(v[cellAt.estimatedCommission]),
      shopAdsCommission: amount(v[cellAt.shopAdsCommission]),
      estimatedShopAdsCommission: amount(v[cellAt.estimatedShopAdsCommission]),
      creatorBonus: amount(v[cellAt.creatorBonus]),
      estimatedCreatorBonus: amount(v[cellAt.estimatedCreatorBonus]),
    });
    if (!amounts) {
      reportMissing(issues, row, 'Gross sales', `order ${orderId} has no sales amount: fill the price or subtotal`);
      return undefined;
    }
    const skuId = text(v[at.skuId]);
    const line: OrderLine = {
      orderId,
      line: num(v[at.line]) ?? 0,
      skuId,
      date: date(v[at.date]),
      handle: text(v[at.handle]),
      campaign: text(v[at.campaign]),
      sku: skuOfLine(text(v[at.sku]), skuId),
      product: text(v[at.product]),
      units: amounts.units,
      gross: amounts.gross,
      discount: amounts.discount,
      refund: amounts.refund,
      status: text(v[at.status]) ?? 'completed',
      commissionPct: num(v[at.commissionPct]),
      commission: amounts.commission,
      platformFee: amount(v[at.platformFee]),
      shippingCost: amount(v[at.shippingCost]),
      currency: currencyOf(row) ?? shop?.currency,
      region: text(v[at.region]) ?? shop?.region,
      promoCode: text(v[at.promoCode]),
      isSample: amounts.isSample,
      shipped: amounts.isSample ? date(row.onDemand(at.shipped)) : undefined,
      delivered: amounts.isSample ? date(row.onDemand(at.delivered)) : undefined,
      tracking: amounts.isSample ? text(row.onDemand(at.tracking)) : undefined,
      carrier: amounts.isSample ? text(row.onDemand(at.carrier)) : undefined,
      source: row.source,
    };
    line.status = refineStatus(line);
    return line;
  };
}

/** An order as the Orders tab keys its lines: the Order ID in any case ('ab12' and 'AB12' are one order). */
export const orderKey = (line: OrderLine): string => line.orderId.toLowerCase();

/** How SKUs sort within an order: String.prototype.localeCompare's order, without its look-up per call. */
const SKU_ORDER = new Intl.Collator();

/** Numbers the lines of each order of one tab by SKU, so the key stays put when rows are re-sorted. */
export function numberLines(lines: readonly OrderLine[]): void {
  if (lines.every((l) => l.line > 0)) return;
  // Most orders have one line: only those with more get a list.
  const byOrder = new Map<string, OrderLine | OrderLine[]>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const key = orderKey(line);
    const seen = byOrder.get(key);
    if (seen === undefined) byOrder.set(key, line);
    else if (Array.isArray(seen)) seen.push(line);
    else byOrder.set(key, [seen, line]);
  }
  for (const seen of byOrder.values()) {
    if (!Array.isArray(seen)) {
      if (!(seen.line > 0)) seen.line = 1;
      continue;
    }
    if (seen.every((l) => l.line > 0)) continue;
    seen
      .sort((a, b) => SKU_ORDER.compare(a.skuId ?? a.sku ?? '', b.skuId ?? b.sku ?? '') || a.source.row - b.source.row)
      .forEach((line, i) => (line.line = i + 1));
  }
}
