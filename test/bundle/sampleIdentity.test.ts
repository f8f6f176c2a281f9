/**
 * A sample log without a Sample ID grows row by row: the request first, the ship date and tracking
 * number when the parcel goes out. The sample stays one record through that: one Samples row, its
 * Sample ID unchanged (follow-ups are keyed by it), what the operator typed on it kept.
 */
import { addOn, ownedTabOf } from '../../scripts/addOn';
import { createRuntime } from '../../scripts/runtime';
import type { Runtime } from '../../scripts/runtime';
import { sheetFromValues, valuesOf } from '../../scripts/runtime/workbook';
import { IMPORT_ISSUES_TAB, SAMPLES } from '../../src/core/schema';
import { recordsOf } from './tabRecords';

const LOG = 'Sample log';

function organizedLog(rows: (string | number)[][]): Runtime {
  const runtime = createRuntime({
    workbook: {
      timeZone: 'UTC',
      sheets: [
        sheetFromValues('Outreach', [
          ['Creator', 'Email'],
          ['@ana', 'ana@example.com'],
          ['@bo', 'bo@example.com'],
        ]),
        sheetFromValues(LOG, [['Creator', 'SKU', 'Qty', 'Request date', 'Ship date', 'Tracking #'], ...rows]),
      ],
    },
    now: new Date('2026-03-04T09:30:00Z'),
  });
  addOn(runtime).runOrganize();
  return runtime;
}

const samples = (runtime: Runtime) => recordsOf(ownedTabOf(runtime.workbook, SAMPLES.name)!);
const column = (runtime: Runtime, header: string) =>
  String.fromCharCode(65 + valuesOf(ownedTabOf(runtime.workbook, SAMPLES.name)!)[0].indexOf(header));
const issueTexts = (runtime: Runtime) => valuesOf(ownedTabOf(runtime.workbook, IMPORT_ISSUES_TAB)!).flat().map(String);

describe('a sample logged without a Sample ID', () => {
  it('keeps its Sample ID, its one row and the operator’s note when its ship date and tracking are filled in', () => {
    const runtime = organizedLog([
      ['@ana', 'GLOW-1', 1, '2026-03-01', '', ''],
      ['@bo', 'GLOW-1', 1, '2026-03-02', '2026-03-03', '9400111899560000000001'],
    ]);
    const [ana, bo] = samples(runtime);
    runtime.typeIn(ownedTabOf(runtime.workbook, SAMPLES.name)!.name, `${column(runtime, 'Notes')}2`, 'asked for pink');

    runtime.typeIn(LOG, 'E2', '2026-03-04');
    runtime.typeIn(LOG, 'F2', '1Z999AA10123456784');
    addOn(runtime).runOrganize();

    const after = samples(runtime);
    expect(after).toHaveLength(2);
    expect(after[0]).toEqual(
      expect.objectContaining({
        'Sample ID': ana['Sample ID'],
        Tracking: '1Z999AA10123456784',
        Notes: 'asked for pink',
        Source: `${LOG}!2`,
      }),
    );
    expect(after[1]).toEqual(bo);
    expect(issueTexts(runtime).some((text) => /source row .*gone/.test(text))).toBe(false);
  });

  it('keeps its Sample ID when a mistyped tracking number is corrected', () => {
    const runtime = organizedLog([['@ana', 'GLOW-1', 1, '2026-03-01', '2026-03-02', '1Z999AA10123456700']]);
    const [before] = samples(runtime);
    runtime.typeIn(LOG, 'F2', '1Z999AA10123456784');
    addOn(runtime).runOrganize();
    expect(samples(runtime)).toEqual([
      expect.objectContaining({ 'Sample ID': before['Sample ID'], Tracking: '1Z999AA10123456784' }),
    ]);
  });

  it('is a new sample when its creator or SKU changes: the old row is kept as gone, as any removed row is', () => {
    const runtime = organizedLog([['@ana', 'GLOW-1', 1, '2026-03-01', '', '']]);
    const [before] = samples(runtime);
    runtime.typeIn(LOG, 'B2', 'GLOW-2');
    addOn(runtime).runOrganize();
    const after = samples(runtime);
    expect(after).toHaveLength(2);
    expect(after[0]).toEqual(
      expect.objectContaining({ 'Sample ID': before['Sample ID'], Source: `${LOG}!2 (source row gone)` }),
    );
    expect(after[1]).toEqual(expect.objectContaining({ SKU: 'GLOW-2', Source: `${LOG}!2` }));
    expect(after[1]['Sample ID']).not.toBe(before['Sample ID']);
  });
});
