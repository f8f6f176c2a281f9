/**
 * Whose tab is whose, through the built add-on: the add-on writes only tabs and columns it created
 * and marked; a seller's tab under a contract name is a source, never a place to write.
 */
import { addOn } from '../../scripts/addOn';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { CellValue, SheetModel, WorkbookModel } from '../../scripts/runtime/workbook';
import { findSheet, sheetFromValues, sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { deleteColumns, insertColumns, moveColumns } from '../../scripts/runtime/sheetEdits';
import { ADDON_TAB_ROLES } from '../../src/core/schema';

const NOW = new Date('2026-03-20T18:00:00Z');

function runtimeOf(workbook: WorkbookModel): Runtime {
  return createRuntime({ workbook, now: NOW });
}

function column(sheet: SheetModel, header: string): CellValue[] {
  const values = valuesOf(sheet);
  const index = values[0].indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${sheet.name}`);
  return values.slice(1).map((row) => row[index]);
}

function rowWhere(sheet: SheetModel, header: string, value: CellValue): Record<string, CellValue> {
  const [headers, ...rows] = valuesOf(sheet);
  const row = rows.find((r) => r[headers.indexOf(header)] === value);
  if (!row) throw new Error(`no row with ${header} ${String(value)} in ${sheet.name}`);
  return Object.fromEntries(headers.map((h, i) => [String(h), row[i]]));
}

/** A seller's outreach list and sample log, under names of their own. */
function sellerSources(): SheetModel[] {
  return [
    sheetFromValues('Outreach', [
      ['Creator', 'Email', 'Niche'],
      ['@Jane.Doe', 'jane@example.com', 'beauty'],
      ['@omar.k', 'omar@example.com', 'fitness'],
    ]),
    sheetFromValues('Sample log', [
      ['Sample ID', 'Creator', 'SKU', 'Units', 'Shipped', 'Delivered', 'Posted'],
      ['00123', '@Jane.Doe', 'GLOW-1', 1, '2026-03-02', '2026-03-05', ''],
      ['2026-03', '@omar.k', 'GLOW-1', 1, '2026-03-03', '', ''],
    ]),
    sheetFromValues('Costs per SKU', [
      ['SKU', 'Product', 'Unit cost'],
      ['GLOW-1', 'Glow Serum', 4.5],
      ['1729384756102938475', 'Night Cream', 6],
    ]),
  ];
}

/** Tabs a seller made under every contract name, each holding something of their own. */
function sellerTabsNamedLikeOurs(): SheetModel[] {
  return ADDON_TAB_ROLES.map((role) =>
    sheetFromValues(role, [
      ['My notes about', role],
      ['keep this', `=1+1 is not a formula for ${role}`],
      [42, 'row three'],
    ]),
  );
}

describe("a seller's tabs named like the add-on's", () => {
  const own = sellerTabsNamedLikeOurs();
  const runtime = runtimeOf({ timeZone: 'UTC', sheets: [...sellerSources(), ...structuredClone(own)] });
  const summary = addOn(runtime).runOrganize();
  addOn(runtime).menuInsertProfitDashboard();
  addOn(runtime).runOrganize();

  it('are left cell for cell as they were, after Organize twice and the dashboard', () => {
    for (const tab of own) expect(valuesOf(sheetNamed(runtime.workbook, tab.name))).toEqual(valuesOf(tab));
  });

  it("get the add-on's tabs beside them under free names, and the run says so", () => {
    expect(findSheet(runtime.workbook, 'Creators (Creator Ops)')).toBeDefined();
    expect(column(sheetNamed(runtime.workbook, 'Creators (Creator Ops)'), 'Handle')).toEqual(['jane.doe', 'omar.k']);
    expect(column(sheetNamed(runtime.workbook, 'Samples (Creator Ops)'), 'Sample ID')).toEqual(['00123', '2026-03']);
    expect(summary.warnings.join('\n')).toContain('"Creators (Creator Ops)"');
    expect(summary.warnings.join('\n')).toContain('yours was not changed');
  });

  it('point the dashboard formulas at the tabs the add-on wrote', () => {
    const dashboard = sheetNamed(runtime.workbook, 'Profit (Creator Ops)');
    const formulas = dashboard.rows.flat().flatMap((cell) => (cell?.formula ? [cell.formula] : []));
    expect(formulas.some((f) => f.startsWith("=PROFIT_BY_CREATOR('Orders (Creator Ops)'!A:"))).toBe(true);
    expect(formulas.join(' ')).not.toMatch(/[(,] ?Orders!/);
  });
});

describe('managed tabs across runs', () => {
  it('a managed tab the operator renamed stays managed, and no second one appears', () => {
    const runtime = runtimeOf({ timeZone: 'UTC', sheets: sellerSources() });
    addOn(runtime).runOrganize();
    sheetNamed(runtime.workbook, 'Creators').name = 'Our creators';
    addOn(runtime).runOrganize();
    expect(findSheet(runtime.workbook, 'Creators')).toBeUndefined();
    expect(column(sheetNamed(runtime.workbook, 'Our creators'), 'Handle')).toEqual(['jane.doe', 'omar.k']);
  });

  it("keeps an operator's formula in a managed Notes cell a formula", () => {
    const runtime = runtimeOf({ timeZone: 'UTC', sheets: sellerSources() });
    addOn(runtime).runOrganize();
    const creators = sheetNamed(runtime.workbook, 'Creators');
    const notes = valuesOf(creators)[0].indexOf('Notes');
    creators.rows[1][notes] = { value: 2, formula: '=1+1' };
    addOn(runtime).runOrganize();
    expect(creators.rows[1][notes]?.formula).toBe('=1+1');
  });

  it('matches number-like keys as text, so a raised unit cost reaches Products', () => {
    const workbook: WorkbookModel = { timeZone: 'UTC', sheets: sellerSources() };
    const runtime = runtimeOf(workbook);
    addOn(runtime).runOrganize();
    const costs = sheetNamed(runtime.workbook, 'Costs per SKU');
    costs.rows[1][2] = { value: 5.25 };
    costs.rows[2][2] = { value: 7 };
    const summary = addOn(runtime).runOrganize();
    const products = sheetNamed(runtime.workbook, 'Products');
    expect(rowWhere(products, 'SKU', 'GLOW-1')['Unit cost']).toBe(5.25);
    expect(rowWhere(products, 'SKU', '1729384756102938475')['Unit cost']).toBe(7);
    expect(summary.tabs.find((t) => t.name === 'Products')?.editsKept).toBe(0);
    expect(column(sheetNamed(runtime.workbook, 'Samples'), 'Sample ID')).toEqual(['00123', '2026-03']);
    const state = sheetNamed(runtime.workbook, 'Creator Ops state');
    for (const key of column(state, 'Key')) expect(typeof key).toBe('string');
  });

  it('reads its memory of the sources wherever the columns of the state tab were moved', () => {
    const runtime = runtimeOf({ timeZone: 'UTC', sheets: sellerSources() });
    addOn(runtime).runOrganize();
    moveColumns(sheetNamed(runtime.workbook, 'Creator Ops state'), 1, 1, 4);
    const costs = sheetNamed(runtime.workbook, 'Costs per SKU');
    costs.rows[1][2] = { value: 5.25 };
    const summary = addOn(runtime).runOrganize();
    // A source change reaches Products: the cell still holds what the source said, as the state knows.
    expect(rowWhere(sheetNamed(runtime.workbook, 'Products'), 'SKU', 'GLOW-1')['Unit cost']).toBe(5.25);
    expect(summary.tabs.find((t) => t.name === 'Products')?.editsKept).toBe(0);
  });

  it('moves a derived Status on when a Posted date arrives later, and keeps a typed one', () => {
    const runtime = runtimeOf({ timeZone: 'UTC', sheets: sellerSources() });
    addOn(runtime).runOrganize();
    const samples = () => sheetNamed(runtime.workbook, 'Samples');
    expect(rowWhere(samples(), 'Sample ID', '00123').Status).toBe('delivered');
    sheetNamed(runtime.workbook, 'Sample log').rows[1][6] = { value: '2026-03-10' };
    addOn(runtime).runOrganize();
    expect(rowWhere(samples(), 'Sample ID', '00123').Status).toBe('posted');

    const status = valuesOf(samples())[0].indexOf('Status');
    const posted = valuesOf(samples())[0].indexOf('Posted');
    samples().rows[2][posted] = { value: new Date('2026-03-12T00:00:00Z') };
    addOn(runtime).runOrganize();
    expect(rowWhere(samples(), 'Sample ID', '2026-03').Status).toBe('posted');

    samples().rows[2][status] = { value: 'cancelled' };
    addOn(runtime).runOrganize();
    expect(rowWhere(samples(), 'Sample ID', '2026-03').Status).toBe('cancelled');
    samples().rows[2][status] = { value: '' };
    addOn(runtime).runOrganize();
    expect(rowWhere(samples(), 'Sample ID', '2026-03').Status).toBe('posted');
  });
});

describe("an operator's columns in a managed tab", () => {
  function organized() {
    const runtime = runtimeOf({ timeZone: 'UTC', sheets: sellerSources() });
    addOn(runtime).runOrganize();
    return runtime;
  }

  it('keeps a column inserted between runs, with its values, and no second Source header', () => {
    const runtime = organized();
    const samples = sheetNamed(runtime.workbook, 'Samples');
    insertColumns(samples, 3);
    samples.rows[0][2] = { value: 'My check' };
    samples.rows[1][2] = { value: 'called her' };
    samples.rows[2][2] = { value: '=not a formula' };
    sheetNamed(runtime.workbook, 'Sample log').rows[2][5] = { value: '2026-03-08' };
    addOn(runtime).runOrganize();
    const header = valuesOf(samples)[0];
    expect(header.filter((h) => h === 'Source')).toHaveLength(1);
    expect(column(samples, 'My check')).toEqual(['called her', '=not a formula']);
    expect(rowWhere(samples, 'Sample ID', '2026-03').Delivered).toEqual(new Date('2026-03-08T00:00:00Z'));
  });

  it('reads Settings by its headers after the operator inserted a column there, and adds no row twice', () => {
    const runtime = runtimeOf({
      timeZone: 'UTC',
      sheets: [
        ...sellerSources(),
        sheetFromValues('Order export', [
          ['Order ID', 'SKU', 'Units', 'Gross sales', 'Currency', 'Creator'],
          ['1001', 'GLOW-1', 1, 100, 'USD', '@jane.doe'],
        ]),
      ],
    });
    addOn(runtime).runOrganize();
    const settings = sheetNamed(runtime.workbook, 'Settings');
    insertColumns(settings, 1);
    settings.rows.forEach((row, r) => (row[0] = { value: r === 0 ? 'Owner' : 'finance' }));
    const feeRow = settings.rows.findIndex((row) => row[1]?.value === 'Platform fee % US');
    settings.rows[feeRow][2] = { value: 0.1 };
    const height = settings.rows.length;
    addOn(runtime).runOrganize();
    addOn(runtime).setFollowUpsOn({ on: true });
    expect(rowWhere(sheetNamed(runtime.workbook, 'Orders'), 'Order ID', '1001')['Platform fee']).toBe(10);
    expect(settings.rows.length).toBe(height);
    expect(column(settings, 'Owner').every((owner) => owner === 'finance')).toBe(true);
  });

  it('finds its columns after the operator moved them, and keeps a column appended after them', () => {
    const runtime = organized();
    const creators = sheetNamed(runtime.workbook, 'Creators');
    const width = valuesOf(creators)[0].length;
    moveColumns(creators, 3, 1, 1);
    creators.rows[0][width] = { value: 'Rate card' };
    creators.rows[1][width] = { value: 250 };
    sheetNamed(runtime.workbook, 'Outreach').rows[1][1] = { value: 'jane.new@example.com' };
    addOn(runtime).runOrganize();
    expect(valuesOf(creators)[0][0]).toBe('Email');
    expect(column(creators, 'Email')).toEqual(['jane.new@example.com', 'omar@example.com']);
    expect(column(creators, 'Rate card')).toEqual([250, '']);
    expect(valuesOf(creators)[0].filter((h) => h === 'Handle')).toHaveLength(1);
  });

  it('adds a new contract column after the operator’s own ones on a tab from the first release', () => {
    const runtime = organized();
    const creators = sheetNamed(runtime.workbook, 'Creators');
    const aliases = valuesOf(creators)[0].indexOf('Aliases');
    // The first release had no markers and no Aliases column; an operator column sat right after Source.
    deleteColumns(creators, aliases + 1);
    creators.rows[0][aliases] = { value: 'My column' };
    creators.rows[1][aliases] = { value: 'mine' };
    creators.developerMetadata = [];
    for (const tab of runtime.workbook.sheets) tab.developerMetadata = [];
    addOn(runtime).runOrganize();
    expect(column(creators, 'My column')).toEqual(['mine', '']);
    expect(valuesOf(creators)[0].indexOf('Aliases')).toBeGreaterThan(aliases);
  });
});
