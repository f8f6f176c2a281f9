/**
 * Unit costs from the products range, in the report currency, by the seller's SKU and by every
 * TikTok SKU ID its `TikTok SKU IDs` cell lists: an affiliate export carries only SKU IDs, and the
 * US and UK shops give one seller SKU different ones. SKUs match whatever their case; SKU IDs are
 * text and match exactly. A SKU the report needs and the range does not price is collected, and the
 * report stops with the full list: a missing cost is never taken as 0.
 */
import type { Converter } from './fx';
import type { RangeReader } from './columns';
import { listed } from './listing';

interface Product {
  /** As the products range writes it. */
  sku: string;
  /** NaN when the row has no cost. */
  unitCost: number;
}

/** TikTok's SKU IDs are long digit strings; seller SKUs are the seller's own codes. */
const SKU_ID = /^\d{12,}$/;

export class CostBook {
  private readonly unpriced = new Set<string>();
  private readonly unpricedIds = new Set<string>();
  private readonly withoutSku: string[] = [];
  /** Products by SKU or SKU ID as the lines write it, so each spelling is looked up once. */
  private readonly asWritten = new Map<string, Product | null>();

  private constructor(
    /** Keys are lower case. */
    private readonly bySku: ReadonlyMap<string, Product>,
    private readonly bySkuId: ReadonlyMap<string, Product>,
  ) {}

  static read(products: RangeReader, fx: Converter): CostBook {
    const c = products.columns({ sku: 'SKU', unitCost: 'Unit cost', currency: 'Currency', skuIds: 'TikTok SKU IDs' });
    const bySku = new Map<string, Product>();
    const bySkuId = new Map<string, Product>();
    for (let row = products.start; row < products.end; row++) {
      const sku = products.text(c.sku, row);
      if (sku === undefined) continue;
      const cost = products.amount(c.unitCost, row);
      const currency = products.text(c.currency, row) ?? products.currencyNamedBy(c.unitCost, row);
      const product = { sku, unitCost: cost === cost ? cost * fx.rateOf(currency) : NaN };
      // The first row of a SKU or SKU ID wins, as in Organize.
      if (!bySku.has(sku.toLowerCase())) bySku.set(sku.toLowerCase(), product);
      for (const id of products.idList(c.skuIds, row)) if (!bySkuId.has(id)) bySkuId.set(id, product);
    }
    return new CostBook(bySku, bySkuId);
  }

  private productOf(skuOrId: string | undefined): Product | undefined {
    if (skuOrId === undefined) return undefined;
    let product = this.asWritten.get(skuOrId);
    if (product === undefined) {
      product = this.bySku.get(skuOrId.toLowerCase()) ?? this.bySkuId.get(skuOrId) ?? null;
      this.asWritten.set(skuOrId, product);
    }
    return product ?? undefined;
  }

  /** The product a line names by its SKU (a seller SKU, or a SKU ID in its place), else by its SKU ID. */
  private find(sku: string | undefined, skuId: string | undefined): Product | undefined {
    return this.productOf(sku) ?? this.productOf(skuId);
  }

  /** The seller's SKU for a line, as the products range writes it, when the range knows the line's SKU or SKU ID. */
  sellerSku(sku: string | undefined, skuId: string | undefined): string | undefined {
    return this.find(sku, skuId)?.sku;
  }

  /** Cost of one unit in the report currency; NaN, and noted for the error, when unknown. */
  unitCost(sku: string | undefined, skuId: string | undefined, range: RangeReader, row: number): number {
    const named = sku ?? skuId;
    if (named === undefined) {
      this.withoutSku.push(range.rowLabel(row));
      return NaN;
    }
    const cost = this.find(sku, skuId)?.unitCost ?? NaN;
    if (cost !== cost) (SKU_ID.test(named) ? this.unpricedIds : this.unpriced).add(named);
    return cost;
  }

  /** The problems to fix when any cost the report needed was unknown. */
  problems(): string[] {
    const problems: string[] = [];
    if (this.unpriced.size > 0) {
      problems.push(
        `No unit cost for SKU ${listed([...this.unpriced])}: add each to the products range with its Unit cost.`,
      );
    }
    if (this.unpricedIds.size > 0) {
      problems.push(
        `No unit cost for SKU ID ${listed([...this.unpricedIds])}: list each in the TikTok SKU IDs cell of its ` +
          'seller SKU in the products range (or add it as a SKU with its Unit cost).',
      );
    }
    if (this.withoutSku.length > 0) {
      problems.push(`No SKU on ${listed(this.withoutSku)}, so its product cost is unknown: fill in the SKU.`);
    }
    return problems;
  }
}
