/**
 * The idempotent merge of freshly organized records into a managed tab as the operator left it.
 *
 * The state remembers, per record and column, a fingerprint of what the SOURCE said last time.
 * A cell that no longer matches it was changed by hand and keeps the operator's value; a cell
 * that still matches refreshes from the source. Operator-owned columns are only ever filled
 * while blank. Rows the operator added are kept, and a record whose source row disappeared is
 * kept and flagged, never deleted.
 */
import type { TabSpec } from '../schema';
import { SOURCE_GONE } from '../schema';
import type { OutputCell, SheetValue } from '../cells';
import type { Fingerprints } from './fingerprint';
import { BLANK, fingerprint, readFingerprints, withFingerprint } from './fingerprint';
import type { Rekeyed } from './rekeyed';
import { rekeyedRows } from './rekeyed';
import { RowKeys } from './rowKeys';

/** A freshly organized record: its row in the order of the tab's columns, under its key. */
export interface IncomingRow {
  key: string;
  row: SheetValue[];
  /** Of each cell of `row`. */
  fingerprints: readonly number[];
  formats: string[];
}

/**
 * The cells are fingerprinted as the row is built (TabFingerprints): their text is still in the CPU's
 * cache, and a fresh row's fingerprints are its state whether it is added or merged.
 */
export function incomingRow(
  key: string,
  row: SheetValue[],
  formats: string[],
  fingerprints: readonly number[],
): IncomingRow {
  return { key, row, fingerprints, formats };
}

export interface ExistingTab {
  /** Values including the header row. */
  values: SheetValue[][];
  /** Formulas of the same range ('' where none). */
  formulas?: string[][];
}

/** Record key → the fingerprints of the source values last merged. */
export type MergeState = Map<string, Fingerprints>;

/**
 * A column the add-on works out from the row's other cells (a sample's Status from its dates). It
 * follows the merged row, operators' typed dates included, on every run, until the operator types
 * a value of their own; clearing that hands the cell back.
 */
export interface DerivedColumn {
  column: number;
  value: (row: readonly OutputCell[]) => SheetValue;
}

export interface MergeResult {
  rows: OutputCell[][];
  formats: string[][];
  state: MergeState;
  /** 0-based data-row indexes of records whose source row is gone. */
  orphans: { index: number; key: string; source: string }[];
  /**
   * Records added although the state has them: their row was deleted, or its key cells were changed
   * by hand (`editedIndex`: the 0-based data row that agrees with the record on its other cells).
   */
  rewritten: { index: number; key: string; editedIndex?: number }[];
  added: number;
  updated: number;
  editsKept: number;
}

const isBlankCell = (value: unknown): boolean => value === '' || value === null || value === undefined;

const sameCell = (a: unknown, b: unknown): boolean =>
  a === b || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());

/**
 * One existing row at a time, re-laid into the contract's column order (matched by header text),
 * merged with the record's fresh row: scratch arrays per tab, not per row.
 */
class RowMerge {
  /** The row being merged, in contract order, with its formulas ('' where none). */
  readonly values: SheetValue[];
  readonly formulas: string[];
  private readonly positions: readonly number[];
  private readonly operatorOwned: readonly boolean[];
  private readonly before: Float64Array;
  private readonly written: Float64Array;
  private readonly kept: Uint8Array;

  constructor(
    spec: TabSpec,
    header: readonly SheetValue[],
    private readonly derived: readonly DerivedColumn[],
  ) {
    const width = spec.fields.length;
    const headers = header.map((h) => String(h).trim().toLowerCase());
    this.positions = spec.fields.map((f) => headers.indexOf(f.header.toLowerCase()));
    this.operatorOwned = spec.fields.map((f) => Boolean(f.operatorOwned));
    this.values = new Array<SheetValue>(width).fill('');
    this.formulas = new Array<string>(width).fill('');
    this.before = new Float64Array(width);
    this.written = new Float64Array(width);
    this.kept = new Uint8Array(width);
  }

  lay(row: readonly SheetValue[], formulas: readonly string[] | undefined): void {
    for (let c = 0; c < this.positions.length; c++) {
      const p = this.positions[c];
      this.values[c] = p < 0 ? '' : (row[p] ?? '');
      this.formulas[c] = p < 0 ? '' : (formulas?.[p] ?? '');
    }
  }

  /** The row as the operator left it, formulas included. */
  asLeft(): OutputCell[] {
    return this.values.map((value, c) => (this.formulas[c] ? { formula: this.formulas[c] } : value));
  }

  /**
   * The merged row and its state. A blank cell takes the source's value; a cell still holding what the
   * source said last time refreshes; anything else (an edit, a formula, an operator-owned column) stays.
   */
  withFresh(
    { row: fresh, fingerprints }: IncomingRow,
    before: Fingerprints | undefined,
    counts: { updated: number; editsKept: number },
  ): { row: OutputCell[]; state: Fingerprints } {
    const width = this.values.length;
    const stored = before === undefined ? 0 : readFingerprints(before, this.before);
    let changed = false;
    let keptCells = 0;
    for (let c = 0; c < width; c++) {
      const value = this.values[c];
      const formula = this.formulas[c];
      const source = fresh[c];
      const sourceFingerprint = c < fingerprints.length ? fingerprints[c] : BLANK;
      this.written[c] = sourceFingerprint;
      this.kept[c] = 0;
      if (isBlankCell(value) && !formula) {
        if (!isBlankCell(source)) changed = true;
        continue;
      }
      const valueFingerprint = sameCell(value, source) ? sourceFingerprint : fingerprint(value);
      if (this.operatorOwned[c] || before === undefined || valueFingerprint !== this.before[c] || formula) {
        if (valueFingerprint !== sourceFingerprint) counts.editsKept++;
        this.kept[c] = 1;
        keptCells++;
        continue;
      }
      if (valueFingerprint !== sourceFingerprint) changed = true;
    }
    if (changed) counts.updated++;
    // Most merged rows are the source's row: it is used as it is, not copied.
    let row: OutputCell[] = keptCells === 0 && fresh.length === width ? fresh : this.withKept(fresh);
    // A fingerprint per cell of the source's row (Creators' mail columns have none) and per derived cell.
    let count = fresh.length;
    for (const { column, value } of this.derived) {
      if (this.kept[column]) continue;
      const derivedValue = value(row);
      if (derivedValue !== row[column]) {
        if (row === fresh) row = fresh.slice();
        row[column] = derivedValue;
      }
      this.written[column] = fingerprint(derivedValue);
      count = Math.max(count, column + 1);
    }
    const unchanged = stored === count && this.writtenIsBefore(count);
    return { row, state: unchanged ? before! : this.writtenList(count) };
  }

  /** The source's row with the cells kept from the tab. */
  private withKept(fresh: readonly SheetValue[]): OutputCell[] {
    const row = new Array<OutputCell>(this.values.length);
    for (let c = 0; c < row.length; c++) {
      if (!this.kept[c]) row[c] = fresh[c];
      else row[c] = this.formulas[c] ? { formula: this.formulas[c] } : this.values[c];
    }
    return row;
  }

  private writtenList(count: number): number[] {
    const list: number[] = [];
    for (let c = 0; c < count; c++) list.push(this.written[c]);
    return list;
  }

  private writtenIsBefore(count: number): boolean {
    for (let c = 0; c < count; c++) if (this.written[c] !== this.before[c]) return false;
    return true;
  }
}

/**
 * `incoming` rows are in the order of `spec`'s columns, one cell per column at most; of two with one
 * key, the first is the record.
 */
export function mergeTab(
  spec: TabSpec,
  existing: ExistingTab | undefined,
  incoming: readonly IncomingRow[],
  previous: MergeState,
  baseFormats: readonly string[],
  derived: readonly DerivedColumn[] = [],
): MergeResult {
  const sourceColumn = spec.fields.findIndex((f) => f.header === 'Source');
  const result: MergeResult = {
    rows: [],
    formats: [],
    state: new Map(),
    orphans: [],
    rewritten: [],
    added: 0,
    updated: 0,
    editsKept: 0,
  };
  const values = existing && existing.values.length >= 2 ? existing.values : [];
  const merge = new RowMerge(spec, values[0] ?? [], derived);
  // A key in the new state is a record placed already (a key in `incoming` has state only once placed).
  const isPlaced = (key: string) => result.state.has(key);
  const freshOf = values.length ? firstOfEachKey(incoming) : new Map<string, IncomingRow>();
  const lay = (i: number) => {
    merge.lay(values[i], existing?.formulas?.[i]);
    return merge.values;
  };
  const rekeyed = spec.keyCellsChange ? rekeyedTabRows(spec, values.length, lay, freshOf, previous) : NONE_REKEYED;
  const rowKeys = new RowKeys(spec);
  const unknownRows = new UnknownRows(spec, derived);

  for (let i = 1; i < values.length; i++) {
    const key = rowKeys.of(lay(i));
    const moved = rekeyed.get(i - 1);
    const fresh = moved ? moved.fresh : isPlaced(key) ? undefined : freshOf.get(key);
    const recordKey = moved?.origin ?? key;
    const before = previous.get(recordKey);
    if (fresh) {
      const { row, state } = merge.withFresh(fresh, before, result);
      result.rows.push(row);
      result.formats.push(fresh.formats);
      result.state.set(fresh.key, state);
      continue;
    }
    const kept = merge.asLeft();
    if (before !== undefined) {
      const source = String(merge.values[sourceColumn] ?? '');
      if (sourceColumn >= 0 && !source.endsWith(SOURCE_GONE)) kept[sourceColumn] = source + SOURCE_GONE;
      const state = sourceColumn >= 0 ? withFingerprint(before, sourceColumn, fingerprint(kept[sourceColumn])) : before;
      result.state.set(recordKey, state);
      result.orphans.push({ index: i - 1, key: recordKey, source });
    } else unknownRows.add(i - 1, kept);
    result.rows.push(kept);
    result.formats.push(baseFormats as string[]);
  }

  for (const fresh of incoming) {
    if (isPlaced(fresh.key)) continue;
    result.rows.push(fresh.row);
    result.formats.push(fresh.formats);
    result.state.set(fresh.key, fresh.fingerprints);
    result.added++;
    const stored = previous.size > 0 ? previous.get(fresh.key) : undefined;
    if (stored !== undefined)
      result.rewritten.push({ index: result.rows.length - 1, key: fresh.key, editedIndex: unknownRows.take(stored) });
  }
  return result;
}

/**
 * Rows of the tab that are no record (no state under their key): rows an operator added, or rows
 * whose key cells an operator changed. The latter are found by the rest of their cells: every cell
 * but the key's, an operator's and a derived one agrees with the state of the record they held.
 */
class UnknownRows {
  private readonly compared: number[];
  private readonly rows: { index: number; cells: readonly OutputCell[] }[] = [];
  private bySignature: Map<string, number[]> | undefined;
  private readonly stored: Float64Array;

  constructor(spec: TabSpec, derived: readonly DerivedColumn[]) {
    const key = new Set(spec.key);
    const derivedColumns = new Set(derived.map((d) => d.column));
    this.compared = spec.fields.flatMap((f, c) =>
      key.has(f.header) || f.operatorOwned || derivedColumns.has(c) ? [] : [c],
    );
    this.stored = new Float64Array(spec.fields.length);
  }

  add(index: number, cells: readonly OutputCell[]): void {
    this.rows.push({ index, cells });
  }

  /** The row that held the record of these fingerprints, once; undefined when none did. */
  take(fingerprints: Fingerprints): number | undefined {
    readFingerprints(fingerprints, this.stored);
    if (this.compared.every((c) => this.stored[c] === BLANK)) return undefined;
    this.bySignature ??= this.index();
    return this.bySignature.get(this.signature((c) => this.stored[c]))?.shift();
  }

  private index(): Map<string, number[]> {
    const bySignature = new Map<string, number[]>();
    for (const { index, cells } of this.rows) {
      const signature = this.signature((c) => fingerprint(cells[c]));
      const list = bySignature.get(signature);
      if (list) list.push(index);
      else bySignature.set(signature, [index]);
    }
    return bySignature;
  }

  private signature(fingerprintOf: (column: number) => number): string {
    return this.compared.map(fingerprintOf).join(',');
  }
}

const NONE_REKEYED: ReadonlyMap<number, Rekeyed> = new Map();

/** rekeyedRows over the data rows of a tab's `height` rows, header included. */
function rekeyedTabRows(
  spec: TabSpec,
  height: number,
  lay: (i: number) => readonly SheetValue[],
  freshOf: ReadonlyMap<string, IncomingRow>,
  previous: MergeState,
): ReadonlyMap<number, Rekeyed> {
  const keys = new RowKeys(spec);
  const rowKeys: string[] = [];
  for (let i = 1; i < height; i++) rowKeys.push(keys.of(lay(i)));
  return rekeyedRows(spec, rowKeys, (index) => lay(index + 1), freshOf, previous);
}

function firstOfEachKey(incoming: readonly IncomingRow[]): Map<string, IncomingRow> {
  const byKey = new Map<string, IncomingRow>();
  for (const fresh of incoming) if (!byKey.has(fresh.key)) byKey.set(fresh.key, fresh);
  return byKey;
}
