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
  const parts = [
    actualElseEstimate(cells.commission, cells.estimatedCommission),
    actualElseEstimate(cells.shopAdsCommission, cells.estimatedShopAdsCommission),
    actualElseEstimate(cells.creatorBonus, cells.estimatedCreatorBonus),
  ].filter((part): part is number => part !== undefined);
  return parts.length === 0 ? undefined : parts.reduce((sum, part) => sum + part, 0);
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

const LINE_CELL_ENTRIES = Object.entries(LINE_CELL_FIELDS) as [keyof LineCells, string][];

function lineCellsOf(fields: Fields): LineCells {
  const cells: LineCells = {};
  for (const [cell, field] of LINE_CELL_ENTRIES) {
    if (cell === 'units') cells.units = num(fields, field);
    else if (cell === 'fullyRefunded') cells.fullyRefunded = bool(fields, field);
    else cells[cell] = money(fields, field)?.amount;
  }
  return cells;
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
  const amounts = lineAmounts(lineCellsOf(fields));
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
