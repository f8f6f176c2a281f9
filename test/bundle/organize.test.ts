/**
 * Organize through the public surface: the built dist/Code.js in the local runtime, called the
 * way Apps Script calls it, on workbooks as sellers have them.
 */
import fc from 'fast-check';
import { generateDemoWorkbook } from '../../scripts/demo/generate';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import type { CellValue, SheetModel, WorkbookModel } from '../../scripts/runtime/workbook';
import { sheetNamed, valuesOf } from '../../scripts/runtime/workbook';
import { headersOf, MANAGED_TABS, ORDERS } from '../../src/core/schema';
import { BLOCK_CELLS } from '../../src/server/managedWrite';
import { AFFILIATE_TAB, affiliateExportOnly } from '../fixtures/affiliateExportOnly';
import { expected as unseenExpected, unseenMessy } from '../fixtures/unseenMessy';
import { addOn } from '../../scripts/addOn';
import { tabRecords as records } from './tabRecords';

const NOW = new Date('2026-11-23T18:00:00Z');

function clone(workbook: WorkbookModel): WorkbookModel {
  return structuredClone(workbook);
}

function sheet(runtime: Runtime, name: string): SheetModel {
  return sheetNamed(runtime.workbook, name);
}

function managedSnapshot(runtime: Runtime): Record<string, CellValue[][]> {
  return Object.fromEntries(MANAGED_TABS.map((t) => [t.name, valuesOf(sheet(runtime, t.name))]));
}

describe('Organize on the demo workbook, through the built add-on', () => {
  const original = generateDemoWorkbook({ creators: 60, samples: 80, orderLines: 600 });
  const runtime = createRuntime({ workbook: clone(original.workbook), now: NOW });
  addOn(runtime).runOrganize();

  it('writes every managed tab with the contract headers, frozen', () => {
    for (const tab of MANAGED_TABS) {
      const written = sheet(runtime, tab.name);
      expect(valuesOf(written)[0]).toEqual(headersOf(tab));
      expect(written.frozenRows).toBe(1);
    }
  });

  it("never changes the seller's own tabs", () => {
    for (const source of original.workbook.sheets) {
      expect(valuesOf(sheet(runtime, source.name))).toEqual(valuesOf(source));
    }
  });

  it('keeps 18-19 digit Order IDs exact: text cells, not numbers that lose digits', () => {
    const ids = records(runtime, 'Orders').map((o) => o['Order ID']);
    expect(ids.length).toBeGreaterThan(100);
    for (const id of ids) expect(id).toMatch(/^\d{18,19}$/);
    const expectedIds = new Set(original.truth.orderLines.filter((l) => !l.isSample).map((l) => l.orderId));
    expect(new Set(ids)).toEqual(expectedIds);
  });

  it('writes text that looks like a formula as text', () => {
    const creators = sheet(runtime, 'Creators');
    const notesColumn = headersOf(MANAGED_TABS[0]).indexOf('Notes');
    const cells = creators.rows
      .slice(1)
      .map((row) => row[notesColumn])
      .filter((cell) => cell && String(cell.value).match(/^[=+\-@]/));
    expect(cells.length).toBeGreaterThanOrEqual(original.truth.injectionCells.length);
    for (const cell of cells) expect(cell.formula).toBeUndefined();
    const values = cells.map((cell) => cell.value);
    for (const bait of original.truth.injectionCells) expect(values).toContain(bait.value);
  });

  it('lists unreadable cells in Import issues, with what to fix', () => {
    const issues = records(runtime, 'Import issues');
    for (const broken of original.truth.brokenRows) {
      expect(issues.some((i) => i.Tab === broken.tab && i.Row === broken.row)).toBe(true);
    }
    for (const issue of issues) expect(String(issue.Problem).length).toBeGreaterThan(10);
  });

  it('changes nothing on a second run, and keeps operator edits on a third', () => {
    const before = managedSnapshot(runtime);
    addOn(runtime).runOrganize();
    expect(managedSnapshot(runtime)).toEqual(before);

    const creators = sheet(runtime, 'Creators');
    const header = headersOf(MANAGED_TABS[0]);
    creators.rows[1][header.indexOf('Status')] = { value: 'paused' };
    creators.rows[2][header.indexOf('Email')] = { value: 'corrected@example.com' };
    creators.rows.push([{ value: 'hand.added' }, { value: 'Typed by the operator' }]);
    addOn(runtime).runOrganize();
    const after = records(runtime, 'Creators');
    expect(after[0].Status).toBe('paused');
    expect(after[1].Email).toBe('corrected@example.com');
    expect(after.find((c) => c.Handle === 'hand.added')?.Name).toBe('Typed by the operator');
  });

  it('keeps a record whose source row disappeared, and says so', () => {
    const rerun = createRuntime({ workbook: clone(original.workbook), now: NOW });
    addOn(rerun).runOrganize();
    const costsSource = sheet(rerun, 'Creator payments');
    const removed = costsSource.rows.splice(1, 1);
    expect(removed).toHaveLength(1);
    const countBefore = records(rerun, 'Costs').length;
    addOn(rerun).runOrganize();
    expect(records(rerun, 'Costs')).toHaveLength(countBefore);
  });
});

describe('service calls grow only with the blocks large tabs are written in', () => {
  function callsFor(orderLines: number): Record<string, number> {
    const { workbook } = generateDemoWorkbook({ creators: orderLines / 20, samples: orderLines / 10, orderLines });
    const runtime = createRuntime({ workbook, now: NOW });
    runtime.resetCalls();
    addOn(runtime).runOrganize();
    return { ...runtime.calls };
  }

  it('makes the same calls, method by method, for 10x the rows, but for one write per block', () => {
    // Growing a tab past its 1,000 rows takes one insertRowsAfter, once per tab at most.
    const { 'Sheet.insertRowsAfter': smallGrows = 0, ...small } = callsFor(400);
    const { 'Sheet.insertRowsAfter': largeGrows = 0, ...large } = callsFor(4000);
    // The Orders tab at 4,000 lines is 76,000 cells: two blocks of at most BLOCK_CELLS.
    const extraBlocks = Math.ceil((4000 * ORDERS.fields.length) / BLOCK_CELLS) - 1;
    // Each block also updates the progress the sidebar polls.
    const perBlock = ['Range.setValues', 'Sheet.getRange', 'Cache.put'];
    for (const method of perBlock) expect(large[method] - small[method]).toBe(extraBlocks);
    const withoutBlocks = (calls: Record<string, number>) =>
      Object.fromEntries(
        Object.entries(calls).filter(([method]) => !perBlock.includes(method) && method !== 'Sheet.getMaxRows'),
      );
    expect(withoutBlocks(large)).toEqual(withoutBlocks(small));
    expect(Math.max(smallGrows, largeGrows)).toBeLessThanOrEqual(MANAGED_TABS.length + 2);
    expect(small['Range.getValues']).toBe(
      generateDemoWorkbook({ creators: 5, samples: 5, orderLines: 20 }).workbook.sheets.length,
    );
    expect(small['Range.setValues']).toBeLessThanOrEqual(MANAGED_TABS.length + 3);
  });
});

describe("Organize on other sellers' workbooks", () => {
  it('organizes the unseen messy workbook and reports its problems in Import issues', () => {
    const runtime = createRuntime({ workbook: clone(unseenMessy), now: NOW });
    addOn(runtime).runOrganize();
    expect(
      records(runtime, 'Creators')
        .map((c) => c.Handle)
        .sort(),
    ).toEqual([...unseenExpected.creatorHandles, ...unseenExpected.handlesNotOnList].sort());
    expect(records(runtime, 'Samples')).toHaveLength(unseenExpected.sampleRows);
    const issues = records(runtime, 'Import issues').map((i) => `${i.Tab}!${i.Row} ${i.Column}`);
    for (const problem of unseenExpected.problems)
      expect(issues).toContain(`${problem.tab}!${problem.row} ${problem.column}`);
    expect(valuesOf(sheet(runtime, 'Budget'))).toEqual(valuesOf(sheetNamed(unseenMessy, 'Budget')));
  });

  it("starts a UK seller's Settings in pounds, with rates stated against pounds", () => {
    const runtime = createRuntime({ workbook: clone(unseenMessy), now: NOW });
    addOn(runtime).runOrganize();
    const settings = new Map(valuesOf(sheet(runtime, 'Settings')).map((row) => [row[0], row[1]]));
    expect(settings.get('Report currency')).toBe('GBP');
    expect(settings.get('FX rate USD')).toBeCloseTo(1 / 1.27, 3);
    expect(settings.has('FX rate GBP')).toBe(false);
  });

  it('organizes a raw affiliate-orders export on its own', () => {
    const runtime = createRuntime({ workbook: clone(affiliateExportOnly), now: NOW });
    addOn(runtime).runOrganize();
    const orders = records(runtime, 'Orders');
    const source = valuesOf(sheetNamed(affiliateExportOnly, AFFILIATE_TAB));
    const dataRows = source.slice(2).filter((row) => row.some((c) => c !== ''));
    expect(orders).toHaveLength(dataRows.length);
    for (const order of orders) {
      expect(order['Order ID']).toMatch(/^\d{19}$/);
      expect(order.Handle).toMatch(/^[a-z0-9._]+$/);
    }
  });
});

describe('properties over generated workbooks', () => {
  it('organizing twice equals organizing once, and the sources never change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 5, max: 40 }), (seed, creators) => {
        const { workbook } = generateDemoWorkbook({ seed, creators, samples: creators * 2, orderLines: creators * 10 });
        const runtime = createRuntime({ workbook: clone(workbook), now: NOW });
        addOn(runtime).runOrganize();
        const once = managedSnapshot(runtime);
        addOn(runtime).runOrganize();
        expect(managedSnapshot(runtime)).toEqual(once);
        for (const source of workbook.sheets) expect(valuesOf(sheet(runtime, source.name))).toEqual(valuesOf(source));
      }),
      { numRuns: 6 },
    );
  });
});
