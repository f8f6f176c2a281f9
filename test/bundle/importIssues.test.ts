/**
 * What Organize writes from the seller's text, through the built add-on: Import issues show each
 * value as its source cell held it, and text longer than a cell holds is cut, not a failed run.
 */
import { createRuntime } from '../../scripts/runtime';
import { insertColumns } from '../../scripts/runtime/sheetEdits';
import type { SheetModel, WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { addOn, ownedTabOf } from '../../scripts/addOn';
import { tabRecords } from './tabRecords';

const NOW = new Date('2026-11-23T18:00:00Z');
const CELL_LIMIT = 50_000;

const issues = (rt: ReturnType<typeof createRuntime>) => tabRecords(rt, 'Import issues');

describe('Import issues', () => {
  it('shows each unreadable value exactly as the source cell held it, as text', () => {
    const workbook: WorkbookModel = {
      timeZone: 'UTC',
      sheets: [
        sheetFromValues('Creator list', [
          ['Handle', 'Email', 'Followers'],
          ['@ana', 'ana@example.com', '1,234.5'],
          ['@bo', 'bo@example.com', '03/04/2026'],
        ]),
        sheetFromValues('Order export', [
          ['Order ID', 'SKU', 'Units', 'Gross sales'],
          ['5.76837E+17', 'SKU-1', 1, 20],
          [576837000000000000, 'SKU-1', 1, 20],
          ['576837000000000123', 'SKU-1', '1.5', 20],
        ]),
      ],
    };
    const rt = createRuntime({ workbook, now: NOW });
    addOn(rt).runOrganize();
    const values = (column: string) =>
      issues(rt)
        .filter((issue) => issue.Column === column)
        .map((i) => i.Value);
    expect(values('Followers')).toEqual(['1,234.5', '03/04/2026']);
    // Damaged IDs make one issue per column, showing the first as the cell held it.
    expect(values('Order ID')).toEqual(['5.76837E+17']);
    expect(values('Units')).toEqual(['1.5']);
    expect(issues(rt).map((issue) => typeof issue.Row)).toEqual(issues(rt).map(() => 'number'));
  });

  it('cuts text longer than a cell holds (50,000 characters) with an ellipsis, in every tab it writes', () => {
    const longName = 'N'.repeat(CELL_LIMIT);
    const longNote = `=${'x'.repeat(CELL_LIMIT - 1)}`; // fits the source cell; written as text, it needs an apostrophe
    const longHandle = `@${'a'.repeat(CELL_LIMIT - 1)}`;
    const workbook: WorkbookModel = {
      timeZone: 'UTC',
      sheets: [
        sheetFromValues('Creator list', [
          ['Handle', 'Name', 'Email', 'Notes'],
          ['@jane.doe', longName, 'jane@example.com', longNote],
          [longHandle, 'Too long', 'long@example.com', ''],
        ]),
      ],
    };
    const rt = createRuntime({ workbook, now: NOW });
    addOn(rt).runOrganize();

    const [header, jane] = sheetNamed(rt.workbook, 'Creators').rows;
    const cell = (name: string) => jane[header.findIndex((h) => h.value === name)];
    expect(cell('Name').value).toBe(longName);
    expect(cell('Notes').formula).toBeUndefined();
    expect(cell('Notes').value).toBe(`${longNote.slice(0, CELL_LIMIT - 2)}…`);

    const handleIssue = issues(rt).find((issue) => issue.Column === 'Handle')!;
    expect(handleIssue.Value).toBe(`${longHandle.slice(0, CELL_LIMIT - 2)}…`);
    expect(String(handleIssue.Problem)).toMatch(/^'@a+…$/);
    for (const sheet of rt.workbook.sheets)
      for (const row of sheet.rows)
        for (const { value } of row) expect(String(value).length).toBeLessThanOrEqual(CELL_LIMIT);
  });
});

describe("Import issues beside the operator's own columns", () => {
  function organizedWithIssues() {
    const orders = sheetFromValues('My orders', [
      ['Order ID', 'SKU', 'Units', 'Gross sales', 'Date'],
      ['2001', 'GLOW-1', 1, 'abc', '2026-07-01'],
      ['2002', 'GLOW-1', 'x', 40, '2026-07-02'],
      ['2003', 'GLOW-1', 2, 40, '2026-13-02'],
    ]);
    const costs = sheetFromValues('COGS', [
      ['SKU', 'Unit cost'],
      ['GLOW-1', 4.5],
    ]);
    const rt = createRuntime({ workbook: { timeZone: 'UTC', sheets: [orders, costs] }, now: NOW });
    addOn(rt).runOrganize();
    return { rt, orders, tab: ownedTabOf(rt.workbook, 'Import issues')! };
  }
  const problemsBy = (tab: SheetModel, column: string) => {
    const [header, ...rows] = valuesOf(tab);
    return rows.map((row) => [row[header.indexOf(column)], row[header.indexOf('Problem')]]);
  };

  it('leaves a column the operator inserted before them as they typed it', () => {
    const { rt, orders, tab } = organizedWithIssues();
    insertColumns(tab, 1);
    tab.rows.forEach((row, r) => (row[0] = { value: r === 0 ? 'Owner' : `Jo ${r}` }));
    orders.rows[1][3] = { value: 20 };
    addOn(rt).runOrganize();
    expect(valuesOf(tab)[0]).toEqual(['Owner', 'Tab', 'Row', 'Column', 'Value', 'Problem']);
    expect(problemsBy(tab, 'Owner').map(([owner]) => owner)).toEqual(['Jo 1', 'Jo 2', 'Jo 3']);
    // Every row holds an Owner: the fixed one stays beside it, marked resolved.
    expect(problemsBy(tab, 'Column').map(([column]) => column)).toEqual(['Gross sales', 'Units', 'Date']);
    expect(problemsBy(tab, 'Owner')[0][1]).toMatch(/^Resolved: 'abc' is not an amount/);
  });

  it('keeps a note beside its issue as others are fixed, and a fixed issue with a note, marked resolved', () => {
    // A fixed issue without a note is gone; the row it held stays blank while a note below is pinned.
    const { rt, orders, tab } = organizedWithIssues();
    const [header] = valuesOf(tab);
    tab.rows[0][header.length] = { value: 'Fixed?' };
    tab.rows[1][header.length] = { value: 'asked the warehouse' };
    tab.rows[3][header.length] = { value: 'checking with Jo' };
    orders.rows[1][3] = { value: 20 };
    orders.rows[2][2] = { value: 1 };
    addOn(rt).runOrganize();
    expect(problemsBy(tab, 'Fixed?')).toEqual([
      ['asked the warehouse', expect.stringMatching(/^Resolved: 'abc' is not an amount/)],
      ['', ''],
      ['checking with Jo', "'2026-13-02' is not a real date: check the day and the month"],
    ]);
  });
});
