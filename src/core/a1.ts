/** A1 notation for a cell: column letters and row number. */

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `C3`; without a column, the row alone (`3:3`). */
export function cellA1(row: number, column?: number): string {
  return column ? `${columnLetters(column)}${row}` : `${row}:${row}`;
}
