/**
 * The idempotent merge of freshly organized records into a managed tab as the operator left it.
 *
 * The state remembers, per record and column, a fingerprint of what the SOURCE said last time.
 * A cell that no longer matches it was changed by hand and keeps the operator's value; a cell
 * that still matches refreshes from the source. Operator-owned columns are only ever filled
 * while blank. Rows the operator added are kept, and a record whose source row disappeared is
 * kept and flagged, never deleted.
 */
import { hash32 } from '../hash';
import type { TabSpec } from '../schema';
import type { OutputCell, SheetValue } from '../cells';

export interface IncomingRow {
  row: SheetValue[];
  formats: string[];
}

export interface ExistingTab {
  /** Values including the header row. */
  values: SheetValue[][];
  /** Formulas of the same range ('' where none). */
  formulas?: string[][];
}

/** Record key → per-column fingerprints of the source values last merged. */
export type MergeState = Map<string, string[]>;

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
  added: number;
  updated: number;
  editsKept: number;
}

const SOURCE_GONE = ' (source row gone)';

/** The hash of each fingerprint's type prefix, to run on from (hash32's seed): one string less per cell. */
const PREFIX_HASHES = new Map<string, number>();
const prefixHash = (prefix: string): number => {
  let hash = PREFIX_HASHES.get(prefix);
  if (hash === undefined) PREFIX_HASHES.set(prefix, (hash = hash32(prefix)));
  return hash;
};

export function fingerprint(value: unknown): string {
  if (value === '' || value === null || value === undefined) return '';
  if (value instanceof Date) return String(hash32(String(value.getTime()), prefixHash('d')));
  if (typeof value === 'number') return String(hash32(String(value), prefixHash('n')));
  return String(hash32(String(value), prefixHash(typeof value)));
}

function keyPart(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  return String(value ?? '')
    .trim()
    .toLowerCase();
}

export function keyOf(spec: TabSpec, row: readonly unknown[], columns: readonly number[] = keyColumns(spec)): string {
  return columns.map((c) => keyPart(row[c])).join('\u0001');
}

function keyColumns(spec: TabSpec): number[] {
  return spec.key.map((header) => spec.fields.findIndex((f) => f.header === header));
}

const isBlankCell = (value: unknown): boolean => value === '' || value === null || value === undefined;

/** Existing rows re-laid into the contract's column order, matched by header text. */
function existingRows(
  spec: TabSpec,
  existing: ExistingTab | undefined,
): { values: SheetValue[]; formulas: string[] }[] {
  if (!existing || existing.values.length < 2) return [];
  const header = existing.values[0].map((h) => String(h).trim().toLowerCase());
  const positions = spec.fields.map((f) => header.indexOf(f.header.toLowerCase()));
  return existing.values.slice(1).map((row, i) => ({
    values: positions.map((p) => (p < 0 ? '' : (row[p] ?? ''))),
    formulas: positions.map((p) => (p < 0 ? '' : (existing.formulas?.[i + 1]?.[p] ?? ''))),
  }));
}

export function mergeTab(
  spec: TabSpec,
  existing: ExistingTab | undefined,
  incoming: ReadonlyMap<string, IncomingRow>,
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
    added: 0,
    updated: 0,
    editsKept: 0,
  };
  const placed = new Set<string>();

  for (const [index, current] of existingRows(spec, existing).entries()) {
    const key = keyOf(spec, current.values);
    const fresh = placed.has(key) ? undefined : incoming.get(key);
    const before = previous.get(key);
    if (fresh) {
      placed.add(key);
      const kept = new Set<number>();
      const row = mergeRow(spec, current, fresh.row, before, result, kept);
      const written = fresh.row.map(fingerprint);
      for (const { column, value } of derived) {
        if (kept.has(column)) continue;
        row[column] = value(row);
        written[column] = fingerprint(row[column]);
      }
      result.rows.push(row);
      result.formats.push(fresh.formats);
      result.state.set(key, written);
      continue;
    }
    const kept: OutputCell[] = current.values.map((value, c) =>
      current.formulas[c] ? { formula: current.formulas[c] } : value,
    );
    if (before) {
      const source = String(current.values[sourceColumn] ?? '');
      if (sourceColumn >= 0 && !source.endsWith(SOURCE_GONE)) kept[sourceColumn] = source + SOURCE_GONE;
      const fingerprints = before.slice();
      if (sourceColumn >= 0) fingerprints[sourceColumn] = fingerprint(kept[sourceColumn]);
      result.state.set(key, fingerprints);
      result.orphans.push({ index, key, source });
    }
    result.rows.push(kept);
    result.formats.push(baseFormats as string[]);
  }

  for (const [key, fresh] of incoming) {
    if (placed.has(key)) continue;
    result.rows.push(fresh.row);
    result.formats.push(fresh.formats);
    result.state.set(key, fresh.row.map(fingerprint));
    result.added++;
  }
  return result;
}

function mergeRow(
  spec: TabSpec,
  current: { values: SheetValue[]; formulas: string[] },
  fresh: SheetValue[],
  before: string[] | undefined,
  counts: { updated: number; editsKept: number },
  kept: Set<number>,
): OutputCell[] {
  let changed = false;
  const row = spec.fields.map((field, c): OutputCell => {
    const existing = current.values[c];
    const own: OutputCell = current.formulas[c] ? { formula: current.formulas[c] } : existing;
    if (isBlankCell(existing) && !current.formulas[c]) {
      if (!isBlankCell(fresh[c])) changed = true;
      return fresh[c];
    }
    const editedByHand =
      field.operatorOwned || !before || fingerprint(existing) !== before[c] || Boolean(current.formulas[c]);
    if (editedByHand) {
      if (fingerprint(existing) !== fingerprint(fresh[c])) counts.editsKept++;
      kept.add(c);
      return own;
    }
    if (fingerprint(existing) !== fingerprint(fresh[c])) changed = true;
    return fresh[c];
  });
  if (changed) counts.updated++;
  return row;
}
