/**
 * An Organize that passes its time budget stops between blocks, continues in a one-off trigger in
 * the follow-up trigger's slot, and ends with exactly what one uninterrupted run writes: a property
 * over random cut points (the runtime's fake clock advances by a random cost per service call).
 */
import fc from 'fast-check';
import { appendOrderLines, editScatteredQuantities } from '../../scripts/bench/sourceEdits';
import { generateDemoWorkbook } from '../../scripts/demo/generate';
import type { Runtime, TriggerRecord } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import { insertColumns, sortRows } from '../../scripts/runtime/sheetEdits';
import type { CellValue, WorkbookModel } from '../../scripts/runtime/workbook';
import { valuesOf } from '../../scripts/runtime/workbook';
import { addOn, ownedTabOf } from '../../scripts/addOn';
import { ORDERS } from '../../src/core/schema';
import { BLOCK_CELLS } from '../../src/server/managedWrite';

const NOW = new Date('2026-11-23T18:00:00Z');
const SIZE = { creators: 30, samples: 60, orderLines: 2_700, seed: 5 };
const MAX_PARTS = 40;

/** structuredClone makes its Dates in Node's own realm, which jest's `instanceof Date` does not see: remade here. */
function clone(workbook: WorkbookModel): WorkbookModel {
  const copy = structuredClone(workbook);
  for (const sheet of copy.sheets)
    for (const row of sheet.rows)
      for (const cell of row)
        if (Object.prototype.toString.call(cell.value) === '[object Date]')
          cell.value = new Date((cell.value as Date).getTime());
  return copy;
}

/** Every tab as cells: values, formulas and number formats. */
function contents(workbook: WorkbookModel): Record<string, unknown> {
  return Object.fromEntries(
    workbook.sheets.map((sheet) => [
      sheet.name,
      sheet.rows.map((row) => row.map((cell) => [cell.value, cell.formula ?? '', cell.numberFormat ?? ''])),
    ]),
  );
}

/** The tabs whose cells differ (toEqual's diff of two whole workbooks would take minutes to print). */
function differingTabs(got: Record<string, unknown>, want: Record<string, unknown>): string[] {
  const tabs = [...new Set([...Object.keys(got), ...Object.keys(want)])];
  return tabs.filter((tab) => JSON.stringify(got[tab]) !== JSON.stringify(want[tab]));
}

function continuationTrigger(runtime: Runtime): TriggerRecord | undefined {
  return runtime.triggers.find((trigger) => trigger.afterMs !== undefined);
}

/** Runs Organize from the sidebar, then every continuation the trigger slot holds; returns the parts run. */
function organizeToTheEnd(runtime: Runtime, between: (part: number) => void = () => {}): number {
  let parts = 1;
  addOn(runtime).runOrganize();
  for (let trigger = continuationTrigger(runtime); trigger; trigger = continuationTrigger(runtime)) {
    if (++parts > MAX_PARTS) throw new Error('Organize never finished');
    between(parts);
    runtime.clock.advance(trigger.afterMs!);
    runtime.fireTrigger(trigger);
  }
  return parts;
}

function organizedInOneRun(workbook: WorkbookModel): Runtime {
  const runtime = createRuntime({ workbook: clone(workbook), now: NOW });
  addOn(runtime).runOrganize();
  expect(runtime.triggers).toEqual([]);
  return runtime;
}

function uninterrupted(workbook: WorkbookModel): Record<string, unknown> {
  return contents(organizedInOneRun(workbook).workbook);
}

describe('Organize resumes after its time budget to the result of one run', () => {
  const fresh = generateDemoWorkbook(SIZE).workbook;
  // The same workbook organized once, then given new and corrected order lines.
  const organizedRuntime = createRuntime({ workbook: clone(fresh), now: NOW });
  addOn(organizedRuntime).runOrganize();
  const changed = clone(organizedRuntime.workbook);
  appendOrderLines(changed, 60);
  editScatteredQuantities(changed, 30);
  const expected = { fresh: uninterrupted(fresh), changed: uninterrupted(changed) };

  it('writes the Orders tab in more than one block at this size', () => {
    expect(SIZE.orderLines * ORDERS.fields.length).toBeGreaterThan(BLOCK_CELLS);
  });

  it('gives the uninterrupted result wherever the budget cuts the run', () => {
    fc.assert(
      fc.property(fc.integer({ min: 150, max: 900 }), fc.boolean(), (msPerCall, fromScratch) => {
        const runtime = createRuntime({
          workbook: clone(fromScratch ? fresh : changed),
          now: NOW,
          callCost: () => msPerCall,
        });
        const parts = organizeToTheEnd(runtime);
        expect(differingTabs(contents(runtime.workbook), fromScratch ? expected.fresh : expected.changed)).toEqual([]);
        expect(runtime.triggers).toEqual([]);
        return parts >= 1;
      }),
      { numRuns: 4, seed: 12 },
    );
  });

  it('is cut at all: a slow spreadsheet takes several parts, with progress shown between them', () => {
    const runtime = createRuntime({ workbook: clone(fresh), now: NOW, callCost: () => 600 });
    const summary = addOn(runtime).runOrganize();
    expect(summary.continuing?.text).toMatch(/^\w+: [\d,]+ of [\d,]+$/);
    const progress = addOn(runtime).organizeProgress();
    expect(progress).toEqual(expect.objectContaining({ background: true }));
    expect(progress?.text).toContain(summary.continuing!.text);
    expect(runtime.triggers).toEqual([expect.objectContaining({ handler: 'runFollowUps', afterMs: 60_000 })]);
    expect(organizeToTheEnd(runtime)).toBeGreaterThan(1);
  });

  it('says from the menu how far it got, in a toast', () => {
    const runtime = createRuntime({ workbook: clone(fresh), now: NOW, callCost: () => 600 });
    addOn(runtime).menuOrganize();
    expect(runtime.ui.toasts[runtime.ui.toasts.length - 1]?.message).toMatch(
      /^\w+: [\d,]+ of [\d,]+ written; Organize continues in the background in a minute\.$/,
    );
    organizeToTheEnd(runtime);
  });

  it('starts over cleanly when a source tab changes between two parts', () => {
    const runtime = createRuntime({ workbook: clone(fresh), now: NOW, callCost: () => 600 });
    let edited = false;
    organizeToTheEnd(runtime, (part) => {
      if (part !== 2) return;
      appendOrderLines(runtime.workbook, 60);
      editScatteredQuantities(runtime.workbook, 30);
      edited = true;
    });
    expect(edited).toBe(true);
    const sources = clone(fresh);
    appendOrderLines(sources, 60);
    editScatteredQuantities(sources, 30);
    // Rows the first part wrote keep their place, so records may stand in another order than in one run
    // on the new data (as after any earlier Organize); the records and every cell of them are the same.
    const got = contents(runtime.workbook);
    const want = uninterrupted(sources);
    const sorted = (tab: unknown) => (tab as unknown[]).map((row) => JSON.stringify(row)).sort();
    const asSets = (tabs: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(tabs).map(([name, tab]) => [name, sorted(tab)]));
    expect(differingTabs(asSets(got), asSets(want))).toEqual([]);
  });

  it('keeps what the operator did to the Orders tab between two parts, every record as one run writes it', () => {
    const runtime = createRuntime({ workbook: clone(fresh), now: NOW, callCost: () => 600 });
    const typed = new Map<string, string>();
    const key = (row: readonly CellValue[], header: readonly CellValue[]) =>
      `${String(row[header.indexOf('Order ID')])}|${String(row[header.indexOf('Line')])}`;
    organizeToTheEnd(runtime, (part) => {
      if (part !== 2) return;
      // Part of the tab is written: the operator inserts a column, types in it and in Campaign, and sorts.
      const orders = ownedTabOf(runtime.workbook, 'Orders')!;
      insertColumns(orders, 2);
      orders.rows[0][1] = { value: 'Checked' };
      const header = valuesOf(orders)[0];
      for (let r = 1; r < orders.rows.length; r += 7) {
        const row = valuesOf(orders)[r];
        if (row[0] === '') continue;
        orders.rows[r][1] = { value: `ok ${r}` };
        orders.rows[r][header.indexOf('Campaign')] = { value: `typed ${r}` };
        typed.set(key(row, header), String(r));
      }
      sortRows(orders, header.indexOf('Gross sales') + 1);
    });
    expect(typed.size).toBeGreaterThan(100);
    const [header, ...got] = valuesOf(ownedTabOf(runtime.workbook, 'Orders')!);
    const [wantHeader, ...want] = valuesOf(ownedTabOf(organizedInOneRun(fresh).workbook, 'Orders')!);
    expect(got.map((row) => key(row, header)).sort()).toEqual(want.map((row) => key(row, wantHeader)).sort());
    const wantByKey = new Map(want.map((row) => [key(row, wantHeader), row]));
    for (const row of got) {
      const r = typed.get(key(row, header));
      const expected = wantHeader.map((h, c) =>
        r && h === 'Campaign' ? `typed ${r}` : wantByKey.get(key(row, header))![c],
      );
      expect(wantHeader.map((h) => row[header.indexOf(h)])).toEqual(expected);
      expect(row[header.indexOf('Checked')]).toBe(r ? `ok ${r}` : '');
    }
  });

  it('gives the hourly follow-up trigger back once Organize is done', () => {
    const runtime = createRuntime({ workbook: clone(fresh), now: NOW, callCost: () => 600 });
    addOn(runtime).setFollowUpsOn({ on: true });
    expect(runtime.triggers).toEqual([expect.objectContaining({ everyHours: 1 })]);
    addOn(runtime).runOrganize();
    expect(runtime.triggers).toEqual([expect.objectContaining({ afterMs: 60_000 })]);
    expect(addOn(runtime).followUpStatus().on).toBe(true);
    organizeToTheEnd(runtime);
    expect(runtime.triggers).toEqual([expect.objectContaining({ handler: 'runFollowUps', everyHours: 1 })]);
  });
});
