/**
 * A new user's first formulas, through the built dist/Code.js in the local runtime: the raw affiliate
 * export of both shops pasted into a tab, beside their own Samples, Products and Settings tabs, before
 * any Organize. Worked out by hand (USD report, GBP at 1.25, platform fees US 6%, UK 9%):
 *
 * Affiliate lines (Commission = standard + Shop Ads + co-funded bonus, each actual else estimated):
 *   row 2  O1 jane.doe  US SKU ID …101 (GT-VCS-30) 2u  $49.98 settled  comm 7.50 + 2.50 (actual, not est. 2.00)
 *          + 1.00 (est. bonus) = 11.00  fee 6% × 49.98 = 3.00  COGS 2 × 4.80 = 9.60
 *   row 3  O1 jane.doe  US …102 (GT-BRM-50) 1u  $21.99 pending  comm est. 3.30  fee 1.32  COGS 4.10
 *   row 4  O2 jane.doe  Unpaid by customer: no sale        row 5  O3 jane.doe  Ineligible: cancelled, no sale
 *   row 6  O4 jane.doe  US …101 1u  $24.99 fully refunded: refund 24.99, net 0, comm actual 0, fee 0, COGS 4.80
 *   row 7  O5 imogen.glow  UK …201 (GT-VCS-30) 1u  £21.99 → 27.4875  comm £3.30 + £1.10 = £4.40 → 5.50
 *          fee 9% × 21.99 = £1.98 → 2.475  COGS 4.80
 *   row 8  O6 imogen.glow  UK …202 (GT-BRM-50) 2u  £35.98 → 44.975  comm est. £5.40 + £1.80 + £0.50 = £7.70 → 9.625
 *          fee 9% × 35.98 = £3.24 → 4.05  COGS 2 × 4.10 = 8.20
 * Samples (Units × unit cost + shipping): jane 3 × GT-VCS-30 (4.80 + 8.00) = 38.40; imogen 1 × GT-BRM-50 4.10 + 6.00.
 *
 * jane.doe: orders 2, units 4, GMV 96.96, refunds 24.99, net 71.97, comm 14.30, fees 4.32, COGS 18.50,
 *           samples 38.40; net profit 71.97 − 75.52 = −3.55 after 3 samples: Pause
 * imogen.glow: orders 2, units 3, GMV 72.4625 → 72.46, comm 15.125 → 15.13, fees 6.525 → 6.53, COGS 13.00,
 *           samples 10.10; net profit 72.46 − 44.76 = 27.70
 * Total: orders 4, units 7, GMV 169.4225 → 169.42, refunds 24.99, net 144.43, comm 29.425 → 29.43,
 *        fees 10.845 → 10.85, COGS 31.50, samples 48.50; net profit 144.43 − 120.28 = 24.15
 */
import { createRuntime } from '../../scripts/runtime';
import type { CellValue } from '../../scripts/runtime/workbook';
import { sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { PROFIT_COLUMNS } from '../../src/core/profit';
import { headersOf, ORDERS, PRODUCTS, SAMPLES } from '../../src/core/schema';
import { formula, sheet } from './formulaCells';

const TIME_ZONE = 'America/Los_Angeles';

const AFFILIATE_HEADERS = [
  'Order ID',
  'Product ID',
  'Product Name',
  'SKU ID',
  'Price',
  'Payment Amount',
  'Currency',
  'Quantity',
  'Fully returned or refunded',
  'Order Status',
  'Creator Username',
  'Standard commission rate',
  'Est. standard commission payment',
  'Actual Commission Payment',
  'Shop Ads commission rate',
  'Est. Shop Ads commission payment',
  'Actual Shop Ads commission payment',
  'Est. co-funded creator bonus',
  'Actual co-funded creator bonus',
  'Time Created',
];

// prettier-ignore
const affiliate: CellValue[][] = [
  AFFILIATE_HEADERS,
  ['576000000000000001', '1730001', 'Vitamin C Serum', '1729000000000000101', 24.99, 49.98, 'USD', 2, 'No', 'Settled', 'jane.doe', '15%', 7.5, 7.5, '5%', 2, 2.5, 1, '', '02/11/2026 19:14:05'],
  ['576000000000000001', '1730002', 'Barrier Cream', '1729000000000000102', 21.99, 21.99, 'USD', 1, 'No', 'Pending', 'jane.doe', '15%', 3.3, '', '', '', '', '', '', '02/11/2026 19:14:05'],
  ['576000000000000002', '1730001', 'Vitamin C Serum', '1729000000000000101', 24.99, 24.99, 'USD', 1, 'No', 'Unpaid by customer', 'jane.doe', '15%', 3.75, '', '', '', '', '', '', '04/11/2026 08:00:00'],
  ['576000000000000003', '1730002', 'Barrier Cream', '1729000000000000102', 21.99, 21.99, 'USD', 1, 'No', 'Ineligible', 'jane.doe', '15%', 3.3, 0, '', '', '', '', '', '05/11/2026 10:30:00'],
  ['576000000000000004', '1730001', 'Vitamin C Serum', '1729000000000000101', 24.99, 24.99, 'USD', 1, 'Yes', 'Settled', 'jane.doe', '15%', 3.75, 0, '', '', '', '', '', '06/11/2026 21:41:52'],
  ['577000000000000005', '1740001', 'Vitamin C Serum', '1756000000000000201', 21.99, 21.99, 'GBP', 1, 'No', 'Settled', 'imogen.glow', '15%', 3.3, 3.3, '5%', 1.1, 1.1, '', '', '14/10/2026 17:02:11'],
  ['577000000000000006', '1740002', 'Barrier Cream', '1756000000000000202', 17.99, 35.98, 'GBP', 2, 'No', 'Pending', 'imogen.glow', '15%', 5.4, '', '5%', 1.8, '', 0.5, '', '22/11/2026 09:15:44'],
];

const productsWith = (vcsIds: string, brmIds: string): CellValue[][] => [
  headersOf(PRODUCTS),
  ['GT-VCS-30', 'Vitamin C Serum', 4.8, 'USD', 'Glow Theory', vcsIds],
  ['GT-BRM-50', 'Barrier Cream', 4.1, 'USD', 'Glow Theory', brmIds],
];

function sampleRow(id: string, handle: string, sku: string, shipping: number): CellValue[] {
  const row: CellValue[] = headersOf(SAMPLES).map(() => '');
  const set = (header: string, value: CellValue) => (row[headersOf(SAMPLES).indexOf(header)] = value);
  set('Sample ID', id);
  set('Handle', handle);
  set('SKU', sku);
  set('Units', 1);
  set('Shipped', new Date('2026-10-01T17:00:00Z'));
  set('Posted', new Date('2026-10-10T17:00:00Z'));
  set('Status', 'posted');
  set('Shipping cost', shipping);
  return row;
}

const settingsWith = (...rows: CellValue[][]): CellValue[][] => [
  ['Setting', 'Value'],
  ['Report currency', 'USD'],
  ['Platform fee % US', '6%'],
  ['Platform fee % UK', '9%'],
  ...rows,
];

/** Our Orders tab's shape, Region as sellers write it and Platform fee left blank. */
function ordersByRegion(regions: string[]): CellValue[][] {
  return [
    headersOf(ORDERS),
    ...regions.map((region, i) => [
      `57800000000000000${i}`,
      1,
      new Date('2026-11-02T18:00:00Z'),
      'jane.doe',
      '',
      'GT-VCS-30',
      '',
      1,
      100,
      0,
      0,
      'completed',
      '',
      10,
      '',
      '',
      region === 'US' ? 'USD' : 'GBP',
      region,
      '',
    ]),
  ];
}

const ALL = "'Affiliate orders'!A:T, Samples!A:S, Products!A:F, , , , Settings!A:B";
const CELLS: Record<string, string> = {
  noSettings: "=PROFIT_BY_CREATOR('Affiliate orders'!A:T)",
  zeroRate: "=PROFIT_BY_CREATOR('Affiliate orders'!A:T, , , , , , 'Zero rate'!A:B)",
  missingRate: "=PROFIT_BY_CREATOR('Affiliate orders'!A:T, , , , , , 'No GBP rate'!A:B)",
  noUnits: "=PROFIT_BY_CREATOR('No units'!A:D, , Products!A:F)",
  noCampaign: "=PROFIT_BY_CAMPAIGN('Affiliate orders'!A:T, , , , , , Settings!A:B)",
  unknownSkuId: "=PROFIT_BY_CREATOR('Affiliate orders'!A:T, , 'Products US IDs only'!A:F, , , , Settings!A:B)",
  byRegion: '=CREATOR_METRIC("jane.doe", "Platform fees", \'Orders by region\'!A:S, , , , , , Settings!A:B)',
  unknownRegion: "=PROFIT_BY_CREATOR('Orders unknown regions'!A:S, , , , , , Settings!A:B)",
};

describe('PROFIT formulas over a raw affiliate export, as a new user writes them', () => {
  const runtime = createRuntime({
    workbook: {
      timeZone: TIME_ZONE,
      sheets: [
        sheet('Affiliate orders', affiliate),
        sheet('Samples', [
          headersOf(SAMPLES),
          sampleRow('S1', 'jane.doe', 'GT-VCS-30', 8),
          sampleRow('S2', 'jane.doe', 'GT-VCS-30', 8),
          sampleRow('S3', 'jane.doe', 'GT-VCS-30', 8),
          sampleRow('S4', 'imogen.glow', 'GT-BRM-50', 6),
        ]),
        sheet(
          'Products',
          productsWith('1729000000000000101, 1756000000000000201', '1729000000000000102,1756000000000000202'),
        ),
        sheet('Products US IDs only', productsWith('1729000000000000101, 1756000000000000201', '1729000000000000102')),
        sheet('Settings', settingsWith(['FX rate GBP', 1.25])),
        sheet('Zero rate', settingsWith(['FX rate GBP', 0])),
        sheet('No GBP rate', settingsWith(['FX rate EUR', 1.08])),
        sheet('No units', [
          ['Order ID', 'Creator', 'Seller SKU', 'Gross sales'],
          ['576000000000000009', 'jane.doe', 'GT-VCS-30', 49.98],
        ]),
        sheet('Orders by region', ordersByRegion(['US', 'GB', 'United Kingdom'])),
        sheet('Orders unknown regions', ordersByRegion(['US', 'FR', 'Narnia'])),
        sheet('Report', [
          [
            formula(`=PROFIT_BY_CREATOR(${ALL})`),
            ...Array<string>(14).fill(''),
            formula('=CREATOR_DECISION(A1:O, Samples!A:S, Settings!A:B)'),
          ],
          ...Array.from({ length: 5 }, () => []),
          [formula(`=PROFIT_BY_SKU(${ALL})`)],
        ]),
        sheet(
          'Errors',
          Object.values(CELLS).map((text) => [formula(text)]),
        ),
      ],
    },
  });
  runtime.evaluateFormulas();
  const report = valuesOf(sheetNamed(runtime.workbook, 'Report'));
  const errorOf = (name: keyof typeof CELLS) =>
    runtime.formulaErrors[`Errors!A${1 + Object.keys(CELLS).indexOf(name)}`];

  it('works out profit by creator, with unit costs found through TikTok SKU IDs of both shops', () => {
    expect(runtime.formulaErrors['Report!A1']).toBeUndefined();
    expect(report.slice(0, 4).map((row) => row.slice(0, 13))).toEqual([
      ['Creator', ...PROFIT_COLUMNS.slice(0, 12)],
      ['imogen.glow', 2, 3, 72.46, 0, 72.46, 15.13, 6.53, 13, 0, 10.1, 0, 27.7],
      ['jane.doe', 2, 4, 96.96, 24.99, 71.97, 14.3, 4.32, 18.5, 0, 38.4, 0, -3.55],
      ['Total', 4, 7, 169.42, 24.99, 144.43, 29.43, 10.85, 31.5, 0, 48.5, 0, 24.15],
    ]);
  });

  it('groups SKU IDs of both shops under the seller SKU, with the same Total', () => {
    const bySku = report.slice(6, 10);
    expect(bySku.map((row) => row[0])).toEqual(['SKU', 'GT-BRM-50', 'GT-VCS-30', 'Total']);
    expect(bySku[3].slice(0, 15)).toEqual(report[3].slice(0, 15));
  });

  it('decides what a person would: pause the creator still losing money after three samples', () => {
    expect(report.slice(0, 4).map((row) => row[15])).toEqual([
      'Decision',
      'Send more samples: 1 sample, 2 orders so far',
      'Pause: loss of 3.55 USD after 3 samples and 2 orders',
      '',
    ]);
  });

  it('converts only with the FX rates of the settings range, and says which currency needs one', () => {
    expect(errorOf('noSettings')).toBe(
      'Some amounts are in USD and some in GBP, and no settings range was given to convert them: pass Settings ' +
        '(like Settings!A:B) as the settings argument, with the Report currency and a row "FX rate XXX" for each other currency.',
    );
    expect(errorOf('zeroRate')).toBe(
      'The FX rate for GBP in Settings is 0: write in the row "FX rate GBP" how many USD one GBP is worth, a number above 0.',
    );
    expect(errorOf('missingRate')).toMatch(
      /^Some amounts are in GBP and Settings has no rate for it: add a row "FX rate GBP"/,
    );
  });

  it('names the range, the missing header and the names it accepts', () => {
    expect(errorOf('noUnits')).toMatch(
      /^The orders range has no Units column\. Its first row must be the header row, with one of these headers: Units, Quantity, Qty,/,
    );
    expect(errorOf('noCampaign')).toMatch(
      /^The orders range has no Campaign column\..*: Campaign, Campaign name, Collab/,
    );
  });

  it('names a SKU ID no product lists, never costing it at 0', () => {
    expect(errorOf('unknownSkuId')).toBe(
      'No unit cost for SKU ID 1756000000000000202: list each in the TikTok SKU IDs cell of its seller SKU in the ' +
        'products range (or add it as a SKU with its Unit cost).',
    );
  });

  it('estimates blank platform fees by region code, GB and United Kingdom reading as UK', () => {
    // 6% of 100.00 in the US shop; 9% of £100.00 at 1.25, twice.
    expect(valuesOf(sheetNamed(runtime.workbook, 'Errors'))[Object.keys(CELLS).indexOf('byRegion')][0]).toBe(
      6 + 2 * 11.25,
    );
    expect(errorOf('unknownRegion')).toBe(
      'No platform fee % for region FR in Settings: add a row "Platform fee % FR" with TikTok Shop\'s fee on net ' +
        'revenue, or fill in Platform fee on row 3 of the orders range. Region "Narnia" is not a region code ' +
        "(US, UK, ...): write the shop's region code, or fill in Platform fee on row 4 of the orders range.",
    );
  });
});
