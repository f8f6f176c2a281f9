/**
 * IDs a spreadsheet already rounded, through the built add-on: a US "All order" export with 2,000
 * damaged lines among clean ones once gave 4,006 Import issues; it must give one per damaged
 * column, import every clean line, and never import a line under a made-up ID.
 */
import { addOn } from '../../scripts/addOn';
import { createRuntime } from '../../scripts/runtime';
import { sheetFromValues } from '../../scripts/runtime/workbook';
import { importCsvAsText } from '../fixtures/sellerCenter/csv';
import { damageIds, damagedId } from '../fixtures/sellerCenter/damage';
import { generateSellerCenterFiles } from '../fixtures/sellerCenter/generate';
import { tabRecords as records } from './tabRecords';

const NOW = new Date('2026-06-05T18:00:00Z');
const REIMPORT =
  'File → Import, upload the file from Seller Center and uncheck "Convert text to numbers, dates and formulas"';

describe('an "All order" export with 2,000 damaged IDs among clean lines', () => {
  const files = generateSellerCenterFiles({ orders: { US: 2000, UK: 0 } });
  const exportTab = importCsvAsText('All order', files.orderCsv.US);
  const header = exportTab.rows[0].map((cell) => String(cell.value));
  const column = (name: string) => header.findIndex((h) => h.replace(/^\ufeff/, '') === name);
  const dataRows = exportTab.rows.length - 1;
  // Three damaged rows in every four, from row 2, until there are 2,000 of them.
  const damagedRows = Array.from({ length: dataRows }, (_, i) => i + 2)
    .filter((row) => row % 4 !== 1)
    .slice(0, 2000);
  expect(damagedRows).toHaveLength(2000);
  const cleanRows = Array.from({ length: dataRows }, (_, i) => i + 2).filter((row) => !damagedRows.includes(row));
  const cell = (row: number, name: string) => String(exportTab.rows[row - 1][column(name)].value).trim();
  const cleanLines = cleanRows.map((row) => ({
    orderId: cell(row, 'Order ID'),
    unitPrice: cell(row, 'SKU Unit Original Price'),
  }));
  const realIds = new Set(Array.from({ length: dataRows }, (_, i) => cell(i + 2, 'Order ID')));
  const firstDamagedOrderId = cell(damagedRows[0], 'Order ID');
  // A clean line whose tracking number alone was damaged keeps its place. A free sample order's
  // tracking number is read (its Sample shows it), as blank; a sale keeps no shipment, so its
  // tracking number is not read at all.
  const tracked = cleanRows.filter((row) => cell(row, 'Tracking ID') !== '');
  const isFreeSample = (row: number) => Number(cell(row, 'SKU Unit Original Price')) === 0;
  const trackingOnly = tracked.filter((row) => !isFreeSample(row)).slice(0, 7);
  const sampleTrackingOnly = tracked.filter(isFreeSample).slice(0, 4);
  expect(sampleTrackingOnly).toHaveLength(4);
  damageIds(exportTab, damagedRows, ['Order ID', 'SKU ID', 'Package ID', 'Tracking ID']);
  damageIds(exportTab, [...trackingOnly, ...sampleTrackingOnly], ['Tracking ID'], ['number']);

  const runtime = createRuntime({
    workbook: { timeZone: 'America/Los_Angeles', sheets: [exportTab, structuredClone(files.productsSheet)] },
    now: NOW,
  });
  addOn(runtime).runOrganize();
  const issues = records(runtime, 'Import issues');
  const orders = records(runtime, 'Orders');

  it('gives one Import issue per damaged column, with the count, the first rows and how to re-import', () => {
    expect(issues.map((i) => [i.Column, i.Row])).toEqual([
      ['Order ID', damagedRows[0]],
      ['SKU ID', damagedRows[0]],
      ['Tracking ID', sampleTrackingOnly[0]],
    ]);
    const [orderId, , tracking] = issues.map((i) => String(i.Problem));
    expect(orderId).toContain('2,000 Order ID cells');
    expect(orderId).toContain(`rows ${damagedRows.slice(0, 5).join(', ')} and 1,995 more`);
    expect(orderId).toContain('not imported');
    expect(orderId).toContain(REIMPORT);
    expect(tracking).toContain('4 Tracking ID cells');
    expect(tracking).toContain('read as blank');
  });

  it('shows the damaged ID as the digits the cell held, as text', () => {
    expect(typeof damagedId(firstDamagedOrderId, 'number')).toBe('number');
    // A number cell holds 15 significant digits: the ID rounded there, then zeros.
    const id = firstDamagedOrderId;
    const fifteen = String(Math.round(Number(`${id.slice(0, 15)}.${id.slice(15)}`)));
    expect(issues[0].Value).toBe(fifteen + '0'.repeat(id.length - 15));
  });

  it('imports every clean line, and none under a made-up ID', () => {
    const expectedIds = cleanLines.filter((l) => Number(l.unitPrice) > 0).map((l) => l.orderId);
    expect(new Set(orders.map((o) => o['Order ID']))).toEqual(new Set(expectedIds));
    for (const order of orders) expect(realIds.has(String(order['Order ID']))).toBe(true);
    const tracked = orders.filter((o) => trackingOnly.some((row) => cell(row, 'Order ID') === o['Order ID']));
    expect(tracked.length).toBeGreaterThanOrEqual(trackingOnly.length);
  });
});

it('writes IDs in Import issues as their exact digits: two IDs never show as the same text', () => {
  // Two listings without a Seller SKU and no product costs: each SKU ID is named as uncosted.
  const skuIds = ['1729384756102938475', '1729384756102938476'];
  const tab = sheetFromValues('Orders export', [
    ['Order ID', 'SKU ID', 'Seller SKU', 'Quantity', 'SKU Subtotal Before Discount', 'Order Status'],
    ['577385411623752068\t', `${skuIds[0]}\t`, '', '1', '20', 'Completed'],
    ['577385411623752069\t', `${skuIds[1]}\t`, '', '1', '20', 'Completed'],
  ]);
  const runtime = createRuntime({ workbook: { timeZone: 'America/Los_Angeles', sheets: [tab] }, now: NOW });
  addOn(runtime).runOrganize();
  const values = records(runtime, 'Import issues')
    .filter((i) => i.Column === 'SKU')
    .map((i) => i.Value);
  expect(values).toEqual(skuIds);
});
