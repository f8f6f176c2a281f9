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

/** Distinct texts remembered per column by rememberedPerText. */
const REMEMBERED_TEXTS = 4096;

/**
 * `read`, run once per distinct text: a column repeats its amounts and rates, each read with
 * several regexes. Past REMEMBERED_TEXTS distinct texts the rest are read each time.
 */
export function rememberedPerText<V>(read: (text: string) => V): (text: string) => V {
  const remembered = new Map<string, V>();
  return (text) => {
    let value = remembered.get(text);
    if (value === undefined) {
      value = read(text);
      if (remembered.size < REMEMBERED_TEXTS) remembered.set(text, value);
    }
    return value;
  };
}

export function decide<D>(votes: ColumnVotes<D>, cells: readonly unknown[]): D {
  for (let i = 0; i < cells.length; i++) votes.weigh(cells[i]);
  return votes.decision();
}
