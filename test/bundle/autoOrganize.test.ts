/**
 * "Organize before follow-ups" (Settings, and the Organize panel's switch): the hourly run organizes
 * first, only when a source tab changed since the last Organize, found without reading every cell.
 */
import { appendOrderLines } from '../../scripts/bench/sourceEdits';
import { generateDemoWorkbook } from '../../scripts/demo/generate';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import { valuesOf } from '../../scripts/runtime/workbook';
import { addOn, ownedTabOf } from '../../scripts/addOn';
import { ORDERS, SETTINGS_TAB } from '../../src/core/schema';

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

  it('when on and nothing changed, reads no tab whole and writes nothing of Organize', () => {
    const runtime = organizedWithFollowUps();
    addOn(runtime).setAutoOrganize({ on: true });
    hourlyRun(runtime);
    hourlyRun(runtime);
    const unchanged = { ...runtime.calls };
    expect(runtime.writes.filter((w) => w.sheet === ORDERS.name)).toEqual([]);

    addOn(runtime).setAutoOrganize({ on: false });
    hourlyRun(runtime);
    // Deciding costs a few sampled rows per tab, no getDataRange of the seller's tabs.
    expect(unchanged['Sheet.getDataRange'] ?? 0).toBeLessThanOrEqual((runtime.calls['Sheet.getDataRange'] ?? 0) + 1);
  });

  it('says it needs the hourly run when follow-ups are off', () => {
    const runtime = organizedWithFollowUps();
    addOn(runtime).setFollowUpsOn({ on: false });
    expect(addOn(runtime).setAutoOrganize({ on: true }).text).toMatch(/turn follow-ups on/);
  });
});
