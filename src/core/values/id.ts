import { parsed, unreadable, type Parsed } from './result';
import { cleanText, screenCell } from './text';

/** A spreadsheet number holds 15 significant digits; longer ids have been rounded. */
const MAX_EXACT_DIGITS = 15;
// How a spreadsheet shows a long number it holds: '7.29E+17'. A SKU such as '1E5' is left alone.
const SCIENTIFIC = /^\d(?:[.,]\d+)?E\+\d+$/i;

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
  if (typeof raw === 'number' ? hasLostDigits(text) : SCIENTIFIC.test(text)) {
    return unreadable(
      `${label} ${text} has lost digits: the column was read as a number. ` +
        'Format the column as plain text in the source and paste the export again',
    );
  }
  return parsed(text.replace(/^'/, ''));
}

/** `numberText` is plain notation: counts digits from the first non-zero one, trailing zeros of integers included. */
function hasLostDigits(numberText: string): boolean {
  return numberText.replace(/[-.]/g, '').replace(/^0+/, '').length > MAX_EXACT_DIGITS;
}
