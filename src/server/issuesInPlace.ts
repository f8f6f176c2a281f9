/**
 * The Import issues tab's rows, laid so that what an operator typed beside an issue, in a column of
 * their own ("Owner", "Fixed?"), stays beside that issue. A row holding such a cell keeps its issue
 * while the issue is still found, and is kept marked resolved once it is not; the other issues fill
 * the remaining rows in order. Without operator cells this is the issues in order, as found.
 */
import type { SheetValue } from '../core/cells';
import type { ManagedRead } from './managedColumns';

const RESOLVED = 'Resolved: ';

const keyOf = (row: readonly SheetValue[]): string => row.map((cell) => String(cell ?? '')).join('\u0001');
const isBlankRow = (row: readonly SheetValue[]): boolean => row.every((cell) => cell === '' || cell === null);

/** `issues` in the contract's columns (Problem last); `held` is the tab as read, header included. */
export function issuesInPlace(issues: readonly SheetValue[][], held: ManagedRead): SheetValue[][] {
  const unplaced = new Map<string, number[]>();
  issues.forEach((issue, i) => {
    const key = keyOf(issue);
    const same = unplaced.get(key);
    if (same) same.push(i);
    else unplaced.set(key, [i]);
  });
  const placed = new Set<number>();
  const pinned: (SheetValue[] | undefined)[] = held.values.slice(1).map((row, i) => {
    if (!held.holdsOtherCells?.(i + 1)) return undefined;
    const at = unplaced.get(keyOf(row))?.shift();
    if (at !== undefined) {
      placed.add(at);
      return issues[at];
    }
    return isBlankRow(row) ? row : resolved(row);
  });
  const rest = issues.filter((_, i) => !placed.has(i));
  const blank = issues[0]?.map(() => '') ?? [];
  let next = 0;
  const rows = pinned.map((row) => row ?? rest[next++] ?? blank);
  rows.push(...rest.slice(next));
  while (rows.length > 0 && rows[rows.length - 1] === blank) rows.pop();
  return rows;
}

/** A row whose issue is no longer found, its Problem marked so. */
function resolved(row: readonly SheetValue[]): SheetValue[] {
  const problem = String(row[row.length - 1] ?? '');
  return [...row.slice(0, -1), problem.startsWith(RESOLVED) ? problem : RESOLVED + problem];
}
