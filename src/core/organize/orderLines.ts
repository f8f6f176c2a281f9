/**
 * Order lines, one per Order ID and SKU (the SKU ID, else the Seller SKU), in the order they came.
 * Looked up in two steps, by the line's own Order ID text and then by SKU, so no key text is built
 * per line: with 100,000 lines, building and hashing `orderId|sku` keys was most of combine's time.
 */
import type { OrderLine } from '../records/types';

const skuOf = (line: OrderLine): string => line.skuId ?? line.sku ?? '';

export class OrderLines {
  /** In the order added. */
  readonly list: OrderLine[] = [];
  /** Order ID → its line, or its lines by SKU once it has more than one (most orders have one). */
  private readonly byOrder = new Map<string, OrderLine | Map<string, OrderLine>>();

  /**
   * Adds the line, unless the list has one of the same order and SKU: then that one is returned
   * and the line is left out. A line's Order ID and SKUs must not change once added.
   */
  addUnlessListed(line: OrderLine): OrderLine | undefined {
    const entry = this.byOrder.get(line.orderId);
    if (entry === undefined) this.byOrder.set(line.orderId, line);
    else {
      const sku = skuOf(line);
      if (entry instanceof Map) {
        const listed = entry.get(sku);
        if (listed) return listed;
        entry.set(sku, line);
      } else {
        const listedSku = skuOf(entry);
        if (listedSku === sku) return entry;
        const bySku = new Map<string, OrderLine>();
        bySku.set(listedSku, entry);
        bySku.set(sku, line);
        this.byOrder.set(line.orderId, bySku);
      }
    }
    this.list.push(line);
    return undefined;
  }
}
