/**
 * A record the add-on writes again although its tab held it (the operator deleted its row, or
 * changed the row's key cell, which makes it another record) is named in Import issues, once.
 */
import { addOn, ownedTabOf } from '../../scripts/addOn';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { CellValue } from '../../scripts/runtime/workbook';
import { sheetFromValues, valuesOf } from '../../scripts/runtime/workbook';
import { recordsOf } from './tabRecords';

const NOW = new Date('2026-07-10T18:00:00Z');

function organized(tab: string, values: CellValue[][]): Runtime {
  const workbook = { timeZone: 'America/Los_Angeles', sheets: [sheetFromValues(tab, values)] };
  const runtime = createRuntime({ workbook, now: NOW });
  addOn(runtime).runOrganize();
  return runtime;
}

const issuesOf = (runtime: Runtime, tab: string) =>
  recordsOf(ownedTabOf(runtime.workbook, 'Import issues')!)
    .filter((issue) => issue.Tab === tab)
    .map((issue) => [issue.Row, issue.Column, issue.Value, issue.Problem]);

describe('a record written again', () => {
  it('after its key cell was changed by hand is named on its new row, pointing at the edited one, once', () => {
    const runtime = organized('Creator outreach', [
      ['TikTok Handle', 'Creator Name', 'Email Address'],
      ['@jane.doe', 'Jane', 'jane@example.com'],
      ['@bo.b', 'Bo', 'bo@example.com'],
    ]);
    const creators = ownedTabOf(runtime.workbook, 'Creators')!;
    creators.rows[1][valuesOf(creators)[0].indexOf('Handle')] = { value: 'janedoe' };
    addOn(runtime).runOrganize();
    expect(recordsOf(creators).map((c) => c.Handle)).toEqual(['janedoe', 'bo.b', 'jane.doe']);
    expect(issuesOf(runtime, 'Creators')).toEqual([
      [
        4,
        'Handle',
        'jane.doe',
        'written again: row 2 held this record until its Handle was changed by hand, which makes it another record. Put it back there and delete this row, or delete that one. A creator whose handle changed keeps one row: type the earlier handle in its Aliases.',
      ],
    ]);
    addOn(runtime).runOrganize();
    expect(issuesOf(runtime, 'Creators')).toEqual([]);
  });

  it('after its row was deleted is named with the source row that still has it', () => {
    const runtime = organized('My orders', [
      ['Order ID', 'SKU', 'Units', 'Gross sales'],
      ['1001', 'GLOW-1', 1, 20],
      ['1002', 'GLOW-2', 1, 15],
    ]);
    const orders = ownedTabOf(runtime.workbook, 'Orders')!;
    orders.rows.splice(1, 1);
    addOn(runtime).runOrganize();
    expect(recordsOf(orders).map((o) => o['Order ID'])).toEqual(['1002', '1001']);
    expect(issuesOf(runtime, 'Orders').filter(([, column]) => column === 'Source')).toEqual([
      [
        3,
        'Source',
        'My orders!2',
        'written again: its row here was deleted, but its source row is still there. To drop it, delete it in the source (My orders!2).',
      ],
    ]);
  });

  it('when many rows were deleted (a tab cleared) is one issue with the count and the first rows', () => {
    const lines = Array.from({ length: 6 }, (_, i) => [`${1001 + i}`, 'GLOW-1', 1, 20]);
    const runtime = organized('My orders', [['Order ID', 'SKU', 'Units', 'Gross sales'], ...lines]);
    const orders = ownedTabOf(runtime.workbook, 'Orders')!;
    orders.rows.splice(1);
    addOn(runtime).runOrganize();
    expect(recordsOf(orders)).toHaveLength(6);
    expect(issuesOf(runtime, 'Orders').filter(([, column]) => column === 'Source')).toEqual([
      [
        2,
        'Source',
        'My orders!2',
        'written again: 6 records whose rows here were deleted (now rows 2, 3, 4, 5, 6 and 1 more), but whose source rows are still there. To drop one, delete it in the source.',
      ],
    ]);
  });
});
