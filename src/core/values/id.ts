import { parsed, unreadable, type Parsed } from './result';
import { decide, type ColumnVotes } from './votes';
import { cleanText, screenCell, screenText } from './text';

/** A spreadsheet number holds 15 significant digits; longer ids have been rounded. */
const MAX_EXACT_DIGITS = 15;
// How a spreadsheet shows a long number it holds: '7.29E+17'. A SKU such as '1E5' is left alone.
const SCIENTIFIC = /^\d(?:[.,]\d+)?E\+\d+$/i;
const ZERO = 48;
const APOSTROPHE = 39;
/** A column shows padding damage when it has this many times more padded IDs than chance gives. */
const PADDED_OVER_CHANCE = 10;

/**
 * How an ID cell shows that a spreadsheet read it as a number: a number cell past 15 digits, the
 * text `5.76837E+17`, or (only where the column shows it, see detectPaddedIds) 15 digits then zeros.
 */
export type IdDamage = 'number' | 'scientific' | 'padded';

/**
 * An identifier as exact text (Order ID, SKU, tracking number). `label` names the id in problems.
 * Ids that went through a number (rounded past 15 digits, or shown as 7.29E+17) are problems: their digits are lost.
 */
export function parseId(raw: unknown, label = 'ID'): Parsed<string> {
  const text = cleanText(raw);
  const screened = typeof raw === 'string' ? screenText(text) : screenCell(raw);
  if (screened) return screened;
  if (raw instanceof Date) {
    return unreadable(
      `${label} ${text} was read as a date: format the column as plain text in the source and paste it again`,
    );
  }
  if (typeof raw === 'boolean') return unreadable(`${label} ${text} is TRUE/FALSE, not an ID`);
  if ((typeof raw === 'string' || typeof raw === 'number') && damageOf(raw, text, false)) {
    return unreadable(
      `${label} ${text} has lost digits: the column was read as a number. ` +
        'Format the column as plain text in the source and paste the export again',
    );
  }
  return parsed(text.charCodeAt(0) === APOSTROPHE ? text.slice(1) : text);
}

/** The damage an ID cell shows, if any; `paddedColumn` is detectPaddedIds of its column. */
export function idDamage(raw: unknown, paddedColumn = false): IdDamage | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  return damageOf(raw, cleanText(raw), paddedColumn);
}

/** idDamage of a cell whose cleanText is `text`. */
function damageOf(raw: string | number, text: string, paddedColumn: boolean): IdDamage | undefined {
  if (typeof raw === 'number') return hasLostDigits(text) ? 'number' : undefined;
  if (isScientific(text)) return 'scientific';
  return paddedColumn && isPadded(text) ? 'padded' : undefined;
}

/** '7.29E+17': a digit, then '.', ',' or 'E' (the second character rules out nearly every ID without the pattern). */
function isScientific(text: string): boolean {
  const second = text.charAt(1);
  if (second !== '.' && second !== ',' && second !== 'E' && second !== 'e') return false;
  return SCIENTIFIC.test(text);
}

/**
 * Whether a column's 15-digits-then-zeros IDs are damage rather than chance. A real 18-digit ID
 * ends in 000 once in a thousand; a file a spreadsheet saved back shows it on every long ID.
 * A lone padded ID cannot be told from a real one, and is kept.
 */
export function detectPaddedIds(values: readonly unknown[]): boolean {
  return decide(new PaddedIdVotes(), values);
}

/** detectPaddedIds, a cell at a time. */
export class PaddedIdVotes implements ColumnVotes<boolean> {
  private padded = 0;
  /** Long IDs by their digits past the 15th: counts, so the sum of chances is the same whatever order cells come in. */
  private readonly longByExtraDigits: number[] = [];

  weigh(cell: unknown): boolean {
    if (typeof cell !== 'string') return false;
    const text = cleanText(cell);
    if (!isLongDigits(text)) return false;
    const extra = text.length - MAX_EXACT_DIGITS;
    this.longByExtraDigits[extra] = (this.longByExtraDigits[extra] ?? 0) + 1;
    if (endsInZeros(text)) this.padded++;
    return true;
  }

  decision(): boolean {
    // Chance gives a 15-digits-then-zeros ID once in 10 IDs one digit longer, once in 100 two longer, ...
    let expectedByChance = 0;
    this.longByExtraDigits.forEach((count, extra) => (expectedByChance += count * 10 ** -extra));
    return this.padded >= 2 && this.padded > PADDED_OVER_CHANCE * expectedByChance;
  }
}

function isPadded(text: string): boolean {
  return isLongDigits(text) && endsInZeros(text);
}

/** More digits than a spreadsheet number holds, and nothing else. */
function isLongDigits(text: string): boolean {
  if (text.length <= MAX_EXACT_DIGITS) return false;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return false;
  }
  return true;
}

/** Only zeros past the 15th character. */
function endsInZeros(text: string): boolean {
  for (let i = MAX_EXACT_DIGITS; i < text.length; i++) if (text.charCodeAt(i) !== ZERO) return false;
  return true;
}

/** `numberText` is plain notation: counts digits from the first non-zero one, trailing zeros of integers included. */
function hasLostDigits(numberText: string): boolean {
  return numberText.replace(/[-.]/g, '').replace(/^0+/, '').length > MAX_EXACT_DIGITS;
}
