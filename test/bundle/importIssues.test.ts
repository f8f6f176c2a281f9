/**
 * What Organize writes from the seller's text, through the built add-on: Import issues show each
 * value as its source cell held it, and text longer than a cell holds is cut, not a failed run.
 */
import { createRuntime } from '../../scripts/runtime';
import type { WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetFromValues, sheetNamed } from '../../scripts/runtime/workbook';
import { addOn } from '../../scripts/addOn';
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
