/**
 * Pieces of reading Seller Center exports that are clearest on the pure core: which shop an
 * "All order" file is from, which settlement columns make the real platform fee, how SKU IDs
 * meet Seller SKUs.
 */
import type { SheetValue } from '../../../src/core/cells';
import type { OrganizeOutput } from '../../../src/core/organize';
import { organize } from '../../../src/core/organize';
import { shopOfOrderExport } from '../../../src/core/records/sellerCenter';
import {
  SETTLEMENT_HEADERS,
  UK_ORDER_HEADERS,
  US_AFFILIATE_HEADERS,
  US_ORDER_HEADERS,
} from '../../fixtures/sellerCenter/headers';

function run(tabs: Record<string, SheetValue[][]>): OrganizeOutput {
  return organize({
    tabs: Object.entries(tabs).map(([name, values]) => ({ name, values })),
    managed: {},
    state: {},
    savedMappings: new Map(),
    timeZone: 'America/Los_Angeles',
    now: new Date('2026-06-05T18:00:00Z'),
  });
}

/** The columns of a short "All orders" sheet: enough for an order line, none of the export's others. */
const ORDER_COLUMNS = ['Order ID', 'SKU ID', 'Seller SKU', 'Quantity', 'SKU Subtotal Before Discount', 'Order Status'];

function rowsOf(output: OrganizeOutput, tab: string): Record<string, SheetValue>[] {
  const managed = output.tabs.find((t) => t.name === tab)!;
  return managed.rows.map((row) => Object.fromEntries(managed.headers.map((h, i) => [h, row[i] as SheetValue])));
}

describe('shopOfOrderExport', () => {
  it('tells the US file from the UK file by their own columns', () => {
    expect(shopOfOrderExport(US_ORDER_HEADERS)).toEqual({
      region: 'US',
      currency: 'USD',
      timeZone: 'America/Los_Angeles',
      dateOrder: 'MDY',
    });
    expect(shopOfOrderExport(UK_ORDER_HEADERS)).toMatchObject({ region: 'UK', currency: 'GBP', dateOrder: 'DMY' });
  });

  it('still knows a later US file that added columns, and knows nothing of other sheets', () => {
    const later = [...US_ORDER_HEADERS.slice(0, 7), 'Product ID', ...US_ORDER_HEADERS.slice(7), 'Order Channel'];
    expect(shopOfOrderExport(later)?.region).toBe('US');
    expect(shopOfOrderExport(['Order ID', 'SKU', 'Qty', 'Country', 'State'])).toBeUndefined();
    expect(shopOfOrderExport([...US_ORDER_HEADERS, ...UK_ORDER_HEADERS])).toBeUndefined();
  });
});

describe('a pasted settlement statement', () => {
  const ORDER = '577385411623752068';
  const orders: SheetValue[][] = [
    [...ORDER_COLUMNS, 'Region'],
    [`${ORDER}\t`, '1729384756102938475\t', 'GT-VCS-30', '1', '40', 'Completed', 'US'],
    [`${ORDER}\t`, '1729384756102938476\t', 'GT-BRM-50', '1', '20', 'Completed', 'US'],
    ['577385411623752070\t', '1729384756102938475\t', 'GT-VCS-30', '1', '0', 'Completed', 'US'],
  ];
  const header = [...SETTLEMENT_HEADERS];
  const statementRow = (cells: Partial<Record<(typeof SETTLEMENT_HEADERS)[number], SheetValue>>) =>
    header.map((h) => cells[h] ?? '');
  const statement: SheetValue[][] = [
    ['Profit and loss statement'],
    ['Shop name: Glow Theory US'],
    ['Statement period: 20260501 - 20260531'],
    ['Currency: USD'],
    [''],
    header,
    statementRow({
      'Order ID': ORDER,
      'SKU ID': '1729384756102938475',
      'Order settled date': 20260514,
      'Gross sales': 40,
      'Affiliate Commission': -6,
      'Affiliate Shop Ads commission': -2,
      'Referral fee': -3.2,
      'Transaction fee': -1.16,
      'Sales tax on referral fees': -0.23,
      'Smart Promotion fee': -0.4,
      'TikTok Shop shipping fee': -5.1,
      'Shipping fee subsidy': 1,
    }),
    // The same line in a later statement: the refund's administration fee.
    statementRow({
      'Order ID': ORDER,
      'SKU ID': '1729384756102938475',
      'Order settled date': 20260528,
      'Refund administration fee': -0.64,
    }),
    statementRow({
      'Order ID': '577385411623752070',
      'SKU ID': '1729384756102938475',
      'Sample order type': 'free sample from seller',
      'TikTok Shop shipping fee': -4.5,
    }),
    statementRow({ 'Order ID': '577385411623752099', 'SKU ID': '1729384756102938475', 'Referral fee': -2 }),
  ];
  const output = run({ 'All orders': orders, 'merchant_statement_profit_loss Orders': statement });
  const lines = rowsOf(output, 'Orders');

  it('replaces the estimate with the sum of the fee columns, over every statement row of the line', () => {
    const settled = lines.find((l) => l['Order ID'] === ORDER && l.SKU === 'GT-VCS-30')!;
    // Referral, transaction, sales tax on referral, Smart Promotion and refund administration fees;
    // commissions, shipping fees and the subsidy are not platform fees.
    expect(settled['Platform fee']).toBe(5.63);
    const formats = output.tabs.find((t) => t.name === 'Orders')!.formats;
    const fee = output.tabs.find((t) => t.name === 'Orders')!.headers.indexOf('Platform fee');
    expect(formats[lines.indexOf(settled)][fee]).not.toContain('~');
  });

  it('keeps the estimate on a line no statement has', () => {
    const other = lines.find((l) => l.SKU === 'GT-BRM-50')!;
    expect(other['Platform fee']).toBe(1.2);
    const formats = output.tabs.find((t) => t.name === 'Orders')!.formats;
    const fee = output.tabs.find((t) => t.name === 'Orders')!.headers.indexOf('Platform fee');
    expect(formats[lines.indexOf(other)][fee]).toContain('~');
  });

  it('names statement lines no order matches, once per tab, and leaves sample orders out', () => {
    expect(lines.map((l) => l['Order ID'])).not.toContain('577385411623752070');
    const issues = output.issues.filter((i) => i.tab === 'merchant_statement_profit_loss Orders');
    expect(issues).toEqual([
      expect.objectContaining({ row: 10, column: 'Order ID', value: '577385411623752099' }) as unknown,
    ]);
    expect(issues[0].problem).toContain('1 statement line matches no order line');
  });
});

describe('SKU IDs and Seller SKUs', () => {
  it('learns each SKU ID from the order exports, and names an ID sold under two Seller SKUs', () => {
    const output = run({
      'All orders': [
        [...ORDER_COLUMNS],
        ['577385411623752068\t', '1729384756102938475\t', 'GT-VCS-30', '1', '40', 'Completed'],
        ['577385411623752069\t', '1729384756102938499\t', 'GT-VCS-30', '1', '40', 'Completed'],
        ['577385411623752070\t', '1729384756102938475\t', 'GT-VCS-30-OLD', '1', '40', 'Completed'],
      ],
      'Affiliate orders': [
        ['Order ID', 'SKU ID', 'Payment Amount', 'Creator Username', 'Est. standard commission payment', 'Currency'],
        ['577385411623752071', '1729384756102938499', '40', 'jane.doe', '4', 'USD'],
      ],
      COGS: [
        ['SKU', 'Unit cost', 'TikTok SKU IDs'],
        ['GT-VCS-30', '4.80', '1729384756102938400'],
        ['GT-VCS-30-OLD', '4.80', ''],
      ],
    });
    const affiliateOnly = rowsOf(output, 'Orders').find((l) => l['Order ID'] === '577385411623752071')!;
    expect(affiliateOnly.SKU).toBe('GT-VCS-30');
    expect(rowsOf(output, 'Products').map((p) => [p.SKU, p['TikTok SKU IDs']])).toEqual([
      ['GT-VCS-30', '1729384756102938400, 1729384756102938475, 1729384756102938499'],
      ['GT-VCS-30-OLD', ''],
    ]);
    const conflict = output.issues.filter((i) => i.column === 'SKU ID');
    expect(conflict).toEqual([expect.objectContaining({ tab: 'All orders', row: 4, value: '1729384756102938475' })]);
  });
});

describe("an order line's shipment", () => {
  const shipping = ['Shipped Time', 'Delivered Time', 'Tracking ID', 'Shipping Provider Name', 'Creator Username'];
  const line = (order: string, subtotal: string, shipped: string, tracking: string) => [
    `${order}\t`,
    '1729384756102938475\t',
    'GT-VCS-30',
    '1',
    subtotal,
    'Completed',
    `${shipped}\t`,
    '',
    tracking,
    'UPS',
    'jane.doe',
  ];
  const output = run({
    'All orders': [
      [...ORDER_COLUMNS, ...shipping],
      line('577385411623752068', '40', 'the 3rd?', '1Z999'),
      line('577385411623752069', '0', '05/14/2026 10:00:00 AM', '1Z123'),
      line('577385411623752070', '0', 'shipped Tuesday', '1Z456'),
    ],
  });

  it('is read for a free sample order, which becomes a Sample, with a problem in it reported', () => {
    const samples = rowsOf(output, 'Samples');
    expect(samples.map((s) => [s['Sample ID'], s.Tracking, s.Carrier])).toEqual([
      ['SO-577385411623752069-1', '1Z123', 'UPS'],
      ['SO-577385411623752070-1', '1Z456', 'UPS'],
    ]);
    expect(samples[0].Shipped).toEqual(new Date('2026-05-14T17:00:00Z'));
    expect(samples[1].Shipped).toBe('');
    const problems = output.issues.filter((i) => i.column === 'Shipped Time');
    expect(problems).toEqual([expect.objectContaining({ row: 4, value: 'shipped Tuesday' })]);
  });

  it("is not read for a sale, which keeps none of it: a sale's shipping cell is never reported", () => {
    expect(rowsOf(output, 'Orders').map((l) => l['Order ID'])).toEqual(['577385411623752068']);
    expect(output.issues.filter((i) => i.row === 2 && i.column !== 'SKU')).toEqual([]);
  });
});

describe('cells an order line does not use', () => {
  const header = ['Order ID', 'SKU ID', 'Quantity', 'SKU Unit Original Price', 'SKU Subtotal Before Discount'];
  const affiliateRow: Partial<Record<(typeof US_AFFILIATE_HEADERS)[number], SheetValue>> = {
    'Order ID': '577385411623752068',
    'SKU ID': '1729384756102938475',
    'Creator Username': 'jane.doe',
    'Content Type': '#N/A',
    'Payment Amount': '40',
    'Standard commission rate': '10%',
    'Est. Commission Base': 'see invoice',
    'Est. standard commission payment': '4',
    'Fully returned or refunded': 'No',
  };
  const output = run({
    'All orders': [
      [...header, 'Order Status', 'Currency'],
      ['577385411623752068\t', '1729384756102938475\t', '2', 'ask Sam', '40', 'Completed', 'USD'],
      ['577385411623752069\t', '1729384756102938475\t', '2', '12.50', '', 'Completed', 'USD'],
      ['577385411623752070\t', '1729384756102938475\t', '2', 'ask Sam', '', 'Completed', 'USD'],
    ],
    'Affiliate orders': [[...US_AFFILIATE_HEADERS], US_AFFILIATE_HEADERS.map((h) => affiliateRow[h] ?? '')],
  });
  const issuesAt = (tab: string, row: number) =>
    output.issues.filter((i) => i.tab === tab && i.row === row && i.column !== 'SKU').map((i) => i.column);

  it('reads a unit price only where the subtotal is blank, and reports it there', () => {
    const gross = rowsOf(output, 'Orders').map((l) => [l['Order ID'], l['Gross sales']]);
    expect(gross).toEqual([
      ['577385411623752068', 40],
      ['577385411623752069', 25],
    ]);
    expect(issuesAt('All orders', 2)).toEqual([]);
    expect(issuesAt('All orders', 4)).toEqual(['SKU Unit Original Price', 'Gross sales']);
  });

  it('never reads what only tells an affiliate export apart: its commission base and content type', () => {
    expect(output.detections.find((d) => d.tab === 'Affiliate orders')?.kind).toBe('affiliate');
    expect(rowsOf(output, 'Orders')[0].Handle).toBe('jane.doe');
    expect(issuesAt('Affiliate orders', 2)).toEqual([]);
  });
});

describe('an order whose lines are in two exports', () => {
  it('keeps every line, a line only the affiliate export has taking the next number free', () => {
    const output = run({
      'All orders': [
        [...ORDER_COLUMNS],
        ['577385411623752068\t', '1729384756102938476\t', 'GT-BRM-50', '1', '20', 'Completed'],
      ],
      'Affiliate orders': [
        ['Order ID', 'SKU ID', 'Creator Username', 'Payment Amount', 'Est. standard commission payment', 'Currency'],
        // Numbered within this export by SKU ID, the line the order export lacks is line 1 here too.
        ['577385411623752068', '1729384756102938475', 'jane.doe', '40', '4', 'USD'],
        ['577385411623752068', '1729384756102938476', 'jane.doe', '20', '2', 'USD'],
      ],
    });
    const lines = rowsOf(output, 'Orders').map((l) => [l.Line, l['Gross sales'], l.Commission]);
    expect(lines).toEqual([
      [1, 20, 2],
      [2, 40, 4],
    ]);
  });
});
