/** The hand-written fixtures say what their rows hold: a typo in either shows up here. */
import { AFFILIATE_TAB, affiliateExportOnly, expected as affiliateExpected } from '../fixtures/affiliateExportOnly';
import { expected as unseenExpected, unseenMessy } from '../fixtures/unseenMessy';
import { amountOf, cellAt, handleOf, rowsAreEqual, rowsOf } from './sourceCells';

describe('affiliateExportOnly fixture', () => {
  const rows = rowsOf(affiliateExportOnly, AFFILIATE_TAB, affiliateExpected.dataRows.first);

  it('is a raw export: description row, 19-digit IDs ending in a tab, US and day-first times', () => {
    expect(cellAt(affiliateExportOnly, AFFILIATE_TAB, 2, 'Order ID')).toBe('Unique ID of the order.');
    expect(rows.map((row) => row.row)).toEqual(
      Array.from({ length: 12 }, (_, i) => affiliateExpected.dataRows.first + i),
    );
    for (const row of rows) {
      expect(row.get('Order ID')).toMatch(/^\d{19}\t$/);
      expect(row.get('SKU ID')).toMatch(/^\d{19}\t$/);
      expect(row.get('Time Created')).toMatch(
        /^(\d\d\/\d\d\/\d{4} \d{1,2}:\d\d:\d\d [AP]M|\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d)\t$/,
      );
    }
  });

  it('estimates commission as the rate times the base, to the cent', () => {
    for (const row of rows) {
      const rate = Number(String(row.get('Standard commission rate')).replace('%', '')) / 100;
      const estimate = amountOf(row.get('Est. standard commission payment'));
      expect(estimate).toBeCloseTo(Math.round(amountOf(row.get('Est. Commission Base')) * rate * 100) / 100, 2);
    }
  });

  it('has the refunded, pending and cancelled rows it names', () => {
    const rowsWhere = (test: (row: (typeof rows)[number]) => boolean) => rows.filter(test).map((row) => row.row);
    expect(rowsWhere((row) => row.get('Fully returned or refunded') === 'Yes')).toEqual(affiliateExpected.refundedRows);
    expect(rowsWhere((row) => row.get('Actual Commission Payment') === '')).toEqual(affiliateExpected.pendingRows);
    expect(rowsWhere((row) => row.get('Order Status') === 'Ineligible')).toEqual(affiliateExpected.cancelledRows);
  });

  it('adds up to the hand-worked totals per creator', () => {
    const cancelled = new Set<number>(affiliateExpected.cancelledRows);
    const totals: Record<
      string,
      { orders: Set<unknown>; units: number; gmv: number; refunds: number; commission: number }
    > = {};
    for (const row of rows.filter((candidate) => !cancelled.has(candidate.row))) {
      const creator = String(row.get('Creator Username'));
      const total = (totals[creator] ??= { orders: new Set(), units: 0, gmv: 0, refunds: 0, commission: 0 });
      const gmv = amountOf(row.get('Payment Amount'));
      const actual = row.get('Actual Commission Payment');
      total.orders.add(row.get('Order ID'));
      total.units += Number(row.get('Quantity'));
      total.gmv += gmv;
      total.refunds += row.get('Fully returned or refunded') === 'Yes' ? gmv : 0;
      total.commission += amountOf(actual === '' ? row.get('Est. standard commission payment') : actual);
    }
    expect(Object.keys(totals).sort()).toEqual(Object.keys(affiliateExpected.byCreator).sort());
    for (const [creator, want] of Object.entries(affiliateExpected.byCreator)) {
      const got = totals[creator];
      expect(got.orders.size).toBe(want.orders);
      expect(got.units).toBe(want.units);
      expect(got.gmv).toBeCloseTo(want.gmv, 2);
      expect(got.refunds).toBeCloseTo(want.refunds, 2);
      expect(got.gmv - got.refunds).toBeCloseTo(want.netRevenue, 2);
      expect(got.commission).toBeCloseTo(want.commission, 2);
    }
  });
});

describe('unseenMessy fixture', () => {
  it('lists the handles on the influencer list', () => {
    const handles = new Set(rowsOf(unseenMessy, 'Influencers').map((row) => handleOf(row.get('Username'))));
    expect([...handles].sort()).toEqual(unseenExpected.creatorHandles);
  });

  it('counts the distinct sample rows, one of them for a creator on no list', () => {
    const rows = rowsOf(unseenMessy, 'Gifting tracker');
    const duplicates = unseenExpected.duplicates.filter((duplicate) => duplicate.tab === 'Gifting tracker');
    expect(rows.length - duplicates.length).toBe(unseenExpected.sampleRows);
    const listed = new Set<string>(unseenExpected.creatorHandles);
    const unlisted = new Set(
      rows.map((row) => handleOf(row.get('Influencer'))).filter((handle) => !listed.has(handle)),
    );
    expect([...unlisted]).toEqual(unseenExpected.handlesNotOnList);
  });

  it('keys every readable order line by Order ID and line', () => {
    const rows = rowsOf(unseenMessy, 'Orders export');
    const linesSoFar = new Map<string, number>();
    const keys = rows
      .filter((row) => typeof row.get('Order ID') === 'string')
      .map((row) => {
        const orderId = String(row.get('Order ID')).trim();
        const line = (linesSoFar.get(orderId) ?? 0) + 1;
        linesSoFar.set(orderId, line);
        return { orderId, line };
      });
    expect(keys).toEqual(unseenExpected.orderKeys);
    for (const row of rows) {
      const after = amountOf(row.get('SKU Subtotal Before Discount')) - amountOf(row.get('SKU Seller Discount'));
      expect(amountOf(row.get('SKU Subtotal After Discount'))).toBeCloseTo(after, 2);
    }
  });

  it('names problem cells that really are unreadable', () => {
    const values = unseenExpected.problems.map((problem) =>
      cellAt(unseenMessy, problem.tab, problem.row, problem.column),
    );
    expect(values.slice(0, 4)).toEqual(['#N/A', '#N/A', 'hana.kim.pets(at)gmail.com', '32/10/2026']);
    expect(typeof values[4]).toBe('number');
    expect(Number.isSafeInteger(values[4])).toBe(false);
  });

  it('names duplicate rows that repeat their original and injection bait that starts with a trigger', () => {
    for (const duplicate of unseenExpected.duplicates) {
      expect(rowsAreEqual(unseenMessy, duplicate.tab, duplicate.row, duplicate.duplicateOf)).toBe(true);
    }
    for (const cell of unseenExpected.injectionCells) {
      expect(String(cellAt(unseenMessy, cell.tab, cell.row, cell.column))).toMatch(/^[=+\-@]/);
    }
  });

  it('has the unrelated tab', () => {
    expect(unseenMessy.sheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining([...unseenExpected.unrelatedTabs]),
    );
  });
});
