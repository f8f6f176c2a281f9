/**
 * The Creators tab through the built add-on: one country code per region, one spelling per owner,
 * niche and brand, and one creator across a change of TikTok username.
 */
import { generateDemoWorkbook } from '../../scripts/demo/generate';
import { OUTREACH_TAB } from '../../scripts/demo/tabs/outreach';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { CellValue, WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { addOn } from '../../scripts/addOn';
import { CREATORS, headersOf } from '../../src/core/schema';
import { tabRecords as records } from './tabRecords';

const NOW = new Date('2026-11-23T18:00:00Z');

const column = (rt: Runtime, tab: string, header: string): CellValue[] => records(rt, tab).map((r) => r[header]);
const distinct = (values: readonly CellValue[]): CellValue[] => [...new Set(values)].sort();

describe('Region', () => {
  it('is one country code per country on the demo workbook, whatever the outreach list wrote', () => {
    const { workbook } = generateDemoWorkbook({ creators: 80, samples: 40, orderLines: 200 });
    const [header, ...rows] = valuesOf(sheetNamed(workbook, OUTREACH_TAB));
    const written = distinct(rows.map((row) => row[header.indexOf('Country')]).filter((c) => c !== ''));
    expect(written.length).toBeGreaterThanOrEqual(5); // US, USA, United States, us, UK, United Kingdom, GB
    const rt = createRuntime({ workbook, now: NOW });
    addOn(rt).runOrganize();
    expect(distinct(column(rt, 'Creators', 'Region')).filter((r) => r !== '')).toEqual(['UK', 'US']);
  });

  it('keeps a region it does not know as typed, in one spelling, and flags it once', () => {
    const rt = createRuntime({
      workbook: {
        timeZone: 'UTC',
        sheets: [
          sheetFromValues('Creator list', [
            ['Handle', 'Email', 'Country'],
            ['@ana', 'ana@example.com', 'Narnia'],
            ['@bo', 'bo@example.com', 'narnia '],
            ['@cy', 'cy@example.com', 'Scotland'],
            ['@di', 'di@example.com', 'U.S.'],
          ]),
        ],
      },
      now: NOW,
    });
    addOn(rt).runOrganize();
    expect(column(rt, 'Creators', 'Region')).toEqual(['Narnia', 'Narnia', 'UK', 'US']);
    const flagged = records(rt, 'Import issues').filter((issue) => issue.Column === 'Country');
    expect(flagged).toHaveLength(1);
    expect(flagged[0]).toMatchObject({ Tab: 'Creator list', Row: 2, Value: 'Narnia' });
    expect(String(flagged[0].Problem)).toMatch(/kept as written/);
  });
});

describe('Owner, Niche and Brand', () => {
  it('have one spelling per value across all rows and tabs: the first seen', () => {
    const rt = createRuntime({
      workbook: {
        timeZone: 'UTC',
        sheets: [
          sheetFromValues('Creator list', [
            ['Handle', 'Email', 'Owner', 'Niche', 'Brand'],
            ['@ana', 'ana@example.com', 'Tom', 'Skin care', 'Glow Lab'],
            ['@bo', 'bo@example.com', 'tom ', 'skin  care', 'glow lab'],
            ['@cy', 'cy@example.com', 'TOM', 'SkinCare', 'GLOW LAB, Paw Co'],
            ['@ana', 'ana@example.com', 'Tom', 'Skin care', 'glowlab'],
          ]),
          sheetFromValues('Product costs', [
            ['SKU', 'Unit cost', 'Brand'],
            ['GL-1', 4, 'Glow  lab'],
            ['PC-1', 3, 'paw co'],
          ]),
        ],
      },
      now: NOW,
    });
    addOn(rt).runOrganize();
    expect(column(rt, 'Creators', 'Owner')).toEqual(['Tom', 'Tom', 'Tom']);
    expect(column(rt, 'Creators', 'Niche')).toEqual(['Skin care', 'Skin care', 'Skin care']);
    expect(column(rt, 'Creators', 'Brand')).toEqual(['Glow Lab', 'Glow Lab', 'Glow Lab, Paw Co']);
    expect(column(rt, 'Products', 'Brand')).toEqual(['Glow Lab', 'Paw Co']);
  });

  it('have one spelling per owner on the demo workbook, whose operators typed `tom `', () => {
    const { workbook } = generateDemoWorkbook({ creators: 80, samples: 40, orderLines: 200 });
    const rt = createRuntime({ workbook, now: NOW });
    addOn(rt).runOrganize();
    const owners = distinct(column(rt, 'Creators', 'Owner')).filter((o) => o !== '');
    expect(new Set(owners.map((o) => String(o).toLowerCase())).size).toBe(owners.length);
  });
});

/** The creators PROFIT_BY_CREATOR lists over the managed tabs, and the Total row's net profit. */
function profitByCreator(rt: Runtime): { creators: CellValue[]; total: CellValue } {
  const tab = (name: string) => valuesOf(sheetNamed(rt.workbook, name));
  const [header, ...rows] = addOn(rt).PROFIT_BY_CREATOR(
    tab('Orders'),
    tab('Samples'),
    tab('Products'),
    tab('Costs'),
    '',
    '',
    tab('Settings'),
  );
  const total = rows.find((row) => row[0] === 'Total')!;
  return {
    creators: rows.map((row) => row[0]).filter((creator) => creator !== 'Total'),
    total: total[header.indexOf('Net profit')],
  };
}

/** A seller whose creator jane.doe renamed herself jane.creates: her history is under the old handle. */
function renamedCreatorWorkbook(outreach: CellValue[][]): WorkbookModel {
  return {
    timeZone: 'UTC',
    sheets: [
      sheetFromValues('Creator list', outreach),
      sheetFromValues('Sample log', [
        ['Sample ID', 'Handle', 'SKU', 'Units', 'Shipped'],
        ['S-1', '@jane.doe', 'GL-1', 1, '2026-10-01'],
        ['S-2', 'https://www.tiktok.com/@jane.creates', 'GL-1', 1, '2026-11-01'],
      ]),
      sheetFromValues('Order export', [
        ['Order ID', 'SKU', 'Units', 'Gross sales', 'Handle', 'Currency'],
        ['576837000000000001', 'GL-1', 1, 30, 'jane.doe', 'USD'],
        ['576837000000000002', 'GL-1', 2, 60, 'jane.creates', 'USD'],
      ]),
      sheetFromValues('Creator payments', [
        ['Date', 'Handle', 'Type', 'Amount'],
        ['2026-10-15', '@Jane.Doe', 'flat fee', 50],
      ]),
      sheetFromValues('Product costs', [
        ['SKU', 'Unit cost'],
        ['GL-1', 5],
      ]),
    ],
  };
}

describe('one creator across a change of TikTok username', () => {
  it('follows an earlier handle given in a source list (Previous handle) into Samples, Orders, Costs and the formulas', () => {
    const rt = createRuntime({
      workbook: renamedCreatorWorkbook([
        ['Handle', 'Email', 'Previous handle'],
        ['@jane.creates', 'jane@example.com', '@jane.doe'],
      ]),
      now: NOW,
    });
    addOn(rt).runOrganize();
    expect(headersOf(CREATORS).slice(-4)).toEqual(['Source', 'Aliases', 'Last email', 'Mail status']);
    expect(records(rt, 'Creators')).toEqual([
      expect.objectContaining({
        Handle: 'jane.creates',
        'Profile URL': 'https://www.tiktok.com/@jane.creates',
        Aliases: 'jane.doe',
      }),
    ]);
    for (const tab of ['Samples', 'Orders', 'Costs'])
      expect(distinct(column(rt, tab, 'Handle'))).toEqual(['jane.creates']);
    expect(profitByCreator(rt).creators).toEqual(['jane.creates']);
  });

  it('learns the earlier handle the operator types into Aliases, keeps it, and moves the rows once', () => {
    const outreach = [
      ['Handle', 'Email'],
      ['@jane.doe', 'jane@example.com'],
      ['@jane.creates', 'Jane@Example.com'],
    ];
    const rt = createRuntime({ workbook: renamedCreatorWorkbook(outreach), now: NOW });
    addOn(rt).runOrganize();
    expect(column(rt, 'Creators', 'Handle')).toEqual(['jane.doe', 'jane.creates']);
    const netProfitBefore = profitByCreator(rt).total;
    const probable = records(rt, 'Import issues').filter((issue) => /probably one creator/.test(String(issue.Problem)));
    expect(probable).toHaveLength(1);
    expect(probable[0]).toMatchObject({ Tab: 'Creator list', Row: 3, Column: 'Email' });
    expect(String(probable[0].Problem)).toMatch(/Aliases cell .* on the Creators tab/);

    // The operator says jane.doe is jane.creates' earlier handle; the seller's list keeps both rows.
    const creators = sheetNamed(rt.workbook, 'Creators');
    const header = headersOf(CREATORS);
    creators.rows[2][header.indexOf('Aliases')] = { value: '@Jane.Doe' };
    addOn(rt).runOrganize();
    expect(column(rt, 'Creators', 'Handle')).toEqual(['jane.doe', 'jane.creates']);
    expect(column(rt, 'Creators', 'Aliases')).toEqual(['', '@Jane.Doe']);
    for (const tab of ['Samples', 'Orders', 'Costs'])
      expect(distinct(column(rt, tab, 'Handle'))).toEqual(['jane.creates']);
    expect(records(rt, 'Costs')).toHaveLength(1);
    expect(profitByCreator(rt)).toEqual({ creators: ['jane.creates'], total: netProfitBefore });
    const issues = records(rt, 'Import issues');
    expect(issues.filter((issue) => /probably one creator/.test(String(issue.Problem)))).toEqual([]);
    const oldRow = issues.find((issue) => issue.Tab === 'Creators' && issue.Row === 2);
    expect(oldRow?.Problem).toMatch(/^@jane.doe is now an earlier handle of @jane.creates \(Aliases\)/);

    const snapshot = ['Creators', 'Samples', 'Orders', 'Costs'].map((tab) => valuesOf(sheetNamed(rt.workbook, tab)));
    addOn(rt).runOrganize();
    expect(['Creators', 'Samples', 'Orders', 'Costs'].map((tab) => valuesOf(sheetNamed(rt.workbook, tab)))).toEqual(
      snapshot,
    );
  });

  it('says what to fix when a handle is given as the earlier handle of two creators', () => {
    const rt = createRuntime({
      workbook: renamedCreatorWorkbook([
        ['Handle', 'Email', 'Old username'],
        ['@jane.creates', 'jane@example.com', 'jane.doe'],
        ['@someone.else', 'else@example.com', 'jane.doe, @older.name'],
      ]),
      now: NOW,
    });
    addOn(rt).runOrganize();
    expect(column(rt, 'Creators', 'Aliases')).toEqual(['jane.doe', 'older.name']);
    const conflict = records(rt, 'Import issues').find((issue) => issue.Tab === 'Creator list' && issue.Row === 3);
    expect(conflict).toMatchObject({ Column: 'Aliases', Value: 'jane.doe' });
    expect(conflict?.Problem).toMatch(/^@jane.doe is already an earlier handle of @jane.creates; kept that/);
  });
});
