/**
 * What a parser makes of one cell.
 * - value null, no problem: the cell is blank.
 * - value null with a problem: the cell is unreadable; the problem says what is wrong and how to fix it.
 * - a value with a warning: the value was read, but the user should check it (e.g. an ambiguous separator).
 */
export type Parsed<T> = { value: T | null; problem?: string; warning?: string };

export function parsed<T>(value: T, warning?: string): Parsed<T> {
  return warning === undefined ? { value } : { value, warning };
}

export function unreadable<T>(problem: string): Parsed<T> {
  return { value: null, problem };
}
