import fc from 'fast-check';
import { organize } from '../../../src/core/organize';
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

/** Organizes one order tab of `header` and `rows`: the Orders tab's cells under `shown`, and the Order ID issues. */
function organizedOrders(header: string[], rows: (string | number)[][], shown: string[]) {
  const output = organize({
    tabs: [{ name: 'My orders', values: [header, ...rows] }],
    managed: {},
    state: {},
    savedMappings: new Map(),
    timeZone: 'America/Los_Angeles',
    now: new Date('2026-07-05T18:00:00Z'),
  });
  const orders = output.tabs.find((t) => t.name === 'Orders')!;
  return {
    lines: orders.rows.map((row) => shown.map((h) => row[orders.headers.indexOf(h)])),
    issues: output.issues.filter((i) => i.column === 'Order ID').map((i) => `${i.row}: ${i.problem}`),
  };
}

describe('Order IDs that differ only in case', () => {
  const ordersOf = (rows: (string | number)[][]) =>
    organizedOrders(['Order ID', 'SKU', 'Units', 'Gross sales'], rows, ['Order ID', 'Line', 'SKU']);

  it('are one order, as the Orders tab keys its lines: each of its lines is kept', () => {
    expect(
      ordersOf([
        ['ab12', 'GLOW-1', 1, 10],
        ['AB12', 'GLOW-2', 1, 20],
      ]).lines,
    ).toEqual([
      ['ab12', 1, 'GLOW-1'],
      ['AB12', 2, 'GLOW-2'],
    ]);
  });

  it('with one SKU are one line: the second is reported', () => {
    const { lines, issues } = ordersOf([
      ['ab12', 'GLOW-1', 1, 10],
      ['AB12', 'GLOW-1', 2, 20],
    ]);
    expect(lines).toEqual([['ab12', 1, 'GLOW-1']]);
    expect(issues).toEqual(['3: duplicate of My orders!2; imported once']);
  });
});

describe('an order line seen twice, as in exports of overlapping periods', () => {
  const organized = (rows: (string | number)[][]) =>
    organizedOrders(['Order ID', 'SKU', 'Units', 'Gross sales', 'Status', 'Refund'], rows, [
      'Order ID',
      'Line',
      'Status',
      'Refund',
      'Source',
    ]);

  it('is the sighting further along (a later export), whichever comes first', () => {
    const older = ['1001', 'GLOW-1', 1, 20, 'To ship', 0];
    const newer = ['1001', 'GLOW-1', 1, 20, 'Completed', 20];
    const other = ['1002', 'GLOW-2', 1, 15, 'Completed', 0];
    expect(organized([older, other, newer])).toEqual({
      lines: [
        ['1001', 1, 'refunded', 20, 'My orders!4'],
        ['1002', 1, 'completed', 0, 'My orders!3'],
      ],
      issues: ['2: an earlier state of My orders!4 (refunded there); imported from there'],
    });
    expect(organized([newer, other, older]).lines[0]).toEqual(['1001', 1, 'refunded', 20, 'My orders!2']);
  });

  it('many times over (a later export pasted below an earlier one) is one issue for them', () => {
    const older = Array.from({ length: 6 }, (_, i) => [`${1001 + i}`, 'GLOW-1', 1, 20, 'To ship', 0]);
    const newer = older.map((row) => [...row.slice(0, 4), 'Completed', 0]);
    const { lines, issues } = organized([...older, ...newer]);
    expect(lines.map(([, , status, , source]) => `${String(status)} ${String(source)}`)).toEqual(
      newer.map((_, i) => `completed My orders!${i + 8}`),
    );
    expect(issues).toEqual([
      '2: 6 order lines here (rows 2, 3, 4, 5, 6 and 1 more) are earlier states of lines of My orders; each imported from there',
    ]);
  });
});
