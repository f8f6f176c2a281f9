/**
 * TikTok's SKU IDs of each Seller SKU. The US and UK shops give one Seller SKU different SKU IDs,
 * and the affiliate export carries only the SKU ID: the order exports, which have both, teach
 * which Seller SKU (and so which unit cost) an ID belongs to. A products tab may list them too.
 */
import type { Issue, SourceRef } from '../records/table';
import { sourceLabel } from '../records/table';
import type { OrderLine, ProductRecord } from '../records/types';

export class SkuIds {
  /** SKU ID → the Seller SKU it was first seen under, and where. */
  private readonly sellerSkuOf = new Map<string, { sku: string; source: SourceRef }>();
  /** Lower-case Seller SKU → its SKU IDs. */
  private readonly idsOf = new Map<string, Set<string>>();

  /** Learns from the products tabs' `TikTok SKU IDs` and from order lines that carry both IDs. */
  static learn(products: readonly ProductRecord[], orders: readonly OrderLine[], issues: Issue[]): SkuIds {
    const known = new SkuIds();
    for (const product of products)
      for (const skuId of product.skuIds) known.add(skuId, product.sku, product.source, issues);
    for (const line of orders)
      if (line.skuId && line.sku && line.sku !== line.skuId) known.add(line.skuId, line.sku, line.source, issues);
    return known;
  }

  private add(skuId: string, sku: string, source: SourceRef, issues: Issue[]): void {
    const first = this.sellerSkuOf.get(skuId);
    if (first) {
      // Under the same SKU (in any case) the ID is known already.
      if (first.sku === sku || first.sku.toLowerCase() === sku.toLowerCase()) return;
      issues.push({
        ...source,
        column: 'SKU ID',
        value: skuId,
        problem: `SKU ID ${skuId} is Seller SKU "${first.sku}" at ${sourceLabel(first.source)} and "${sku}" here; kept "${first.sku}". Fix the Seller SKU in Seller Center, or list the ID under one SKU.`,
      });
      return;
    }
    this.sellerSkuOf.set(skuId, { sku, source });
    const key = sku.toLowerCase();
    let ids = this.idsOf.get(key);
    if (!ids) this.idsOf.set(key, (ids = new Set()));
    ids.add(skuId);
  }

  /** The Seller SKU of a line that carries only TikTok's SKU ID; the line's SKU otherwise. */
  skuOf(line: OrderLine): string | undefined {
    if (line.skuId && (line.sku === undefined || line.sku === line.skuId))
      return this.sellerSkuOf.get(line.skuId)?.sku ?? line.sku;
    return line.sku;
  }

  /** Every SKU ID of a Seller SKU, sorted, without repeats. */
  idsOfSku(sku: string): string[] {
    return [...(this.idsOf.get(sku.toLowerCase()) ?? [])].sort();
  }
}
