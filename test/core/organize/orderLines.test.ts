import fc from 'fast-check';
import { OrderLines } from '../../../src/core/organize/orderLines';
import type { OrderLine } from '../../../src/core/records/types';

const line = (orderId: string, skuId: string | undefined, sku: string | undefined, row: number): OrderLine => ({
  orderId,
  skuId,
  sku,
  line: 0,
  units: 1,
  gross: 10,
  discount: 0,
  refund: 0,
  status: 'completed',
  isSample: false,
  source: { tab: 'Orders', row },
});

describe('OrderLines', () => {
  it('keeps one line per order and SKU, the SKU ID before the Seller SKU', () => {
    const lines = new OrderLines();
    const first = line('1', 'ID-1', 'A', 2);
    expect(lines.addUnlessListed(first)).toBe(-1);
    expect(lines.addUnlessListed(line('1', undefined, 'ID-1', 3))).toBe(0);
    expect(lines.addUnlessListed(line('1', 'ID-2', 'A', 4))).toBe(-1);
    expect(lines.addUnlessListed(line('2', 'ID-1', 'A', 5))).toBe(-1);
    expect(lines.list.map((l) => l.source.row)).toEqual([2, 4, 5]);
  });

  it('property: finds what a Map keyed by `orderId|sku` finds, and lists lines in the order added', () => {
    const part = fc.option(fc.constantFrom('', 'a', 'b', 'A'), { nil: undefined });
    const sighting = fc.tuple(fc.constantFrom('1', '2', '3'), part, part);
    fc.assert(
      fc.property(fc.array(sighting, { maxLength: 30 }), (sightings) => {
        const lines = new OrderLines();
        const byKey = new Map<string, OrderLine>();
        const listed: OrderLine[] = [];
        sightings.forEach(([orderId, skuId, sku], row) => {
          const added = line(orderId, skuId, sku, row);
          const key = `${orderId}|${skuId ?? sku ?? ''}`;
          const at = lines.addUnlessListed(added);
          expect(at < 0 ? undefined : lines.list[at]).toBe(byKey.get(key));
          if (!byKey.has(key)) {
            byKey.set(key, added);
            listed.push(added);
          }
        });
        expect(lines.list).toEqual(listed);
      }),
    );
  });
});
