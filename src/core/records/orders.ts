/**
 * Order lines from an orders tab: our Orders tab, an operator's own sheet, a Seller Center
 * "All orders" export or an affiliate-orders export, read with one set of rules.
 */
import { normalizeHeader } from '../aliases';
import { roundCents } from '../money';
import { bool, date, Fields, money, num, text } from './fields';
import { Issue, MappedTable, ParsedRow, reportMissing } from './table';
import { OrderLine } from './types';

function currencyOf(fields: Fields): string | undefined {
  const explicit = text(fields, 'Currency');
  if (explicit) return explicit;
  for (const name of ['Gross sales', 'Unit price', 'Seller discount', 'Refund', 'Commission']) {
    const found = money(fields, name)?.currency;
    if (found) return found;
  }
  return undefined;
}

function grossOf(fields: Fields, units: number): number | undefined {
  const gross = money(fields, 'Gross sales')?.amount;
  if (gross !== undefined) return gross;
  const unitPrice = money(fields, 'Unit price')?.amount;
  return unitPrice === undefined ? undefined : roundCents(unitPrice * units);
}

function discountOf(fields: Fields, gross: number): number {
  const discount = money(fields, 'Seller discount')?.amount;
  if (discount !== undefined) return Math.abs(discount);
  const afterDiscount = money(fields, 'Net of discount')?.amount;
  return afterDiscount === undefined ? 0 : roundCents(gross - afterDiscount);
}

/** A refund on a completed line makes it refunded or partially refunded. */
function refineStatus(line: Omit<OrderLine, 'line'>): string {
  if (line.status !== 'completed' || line.refund <= 0) return line.status;
  return line.refund >= roundCents(line.gross - line.discount) ? 'refunded' : 'partially refunded';
}

function lineOf(table: MappedTable, fields: Fields, issues: Issue[], row: ParsedRow): Omit<OrderLine, 'line'> | undefined {
  const { source } = row;
  const orderId = text(fields, 'Order ID');
  if (!orderId) {
    reportMissing(issues, row, 'Order ID', 'no Order ID on this order line: it cannot be matched or de-duplicated');
    return undefined;
  }
  const units = num(fields, 'Units') ?? 1;
  const gross = grossOf(fields, units);
  if (gross === undefined) {
    reportMissing(issues, row, 'Gross sales', `order ${orderId} has no sales amount: fill the price or subtotal`);
    return undefined;
  }
  const discount = discountOf(fields, gross);
  const net = roundCents(gross - discount);
  const fullyRefunded = bool(fields, 'Fully refunded') === true;
  const refund = fullyRefunded ? net : Math.abs(money(fields, 'Refund')?.amount ?? 0);
  const isAffiliate = table.kind === 'affiliate';
  return {
    orderId,
    skuId: text(fields, 'SKU ID'),
    date: date(fields, 'Date'),
    handle: text(fields, 'Handle'),
    campaign: text(fields, 'Campaign'),
    sku: text(fields, 'SKU') ?? (isAffiliate ? text(fields, 'SKU ID') : undefined),
    product: text(fields, 'Product'),
    units,
    gross,
    discount,
    refund,
    status: text(fields, 'Status') ?? 'completed',
    commissionPct: num(fields, 'Commission %'),
    commission: money(fields, 'Commission')?.amount ?? money(fields, 'Estimated commission')?.amount,
    platformFee: money(fields, 'Platform fee')?.amount,
    shippingCost: money(fields, 'Shipping cost')?.amount,
    currency: currencyOf(fields),
    region: text(fields, 'Region'),
    promoCode: text(fields, 'Promo code'),
    isSample: gross === 0 && units > 0,
    shipped: date(fields, 'Shipped'),
    delivered: date(fields, 'Delivered'),
    tracking: text(fields, 'Tracking'),
    carrier: text(fields, 'Carrier'),
    source,
  };
}

/**
 * Seller Center's "Order Refund Amount" is the whole order's refund, repeated on every line
 * of the order. Spread it over the lines by their share of the order's net so it counts once.
 */
function spreadOrderRefunds(lines: Omit<OrderLine, 'line'>[]): void {
  const byOrder = groupByOrder(lines);
  for (const group of byOrder.values()) {
    if (group.length < 2 || group.some((l) => l.refund !== group[0].refund) || group[0].refund === 0) continue;
    const total = group[0].refund;
    const nets = group.map((l) => l.gross - l.discount);
    const netSum = nets.reduce((a, b) => a + b, 0);
    let left = total;
    group.forEach((line, i) => {
      const share = i === group.length - 1 ? left : roundCents(netSum > 0 ? (total * nets[i]) / netSum : total / group.length);
      left = roundCents(left - share);
      line.refund = share;
    });
  }
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
function numberLines(lines: Omit<OrderLine, 'line'>[], given: (number | undefined)[]): OrderLine[] {
  const numbered = lines.map((line, i) => ({ ...line, line: given[i] ?? 0 }));
  for (const group of groupByOrder(numbered).values()) {
    if (group.every((l) => l.line > 0)) continue;
    group
      .slice()
      .sort((a, b) => (a.skuId ?? a.sku ?? '').localeCompare(b.skuId ?? b.sku ?? '') || a.source.row - b.source.row)
      .forEach((line, i) => (line.line = i + 1));
  }
  return numbered;
}

export function buildOrderLines(table: MappedTable, rows: readonly ParsedRow[]): { records: OrderLine[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const lines: Omit<OrderLine, 'line'>[] = [];
  const given: (number | undefined)[] = [];
  for (const row of rows) {
    const line = lineOf(table, row.fields, issues, row);
    if (!line) continue;
    lines.push(line);
    given.push(num(row.fields, 'Line'));
  }
  const refundColumn = table.mapping.Refund;
  const refundHeader = refundColumn === undefined ? '' : normalizeHeader(table.values[table.headerRow]?.[refundColumn]);
  if (refundHeader === 'orderrefundamount') spreadOrderRefunds(lines);
  for (const line of lines) line.status = refineStatus(line);
  return { records: numberLines(lines, given), issues };
}
