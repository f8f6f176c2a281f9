/**
 * Running totals per group key (a creator, a campaign or a SKU) and over everything, in the report
 * currency, unrounded: amounts are kept in whole micros (cents.ts), so the grand total is the exact
 * sum of the lines whichever way they are grouped.
 */
import { toMicros } from '../cents';

export type GroupBy = 'creator' | 'campaign' | 'sku';

/** Order lines with no creator, in the creator view. */
export const UNATTRIBUTED = '(unattributed)';
/** Anything that cannot be placed on a row's key: samples or costs without a creator, lines without a campaign or SKU. */
export const UNALLOCATED = '(unallocated)';

/** The amounts a report adds up; Net revenue and Net profit follow from them. */
export const AMOUNTS = [
  'gmv',
  'refunds',
  'commission',
  'platformFees',
  'cogs',
  'shipping',
  'sampleCost',
  'otherCosts',
] as const;

export type Amount = (typeof AMOUNTS)[number];

export class Totals {
  /** Distinct Order IDs. */
  orders = 0;
  units = 0;
  /** In micros of the report currency. */
  readonly micros: Record<Amount, number> = {
    gmv: 0,
    refunds: 0,
    commission: 0,
    platformFees: 0,
    cogs: 0,
    shipping: 0,
    sampleCost: 0,
    otherCosts: 0,
  };
}

export class Ledger {
  readonly groups = new Map<string, Totals>();
  /** Everything added, whatever its key; its `orders` stays 0 (see orderCount). */
  readonly grand = new Totals();
  /** The group(s) each order was counted in; its size is the Total row's Orders. */
  private readonly groupsOfOrder = new Map<string, Totals | Totals[]>();
  private lastOrderId?: string;
  private lastTotals?: Totals;

  totalsFor(key: string): Totals {
    let totals = this.groups.get(key);
    if (!totals) {
      totals = new Totals();
      this.groups.set(key, totals);
    }
    return totals;
  }

  /** Adds an amount in the report currency to a group and to the grand total; NaN (a blank cell) adds nothing. */
  add(totals: Totals, amount: Amount, value: number): void {
    if (value !== value) return;
    const micros = toMicros(value);
    totals.micros[amount] += micros;
    this.grand.micros[amount] += micros;
  }

  addUnits(totals: Totals, units: number): void {
    totals.units += units;
    this.grand.units += units;
  }

  /** Counts an order line's order in its group, once per group. */
  countOrder(totals: Totals, orderId: string): void {
    // The lines of an order sit together in every export: its second line onwards needs no lookup.
    if (orderId === this.lastOrderId && totals === this.lastTotals) return;
    this.lastOrderId = orderId;
    this.lastTotals = totals;
    const counted = this.groupsOfOrder.get(orderId);
    if (counted === totals || (Array.isArray(counted) && counted.includes(totals))) return;
    if (counted === undefined) this.groupsOfOrder.set(orderId, totals);
    else if (Array.isArray(counted)) counted.push(totals);
    else this.groupsOfOrder.set(orderId, [counted, totals]);
    totals.orders++;
  }

  /** Distinct orders over all groups. */
  get orderCount(): number {
    return this.groupsOfOrder.size;
  }
}
