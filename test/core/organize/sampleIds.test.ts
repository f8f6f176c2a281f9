import { organize } from '../../../src/core/organize';
import type { ExistingTab, MergeState } from '../../../src/core/organize/merge';
import { keepSampleIds } from '../../../src/core/organize/sampleIds';
import type { SampleRecord } from '../../../src/core/records/types';

const MARCH_1 = new Date('2026-03-01T00:00:00Z');
const MARCH_3 = new Date('2026-03-03T00:00:00Z');
const HEADER = ['Sample ID', 'Handle', 'SKU', 'Requested', 'Shipped', 'Tracking'];

/** The Samples tab as the add-on wrote it, with merge state for every row. */
function held(rows: (string | Date)[][]): { existing: ExistingTab; previous: MergeState } {
  const previous: MergeState = new Map(rows.map((row) => [String(row[0]).toLowerCase(), []]));
  return { existing: { values: [HEADER, ...rows] }, previous };
}

const sample = (sampleId: string, fields: Partial<SampleRecord> = {}): SampleRecord => ({
  sampleId,
  derivedId: true,
  handle: 'ana',
  sku: 'GLOW-1',
  requested: MARCH_1,
  source: { tab: 'Sample log', row: 2 },
  ...fields,
});

const idsAfter = (samples: SampleRecord[], tab: ReturnType<typeof held>) => {
  keepSampleIds(samples, tab.existing, tab.previous);
  return samples.map((s) => s.sampleId);
};

describe('keepSampleIds', () => {
  it('gives a sample whose made-up ID changed the ID of the row it continues', () => {
    const tab = held([['S-OLD', 'ana', 'glow-1', MARCH_1, '', '']]);
    expect(idsAfter([sample('S-NEW', { shipped: MARCH_3, tracking: '1Z1' })], tab)).toEqual(['S-OLD']);
  });

  it('never replaces an ID the log gives', () => {
    const tab = held([['S-OLD', 'ana', 'glow-1', MARCH_1, '', '']]);
    expect(idsAfter([sample('LOG-7', { derivedId: undefined })], tab)).toEqual(['LOG-7']);
  });

  it('leaves a row the operator typed in Samples (no merge state) alone', () => {
    const tab = held([['S-OLD', 'ana', 'glow-1', MARCH_1, '', '']]);
    tab.previous.clear();
    expect(idsAfter([sample('S-NEW')], tab)).toEqual(['S-NEW']);
  });

  it('does not take the ID of a row another sample still has', () => {
    const tab = held([['S-OLD', 'ana', 'glow-1', MARCH_1, '', '']]);
    expect(idsAfter([sample('S-OLD'), sample('S-NEW', { tracking: '1Z2' })], tab)).toEqual(['S-OLD', 'S-NEW']);
  });

  it('makes no pairing when a date changed rather than being filled in, or the SKU or creator differs', () => {
    const tab = held([['S-OLD', 'ana', 'glow-1', MARCH_1, MARCH_1, '']]);
    expect(idsAfter([sample('S-A', { shipped: MARCH_3 })], tab)).toEqual(['S-A']);
    expect(idsAfter([sample('S-B', { requested: MARCH_3, shipped: MARCH_1 })], tab)).toEqual(['S-B']);
    expect(idsAfter([sample('S-C', { sku: 'GLOW-2', shipped: MARCH_1 })], tab)).toEqual(['S-C']);
    expect(idsAfter([sample('S-D', { handle: 'bo', shipped: MARCH_1 })], tab)).toEqual(['S-D']);
  });

  it('makes no pairing that is not one to one', () => {
    const two = held([
      ['S-OLD1', 'ana', 'glow-1', MARCH_1, '', ''],
      ['S-OLD2', 'ana', 'glow-1', MARCH_1, '', ''],
    ]);
    expect(idsAfter([sample('S-NEW', { tracking: '1Z1' })], two)).toEqual(['S-NEW']);
    const one = held([['S-OLD', 'ana', 'glow-1', MARCH_1, '', '']]);
    expect(idsAfter([sample('S-A', { tracking: '1Z1' }), sample('S-B', { tracking: '1Z2' })], one)).toEqual([
      'S-A',
      'S-B',
    ]);
  });

  it('gives an ID that a pasted copy holds twice to one sample only', () => {
    const tab = held([
      ['S-OLD', 'ana', 'glow-1', MARCH_1, '', ''],
      ['S-OLD', 'ana', 'glow-1', MARCH_3, '', ''],
    ]);
    const samples = [sample('S-A', { tracking: '1Z1' }), sample('S-B', { requested: MARCH_3, tracking: '1Z2' })];
    expect(idsAfter(samples, tab)).toEqual(['S-OLD', 'S-B']);
  });

  it('finds the columns by header, wherever the operator moved them, and matches IDs in any case', () => {
    const tab = {
      existing: {
        values: [
          ['Notes', 'SKU', 'Handle', 'Shipped', 'Requested', 'Sample ID'],
          ['x', 'GLOW-1', '@Ana', '', MARCH_1, 'S-Old'],
        ],
      },
      previous: new Map([['s-old', []]]),
    };
    expect(idsAfter([sample('S-NEW', { shipped: MARCH_3 })], tab)).toEqual(['S-Old']);
  });
});

describe('Sample IDs of a log', () => {
  it('that differ only in case are one sample, as the Samples tab keys them: the second is reported', () => {
    const output = organize({
      tabs: [
        {
          name: 'Sample log',
          values: [
            ['Sample ID', 'Creator', 'SKU', 'Shipped'],
            ['S-1', '@jane', 'GLOW-1', '2026-07-01'],
            ['s-1', '@bo', 'GLOW-2', '2026-07-02'],
          ],
        },
      ],
      managed: {},
      state: {},
      savedMappings: new Map(),
      timeZone: 'America/Los_Angeles',
      now: new Date('2026-07-05T18:00:00Z'),
    });
    const samples = output.tabs.find((t) => t.name === 'Samples')!;
    expect(samples.rows.map((row) => row[0])).toEqual(['S-1']);
    expect(output.issues).toContainEqual(
      expect.objectContaining({ row: 3, column: 'Sample ID', problem: 'duplicate of Sample log!2; imported once' }),
    );
  });
});
