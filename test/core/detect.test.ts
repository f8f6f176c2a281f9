import { fieldForHeader, normalizeHeader } from '../../src/core/aliases';
import { applySavedMapping, detectTab, mapHeaders } from '../../src/core/detect';

const AFFILIATE_HEADERS = [
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
];
const ORDER_EXPORT_HEADERS = [
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
];

describe('header aliases', () => {
  it('normalizes punctuation, case and symbols', () => {
    expect(normalizeHeader(' Tracking # ')).toBe(normalizeHeader('tracking number'));
    expect(normalizeHeader('Commission %')).toBe(normalizeHeader('commission pct'));
    expect(normalizeHeader('Niche / Category')).toBe('nichecategory');
  });

  it('reads the same word by the kind of tab', () => {
    expect(fieldForHeader('creators', 'Commission')).toBe('Commission %');
    expect(fieldForHeader('orders', 'Commission')).toBe('Commission');
    expect(fieldForHeader('samples', 'Tracking #')).toBe('Tracking');
    expect(fieldForHeader('orders', 'Unknown column')).toBeUndefined();
  });
});

describe('detectTab', () => {
  it('recognises a raw affiliate-orders export and maps its Seller Center headers', () => {
    const found = detectTab('Affiliate orders', [AFFILIATE_HEADERS]);
    expect(found.kind).toBe('affiliate');
    expect(found.mapping).toMatchObject({
      'Order ID': 0,
      'SKU ID': 1,
      Handle: 4,
      'Gross sales': 6,
      Date: 8,
      'Commission %': 9,
      Commission: 13,
      'Estimated commission': 11,
      'Fully refunded': 14,
    });
  });

  it('recognises an "All orders" export whatever the tab is called', () => {
    const found = detectTab('Sheet7', [ORDER_EXPORT_HEADERS]);
    expect(found.kind).toBe('orders');
    expect(found.mapping).toMatchObject({
      'Order ID': 0,
      Status: 1,
      'SKU ID': 2,
      SKU: 3,
      'Gross sales': 7,
      'Seller discount': 8,
      Refund: 10,
      Date: 11,
    });
  });

  it('tells an outreach list from a sample log by their columns', () => {
    const outreach = detectTab('Sheet1', [
      ['TikTok Handle', 'Creator Name', 'Email Address', 'Followers', 'Status', 'Discount Code'],
    ]);
    expect(outreach.kind).toBe('creators');
    const samples = detectTab('Sheet2', [
      ['Creator', 'Product SKU', 'Qty', 'Ship date', 'Tracking #', 'Video due', 'Posted on'],
    ]);
    expect(samples.kind).toBe('samples');
    expect(samples.mapping).toMatchObject({ Handle: 0, SKU: 1, Units: 2, Shipped: 3, Tracking: 4, Due: 5, Posted: 6 });
  });

  it('finds the header row below a title row', () => {
    const found = detectTab('COGS', [
      ['Product costs 2026', '', ''],
      ['', '', ''],
      ['SKU', 'Product name', 'Unit cost'],
    ]);
    expect(found).toMatchObject({ kind: 'products', headerRow: 2 });
  });

  it('finds an unlabelled handle column by its values', () => {
    const found = detectTab('Creators we like', [
      ['Who', 'Email', 'Followers'],
      ['@jane.doe', 'jane@example.com', '12K'],
      ['https://www.tiktok.com/@bob?lang=en', 'bob@example.com', '3K'],
    ]);
    expect(found.kind).toBe('creators');
    expect(found.mapping.Handle).toBe(0);
  });

  it('leaves unrelated tabs alone, and reads a tab by what it holds whatever its name', () => {
    expect(detectTab('Q4 content calendar', [['Week', 'Theme', 'Hook ideas']]).kind).toBeNull();
    // The add-on's own tabs are known by marker and never reach detection; a seller's `Creators` does.
    expect(detectTab('Creators', [['Handle', 'Name', 'Email']]).kind).toBe('creators');
    expect(detectTab('Empty', []).kind).toBeNull();
  });

  it('maps the first column that names a field and ignores a second', () => {
    expect(mapHeaders('creators', ['Email', 'Handle', 'E-mail'])).toEqual({ Email: 0, Handle: 1 });
  });
});

describe('applySavedMapping', () => {
  const saved = {
    kind: 'orders' as const,
    headerRow: 0,
    columns: { 'Order ID': 'Order ID', SKU: 'SKU', 'Gross sales': 'Gross sales' },
  };
  const tab = (headers: string[]) => [headers, headers.map((_, i) => (i === 0 ? '1001' : 'x'))];

  it('maps a column added since the mapping was saved, as detection does, to a field it lacks', () => {
    const headers = ['Order ID', 'SKU', 'Units', 'Gross sales'];
    const applied = applySavedMapping('My orders', tab([...headers, 'Creator', 'Order number']), { ...saved, headers });
    // Units was there when the operator saved the mapping without it: it stays unused.
    expect(applied?.mapping).toEqual({ 'Order ID': 0, SKU: 1, 'Gross sales': 3, Handle: 4 });
  });

  it('leaves every other column unmapped in a mapping saved without its headers', () => {
    const applied = applySavedMapping('My orders', tab(['Order ID', 'SKU', 'Gross sales', 'Creator']), saved);
    expect(applied?.mapping).toEqual({ 'Order ID': 0, SKU: 1, 'Gross sales': 2 });
  });

  it('is no longer used once a header it names is gone', () => {
    const headers = ['Order ID', 'SKU', 'Gross sales'];
    expect(applySavedMapping('My orders', tab(['Order ID', 'Seller SKU', 'Gross sales']), { ...saved, headers })).toBe(
      undefined,
    );
  });
});
