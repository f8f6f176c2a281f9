/** Organize says, per source tab, how many rows it read and which it refused. */
import { organize } from '../../../src/core/organize';

function outcomesOf(tabs: { name: string; values: (string | number)[][] }[]) {
  return organize({
    tabs,
    managed: {},
    state: {},
    savedMappings: new Map(),
    timeZone: 'America/New_York',
    now: new Date('2026-11-23T18:00:00Z'),
  }).outcomes;
}

describe('Organize: what became of each source row', () => {
  it('counts the rows read and names the rows that gave no record', () => {
    const outcomes = outcomesOf([
      {
        name: 'Outreach',
        values: [
          ['TikTok Handle', 'Email'],
          ['@jane.doe', 'jane@example.com'],
          ['', 'nobody@example.com'],
          ['', ''],
          ['@bob', 'bob@example.com'],
          ['@bob', 'bob@example.com'],
        ],
      },
    ]);
    // Row 3 has no handle; row 4 is blank and row 6 repeats row 5 cell for cell: neither is a row read.
    expect(outcomes).toEqual([{ tab: 'Outreach', kind: 'creators', rows: 3, refusedRows: [3] }]);
  });

  it('refuses order lines without an Order ID or an amount, and keeps free sample lines', () => {
    const outcomes = outcomesOf([
      {
        name: 'US orders',
        values: [
          ['Order ID', 'Seller SKU', 'Quantity', 'SKU Subtotal Before Discount', 'Created Time'],
          ['576800000000000001', 'GLOW-1', 1, 25, '03/14/2026 5:02:11 PM'],
          ['', 'GLOW-1', 1, 25, '03/14/2026 5:02:11 PM'],
          ['576800000000000002', 'GLOW-1', 1, '', '03/14/2026 5:02:11 PM'],
          ['576800000000000003', 'GLOW-1', 1, 0, '03/14/2026 5:02:11 PM'],
        ],
      },
    ]);
    expect(outcomes).toEqual([{ tab: 'US orders', kind: 'orders', rows: 4, refusedRows: [3, 4] }]);
  });
});
