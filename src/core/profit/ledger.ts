/** Running totals per group key (a creator, a campaign or a SKU), in the report currency, unrounded. */

export type GroupBy = 'creator' | 'campaign' | 'sku';

/** Order lines with no creator, in the creator view. */
export const UNATTRIBUTED = '(unattributed)';
/** Anything that cannot be placed on a row's key: samples or costs without a creator, lines without a campaign or SKU. */
export const UNALLOCATED = '(unallocated)';

/** The column each view groups by. */
export const GROUP_FIELD: Record<GroupBy, 'Handle' | 'Campaign' | 'SKU'> = {
  creator: 'Handle',
  campaign: 'Campaign',
  sku: 'SKU',
};

export interface Grouping {
  by: GroupBy;
  /** Only this key is totalled (CREATOR_PROFIT): rows of other keys are skipped before their amounts are read. */
  only?: string;
}

export class Totals {
  /** Distinct Order IDs. */
  orders = 0;
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
  /** The group(s) each order was counted in; its size is the Total row's Orders. */
  private readonly groupsOfOrder = new Map<string, Totals | Totals[]>();
  private lastOrderId?: string;
  private lastTotals?: Totals;

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

  totalsFor(key: string): Totals {
    let totals = this.groups.get(key);
    if (!totals) {
      totals = new Totals();
      this.groups.set(key, totals);
    }
    return totals;
  }
}
