/**
 * Two payments alike in every key column of Costs (one creator, one day, one type and amount) are
 * two costs: both are written, kept from run to run, and each found again after the operator sorts
 * the tab; the one whose source row goes is named in Import issues, never merged into the other.
 */
import { addOn, ownedTabOf } from '../../scripts/addOn';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import { sortRows } from '../../scripts/runtime/sheetEdits';
import { sheetFromValues, sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { recordsOf } from './tabRecords';

const NOW = new Date('2026-07-10T18:00:00Z');
const PAYMENTS = 'Creator payments';

const costs = (runtime: Runtime) => recordsOf(ownedTabOf(runtime.workbook, 'Costs')!);

function organized(): Runtime {
  const payments = sheetFromValues(PAYMENTS, [
    ['Date', 'Creator', 'Type', 'Amount', 'Currency', 'Notes'],
    ['2026-07-01', '@jane', 'Flat fee', 250, 'USD', 'video 1'],
    ['2026-07-01', '@jane', 'Flat fee', 250, 'USD', 'video 2'],
    ['2026-07-02', '@jane', 'Bonus', 50, 'USD', ''],
  ]);
  const runtime = createRuntime({ workbook: { timeZone: 'America/Los_Angeles', sheets: [payments] }, now: NOW });
  addOn(runtime).runOrganize();
  return runtime;
}

describe('two equal payments', () => {
  it('are two rows of Costs, and a re-run writes nothing', () => {
    const runtime = organized();
    expect(costs(runtime).map((c) => [c.Amount, c.Notes])).toEqual([
      [250, 'video 1'],
      [250, 'video 2'],
      [50, ''],
    ]);
    runtime.resetCalls();
    addOn(runtime).runOrganize();
    expect(
      runtime.writes.filter((w) => w.kind === 'values' && w.sheet === ownedTabOf(runtime.workbook, 'Costs')!.name),
    ).toEqual([]);
  });

  it('stay two rows after the operator sorts Costs, and one is named once its source row goes', () => {
    const runtime = organized();
    const tab = ownedTabOf(runtime.workbook, 'Costs')!;
    const notes = valuesOf(tab)[0].indexOf('Notes');
    sortRows(tab, notes, { ascending: false, headerRows: 1 });
    addOn(runtime).runOrganize();
    expect(costs(runtime).filter((c) => c.Amount === 250)).toHaveLength(2);

    const payments = sheetNamed(runtime.workbook, PAYMENTS);
    payments.rows.splice(2, 1);
    addOn(runtime).runOrganize();
    const [header, ...issues] = valuesOf(ownedTabOf(runtime.workbook, 'Import issues')!);
    const gone = issues.filter((row) => row[header.indexOf('Tab')] === 'Costs');
    expect(gone.map((row) => String(row[header.indexOf('Problem')]))).toEqual([
      expect.stringContaining('the source row of this record is gone') as unknown,
    ]);
    expect(costs(runtime).filter((c) => c.Amount === 250)).toHaveLength(2);
  });
});
