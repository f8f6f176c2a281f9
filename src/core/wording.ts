/** Counts as people read them, shared by the menu's toast and the sidebar. */

/** "1 cell to check", "12 cells to check". */
export function cellsToCheck(count: number): string {
  return `${count} ${count === 1 ? 'cell' : 'cells'} to check`;
}

/** 2,000 */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Issues of one kind named one by one up to this many; more are one issue with the count and a rowList. */
export const NAMED_ONE_BY_ONE = 3;

/** "row 7", "rows 2, 3, 5", "rows 2, 3, 5, 8, 9 and 1,995 more" (the first five of sorted rows). */
export function rowList(rows: readonly number[]): string {
  const shown = 5;
  const listed = rows.slice(0, shown).join(', ');
  if (rows.length === 1) return `row ${listed}`;
  const more = rows.length - shown;
  return more > 0 ? `rows ${listed} and ${grouped(more)} more` : `rows ${listed}`;
}

/** Why an email the preview lists would wait: the daily limit of emails is used up. */
export const OVER_DAILY_LIMIT = 'the daily limit in Settings is used up: the next run sends it';
