/** A1 notation: `A1`, `A1:C10`, `A:C`, `A2:C`, `2:5`, `$A$1`, `Sheet2!A1:B2`, `'Follow-up log'!A:I`. */

export interface GridRef {
  /** The sheet named before `!`, unquoted; undefined when the notation names none. */
  sheetName?: string;
  row: number;
  column: number;
  /** Inclusive end; undefined means "to the sheet's last row/column" (open-ended `A:C`, `2:5`, `A2:C`). */
  endRow?: number;
  endColumn?: number;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function a1Of(row: number, column: number, endRow = row, endColumn = column): string {
  const start = columnLetters(column) + row;
  return endRow === row && endColumn === column ? start : `${start}:${columnLetters(endColumn)}${endRow}`;
}

/** `Tab`, or `'Follow-up log'` when the name needs quoting in a formula. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const CORNER = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Parses A1 notation; throws `Range not found` like Apps Script for anything else. */
export function parseA1(notation: string): GridRef {
  const { sheetName, address } = splitSheetName(notation.trim());
  const parts = address.split(':');
  const start = parseCorner(parts[0]);
  const end = parts.length === 2 ? parseCorner(parts[1]) : start;
  const single = parts.length === 1;
  if (parts.length > 2 || (single && (start.row === undefined || start.column === undefined))) throw rangeNotFound();
  const row = Math.min(start.row ?? 1, end.row ?? Infinity);
  const column = Math.min(start.column ?? 1, end.column ?? Infinity);
  const endRow = start.row === undefined || end.row === undefined ? undefined : Math.max(start.row, end.row);
  const endColumn =
    start.column === undefined || end.column === undefined ? undefined : Math.max(start.column, end.column);
  return { sheetName, row, column, endRow, endColumn };
}

function splitSheetName(notation: string): { sheetName?: string; address: string } {
  if (notation.startsWith("'")) {
    const close = notation.search(/'!(?=[^']*$)/);
    if (close < 0) throw rangeNotFound();
    return { sheetName: notation.slice(1, close).replace(/''/g, "'"), address: notation.slice(close + 2) };
  }
  const bang = notation.lastIndexOf('!');
  return bang < 0 ? { address: notation } : { sheetName: notation.slice(0, bang), address: notation.slice(bang + 1) };
}

function parseCorner(text: string): { row?: number; column?: number } {
  const match = CORNER.exec(text);
  if (!match || (!match[1] && !match[2])) throw rangeNotFound();
  return { column: match[1] ? columnNumber(match[1]) : undefined, row: match[2] ? Number(match[2]) : undefined };
}

function rangeNotFound(): Error {
  return new Error('Range not found');
}
