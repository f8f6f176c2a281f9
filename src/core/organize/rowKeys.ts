/**
 * The keys of a managed tab's records, as the merge state holds them: each key column's text
 * trimmed and lower-cased, joined by \u0001.
 */
import type { TabSpec } from '../schema';

function keyPart(value: unknown): string {
  if (typeof value === 'string') return value.trim().toLowerCase();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (value instanceof Date) return value.toISOString();
  return String(value ?? '')
    .trim()
    .toLowerCase();
}

const KEY_COLUMNS = new WeakMap<TabSpec, readonly number[]>();

/** The positions of the tab's key columns among its fields. */
export function keyColumns(spec: TabSpec): readonly number[] {
  let columns = KEY_COLUMNS.get(spec);
  if (!columns) {
    columns = spec.key.map((header) => spec.fields.findIndex((f) => f.header === header));
    KEY_COLUMNS.set(spec, columns);
  }
  return columns;
}

function keyOf(spec: TabSpec, row: readonly unknown[]): string {
  const columns = keyColumns(spec);
  let key = keyPart(row[columns[0]]);
  for (let i = 1; i < columns.length; i++) key += '\u0001' + keyPart(row[columns[i]]);
  return key;
}

/**
 * The keys of a tab's rows, one row at a time in the tab's order. Where the tab's keys may repeat
 * (TabSpec.keysRepeat), the second row alike in every key column is `key` and '#2', the third '#3',
 * and so on, both among the source's records and among the tab's rows, so the n-th of them meets the
 * n-th: two equal payments are two rows, never one.
 */
export class RowKeys {
  private readonly seen: Map<string, number> | undefined;

  constructor(private readonly spec: TabSpec) {
    this.seen = spec.keysRepeat ? new Map() : undefined;
  }

  of(row: readonly unknown[]): string {
    const key = keyOf(this.spec, row);
    if (!this.seen) return key;
    const count = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, count);
    return count === 1 ? key : `${key}\u0001#${count}`;
  }
}
