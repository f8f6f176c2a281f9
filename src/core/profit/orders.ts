/**
 * Order lines into the report, per PRODUCT.md's profit arithmetic: cancelled lines and free
 * sample lines (price 0) skipped; GMV = Gross sales − Seller discount; Net revenue = GMV − Refund;
 * Commission = the Commission cell, else Commission % × Net revenue; Platform fee and Shipping =
 * their cells, else 0; COGS = Units × the SKU's unit cost. How cells become a line's amounts
 * (unit prices, affiliate exports, Shop Ads commission) is records/orders.ts's, shared with Organize.
 */
import type { LineAmounts } from '../records/orders';
import { CURRENCY_BEARING_FIELDS, lineAmounts, skuOfLine } from '../records/orders';
import type { Column, RangeReader } from './columns';
import type { ReportContext } from './context';
import { UNALLOCATED, UNATTRIBUTED } from './ledger';
import { inPeriod } from './period';

/** NaN is how the reader says blank; the shared line rules take blank as undefined. */
const unlessBlank = (n: number): number | undefined => (n === n ? n : undefined);

const ORDER_FIELDS = {
  orderId: 'Order ID',
  date: 'Date',
  status: 'Status',
  handle: 'Handle',
  campaign: 'Campaign',
  sku: 'SKU',
  skuId: 'SKU ID',
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
  commissionPct: 'Commission %',
  platformFee: 'Platform fee',
  shipping: 'Shipping cost',
  currency: 'Currency',
} as const;

class OrderRows {
  private readonly c: Record<keyof typeof ORDER_FIELDS, Column>;
  private readonly currencyBearing: Column[];

  constructor(
    private readonly orders: RangeReader,
    private readonly context: ReportContext,
  ) {
    this.c = orders.columns(ORDER_FIELDS);
    this.currencyBearing = CURRENCY_BEARING_FIELDS.map((field) => orders.column(field));
  }

  private skuOf(row: number): string | undefined {
    const { orders } = this;
    return skuOfLine(orders.text(this.c.sku, row), orders.text(this.c.skuId, row));
  }

  private keyOf(row: number): string {
    const { orders } = this;
    switch (this.context.grouping.by) {
      case 'creator':
        return orders.text(this.c.handle, row) ?? UNATTRIBUTED;
      case 'campaign':
        return orders.text(this.c.campaign, row) ?? UNALLOCATED;
      case 'sku':
        return this.skuOf(row) ?? UNALLOCATED;
    }
  }

  /** Calls `visit` for each line that counts: in the period, of the key asked for, not cancelled, not a free sample. */
  forEachLine(visit: (row: number, line: LineAmounts, orderId: string, key: string) => void): void {
    const { orders, context, c } = this;
    for (let row = orders.start; row < orders.end; row++) {
      const orderId = orders.text(c.orderId, row);
      if (orderId === undefined) continue;
      if (context.period && !inPeriod(context.period, orders.time(c.date, row))) continue;
      const key = this.keyOf(row);
      if (context.grouping.only !== undefined && key !== context.grouping.only) continue;
      if (orders.text(c.status, row) === 'cancelled') continue;
      const line = lineAmounts({
        units: unlessBlank(orders.number(c.units, row)),
        gross: unlessBlank(orders.amount(c.gross, row)),
        unitPrice: unlessBlank(orders.amount(c.unitPrice, row)),
        discount: unlessBlank(orders.amount(c.discount, row)),
        netOfDiscount: unlessBlank(orders.amount(c.netOfDiscount, row)),
        refund: unlessBlank(orders.amount(c.refund, row)),
        fullyRefunded: orders.flag(c.fullyRefunded, row),
        commission: unlessBlank(orders.amount(c.commission, row)),
        estimatedCommission: unlessBlank(orders.amount(c.estimatedCommission, row)),
        shopAdsCommission: unlessBlank(orders.amount(c.shopAdsCommission, row)),
        estimatedShopAdsCommission: unlessBlank(orders.amount(c.estimatedShopAdsCommission, row)),
      });
      if (!line)
        throw new Error(
          `Cannot read ${orders.rowLabel(row)}: order ${orderId} has no sales amount: fill in Gross sales.`,
        );
      if (!line.isSample) visit(row, line, orderId, key);
    }
  }

  /** The line's currency: the Currency column, else the currency an amount cell names ('£12.50'). */
  private currencyOf(row: number): string | undefined {
    const explicit = this.orders.text(this.c.currency, row);
    if (explicit !== undefined) return explicit;
    for (const column of this.currencyBearing) {
      const named = this.orders.currencyNamedBy(column, row);
      if (named !== undefined) return named;
    }
    return undefined;
  }

  add(row: number, line: LineAmounts, orderId: string, key: string): void {
    const { orders, context } = this;
    const { ledger, fx, costBook } = context;
    const rate = fx.rateOf(this.currencyOf(row));
    const gmv = line.gross - line.discount;
    const net = gmv - line.refund;
    const pct = orders.number(this.c.commissionPct, row);
    const commission = line.commission ?? (pct === pct ? pct * net : 0);
    const fee = orders.amount(this.c.platformFee, row);
    const shipping = orders.amount(this.c.shipping, row);
    const totals = ledger.totalsFor(key);
    ledger.countOrder(totals, orderId);
    totals.units += line.units;
    totals.gmv += gmv * rate;
    totals.refunds += line.refund * rate;
    totals.commission += commission * rate;
    if (fee === fee) totals.platformFees += fee * rate;
    if (shipping === shipping) totals.shipping += shipping * rate;
    if (costBook) {
      const unitCost = costBook.unitCost(this.skuOf(row), orders, row);
      if (unitCost === unitCost) totals.cogs += line.units * unitCost;
    }
  }
}

export function addOrders(orders: RangeReader, context: ReportContext): void {
  const rows = new OrderRows(orders, context);
  rows.forEachLine((row, line, orderId, key) => rows.add(row, line, orderId, key));
}
