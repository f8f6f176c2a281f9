/**
 * Unit costs by SKU from the products range, in the report currency. A SKU the report needs and
 * the range does not price is collected, and the report stops with the full list: a missing cost
 * is never taken as 0.
 */
import { Converter } from './fx';
import { RangeColumns } from './columns';

const LISTED = 10;

function listed(items: readonly string[]): string {
  const more = items.length - LISTED;
  return items.slice(0, LISTED).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

export class CostBook {
  private readonly unpriced = new Set<string>();
  private readonly withoutSku: string[] = [];

  /** Keys are lower case: SKUs are matched whatever their case. */
  private constructor(private readonly bySku: ReadonlyMap<string, number>) {}

  static read(products: RangeColumns, fx: Converter): CostBook {
    const rows = products.rowsWith('SKU');
    const skus = products.texts('SKU', rows);
    const costs = products.amounts('Unit cost', rows);
    const currencies = products.texts('Currency', rows);
    const bySku = new Map<string, number>();
    for (let i = 0; i < rows.length; i++) {
      const sku = skus[i]?.toLowerCase();
      const cost = costs.values[i];
      // The first row of a SKU wins, as in Organize; a row without a cost leaves the SKU unpriced.
      if (sku === undefined || bySku.has(sku) || cost !== cost) continue;
      bySku.set(sku, cost * fx.rateOf(currencies[i] ?? costs.currencies?.[i]));
    }
    return new CostBook(bySku);
  }

  /** Cost of one unit in the report currency; NaN, and noted for the error, when unknown. */
  unitCost(sku: string | undefined, range: RangeColumns, row: number): number {
    if (sku === undefined) {
      this.withoutSku.push(range.rowLabel(row));
      return NaN;
    }
    const cost = this.bySku.get(sku.toLowerCase());
    if (cost === undefined) this.unpriced.add(sku);
    return cost ?? NaN;
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
