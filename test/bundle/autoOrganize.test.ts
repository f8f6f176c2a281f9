/**
 * "Organize before follow-ups" (Settings, and the Organize panel's switch): the hourly run organizes
 * first, only when a source tab changed since the last Organize, found without reading the order
 * exports' every cell.
 */
import { appendOrderLines, editScatteredQuantities } from '../../scripts/bench/sourceEdits';
import { generateDemoWorkbook } from '../../scripts/demo/generate';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import { valuesOf } from '../../scripts/runtime/workbook';
import { addOn, ownedTabOf } from '../../scripts/addOn';
import { putCell } from '../../scripts/runtime/grid';
import { ORDERS, SAMPLES, SETTINGS_TAB } from '../../src/core/schema';

const NOW = new Date('2026-11-23T18:00:00Z');

function organizedWithFollowUps(): Runtime {
  const { workbook } = generateDemoWorkbook({ creators: 30, samples: 60, orderLines: 400, seed: 9 });
  const runtime = createRuntime({ workbook, now: NOW });
  addOn(runtime).runOrganize();
  addOn(runtime).setFollowUpsOn({ on: true });
  return runtime;
}

function hourlyRun(runtime: Runtime): void {
  const [trigger] = runtime.triggers;
  expect(trigger).toEqual(expect.objectContaining({ handler: 'runFollowUps', everyHours: 1 }));
  runtime.clock.advance(60 * 60 * 1000);
  runtime.resetCalls();
  runtime.fireTrigger(trigger);
}

const orderRows = (runtime: Runtime) => valuesOf(ownedTabOf(runtime.workbook, ORDERS.name)!).length;
const samplesTab = (runtime: Runtime) => valuesOf(ownedTabOf(runtime.workbook, SAMPLES.name)!);
const organizeWrites = (runtime: Runtime) =>
  runtime.writes.filter((w) => w.sheet === ORDERS.name || w.sheet === SAMPLES.name);

/** Row 10 of the 63-row Sample log: none of the rows the fingerprint samples (1, 21, 42, 63). */
const MIDDLE_ROW = 10;
const TRACKING_COLUMN = 'G';
const NEW_TRACKING = '1Z999AA10123456784';

describe('Organize before follow-ups', () => {
  it('is off by default: new order lines wait for the Organize button', () => {
    const runtime = organizedWithFollowUps();
    expect(addOn(runtime).autoOrganizeStatus()).toEqual(expect.objectContaining({ on: false }));
    const before = orderRows(runtime);
    appendOrderLines(runtime.workbook, 10);
    hourlyRun(runtime);
    expect(orderRows(runtime)).toBe(before);
  });

  it('when on, organizes new order lines in the hourly run, and writes its Settings row', () => {
    const runtime = organizedWithFollowUps();
    const status = addOn(runtime).setAutoOrganize({ on: true });
    expect(status).toEqual(expect.objectContaining({ on: true, followUpsOn: true }));
    const settings = valuesOf(ownedTabOf(runtime.workbook, SETTINGS_TAB)!);
    expect(settings.find((row) => row[0] === 'Organize before follow-ups')?.[1]).toBe('on');
    const before = orderRows(runtime);
    appendOrderLines(runtime.workbook, 10);
    hourlyRun(runtime);
    expect(orderRows(runtime)).toBeGreaterThan(before);
    expect(runtime.writes.some((w) => w.sheet === ORDERS.name)).toBe(true);
  });

  it('when on and nothing changed, reads no order export whole and writes nothing of Organize', () => {
    const runtime = organizedWithFollowUps();
    addOn(runtime).setAutoOrganize({ on: true });
    hourlyRun(runtime);
    hourlyRun(runtime);
    expect(runtime.writes.filter((w) => w.sheet === ORDERS.name)).toEqual([]);
    // The exports, the bulk of the cells, are sampled a row at a time; the tabs follow-ups mail from are read whole.
    const wholeReads = new Set(runtime.reads.filter((r) => r.numRows > 1).map((r) => r.sheet));
    for (const exportTab of ['All orders US', 'All orders UK', 'Affiliate orders'])
      expect(wholeReads).not.toContain(exportTab);
    expect(wholeReads).toContain('Sample log');
  });

  it('when on, organizes after a person edits a row of a source tab that the fingerprint does not sample', () => {
    const runtime = organizedWithFollowUps();
    addOn(runtime).setAutoOrganize({ on: true });
    hourlyRun(runtime);
    runtime.typeIn('Sample log', `${TRACKING_COLUMN}${MIDDLE_ROW}`, NEW_TRACKING);
    expect(samplesTab(runtime).flat()).not.toContain(NEW_TRACKING);
    hourlyRun(runtime);
    expect(samplesTab(runtime).flat()).toContain(NEW_TRACKING);
    // That Organize saw the edit: the next hour has nothing to do.
    hourlyRun(runtime);
    expect(organizeWrites(runtime)).toEqual([]);
  });

  it('sees the same change made by a script (no edit event) in the sample log, wherever the row', () => {
    const runtime = organizedWithFollowUps();
    addOn(runtime).setAutoOrganize({ on: true });
    hourlyRun(runtime);
    const log = runtime.workbook.sheets.find((s) => s.name === 'Sample log')!;
    putCell(log, MIDDLE_ROW, 7, { value: NEW_TRACKING });
    hourlyRun(runtime);
    expect(samplesTab(runtime).flat()).toContain(NEW_TRACKING);
    hourlyRun(runtime);
    expect(organizeWrites(runtime)).toEqual([]);
  });

  it("leaves a script's change in an unsampled row of an order export for the Organize button", () => {
    const runtime = organizedWithFollowUps();
    addOn(runtime).setAutoOrganize({ on: true });
    hourlyRun(runtime);
    const orders = () => JSON.stringify(valuesOf(ownedTabOf(runtime.workbook, ORDERS.name)!));
    const before = orders();
    // Sheet row 3, the first order line: none of the rows the fingerprint samples.
    expect(editScatteredQuantities(runtime.workbook, 1)).toEqual([2]);
    hourlyRun(runtime);
    expect(orders()).toBe(before);
    addOn(runtime).runOrganize();
    expect(orders()).not.toBe(before);
  });

  it('takes an edit of a tab the add-on writes for no source change, and does nothing in AuthMode.NONE', () => {
    const runtime = organizedWithFollowUps();
    addOn(runtime).setAutoOrganize({ on: true });
    hourlyRun(runtime);
    const samples = ownedTabOf(runtime.workbook, SAMPLES.name)!;
    const notes = SAMPLES.fields.findIndex((f) => f.operatorOwned) + 1;
    expect(notes).toBeGreaterThan(0);
    runtime.typeIn(samples.name, `${String.fromCharCode(64 + notes)}3`, 'called them');
    hourlyRun(runtime);
    expect(organizeWrites(runtime)).toEqual([]);
    // In AuthMode.NONE properties are out of reach: the trigger leaves them alone and does not fail.
    const range = runtime.spreadsheet.getSheetByName('Sample log')!.getRange('A2');
    expect(() => runtime.callAs('NONE', 'onEdit', { authMode: 'NONE', range })).not.toThrow();
  });

  it('says it needs the hourly run when follow-ups are off', () => {
    const runtime = organizedWithFollowUps();
    addOn(runtime).setFollowUpsOn({ on: false });
    expect(addOn(runtime).setAutoOrganize({ on: true }).text).toMatch(/turn follow-ups on/);
  });
});
