/**
 * Unit costs by SKU from the products range, in the report currency. A SKU the report needs and
 * the range does not price is collected, and the report stops with the full list: a missing cost
 * is never taken as 0.
 */
import type { Converter } from './fx';
import type { RangeReader } from './columns';

const LISTED = 10;

function listed(items: readonly string[]): string {
  const more = items.length - LISTED;
  return items.slice(0, LISTED).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

export class CostBook {
  private readonly unpriced = new Set<string>();
  private readonly withoutSku: string[] = [];
  /** Costs by SKU as the orders write it, so each spelling is lower-cased once. */
  private readonly asWritten = new Map<string, number>();

  /** Keys are lower case: SKUs are matched whatever their case. */
  private constructor(private readonly bySku: ReadonlyMap<string, number>) {}

  static read(products: RangeReader, fx: Converter): CostBook {
    const sku = products.column('SKU');
    const unitCost = products.column('Unit cost');
    const currency = products.column('Currency');
    const bySku = new Map<string, number>();
    for (let row = products.start; row < products.end; row++) {
      const key = products.text(sku, row)?.toLowerCase();
      const cost = products.amount(unitCost, row);
      // The first row of a SKU wins, as in Organize; a row without a cost leaves the SKU unpriced.
      if (key === undefined || bySku.has(key) || cost !== cost) continue;
      bySku.set(key, cost * fx.rateOf(products.text(currency, row) ?? products.currencyNamedBy(unitCost, row)));
    }
    return new CostBook(bySku);
  }

  /** Cost of one unit in the report currency; NaN, and noted for the error, when unknown. */
  unitCost(sku: string | undefined, range: RangeReader, row: number): number {
    if (sku === undefined) {
      this.withoutSku.push(range.rowLabel(row));
      return NaN;
    }
    let cost = this.asWritten.get(sku);
    if (cost === undefined) {
      cost = this.bySku.get(sku.toLowerCase()) ?? NaN;
      this.asWritten.set(sku, cost);
    }
    if (cost !== cost) this.unpriced.add(sku);
    return cost;
  }

  /** Throws when any cost the report needed was unknown. */
  assertComplete(): void {
    const problems: string[] = [];
    if (this.unpriced.size > 0) {
      problems.push(
        `No unit cost for SKU ${listed([...this.unpriced])}: add each to the products range with its Unit cost.`,
      );
    }
    if (this.withoutSku.length > 0) {
      problems.push(`No SKU on ${listed(this.withoutSku)}, so its product cost is unknown: fill in the SKU.`);
    }
    if (problems.length > 0) throw new Error(problems.join(' '));
  }
}
