import { parsed, unreadable, type Parsed } from './result';
import { forEachCounted, type ColumnCells } from './tally';
import { cleanText, screenCell } from './text';

/** A spreadsheet number holds 15 significant digits; longer ids have been rounded. */
const MAX_EXACT_DIGITS = 15;
// How a spreadsheet shows a long number it holds: '7.29E+17'. A SKU such as '1E5' is left alone.
const SCIENTIFIC = /^\d(?:[.,]\d+)?E\+\d+$/i;
const LONG_DIGITS = /^\d{16,}$/;
const ZEROS = /^0+$/;
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
  const screened = screenCell(raw);
  if (screened) return screened;
  const text = cleanText(raw);
  if (raw instanceof Date) {
    return unreadable(
      `${label} ${text} was read as a date: format the column as plain text in the source and paste it again`,
    );
  }
  if (typeof raw === 'boolean') return unreadable(`${label} ${text} is TRUE/FALSE, not an ID`);
  if (idDamage(raw)) {
    return unreadable(
      `${label} ${text} has lost digits: the column was read as a number. ` +
        'Format the column as plain text in the source and paste the export again',
    );
  }
  return parsed(text.replace(/^'/, ''));
}

/** The damage an ID cell shows, if any; `paddedColumn` is detectPaddedIds of its column. */
export function idDamage(raw: unknown, paddedColumn = false): IdDamage | undefined {
  if (typeof raw === 'number') return hasLostDigits(cleanText(raw)) ? 'number' : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = cleanText(raw);
  if (SCIENTIFIC.test(text)) return 'scientific';
  return paddedColumn && isPadded(text) ? 'padded' : undefined;
}

/**
 * Whether a column's 15-digits-then-zeros IDs are damage rather than chance. A real 18-digit ID
 * ends in 000 once in a thousand; a file a spreadsheet saved back shows it on every long ID.
 * A lone padded ID cannot be told from a real one, and is kept.
 */
export function detectPaddedIds(values: ColumnCells): boolean {
  let padded = 0;
  let expectedByChance = 0;
  forEachCounted(values, (value, count) => {
    if (typeof value !== 'string') return;
    const text = cleanText(value);
    if (!LONG_DIGITS.test(text)) return;
    expectedByChance += count * 10 ** (MAX_EXACT_DIGITS - text.length);
    if (isPadded(text)) padded += count;
  });
  return padded >= 2 && padded > PADDED_OVER_CHANCE * expectedByChance;
}

function isPadded(text: string): boolean {
  return LONG_DIGITS.test(text) && ZEROS.test(text.slice(MAX_EXACT_DIGITS));
}

/** `numberText` is plain notation: counts digits from the first non-zero one, trailing zeros of integers included. */
function hasLostDigits(numberText: string): boolean {
  return numberText.replace(/[-.]/g, '').replace(/^0+/, '').length > MAX_EXACT_DIGITS;
}
