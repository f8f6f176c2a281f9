import { readLooseDecimal, roundFloat, withSign } from './number';
import { parsed, unreadable, type Parsed } from './result';
import { remembered } from './remembered';
import { decide, type ColumnVotes } from './votes';
import { cleanText, screenCell } from './text';

/** How a column writes rates without a '%' sign: 0.15 ('fraction') or 15 ('whole'). */
export type PercentScale = 'fraction' | 'whole';

interface PercentText {
  number: number;
  hasPercentSign: boolean;
}

const PERCENT_TEXT = /^([+\-−]?)\s*([\d.,]*\d)\s*(%?)$/;

function readPercentText(text: string): PercentText | null {
  const match = PERCENT_TEXT.exec(text);
  const magnitude = match ? readLooseDecimal(match[2]) : null;
  if (!match || magnitude === null) return null;
  return { number: withSign(match[1], magnitude), hasPercentSign: match[3] === '%' };
}

/** The number a text writes without a '%' sign, or null. */
function bareNumberIn(text: string): number | null {
  const percentText = readPercentText(cleanText(text));
  return percentText && !percentText.hasPercentSign ? percentText.number : null;
}

/** A column that has any bare number above 1 writes whole percents (15 = 15%). */
export function detectPercentScale(values: readonly unknown[]): PercentScale {
  return decide(new PercentScaleVotes(), values);
}

/** detectPercentScale, a cell at a time: once a cell shows whole percents, the rest need not be read. */
export class PercentScaleVotes implements ColumnVotes<PercentScale> {
  private whole = false;
  private readonly bareNumberOf = remembered(bareNumberIn);

  weigh(cell: unknown): boolean {
    if (!this.whole) {
      const bare = typeof cell === 'number' ? cell : typeof cell === 'string' ? this.bareNumberOf(cell) : null;
      this.whole = (bare ?? 0) > 1;
    }
    return this.whole;
  }

  decision(): PercentScale {
    return this.whole ? 'whole' : 'fraction';
  }
}

/**
 * A rate as a fraction (15% → 0.15). '%' always means percent; a bare number above 1 is a whole
 * percent (a rate of 15 can only mean 15%), and so is 1 in a 'whole' column. A bare number below 1
 * stays a fraction even in a 'whole' column: sheets hold %-formatted cells as fractions, and a
 * creator commission under 1% is not a rate anyone writes.
 */
export function parsePercent(raw: unknown, scale: PercentScale = 'fraction'): Parsed<number> {
  const screened = screenCell(raw);
  if (screened) return screened;
  const text = cleanText(raw);
  const percentText =
    typeof raw === 'number'
      ? { number: raw, hasPercentSign: false }
      : typeof raw === 'string'
        ? readPercentText(text)
        : null;
  if (!percentText || !Number.isFinite(percentText.number)) {
    return unreadable(`'${text}' is not a percentage: write a rate like 15% or 0.15`);
  }
  const { number, hasPercentSign } = percentText;
  const wholePercent = hasPercentSign || number > 1 || (scale === 'whole' && number === 1);
  const fraction = roundFloat(wholePercent ? number / 100 : number);
  if (fraction < 0) return unreadable(`'${text}' is negative: a rate is between 0% and 100%`);
  if (fraction > 1) return unreadable(`'${text}' is over 100%: write a rate like 15% or 0.15`);
  return parsed(fraction);
}
