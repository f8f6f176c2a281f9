/**
 * A small workbook in the managed tabs' shape, reconciled by hand in reconciled.test.ts.
 * Spreadsheet time zone America/Los_Angeles (PDT, UTC−7, from 2026-03-08); report period March 2026.
 */
import { headersOf, ORDERS, PRODUCTS, SAMPLES, COSTS } from '../../../src/core/schema';

export const TIME_ZONE = 'America/Los_Angeles';
export const MARCH = { startDate: new Date('2026-03-01T08:00:00Z'), endDate: '2026-03-31' };

type Cell = string | number | Date;

const at = (iso: string) => new Date(iso);

/** Open-ended ranges (Orders!A:S) arrive with the sheet's blank rows below the data. */
function withBlankRows(rows: Cell[][], count = 500): Cell[][] {
  const width = rows[0].length;
  return [...rows, ...Array.from({ length: count }, () => Array<Cell>(width).fill(''))];
}

// Order ID, Line, Date, Handle, Campaign, SKU, Product, Units, Gross sales, Seller discount, Refund, Status,
// Commission %, Commission, Platform fee, Shipping cost, Currency, Region, Source
export const orders: Cell[][] = withBlankRows([
  headersOf(ORDERS),
  /* 2 */ ['100000000000000001', 1, at('2026-03-02T17:00:00Z'), 'jane.doe', 'Spring', 'A', 'Serum', 2, 50, 5, 0, 'completed', 0.1, '', 2.7, 3, 'USD', 'US', 'x!2'],
  /* 3 */ ['100000000000000001', 2, at('2026-03-02T17:00:00Z'), 'jane.doe', 'Spring', 'B', 'Cream', 1, 20, 0, 5, 'partially refunded', 0.1, 2.25, 0.9, '', 'USD', 'US', 'x!3'],
  /* 4 */ ['100000000000000002', 1, at('2026-03-15T17:00:00Z'), 'jane.doe', 'Summer', 'A', 'Serum', 1, 25, 0, 0, 'cancelled', 0.1, 2.5, 1.5, 0, 'USD', 'US', 'x!4'],
  /* 5 */ ['100000000000000003', 1, at('2026-03-10T18:00:00Z'), 'mike_fit', 'Spring', 'B', 'Cream', 3, 60, 6, 0, 'completed', 0.15, '', 3.24, 4, 'USD', 'US', 'x!5'],
  /* 6 */ ['100000000000000004', 1, at('2026-03-20T12:00:00Z'), 'mike_fit', 'Summer', 'UK1', 'Balm', 2, 40, 0, 10, 'partially refunded', '', 3, 2.7, 2, 'GBP', 'UK', 'x!6'],
  /* 7 */ ['100000000000000005', 1, at('2026-03-05T20:00:00Z'), '', '', 'A', 'Serum', 1, 30, 0, 0, 'completed', '', '', 1.8, 0, 'USD', 'US', 'x!7'],
  // Tuesday 31 March 23:30 in Los Angeles, already 1 April in UTC: inside March.
  /* 8 */ ['100000000000000006', 1, at('2026-04-01T06:30:00Z'), 'jane.doe', '', 'A', 'Serum', 1, 10, 0, 0, 'completed', 0.1, '', 0.6, 0, 'USD', 'US', 'x!8'],
  // 1 April 00:15 in Los Angeles: outside March.
  /* 9 */ ['100000000000000007', 1, at('2026-04-01T07:15:00Z'), 'jane.doe', 'Spring', 'A', 'Serum', 1, 99, 0, 0, 'completed', 0.1, '', 0, 0, 'USD', 'US', 'x!9'],
  // 28 February 23:30 in Los Angeles, already 1 March in UTC: outside March.
  /* 10 */ ['100000000000000008', 1, at('2026-03-01T07:30:00Z'), 'mike_fit', 'Spring', 'B', 'Cream', 1, 77, 0, 0, 'completed', 0.1, '', 0, 0, 'USD', 'US', 'x!10'],
]);

const samplesHeader = headersOf(SAMPLES);
// Sample ID, Handle, Campaign, SKU, Units, Requested, Shipped, Carrier, Tracking, Delivered, Brief sent, Due, Posted,
// Video URL, Status, Sample cost, Shipping cost, Notes, Source
export const samples: Cell[][] = withBlankRows([
  samplesHeader,
  ['S1', 'jane.doe', 'Spring', 'A', 2, '', at('2026-03-03T17:00:00Z'), '', '', '', '', '', '', '', 'delivered', '', 5, '', ''],
  ['S2', 'jane.doe', 'Summer', 'B', 1, '', at('2026-03-12T17:00:00Z'), '', '', '', '', '', '', '', 'shipped', 6, 4, '', ''],
  ['S3', 'mike_fit', 'Spring', 'A', 1, '', at('2026-03-04T17:00:00Z'), '', '', '', '', '', '', '', 'cancelled', 4, 5, '', ''],
  ['S4', 'mike_fit', 'Spring', 'B', 2, '', at('2026-02-20T17:00:00Z'), '', '', '', '', '', '', '', 'delivered', '', 3, '', ''],
  ['S5', 'lena.cook', 'Spring', 'B', 1, '', at('2026-03-25T17:00:00Z'), '', '', '', '', '', '', '', 'shipped', '', 3.5, '', ''],
], 200);

export const products: Cell[][] = [
  headersOf(PRODUCTS),
  ['A', 'Serum', 4, 'USD', 'Glow'],
  ['B', 'Cream', 2.5, 'USD', 'Glow'],
  ['UK1', 'Balm', 3, 'GBP', 'Glow'],
];

// Date, Handle, Campaign, Type, Amount, Currency, Notes
export const costs: Cell[][] = withBlankRows([
  headersOf(COSTS),
  [at('2026-03-01T08:00:00Z'), 'jane.doe', 'Spring', 'retainer', 100, 'USD', ''],
  [at('2026-03-15T07:00:00Z'), 'mike_fit', 'Summer', 'bonus', 20, 'GBP', ''],
  [at('2026-04-02T07:00:00Z'), 'jane.doe', 'Spring', 'flat fee', 50, 'USD', ''],
  [at('2026-03-10T08:00:00Z'), '', 'Spring', 'ad spend', 15, 'USD', ''],
], 100);

export const settings: Cell[][] = [
  ['Setting', 'Value', 'Notes'],
  ['Report currency', 'USD', ''],
  ['FX rate GBP', 1.25, ''],
];

export const ranges = { orders, samples, products, costs, settings };
