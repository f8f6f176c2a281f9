/**
 * A column's cells as its distinct values with how many cells hold each. Column-level decisions
 * (decimal comma, day-first dates, padded IDs) weigh every cell; a tally lets them read each
 * distinct cell once, and most columns hold few (amounts, statuses, SKUs).
 */
export interface Tally {
  values: readonly unknown[];
  counts: readonly number[];
}

/** Every cell of a column, or its tally. */
export type ColumnCells = readonly unknown[] | Tally;

export function tally(cells: readonly unknown[]): Tally {
  return tallyUpTo(cells, Infinity)!;
}

/** Past this many distinct cells a column is mostly unique (IDs, times): counting them costs more than it saves. */
const MOST_DISTINCT = 4096;

/** The column's tally, or its cells themselves when it holds more than MOST_DISTINCT distinct ones. */
export function tallyOrCells(cells: readonly unknown[]): ColumnCells {
  return tallyUpTo(cells, MOST_DISTINCT) ?? cells;
}

function tallyUpTo(cells: readonly unknown[], maxDistinct: number): Tally | undefined {
  const indexOf = new Map<unknown, number>();
  const values: unknown[] = [];
  const counts: number[] = [];
  // Sorted exports repeat a cell down many rows (status, SKU, day): a run costs no lookup.
  let previous: unknown;
  let previousIndex = -1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (previousIndex >= 0 && cell === previous) {
      counts[previousIndex]++;
      continue;
    }
    let index = indexOf.get(cell);
    if (index === undefined) {
      index = values.length;
      if (index === maxDistinct) return undefined;
      indexOf.set(cell, index);
      values.push(cell === 0 ? 0 : cell); // one value for 0 and -0, as a Map key is
      counts.push(1);
    } else counts[index]++;
    previous = cell;
    previousIndex = index;
  }
  return { values, counts };
}

/** Visits each value with the number of cells that hold it (1 per cell for a plain list). */
export function forEachCounted(column: ColumnCells, visit: (value: unknown, count: number) => void): void {
  if (isTally(column)) column.values.forEach((value, i) => visit(value, column.counts[i]));
  else for (let i = 0; i < column.length; i++) visit(column[i], 1);
}

function isTally(column: ColumnCells): column is Tally {
  return !Array.isArray(column);
}
