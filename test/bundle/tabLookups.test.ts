/**
 * The add-on finds its tabs by marker, and each search of the markers is a call to Sheets of its
 * own: a sidebar panel or the hourly run that reads several of its tabs finds them in one search
 * (two where a panel gathers two sections), not one per tab read.
 */
import { generateDemoWorkbook } from '../../scripts/demo/generate';
import type { Runtime } from '../../scripts/runtime';
import { createRuntime } from '../../scripts/runtime';
import { addOn } from '../../scripts/addOn';

const SEARCH = 'Spreadsheet.createDeveloperMetadataFinder';

function organizedWithFollowUps(): Runtime {
  const { workbook } = generateDemoWorkbook({ creators: 30, samples: 60, orderLines: 400, seed: 5 });
  const runtime = createRuntime({ workbook, now: new Date('2026-11-24T17:00:00Z') });
  addOn(runtime).runOrganize();
  addOn(runtime).setFollowUpsOn({ on: true });
  return runtime;
}

function searchesOf(runtime: Runtime, call: () => unknown): number {
  runtime.resetCalls();
  call();
  return runtime.calls[SEARCH] ?? 0;
}

describe("the add-on's tabs, found once per request", () => {
  const runtime = organizedWithFollowUps();
  const api = addOn(runtime);

  it.each([
    { name: 'the Today panel', call: () => api.todayLists(), searches: 1 },
    { name: 'the follow-ups preview', call: () => api.previewFollowUps(), searches: 1 },
    { name: 'the profit summary', call: () => api.profitSummary({ preset: 'last 30 days' }), searches: 1 },
    { name: 'the outreach overview (enrolment and results)', call: () => api.outreachOverview({}), searches: 2 },
  ])('$name searches the markers $searches time(s)', ({ call, searches }) => {
    expect(searchesOf(runtime, call)).toBe(searches);
  });

  it('an hourly run with nothing to send searches them twice: to decide on organizing, then for follow-ups and outreach', () => {
    const [trigger] = runtime.triggers;
    runtime.clock.advance(60 * 60 * 1000);
    const sentBefore = runtime.outbox.length;
    expect(searchesOf(runtime, () => runtime.fireTrigger(trigger))).toBe(2);
    expect(runtime.outbox.length).toBe(sentBefore);
  });
});
