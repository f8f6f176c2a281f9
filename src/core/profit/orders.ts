/**
 * Order lines into the report, per PRODUCT.md's profit arithmetic: cancelled and unpaid lines and
 * free sample lines (price 0) skipped; GMV = Gross sales − Seller discount; Net revenue = GMV − Refund;
 * Commission = the Commission cell, else Commission % × Net revenue; Platform fee = the cell, else
 * Settings' estimate for the line's region; Shipping = the cell, else 0; COGS = Units × the SKU's unit
 * cost. How cells become a line's amounts (unit prices, affiliate exports, fee estimates) is records/orders.ts's, shared with Organize.
 */
import type { LineAmounts, LineCells } from '../records/orders';
import {
  countsAsSale,
  CURRENCY_BEARING_FIELDS,
  estimatedPlatformFee,
  LINE_CELL_FIELDS,
  lineAmounts,
  skuOfLine,
} from '../records/orders';
import type { Column, RangeReader } from './columns';
import type { ReportContext } from './context';
import { UNALLOCATED, UNATTRIBUTED } from './ledger';
import { fromStart, inPeriod } from './period';

const unlessBlank = (n: number): number | undefined => (n === n ? n : undefined);

const ORDER_FIELDS = {
  orderId: 'Order ID',
  date: 'Date',
  status: 'Status',
  handle: 'Handle',
  campaign: 'Campaign',
  sku: 'SKU',
  skuId: 'SKU ID',
  commissionPct: 'Commission %',
  platformFee: 'Platform fee',
  shipping: 'Shipping cost',
  currency: 'Currency',
  region: 'Region',
} as const;

class OrderRows {
  private readonly c: Record<keyof typeof ORDER_FIELDS, Column>;
  private readonly cells: Record<keyof LineCells, Column>;
  private readonly currencyBearing: Column[];

  constructor(
    private readonly orders: RangeReader,
    private readonly context: ReportContext,
  ) {
    this.c = orders.columns(ORDER_FIELDS);
    this.cells = orders.columns(LINE_CELL_FIELDS);
    this.currencyBearing = CURRENCY_BEARING_FIELDS.map((field) => orders.column(field));
  }

  private keyOf(row: number): string {
    const { orders, c, context } = this;
    switch (context.groupBy) {
      case 'creator':
        return orders.text(c.handle, row) ?? UNATTRIBUTED;
      case 'campaign':
        return orders.text(c.campaign, row) ?? UNALLOCATED;
      case 'sku': {
        const sku = orders.text(c.sku, row);
        const skuId = orders.text(c.skuId, row);
        return context.costBook?.sellerSku(sku, skuId) ?? skuOfLine(sku, skuId) ?? UNALLOCATED;
      }
    }
  }

  /** An amount cell as the shared line rules take it: NaN is how the reader says blank, they say undefined. */
  private amount(column: Column, row: number): number | undefined {
    return unlessBlank(this.orders.amount(column, row));
  }

  private lineCells(row: number): LineCells {
    const { orders, cells } = this;
    // One object shape for every row keeps this hot loop fast.
    return {
      units: unlessBlank(orders.number(cells.units, row)),
      gross: this.amount(cells.gross, row),
      unitPrice: this.amount(cells.unitPrice, row),
      discount: this.amount(cells.discount, row),
      netOfDiscount: this.amount(cells.netOfDiscount, row),
      refund: this.amount(cells.refund, row),
      fullyRefunded: orders.flag(cells.fullyRefunded, row),
      commission: this.amount(cells.commission, row),
      estimatedCommission: this.amount(cells.estimatedCommission, row),
      shopAdsCommission: this.amount(cells.shopAdsCommission, row),
      estimatedShopAdsCommission: this.amount(cells.estimatedShopAdsCommission, row),
      creatorBonus: this.amount(cells.creatorBonus, row),
      estimatedCreatorBonus: this.amount(cells.estimatedCreatorBonus, row),
    };
  }

  /** Calls `visit` for each line that counts: in the period, a sale (not cancelled, not unpaid), not a free sample. */
  forEachLine(visit: (row: number, line: LineAmounts, orderId: string) => void): void {
    const { orders, context, c } = this;
    for (let row = orders.start; row < orders.end; row++) {
      const orderId = orders.text(c.orderId, row);
      if (orderId === undefined) continue;
      if (context.period && !inPeriod(context.period, orders.time(c.date, row))) continue;
      if (context.starts && !fromStart(context.starts, orders.text(c.handle, row), orders.time(c.date, row))) continue;
      if (!countsAsSale(orders.text(c.status, row))) continue;
      const line = lineAmounts(this.lineCells(row));
      if (!line)
        throw new Error(
          `Cannot read ${orders.rowLabel(row)}: order ${orderId} has no sales amount: fill in Gross sales.`,
        );
      if (!line.isSample) visit(row, line, orderId);
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

  /** The Platform fee cell, else the Settings estimate for the line's region; 0 without a settings range. */
  private platformFee(row: number, line: LineAmounts, currency: string | undefined): number {
    const { orders, c, context } = this;
    const fee = orders.amount(c.platformFee, row);
    if (fee === fee || !context.fees) return fee;
    const pct = context.fees.feePct(orders.text(c.region, row), currency, orders, row);
    return pct === pct ? estimatedPlatformFee(pct, line) : NaN;
  }

  add(row: number, line: LineAmounts, orderId: string): void {
    const { orders, context, c } = this;
    const { ledger, fx, costBook } = context;
    const currency = this.currencyOf(row);
    const rate = fx.rateOf(currency);
    const gmv = line.gross - line.discount;
    const net = gmv - line.refund;
    const pct = orders.number(c.commissionPct, row);
    const commission = line.commission ?? (pct === pct ? pct * net : 0);
    const totals = ledger.totalsFor(this.keyOf(row));
    ledger.countOrder(totals, orderId);
    ledger.addUnits(totals, line.units);
    ledger.add(totals, 'gmv', gmv * rate);
    ledger.add(totals, 'refunds', line.refund * rate);
    ledger.add(totals, 'commission', commission * rate);
    ledger.add(totals, 'platformFees', this.platformFee(row, line, currency) * rate);
    ledger.add(totals, 'shipping', orders.amount(c.shipping, row) * rate);
    if (costBook) {
      const unitCost = costBook.unitCost(orders.text(c.sku, row), orders.text(c.skuId, row), orders, row);
      ledger.add(totals, 'cogs', line.units * unitCost);
    }
  }
}

export function addOrders(orders: RangeReader, context: ReportContext): void {
  const rows = new OrderRows(orders, context);
  rows.forEachLine((row, line, orderId) => rows.add(row, line, orderId));
}
