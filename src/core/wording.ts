/** Counts as people read them, shared by the menu's toast and the sidebar. */

/** "1 cell to check", "12 cells to check". */
export function cellsToCheck(count: number): string {
  return `${count} ${count === 1 ? 'cell' : 'cells'} to check`;
}
