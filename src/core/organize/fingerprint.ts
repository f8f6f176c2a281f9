/**
 * A cell's fingerprint in the merge state: hash32 of the value's text, run on from its type (`n`
 * for a number, `d` for a date's milliseconds, else `typeof`), so 12, '12' and the date 12 ms after
 * 1970 differ; a blank cell has none. The state tab keeps a record's fingerprints as one text, each
 * in decimal, joined by ',' ('' for a blank). Neither may change: every state written so far would
 * make every cell look edited by hand. Numbers and dates are hashed from their digits (numberHash32),
 * most cells of a large Orders tab being numbers.
 */
import { hash32, numberHash32 } from '../hash';

/** The fingerprint of a blank cell: none, '' in the state's text. */
export const BLANK = -1;
/** What an unreadable or missing fingerprint reads as: it matches no cell. */
const UNREADABLE = -2;

const STRING_SEED = hash32('string');
const NUMBER_SEED = hash32('n');
const DATE_SEED = hash32('d');
const TRUE = hash32('true', hash32('boolean'));
const FALSE = hash32('false', hash32('boolean'));

const ZERO = 48;
const COMMA = 44;

export function fingerprint(value: unknown): number {
  if (typeof value === 'string') return value === '' ? BLANK : hash32(value, STRING_SEED);
  if (typeof value === 'number') return numberHash32(value, NUMBER_SEED);
  if (value === null || value === undefined) return BLANK;
  if (value instanceof Date) return numberHash32(value.getTime(), DATE_SEED);
  if (typeof value === 'boolean') return value ? TRUE : FALSE;
  return hash32(String(value), hash32(typeof value));
}

/**
 * The fingerprints of a tab's rows, one per cell, a row at a time. A cell that is the very value above
 * it (the same text, number or Date) takes that cell's fingerprint without hashing again: an order's
 * lines share its ID, day, creator and status, and a record's cells are the values its parser shared
 * between rows. `of` is a loop of its own, so the call to `fingerprint` is inlined there and its
 * 32-bit results go straight into the list; called from a larger function (or through `map`), each
 * result was boxed.
 */
export class TabFingerprints {
  private above: readonly unknown[] = [];
  private fingerprintsAbove: readonly number[] = [];

  of(row: readonly unknown[]): number[] {
    const { above, fingerprintsAbove } = this;
    const fingerprints = new Array<number>(row.length);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      fingerprints[c] = c < above.length && cell === above[c] ? fingerprintsAbove[c] : fingerprint(cell);
    }
    this.above = row;
    this.fingerprintsAbove = fingerprints;
    return fingerprints;
  }
}

/**
 * A record's fingerprints, one per column: the state tab's text of them as read, or the numbers of
 * this run until the state is written (fingerprintsText): most records of a re-run keep the text they
 * had, and the text of the others is written once, by the server.
 */
export type Fingerprints = string | readonly number[];

export function fingerprintsText(fingerprints: Fingerprints): string {
  if (typeof fingerprints === 'string') return fingerprints;
  return fingerprints.map((value) => (value === BLANK ? '' : String(value))).join(',');
}

/**
 * Reads a record's fingerprints into `into`, one per column (UNREADABLE past their end, and for text
 * that is no fingerprint), and says how many the record has.
 */
export function readFingerprints(fingerprints: Fingerprints, into: Float64Array): number {
  if (typeof fingerprints !== 'string') {
    for (let c = 0; c < into.length; c++) into[c] = c < fingerprints.length ? fingerprints[c] : UNREADABLE;
    return fingerprints.length;
  }
  let column = 0;
  let value = 0;
  let digits = 0;
  let readable = true;
  for (let i = 0; i <= fingerprints.length; i++) {
    const code = i < fingerprints.length ? fingerprints.charCodeAt(i) : COMMA;
    if (code === COMMA) {
      if (column < into.length) into[column] = !readable ? UNREADABLE : digits === 0 ? BLANK : value;
      column++;
      value = 0;
      digits = 0;
      readable = true;
    } else if (code < ZERO || code > ZERO + 9 || (digits === 1 && value === 0) || digits === 10) readable = false;
    else {
      value = value * 10 + code - ZERO;
      digits++;
      if (value > 0xffffffff) readable = false;
    }
  }
  into.fill(UNREADABLE, Math.min(column, into.length));
  return column;
}

/** The fingerprints with one column's replaced. */
export function withFingerprint(fingerprints: Fingerprints, column: number, value: number): Fingerprints {
  if (typeof fingerprints !== 'string') return Object.assign(fingerprints.slice(), { [column]: value });
  const parts = fingerprints.split(',');
  parts[column] = value === BLANK ? '' : String(value);
  return parts.join(',');
}
