import { readLooseDecimal, readWholeNumber, roundFloat } from './number';
import { parsed, unreadable, type Parsed } from './result';
import { cleanText, screenCell } from './text';

const MULTIPLIERS: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, billion: 1e9 };

const COUNT_TEXT = /^([\d.,\s'’]*\d)\s*(k|thousand|m|million|b|billion)?\s*(?:followers?|fans)?$/i;

/** A follower count as an integer: '12.5K' → 12500, '1.2M', '1,234', '3.4k followers', 12500. */
export function parseCount(raw: unknown): Parsed<number> {
  const screened = screenCell(raw);
  if (screened) return screened;
  const text = cleanText(raw);
  const count = typeof raw === 'number' ? roundFloat(raw) : typeof raw === 'string' ? readCountText(text) : null;
  if (count === null || !Number.isInteger(count) || count < 0) {
    return unreadable(`'${text}' is not a follower count: write a whole number like 12500, or 12.5K or 1.2M`);
  }
  return parsed(count);
}

function readCountText(text: string): number | null {
  const match = COUNT_TEXT.exec(text);
  if (!match) return null;
  const [, body, multiplierWord] = match;
  if (!multiplierWord) return readWholeNumber(body);
  const scaled = readLooseDecimal(body);
  return scaled === null ? null : Math.round(scaled * MULTIPLIERS[multiplierWord.toLowerCase()]);
}
