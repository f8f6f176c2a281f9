/**
 * Order lines into the report, per PRODUCT.md's profit arithmetic: cancelled lines and free
 * sample lines (price 0) skipped; GMV = Gross sales − Seller discount; Net revenue = GMV − Refund;
 * Commission = the Commission cell, else Commission % × Net revenue; Platform fee and Shipping =
 * their cells, else 0; COGS = Units × the SKU's unit cost.
 */
import { CURRENCY_BEARING_FIELDS, lineAmounts, refundsArePerOrder, skuOfLine, spreadOrderRefunds } from '../records/orders';
import { Amounts, RangeColumns, Rows } from './columns';
import { ReportContext } from './context';
import { GroupBy, rowsOfKey, UNALLOCATED, UNATTRIBUTED } from './ledger';
import { rowsInPeriod } from './period';

const present = (n: number): number | undefined => (n === n ? n : undefined);

type AmountsOf = (field: string) => Amounts;

/** Reads each amount column of the rows once, however many rules look at it. */
function amountsReader(orders: RangeColumns, rows: Rows): AmountsOf {
  const read = new Map<string, Amounts>();
  return (field) => {
    let amounts = read.get(field);
    if (!amounts) {
      amounts = orders.amounts(field, rows);
      read.set(field, amounts);
    }
    return amounts;
  };
}

function skusOf(orders: RangeColumns, rows: Rows): (string | undefined)[] {
  const skus = orders.texts('SKU', rows);
  const skuIds = orders.texts('SKU ID', rows);
  return skus.map((sku, i) => skuOfLine(orders.table.kind, sku, skuIds[i]));
}

function keysOf(orders: RangeColumns, rows: Rows, by: GroupBy): string[] {
  if (by === 'creator') return orders.texts('Handle', rows).map((handle) => handle ?? UNATTRIBUTED);
  const keys = by === 'campaign' ? orders.texts('Campaign', rows) : skusOf(orders, rows);
  return keys.map((key) => key ?? UNALLOCATED);
}

/** A line's currency: the Currency column, else the currency an amount cell names ('£12.50'). */
function currenciesOf(orders: RangeColumns, rows: Rows, amountsOf: AmountsOf): (string | undefined)[] {
  const currencies = orders.texts('Currency', rows);
  const named = CURRENCY_BEARING_FIELDS.map((field) => amountsOf(field).currencies).filter((list) => list !== undefined);
  if (named.length === 0) return currencies;
  return currencies.map((currency, i) => currency ?? named.map((list) => list[i]).find((found) => found !== undefined));
}

/** One order line's amounts, before currency conversion. */
interface Line {
  index: number;
  orderId: string;
  units: number;
  gross: number;
  discount: number;
  refund: number;
  commission?: number;
}

/** The lines that count (not cancelled, not free samples), with the shared line rules applied. */
function linesOf(orders: RangeColumns, rows: Rows, amountsOf: AmountsOf): Line[] {
  const ids = orders.texts('Order ID', rows);
  const statuses = orders.texts('Status', rows);
  const units = orders.numbers('Units', rows);
  const gross = amountsOf('Gross sales').values;
  const unitPrice = amountsOf('Unit price').values;
  const discount = amountsOf('Seller discount').values;
  const netOfDiscount = amountsOf('Net of discount').values;
  const refund = amountsOf('Refund').values;
  const commission = amountsOf('Commission').values;
  const estimatedCommission = amountsOf('Estimated commission').values;
  const fullyRefunded = orders.flags('Fully refunded', rows);
  const lines: Line[] = [];
  for (let i = 0; i < rows.length; i++) {
    const orderId = ids[i];
    if (orderId === undefined || statuses[i] === 'cancelled') continue;
    const line = lineAmounts({
      units: present(units[i]),
      gross: present(gross[i]),
      unitPrice: present(unitPrice[i]),
      discount: present(discount[i]),
      netOfDiscount: present(netOfDiscount[i]),
      refund: present(refund[i]),
      fullyRefunded: fullyRefunded[i],
      commission: present(commission[i]),
      estimatedCommission: present(estimatedCommission[i]),
    });
    if (!line) throw new Error(`Cannot read ${orders.rowLabel(rows[i])}: order ${orderId} has no sales amount: fill in Gross sales.`);
    if (line.isSample) continue;
    lines.push({ index: i, orderId, units: line.units, gross: line.gross, discount: line.discount, refund: line.refund, commission: line.commission });
  }
  if (refundsArePerOrder(orders.table)) spreadOrderRefunds(lines);
  return lines;
}

export function addOrders(orders: RangeColumns, context: ReportContext): void {
  const { ledger, grouping, period, fx, costBook } = context;
  let rows = orders.rowsWith('Order ID');
  if (period) rows = rowsInPeriod(rows, orders.times('Date', rows), period);
  const selected = rowsOfKey(rows, keysOf(orders, rows, grouping.by), grouping);
  rows = selected.rows;

  const amountsOf = amountsReader(orders, rows);
  const lines = linesOf(orders, rows, amountsOf);
  const commissionPcts = orders.numbers('Commission %', rows);
  const platformFees = orders.amounts('Platform fee', rows).values;
  const shippingCosts = orders.amounts('Shipping cost', rows).values;
  const currencies = currenciesOf(orders, rows, amountsOf);
  const skus = costBook ? skusOf(orders, rows) : [];
  for (const line of lines) {
    const i = line.index;
    const rate = fx.rateOf(currencies[i]);
    const gmv = line.gross - line.discount;
    const net = gmv - line.refund;
    const pct = commissionPcts[i];
    const commission = line.commission ?? (pct === pct ? pct * net : 0);
    const totals = ledger.totalsFor(selected.keys[i]);
    ledger.countOrder(totals, line.orderId);
    totals.units += line.units;
    totals.gmv += gmv * rate;
    totals.refunds += line.refund * rate;
    totals.commission += commission * rate;
    totals.platformFees += (platformFees[i] === platformFees[i] ? platformFees[i] : 0) * rate;
    totals.shipping += (shippingCosts[i] === shippingCosts[i] ? shippingCosts[i] : 0) * rate;
    if (costBook) {
      const unitCost = costBook.unitCost(skus[i], orders, rows[i]);
      if (unitCost === unitCost) totals.cogs += line.units * unitCost;
    }
  }
}
