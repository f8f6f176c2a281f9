import { readLooseDecimal, readWholeNumber, roundFloat, withSign } from './number';
import { parsed, unreadable, type Parsed } from './result';
import { cleanText, screenCell } from './text';

const INTEGER_TEXT = /^([+\-−]?)\s*([\d.,\s'’]*\d)$/;

/** A whole number such as units or a line number: '3', 3, '3.0', ' 2 '. */
export function parseInteger(raw: unknown): Parsed<number> {
  const screened = screenCell(raw);
  if (screened) return screened;
  const text = cleanText(raw);
  const number = typeof raw === 'number' ? roundFloat(raw) : typeof raw === 'string' ? readIntegerText(text) : null;
  if (number === null) return unreadable(`'${text}' is not a number: write it in digits, like 3`);
  return Number.isInteger(number)
    ? parsed(number)
    : unreadable(`'${text}' is not a whole number: use a whole number like 3`);
}

function readIntegerText(text: string): number | null {
  const match = INTEGER_TEXT.exec(text);
  const magnitude = match ? (readWholeNumber(match[2]) ?? readLooseDecimal(match[2])) : null;
  return match && magnitude !== null ? withSign(match[1], magnitude) : null;
}
