/**
 * Column-level decisions (decimal comma, day-first dates, whole-number percents, padded IDs) weigh
 * every cell of a column. Each is a fold over the cells, so a reader can weigh them one at a time
 * as it reads the rows (see readRows) rather than in a pass over the column first.
 */
export interface ColumnVotes<D> {
  /** Whether the cell had a say (a date that shows its order, an amount only one reading fits, ...). */
  weigh(cell: unknown): boolean;
  /** The decision of the cells weighed so far. */
  decision(): D;
}

export function decide<D>(votes: ColumnVotes<D>, cells: readonly unknown[]): D {
  for (let i = 0; i < cells.length; i++) votes.weigh(cells[i]);
  return votes.decision();
}
