/**
 * Order lines, one per order (orderKey: its Order ID in any case) and SKU (the SKU ID, else the
 * Seller SKU), in the order they came.
 * Looked up in two steps, by order and then by SKU, so no key text is built per line: with 100,000
 * lines, building and hashing an `orderId|sku` key per line was a large part of combine's time.
 */
import { orderKey } from '../records/orders';
import type { OrderLine } from '../records/types';

const skuOf = (line: OrderLine): string => line.skuId ?? line.sku ?? '';

export class OrderLines {
  /** In the order added. */
  readonly list: OrderLine[] = [];
  /**
   * orderKey → the index in `list` of its line, or of its lines by SKU once it has more than one
   * (most orders have one).
   */
  private readonly byOrder = new Map<string, number | Map<string, number>>();

  /**
   * Adds the line, unless the list has one of the same order and SKU: then that one's index is
   * returned and the line is left out (-1 when it was added). A line's Order ID and SKUs must not
   * change once added.
   */
  addUnlessListed(line: OrderLine): number {
    const at = this.list.length;
    const order = orderKey(line);
    const entry = this.byOrder.get(order);
    if (entry === undefined) this.byOrder.set(order, at);
    else {
      const sku = skuOf(line);
      if (typeof entry !== 'number') {
        const listed = entry.get(sku);
        if (listed !== undefined) return listed;
        entry.set(sku, at);
      } else {
        const listedSku = skuOf(this.list[entry]);
        if (listedSku === sku) return entry;
        const bySku = new Map<string, number>();
        bySku.set(listedSku, entry);
        bySku.set(sku, at);
        this.byOrder.set(order, bySku);
      }
    }
    this.list.push(line);
    return -1;
  }

  /** Puts `line` in the place of the listed line at `at`: the same order and SKU, seen again. */
  replace(at: number, line: OrderLine): void {
    line.line = this.list[at].line;
    this.list[at] = line;
  }

  /**
   * Numbers apart the lines of one order that share a number. Each tab numbers its own lines
   * (numberLines), so an order whose lines came from two tabs (a line only the affiliate export
   * has, beside one the order export has) can hold two line 1s, and the Orders tab keeps one record
   * per Order ID and Line: the later line would be lost. It takes the lowest number its order has
   * free; lines listed first keep theirs.
   */
  numberApart(): void {
    for (const entry of this.byOrder.values()) {
      if (typeof entry === 'number') continue;
      const taken: number[] = [];
      const clashing: OrderLine[] = [];
      for (const at of entry.values()) {
        const line = this.list[at];
        if (taken.includes(line.line)) clashing.push(line);
        else taken.push(line.line);
      }
      let free = 1;
      for (const line of clashing) {
        while (taken.includes(free)) free++;
        line.line = free;
        taken.push(free);
      }
    }
  }
}
