/**
 * A sample logged without a Sample ID is known by one made from its creator, SKU, day and tracking
 * number (records/samples.ts). A log grows row by row: a request is written first, the ship date and
 * tracking number when it ships. Each of those gives the row a new made-up ID, which would leave its
 * Samples row behind as "(source row gone)" with whatever the operator typed in it, add a second
 * row for the same parcel, and start its follow-ups over (they are keyed by Sample ID).
 *
 * So a sample with a made-up ID that Samples does not hold takes the ID of the Samples row it
 * continues: a row the add-on wrote, whose ID no sample has any more, for the same creator and SKU,
 * whose request and ship dates are blank or the same. Only a pairing that is one to one is made;
 * anything less certain stays a new sample, as before.
 */
import { normalizeHandle } from '../values';
import type { SampleRecord } from '../records/types';
import { headerIndex } from './handleChanges';
import type { ExistingTab, MergeState } from './merge';

interface HeldSample {
  id: string;
  handle: string;
  sku: string;
  requested: unknown;
  shipped: unknown;
}

const idKey = (id: string): string => id.trim().toLowerCase();
/** A held row's Sample ID, as written (an ID is text in the add-on's Samples tab). */
const idAt = (row: readonly unknown[], column: number): string => {
  const cell = row[column];
  return typeof cell === 'string' ? cell.trim() : '';
};
const lower = (value: unknown): string => (typeof value === 'string' ? value.trim().toLowerCase() : '');
const isBlank = (value: unknown): boolean => value === '' || value === null || value === undefined;

/** A date of the held row that the sample's own date fills in or repeats. */
function continues(held: unknown, date: Date | undefined): boolean {
  return isBlank(held) || (held instanceof Date && date !== undefined && held.getTime() === date.getTime());
}

/** Of the same creator and SKU (see pairKey): the sample fills in or repeats the held row's dates. */
function isContinuedBy(held: HeldSample, sample: SampleRecord): boolean {
  return continues(held.requested, sample.requested) && continues(held.shipped, sample.shipped);
}

/** The creator and SKU a held row and the sample that continues it share. */
const pairKey = (handle: string, sku: string): string => `${handle}\u0001${sku}`;

/** The Samples rows the add-on wrote (they have merge state) whose ID no sample has any more, by creator and SKU. */
function leftBehind(
  values: ExistingTab['values'],
  previous: MergeState,
  ids: ReadonlySet<string>,
  idColumn: number,
): Map<string, HeldSample[]> {
  const at = (header: string) => headerIndex(values, header);
  const [handle, sku, requested, shipped] = ['Handle', 'SKU', 'Requested', 'Shipped'].map(at);
  const held = new Map<string, HeldSample[]>();
  if (handle < 0) return held;
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const sampleId = idAt(row, idColumn);
    const key = idKey(sampleId);
    if (key === '' || ids.has(key) || !previous.has(key)) continue;
    const sample: HeldSample = {
      id: sampleId,
      handle: normalizeHandle(row[handle]).value ?? '',
      sku: sku < 0 ? '' : lower(row[sku]),
      requested: requested < 0 ? '' : row[requested],
      shipped: shipped < 0 ? '' : row[shipped],
    };
    const pair = pairKey(sample.handle, sample.sku);
    held.set(pair, [...(held.get(pair) ?? []), sample]);
  }
  return held;
}

/** Gives each sample that continues a row left behind that row's Sample ID (in place). */
export function keepSampleIds(
  samples: readonly SampleRecord[],
  existing: ExistingTab | undefined,
  previous: MergeState,
): void {
  const values = existing?.values ?? [];
  const idColumn = headerIndex(values, 'Sample ID');
  if (values.length < 2 || idColumn < 0) return;
  const heldIds = new Set(values.slice(1).map((row) => idKey(idAt(row, idColumn))));
  const held = leftBehind(values, previous, new Set(samples.map((sample) => idKey(sample.sampleId))), idColumn);
  if (held.size === 0) return;
  const newcomers = new Map<string, SampleRecord[]>();
  for (const sample of samples) {
    if (!sample.derivedId || heldIds.has(idKey(sample.sampleId))) continue;
    const pair = pairKey(sample.handle ?? '', lower(sample.sku));
    if (held.has(pair)) newcomers.set(pair, [...(newcomers.get(pair) ?? []), sample]);
  }
  // A pasted copy of a Samples row holds its ID twice: that ID goes to one sample at most.
  const given = new Set<string>();
  for (const [pair, candidates] of newcomers) {
    const rows = held.get(pair)!;
    for (const sample of candidates) {
      const continued = rows.filter((row) => isContinuedBy(row, sample));
      if (continued.length !== 1) continue;
      const [row] = continued;
      if (given.has(idKey(row.id)) || candidates.filter((other) => isContinuedBy(row, other)).length !== 1) continue;
      given.add(idKey(row.id));
      sample.sampleId = row.id;
    }
  }
}
