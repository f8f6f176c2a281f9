/**
 * Rows of a tab whose key is the whole record (TabSpec.keyCellsChange: Costs, where a payment has
 * no ID) that are a record under another key than their cells give. A key cell changes two ways:
 * - by hand: the operator corrects a row's Amount or Type. The row's key is new to the merge state,
 *   and the record it was (alike in every key column but one, by the state's fingerprints) has no
 *   row left.
 * - in the source: finance corrects a payment's Amount. The row's record is gone from the source,
 *   and a record of this run that no row has is alike in every key column but that one.
 * Either change left two rows for one payment, both counted in every profit figure.
 */
import type { SheetValue } from '../cells';
import type { TabSpec } from '../schema';
import { fingerprint, readFingerprints } from './fingerprint';
import type { IncomingRow, MergeState } from './merge';
import { keyColumns } from './rowKeys';

export interface Rekeyed {
  /** The record's key in the merge state. */
  origin: string;
  /** The source's record for it in this run; none when its source row is gone. */
  fresh?: IncomingRow;
}

/** The fingerprints of the key columns but the `skipped`-th, as one text. */
function signature(fingerprints: ArrayLike<number>, columns: readonly number[], skipped: number): string {
  let text = '';
  for (let i = 0; i < columns.length; i++) if (i !== skipped) text += `${fingerprints[columns[i]]},`;
  return text;
}

/** Items under texts, each to be handed out once. */
class Lists<T> {
  private readonly byText = new Map<string, T[]>();

  add(text: string, item: T): void {
    const list = this.byText.get(text);
    if (list) list.push(item);
    else this.byText.set(text, [item]);
  }

  of(text: string): readonly T[] {
    return this.byText.get(text) ?? [];
  }
}

/** How many cells two records' fingerprints agree on. */
function agreement(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let c = 0; c < Math.min(a.length, b.length); c++) if (a[c] === b[c]) same++;
  return same;
}

/** Of `items` not taken, the one whose fingerprints agree most with `with` (the first of equals). */
function closest<T>(
  items: Iterable<T>,
  taken: ReadonlySet<T>,
  fingerprintsOf: (item: T) => ArrayLike<number>,
  like: ArrayLike<number>,
): T | undefined {
  let best: T | undefined;
  let bestAgreement = -1;
  for (const item of items) {
    if (taken.has(item)) continue;
    const score = agreement(fingerprintsOf(item), like);
    if (score > bestAgreement) [best, bestAgreement] = [item, score];
  }
  return best;
}

/**
 * By data-row index, the rows that are another key's record. `rowKeys` are the tab's rows' keys
 * (RowKeys) and `cellsOf` a row's cells in the contract's column order. Where several records could
 * be a row's, it is the one that agrees with it on most cells (a payment's Notes and Currency too).
 */
export function rekeyedRows(
  spec: TabSpec,
  rowKeys: readonly string[],
  cellsOf: (index: number) => readonly SheetValue[],
  freshOf: ReadonlyMap<string, IncomingRow>,
  previous: MergeState,
): Map<number, Rekeyed> {
  const rekeyed = new Map<number, Rekeyed>();
  const change = spec.keyCellsChange;
  const candidates = rowKeys.flatMap((key, index) => (freshOf.has(key) ? [] : [index]));
  if (!change || candidates.length === 0) return rekeyed;
  const columns = keyColumns(spec);
  const corrected = columns.indexOf(spec.fields.findIndex((f) => f.header === change.correctedBySource));
  const storedByKey = new Map<string, Float64Array>();
  const stored = (key: string): Float64Array => {
    let fingerprints = storedByKey.get(key);
    if (!fingerprints) {
      fingerprints = new Float64Array(spec.fields.length);
      readFingerprints(previous.get(key)!, fingerprints);
      storedByKey.set(key, fingerprints);
    }
    return fingerprints;
  };
  const onTab = new Set(rowKeys);
  // Records of this run that no row has, by their key cells but the one the source corrects.
  const waiting = new Lists<IncomingRow>();
  for (const fresh of freshOf.values())
    if (!onTab.has(fresh.key)) waiting.add(signature(fresh.fingerprints, columns, corrected), fresh);
  // Records of the state that no row has, by their key cells but any one.
  const rowless = new Lists<string>();
  for (const key of previous.keys()) {
    if (onTab.has(key)) continue;
    for (let skipped = 0; skipped < columns.length; skipped++)
      rowless.add(`${skipped}:${signature(stored(key), columns, skipped)}`, key);
  }

  const takenOrigins = new Set<string>();
  const takenRecords = new Set<IncomingRow>();
  for (const index of candidates) {
    let origin: string | undefined = rowKeys[index];
    const byHand = !previous.has(origin);
    if (byHand) {
      const cells = cellsOf(index).map((cell) => fingerprint(cell));
      const alike = columns.flatMap((_, skipped) => rowless.of(`${skipped}:${signature(cells, columns, skipped)}`));
      origin = closest(alike, takenOrigins, stored, cells);
    }
    if (origin === undefined || takenOrigins.has(origin)) continue;
    takenOrigins.add(origin);
    const own = byHand ? freshOf.get(origin) : undefined;
    const before = stored(origin);
    const fresh =
      own && !takenRecords.has(own)
        ? own
        : closest(waiting.of(signature(before, columns, corrected)), takenRecords, (f) => f.fingerprints, before);
    if (fresh) takenRecords.add(fresh);
    if (fresh || byHand) rekeyed.set(index, { origin, fresh });
  }
  return rekeyed;
}
