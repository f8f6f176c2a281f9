/**
 * handWorkbook.ts reconciled on paper, March 2026 in Los Angeles, report currency USD, GBP at 1.25.
 *
 * Order lines (row: creator, campaign, SKU; GMV = gross − discount; net = GMV − refund):
 *   2  jane  Spring A    2u  GMV 45.00  refund 0     net 45.00  comm 10% × 45 = 4.50  fee 2.70  ship 3.00  COGS 2 × 4.00 = 8.00
 *   3  jane  Spring B    1u  GMV 20.00  refund 5.00  net 15.00  comm cell 2.25 (not 10% × 15)  fee 0.90  ship 0  COGS 2.50
 *   4  jane  cancelled: skipped entirely
 *   5  mike  Spring B    3u  GMV 54.00  refund 0     net 54.00  comm 15% × 54 = 8.10  fee 3.24  ship 4.00  COGS 3 × 2.50 = 7.50
 *   6  mike  Summer UK1  2u  £40 → GMV 50.00  refund £10 → 12.50  net 37.50  comm £3 → 3.75  fee £2.70 → 3.375
 *                            ship £2 → 2.50  COGS 2 × £3 → 7.50
 *   7  (unattributed) (no campaign) A  1u  GMV 30.00  net 30.00  no commission  fee 1.80  COGS 4.00
 *   8  jane (no campaign) A  1u  31 Mar 23:30 local (1 Apr UTC): in.  GMV 10.00  comm 1.00  fee 0.60  COGS 4.00
 *   9  jane 1 Apr 00:15 local: out.    10  mike 28 Feb 23:30 local (1 Mar UTC): out.
 * Samples (shipped in March, not cancelled; Sample cost cell else Units × unit cost; plus shipping):
 *   S1 jane Spring A  2 × 4.00 + 5.00 = 13.00     S2 jane Summer B  6.00 + 4.00 = 10.00
 *   S3 mike cancelled: out                        S4 mike shipped 20 Feb: out
 *   S5 lena Spring B  1 × 2.50 + 3.50 = 6.00
 * Costs (by Date in March): jane Spring 100.00; mike Summer £20 → 25.00; no creator, Spring 15.00; 2 Apr: out.
 *
 * By creator:
 *   jane: orders 2 (…001, …006), units 4, GMV 75.00, refunds 5.00, net 70.00, comm 7.75, fees 4.20, COGS 14.50,
 *         ship 3.00, samples 23.00, other 100.00; profit 70 − 152.45 = −82.45; margin −82.45/70; ROI −82.45/130.75
 *   mike: orders 2, units 5, GMV 104.00, refunds 12.50, net 91.50, comm 11.85, fees 6.615 → 6.62, COGS 15.00,
 *         ship 6.50, samples 0, other 25.00; profit 91.50 − 64.97 = 26.53; margin 26.53/91.5; ROI 26.53/36.85
 *   (unattributed): orders 1, units 1, GMV 30, net 30, fees 1.80, COGS 4.00; profit 24.20; margin 24.2/30; ROI blank
 *   lena: samples 6.00 only; profit −6.00; margin blank; ROI −1
 *   (unallocated): other 15.00; profit −15.00; margin blank; ROI −1
 *   Total: orders 5, units 10, GMV 209.00, refunds 17.50, net 191.50, comm 19.60, fees 12.62, COGS 33.50, ship 9.50,
 *          samples 29.00, other 140.00; profit −52.72 (= 26.53 + 24.20 − 6 − 15 − 82.45)
 * By campaign:
 *   Spring: orders 2 (…001, …003), units 6, GMV 119.00, refunds 5.00, net 114.00, comm 14.85, fees 6.84, COGS 18.00,
 *           ship 7.00, samples S1 + S5 = 19.00, other 100 + 15 = 115.00; profit 114 − 180.69 = −66.69
 *   Summer: orders 1, units 2, GMV 50.00, refunds 12.50, net 37.50, comm 3.75, fees 3.375 → 3.38, COGS 7.50,
 *           ship 2.50, samples S2 10.00, other 25.00; profit 37.50 − 52.13 = −14.63
 *   (unallocated): rows 7 and 8: orders 2, units 2, GMV 40.00, net 40.00, comm 1.00, fees 2.40, COGS 8.00; profit 28.60
 * By SKU: the order …001 has lines of A and B, so it counts in both rows but once in Total; costs have no SKU.
 *   A: orders 3 (…001, …005, …006), units 4, GMV 85.00, samples S1 13.00;  B: orders 2, units 4, GMV 74.00,
 *   samples S2 + S5 = 16.00;  UK1: orders 1, GMV 50.00;  (unallocated): other 140.00.  Total orders 5.
 */
import { creatorMetric, creatorProfit, profitBy } from '../../../src/core/profit';
import { MARCH, ranges, TIME_ZONE } from './handWorkbook';

const options = { timeZone: TIME_ZONE };
const march = { ...ranges, ...MARCH };

const HEADER = [
  'Orders',
  'Units',
  'GMV',
  'Refunds',
  'Net revenue',
  'Commission',
  'Platform fees',
  'COGS',
  'Shipping',
  'Sample cost',
  'Other costs',
  'Net profit',
  'Margin',
  'ROI',
];

describe('PROFIT_BY_CREATOR over the hand-reconciled workbook', () => {
  const table = profitBy('creator', march, options);

  it('has the contract header, then rows by net profit, then Total', () => {
    expect(table[0]).toEqual(['Creator', ...HEADER]);
    expect(table.map((row) => row[0])).toEqual([
      'Creator',
      'mike_fit',
      '(unattributed)',
      'lena.cook',
      '(unallocated)',
      'jane.doe',
      'Total',
    ]);
  });

  it('agrees with the reconciliation to the cent', () => {
    expect(table.slice(1)).toEqual([
      ['mike_fit', 2, 5, 104, 12.5, 91.5, 11.85, 6.62, 15, 6.5, 0, 25, 26.53, 26.53 / 91.5, 26.53 / 36.85],
      ['(unattributed)', 1, 1, 30, 0, 30, 0, 1.8, 4, 0, 0, 0, 24.2, 24.2 / 30, ''],
      ['lena.cook', 0, 0, 0, 0, 0, 0, 0, 0, 0, 6, 0, -6, '', -1],
      ['(unallocated)', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, -15, '', -1],
      ['jane.doe', 2, 4, 75, 5, 70, 7.75, 4.2, 14.5, 3, 23, 100, -82.45, -82.45 / 70, -82.45 / 130.75],
      ['Total', 5, 10, 209, 17.5, 191.5, 19.6, 12.62, 33.5, 9.5, 29, 140, -52.72, -52.72 / 191.5, -52.72 / 188.6],
    ]);
  });
});

describe('PROFIT_BY_CAMPAIGN and PROFIT_BY_SKU over the same workbook', () => {
  it('places lines, samples and costs on their campaign, the rest on (unallocated)', () => {
    expect(profitBy('campaign', march, options)).toEqual([
      ['Campaign', ...HEADER],
      ['(unallocated)', 2, 2, 40, 0, 40, 1, 2.4, 8, 0, 0, 0, 28.6, 28.6 / 40, 28.6 / 1],
      ['Summer', 1, 2, 50, 12.5, 37.5, 3.75, 3.38, 7.5, 2.5, 10, 25, -14.63, -14.63 / 37.5, -14.63 / 38.75],
      ['Spring', 2, 6, 119, 5, 114, 14.85, 6.84, 18, 7, 19, 115, -66.69, -66.69 / 114, -66.69 / 148.85],
      ['Total', 5, 10, 209, 17.5, 191.5, 19.6, 12.62, 33.5, 9.5, 29, 140, -52.72, -52.72 / 191.5, -52.72 / 188.6],
    ]);
  });

  it('counts an order with lines of two SKUs in both rows and once in Total', () => {
    const bySku = new Map(profitBy('sku', march, options).map((row) => [row[0], row]));
    expect([bySku.get('A')?.[1], bySku.get('A')?.[2], bySku.get('A')?.[3], bySku.get('A')?.[10]]).toEqual([
      3, 4, 85, 13,
    ]);
    expect([bySku.get('B')?.[1], bySku.get('B')?.[2], bySku.get('B')?.[3], bySku.get('B')?.[10]]).toEqual([
      2, 4, 74, 16,
    ]);
    expect([bySku.get('UK1')?.[1], bySku.get('UK1')?.[3]]).toEqual([1, 50]);
    expect(bySku.get('(unallocated)')?.[11]).toBe(140);
    expect(bySku.get('Total')?.[1]).toBe(5);
  });
});

describe('CREATOR_PROFIT and CREATOR_METRIC', () => {
  it("give one creator's figures, whatever way the handle is written", () => {
    expect(creatorProfit('@Jane.Doe ', march, options)).toBe(-82.45);
    expect(creatorProfit('https://www.tiktok.com/@mike_fit?lang=en', march, options)).toBe(26.53);
    expect(creatorMetric('mike_fit', 'platform fees', march, options)).toBe(6.62);
    expect(creatorMetric('@jane.doe', 'Sample cost', march, options)).toBe(23);
    expect(creatorMetric('(unattributed)', 'ROI', march, options)).toBe('');
    expect(creatorMetric('lena.cook', 'margin', march, options)).toBe('');
  });

  it('give 0, and blank ratios, for a creator with no activity in the period', () => {
    expect(creatorProfit('nobody.here', march, options)).toBe(0);
    expect(creatorMetric('nobody.here', 'GMV', march, options)).toBe(0);
    expect(creatorMetric('nobody.here', 'Margin', march, options)).toBe('');
  });
});

describe('the period', () => {
  it('is open when start and end are blank: every row counts', () => {
    const table = profitBy('creator', { ...ranges, startDate: '', endDate: undefined }, options);
    const total = table[table.length - 1];
    // March's 209.00 + the 1 April line (99) + the 28 February line (77); costs add the 2 April flat fee (50); samples add S4 (2 × 2.50 + 3).
    expect([total[1], total[3], total[10], total[11]]).toEqual([7, 385, 37, 190]);
  });

  it('may be open at one end', () => {
    const fromApril = profitBy('creator', { ...ranges, startDate: '2026-04-01' }, options);
    expect(fromApril.slice(1).map((row) => [row[0], row[3], row[11]])).toEqual([
      ['jane.doe', 99, 50],
      ['Total', 99, 50],
    ]);
  });
});
