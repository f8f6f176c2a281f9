import { parsed, unreadable, type Parsed } from './result';
import { cleanText, screenCell } from './text';

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

/** A yes/no cell ('Fully returned or refunded'): checkboxes, Yes/No, Y/N, TRUE/FALSE, 1/0. */
export function parseBoolean(raw: unknown): Parsed<boolean> {
  const screened = screenCell(raw);
  if (screened) return screened;
  const word = cleanText(raw).toLowerCase();
  if (TRUE_WORDS.has(word)) return parsed(true);
  if (FALSE_WORDS.has(word)) return parsed(false);
  return unreadable(`'${cleanText(raw)}' is not yes or no: write Yes or No`);
}
