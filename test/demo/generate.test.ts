import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import type { DemoTruth } from '../../scripts/demo/generate';
import { generateDemoWorkbook } from '../../scripts/demo/generate';
import type { SourceRow } from './sourceCells';
import { amountOf, cellAt, handleOf, rowsAreEqual, rowsOf } from './sourceCells';

const ORDER_TABS = ['All orders US', 'All orders UK'];

function serialized(workbook: WorkbookModel): string {
  return JSON.stringify(workbook);
}

describe('generateDemoWorkbook', () => {
  let workbook: WorkbookModel;
  let truth: DemoTruth;
  beforeAll(() => {
    ({ workbook, truth } = generateDemoWorkbook());
  });

  describe('determinism', () => {
    it('gives the identical workbook and truth for the same seed', () => {
      const first = generateDemoWorkbook({ seed: 7, creators: 30, samples: 40, orderLines: 300 });
      const second = generateDemoWorkbook({ seed: 7, creators: 30, samples: 40, orderLines: 300 });
      expect(serialized(second.workbook)).toBe(serialized(first.workbook));
      expect(second.truth).toEqual(first.truth);
    });

    it('gives a different workbook for a different seed', () => {
      const first = generateDemoWorkbook({ seed: 7, creators: 30, samples: 40, orderLines: 300 });
      const other = generateDemoWorkbook({ seed: 8, creators: 30, samples: 40, orderLines: 300 });
      expect(serialized(other.workbook)).not.toBe(serialized(first.workbook));
    });

    it('never calls Math.random', () => {
      const sources = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) =>
          statSync(join(dir, name)).isDirectory() ? sources(join(dir, name)) : [join(dir, name)],
        );
      for (const file of sources(join(__dirname, '../../scripts/demo'))) {
        expect(readFileSync(file, 'utf8')).not.toMatch(/Math\.random/);
      }
    });
  });

  describe('shape', () => {
    it('has the source tabs, each with a frozen header row, in the workbook time zone', () => {
      expect(workbook.timeZone).toBe('America/Los_Angeles');
      expect(workbook.sheets.map((sheet) => sheet.name)).toEqual([
        'Creator outreach',
        'Sample log',
        'All orders US',
        'All orders UK',
        'Affiliate orders',
        'COGS',
        'Creator payments',
        'Q4 content calendar',
      ]);
      for (const sheet of workbook.sheets) expect(sheet.frozenRows).toBe(1);
      expect(truth.unrelatedTabs).toEqual(['Q4 content calendar']);
    });

    it('writes the Seller Center headers exactly, with a description row under the order export headers', () => {
      for (const tab of ORDER_TABS) {
        const [headers, description] = valuesOf(sheetNamed(workbook, tab));
        expect(headers.slice(0, 16)).toEqual([
          'Order ID',
          'Order Status',
          'SKU ID',
          'Seller SKU',
          'Product Name',
          'Quantity',
          'SKU Unit Original Price',
          'SKU Subtotal Before Discount',
          'SKU Seller Discount',
          'SKU Subtotal After Discount',
          'Order Refund Amount',
          'Created Time',
          'Shipped Time',
          'Delivered Time',
          'Tracking ID',
          'Shipping Provider Name',
        ]);
        expect(description[0]).toBe('Platform unique order ID.');
      }
      expect(valuesOf(sheetNamed(workbook, 'Affiliate orders'))[0]).toEqual([
        'Order ID',
        'SKU ID',
        'Product Name',
        'Quantity',
        'Creator Username',
        'Content Type',
        'Payment Amount',
        'Order Status',
        'Time Created',
        'Standard commission rate',
        'Est. Commission Base',
        'Est. standard commission payment',
        'Actual Commission Base',
        'Actual Commission Payment',
        'Fully returned or refunded',
      ]);
    });

    it('has the sizes asked for', () => {
      const exportLines = ORDER_TABS.flatMap((tab) => rowsOf(workbook, tab, 3));
      expect(exportLines).toHaveLength(5000);
      expect(truth.orderLines).toHaveLength(
        5000 - truth.brokenRows.filter((cell) => cell.column === 'Order ID').length,
      );
      expect(truth.creators).toHaveLength(200 + 400);
      expect(truth.sampleCount).toBe(
        300 - truth.brokenRows.filter((cell) => cell.tab === 'Sample log' && cell.skipsRow).length,
      );
    });

    it('covers July to November 2026 in the shop time zone', () => {
      const requested = rowsOf(workbook, 'Sample log').map((row) => row.get('Request date') as Date);
      const first = Math.min(...requested.map((date) => date.getTime()));
      const last = Math.max(...requested.map((date) => date.getTime()));
      expect(first).toBeGreaterThanOrEqual(Date.parse('2026-07-01T07:00:00Z'));
      expect(last).toBeLessThan(Date.parse('2026-12-01T08:00:00Z'));
    });
  });

  describe('truth agrees with the workbook', () => {
    it('lists exactly the handles readable on the outreach list', () => {
      const broken = new Set(
        truth.brokenRows.filter((cell) => cell.tab === 'Creator outreach' && cell.skipsRow).map((cell) => cell.row),
      );
      const handles = new Set(
        rowsOf(workbook, 'Creator outreach')
          .filter((row) => !broken.has(row.row))
          .map((row) => handleOf(row.get('TikTok Handle'))),
      );
      expect([...handles].sort()).toEqual(truth.creators.map((creator) => creator.handle));
    });

    it('finds every order line in an export, ID and SKU ID ending in a tab, amounts as the truth says', () => {
      const lines = new Map<string, SourceRow>();
      for (const tab of ORDER_TABS) {
        for (const row of rowsOf(workbook, tab, 3)) lines.set(`${row.get('Order ID')}|${row.get('SKU ID')}`, row);
      }
      for (const line of truth.orderLines) {
        const row = lines.get(`${line.orderId}\t|${line.skuId}\t`);
        expect(row).toBeDefined();
        expect(row?.get('Seller SKU')).toBe(line.sku);
        expect(row?.get('Quantity')).toBe(line.units);
        expect(amountOf(row?.get('SKU Subtotal Before Discount') ?? '')).toBeCloseTo(line.gross, 2);
        expect(amountOf(row?.get('SKU Seller Discount') ?? '')).toBeCloseTo(line.discount, 2);
        expect(amountOf(row?.get('Order Refund Amount') ?? '')).toBeCloseTo(line.refund, 2);
        expect(String(row?.get('Created Time'))).toMatch(/\t$/);
      }
      expect(new Set(truth.orderLines.map((line) => `${line.orderId}|${line.skuId}`)).size).toBe(
        truth.orderLines.length,
      );
    });

    it('writes US amounts as numbers and UK amounts as £ text', () => {
      for (const row of rowsOf(workbook, 'All orders US', 3))
        expect(typeof row.get('SKU Subtotal After Discount')).toBe('number');
      for (const row of rowsOf(workbook, 'All orders UK', 3))
        expect(row.get('SKU Subtotal After Discount')).toMatch(/^£\d+\.\d\d$/);
    });

    it('joins every affiliate row to an order-export line and to a truth line with its creator and commission', () => {
      const truthLines = new Map(truth.orderLines.map((line) => [`${line.orderId}\t|${line.skuId}\t`, line]));
      const affiliateRows = rowsOf(workbook, 'Affiliate orders');
      for (const row of affiliateRows) {
        const line = truthLines.get(`${row.get('Order ID')}|${row.get('SKU ID')}`);
        expect(line).toBeDefined();
        expect(row.get('Creator Username')).toBe(line?.handle);
        const actual = row.get('Actual Commission Payment');
        const commission = amountOf(actual === '' ? row.get('Est. standard commission payment') : actual);
        expect(commission).toBeCloseTo(line?.commission ?? NaN, 2);
        expect(amountOf(row.get('Payment Amount'))).toBeCloseTo((line?.gross ?? 0) - (line?.discount ?? 0), 2);
        if (row.get('Fully returned or refunded') === 'Yes') expect(line?.status).toBe('refunded');
      }
      expect(affiliateRows).toHaveLength(truth.orderLines.filter((line) => line.commission !== undefined).length);
      expect(affiliateRows.some((row) => row.get('Actual Commission Payment') === '')).toBe(true);
      expect(
        affiliateRows.some((row) => /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d\t$/.test(String(row.get('Time Created')))),
      ).toBe(true);
    });

    it('attributes about 15% of lines by promo code only, to a listed creator with that code', () => {
      const codes = new Map(truth.creators.map((creator) => [creator.handle, creator.promoCode]));
      const byId = new Map(
        ORDER_TABS.flatMap((tab) => rowsOf(workbook, tab, 3)).map((row) => [
          `${row.get('Order ID')}|${row.get('SKU ID')}`,
          row,
        ]),
      );
      const promoLines = truth.orderLines.filter((line) => line.handle !== null && line.commission === undefined);
      expect(promoLines.length / truth.orderLines.length).toBeGreaterThan(0.1);
      expect(promoLines.length / truth.orderLines.length).toBeLessThan(0.2);
      for (const line of promoLines) {
        expect(byId.get(`${line.orderId}\t|${line.skuId}\t`)?.get('Promo Code')).toBe(codes.get(line.handle as string));
      }
    });

    it('marks price-0 lines as samples and nothing else', () => {
      for (const line of truth.orderLines) expect(line.isSample).toBe(line.gross === 0);
      expect(truth.orderLines.some((line) => line.isSample)).toBe(true);
    });

    it('reports broken cells that really are unreadable', () => {
      expect(truth.brokenRows.length).toBeGreaterThanOrEqual(7);
      for (const cell of truth.brokenRows) {
        const value = cellAt(workbook, cell.tab, cell.row, cell.column);
        if (cell.column === 'Order ID') {
          expect(typeof value).toBe('number');
          expect(Number.isSafeInteger(value)).toBe(false);
        } else if (cell.column === 'TikTok Handle') {
          expect(String(value).trim()).toMatch(/\s/);
        } else if (cell.column === 'Ship date') {
          expect(value).toBe('31/31/2026');
        } else if (cell.column === 'Email Address') {
          expect(String(value)).not.toMatch(/^[^\s@<>]+@[^\s@<>]+\.[a-z]+$/i);
        } else {
          expect(value).toBe('#N/A');
        }
      }
    });

    it('points at the formula-injection bait', () => {
      expect(truth.injectionCells.map((cell) => cell.value[0]).sort()).toEqual(['+', '-', '=', '@']);
      for (const cell of truth.injectionCells)
        expect(cellAt(workbook, cell.tab, cell.row, cell.column)).toBe(cell.value);
    });

    it('points at rows that repeat an earlier row cell for cell', () => {
      expect(truth.duplicateRows.map((row) => row.tab)).toEqual(
        expect.arrayContaining(['Creator outreach', 'Sample log']),
      );
      for (const duplicate of truth.duplicateRows) {
        expect(rowsAreEqual(workbook, duplicate.tab, duplicate.row, duplicate.duplicateOf)).toBe(true);
      }
    });

    it('leaves out of COGS only the SKU it says has no cost', () => {
      const costed = new Set(rowsOf(workbook, 'COGS').map((row) => row.get('SKU')));
      const sold = new Set(truth.orderLines.map((line) => line.sku));
      expect([...sold].filter((sku) => !costed.has(sku))).toEqual(truth.skusWithoutCost);
      expect(rowsOf(workbook, 'Creator payments')).toHaveLength(truth.costRowCount);
    });

    it('keeps creators seen only in samples or affiliate orders apart from the outreach list', () => {
      const listed = new Set(truth.creators.map((creator) => creator.handle));
      const inSamples = rowsOf(workbook, 'Sample log').map((row) => handleOf(row.get('Creator')));
      const inAffiliate = rowsOf(workbook, 'Affiliate orders').map((row) => String(row.get('Creator Username')));
      const outside = new Set(
        [...inSamples, ...inAffiliate].filter((handle) => handle !== '#n/a' && !listed.has(handle)),
      );
      expect([...outside].sort()).toEqual(truth.handlesOutsideOutreach);
      expect(truth.handlesOutsideOutreach.length).toBeGreaterThan(0);
    });
  });

  it('generates 5,000 creators, 10,000 samples and 100,000 order lines', () => {
    const big = generateDemoWorkbook({ creators: 5000, samples: 10000, orderLines: 100000 });
    const exportLines = ORDER_TABS.reduce((sum, tab) => sum + sheetNamed(big.workbook, tab).rows.length - 2, 0);
    expect(exportLines).toBe(100000);
    expect(big.truth.creators).toHaveLength(5000 + 400);
  });
});
