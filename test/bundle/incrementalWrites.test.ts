/**
 * Organize writes only what changed, proven on the runtime's write log: a re-run with nothing new
 * writes no cell, appended order lines are one appended block, and a scattered edit rewrites only
 * the rows it affects. And it reads each tab once (the read log): in a real spreadsheet a read
 * costs by the cell, as a write does.
 */
import { appendOrderLines, editScatteredQuantities, US_ORDERS_TAB } from '../../scripts/bench/sourceEdits';
import { generateDemoWorkbook } from '../../scripts/demo/generate';
import type { ReadRecord, Runtime, WriteRecord } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { SheetModel } from '../../scripts/runtime/workbook';
import { valuesOf } from '../../scripts/runtime/workbook';
import { addOn, ownedTabOf } from '../../scripts/addOn';
import type { AddonTabRole } from '../../src/core/schema';
import { IMPORT_ISSUES_TAB, MANAGED_TABS, ORDERS, STATE_TAB } from '../../src/core/schema';

const NOW = new Date('2026-11-23T18:00:00Z');
const OWN_TABS: AddonTabRole[] = [...MANAGED_TABS.map((t) => t.name), IMPORT_ISSUES_TAB, STATE_TAB];

function organized(): Runtime {
  const { workbook } = generateDemoWorkbook({ creators: 60, samples: 120, orderLines: 1_200, seed: 3 });
  const runtime = createRuntime({ workbook, now: NOW });
  addOn(runtime).runOrganize();
  return runtime;
}

function organizeLogged(runtime: Runtime): WriteRecord[] {
  runtime.resetCalls();
  addOn(runtime).runOrganize();
  return runtime.writes.slice();
}

function tab(runtime: Runtime, role: AddonTabRole): SheetModel {
  const sheet = ownedTabOf(runtime.workbook, role);
  if (!sheet) throw new Error(`no ${role} tab`);
  return sheet;
}

/** 1-based sheet rows a write log changed the contents of, on one tab. */
function rowsWritten(writes: readonly WriteRecord[], sheet: string): number[] {
  return writes
    .filter((w) => w.sheet === sheet && w.kind === 'values')
    .flatMap((w) => Array.from({ length: w.numRows }, (_, i) => w.row + i));
}

describe('Organize writes only what changed (the runtime write log)', () => {
  it('writes no cell when nothing changed', () => {
    const runtime = organized();
    expect(organizeLogged(runtime)).toEqual([]);
  });

  it('writes appended order lines as one block under the last row, and their memory rows', () => {
    const runtime = organized();
    const orders = tab(runtime, ORDERS.name);
    const before = valuesOf(orders).length;
    const stateBefore = valuesOf(tab(runtime, STATE_TAB)).length;
    appendOrderLines(runtime.workbook, 12);
    const writes = organizeLogged(runtime);
    // Lines at price 0 are samples, not sales: the rest are new Orders rows.
    const appended = valuesOf(orders).length - before;
    expect(appended).toBeGreaterThan(5);

    const orderWrites = writes.filter((w) => w.sheet === orders.name);
    expect(orderWrites.filter((w) => w.kind === 'values')).toEqual([
      expect.objectContaining({ row: before + 1, numRows: appended, column: 1, numColumns: ORDERS.fields.length }),
    ]);
    for (const write of orderWrites) expect(write.row).toBeGreaterThan(before);
    expect(rowsWritten(writes, tab(runtime, STATE_TAB).name)).toEqual(
      Array.from({ length: appended }, (_, i) => stateBefore + 1 + i),
    );
    const touched = new Set(writes.map((w) => w.sheet));
    expect([...touched].sort()).toEqual([orders.name, tab(runtime, STATE_TAB).name].sort());
  });

  it('rewrites only the Orders rows of the order lines edited, one row each', () => {
    const runtime = organized();
    const orders = tab(runtime, ORDERS.name);
    const edited = editScatteredQuantities(runtime.workbook, 10);
    const writes = organizeLogged(runtime);

    const source = valuesOf(orders).map((row) => String(row[ORDERS.fields.findIndex((f) => f.header === 'Source')]));
    // Lines at price 0 are samples, not Orders rows.
    const expected = edited
      .map((r) => source.indexOf(`${US_ORDERS_TAB}!${r + 1}`) + 1)
      .filter((row) => row > 0)
      .sort((a, b) => a - b);
    expect(expected.length).toBeGreaterThan(5);
    expect(rowsWritten(writes, orders.name)).toEqual(expected);
    expect(writes.filter((w) => w.sheet === orders.name).every((w) => w.numRows === 1)).toBe(true);
    // The memory tab changes on the same records: one row each.
    expect(rowsWritten(writes, tab(runtime, STATE_TAB).name)).toHaveLength(expected.length);
  });

  it("reads each of its own tabs' values, formulas and formats once, besides their header rows", () => {
    const runtime = organized();
    runtime.resetCalls();
    addOn(runtime).runOrganize();
    const reads = (sheet: string, method: ReadRecord['method']) =>
      runtime.reads.filter((r) => r.sheet === sheet && r.method === method && r.numRows > 1);
    for (const role of OWN_TABS) {
      const sheet = tab(runtime, role);
      const cells = valuesOf(sheet).length * Math.max(...valuesOf(sheet).map((row) => row.length));
      for (const method of ['getValues', 'getFormulas', 'getNumberFormats'] as const)
        expect([role, method, reads(sheet.name, method).map((r) => r.cells)]).toEqual([role, method, [cells]]);
    }
  });

  it("previews the sources from the seller's tabs alone: none of the add-on's tabs is read", () => {
    const runtime = organized();
    runtime.resetCalls();
    expect(addOn(runtime).previewSources().length).toBeGreaterThan(3);
    const ownTabs = OWN_TABS.map((role) => tab(runtime, role).name);
    expect(runtime.reads.filter((r) => ownTabs.includes(r.sheet) && r.numRows > 1)).toEqual([]);
  });
});
