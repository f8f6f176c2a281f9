/** Running totals per group key (a creator, a campaign or a SKU), in the report currency, unrounded. */

export type GroupBy = 'creator' | 'campaign' | 'sku';

/** Order lines with no creator, in the creator view. */
export const UNATTRIBUTED = '(unattributed)';
/** Anything that cannot be placed on a row's key: samples or costs without a creator, lines without a campaign or SKU. */
export const UNALLOCATED = '(unallocated)';

/** The column each view groups by. */
export const GROUP_FIELD: Record<GroupBy, 'Handle' | 'Campaign' | 'SKU'> = { creator: 'Handle', campaign: 'Campaign', sku: 'SKU' };

export interface Grouping {
  by: GroupBy;
  /** Only this key is totalled (CREATOR_PROFIT): rows of other keys are skipped before their amounts are read. */
  only?: string;
}

export class Totals {
  readonly orderIds = new Set<string>();
  units = 0;
  gmv = 0;
  refunds = 0;
  commission = 0;
  platformFees = 0;
  cogs = 0;
  shipping = 0;
  sampleCost = 0;
  otherCosts = 0;
}

export class Ledger {
  readonly groups = new Map<string, Totals>();
  /** Every order counted, whatever its group: the Total row's Orders. */
  readonly orderIds = new Set<string>();
  private lastOrderId?: string;
  private lastTotals?: Totals;

  /** Counts an order line's order for its group. */
  countOrder(totals: Totals, orderId: string): void {
    // The lines of an order sit together in every export: skip the sets for its second line onwards.
    if (orderId === this.lastOrderId && totals === this.lastTotals) return;
    this.lastOrderId = orderId;
    this.lastTotals = totals;
    totals.orderIds.add(orderId);
    this.orderIds.add(orderId);
  }

  totalsFor(key: string): Totals {
    let totals = this.groups.get(key);
    if (!totals) {
      totals = new Totals();
      this.groups.set(key, totals);
    }
    return totals;
  }
}
