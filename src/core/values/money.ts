import type { Money } from '../cells';
import { currencyFromToken } from './currency';
import { plainNumberString, readingsOf, roundFloat } from './number';
import { parsed, unreadable, type Parsed } from './result';
import { remembered } from './remembered';
import { decide, type ColumnVotes } from './votes';
import { cleanText, screenCell, screenText } from './text';

/** Which character a column uses as the decimal separator; 'ambiguous' when its values did not settle it. */
export type MoneyStyle = 'dot' | 'comma' | 'ambiguous';

interface AmountText {
  /** Unsigned digits with separators: '1.234,56'. */
  body: string;
  negative: boolean;
  currency?: string;
}

const SIGN_CHARS = /[()+\-−–]/g;
const SIGN_OR_SPACE = /[()+\-−–\s]/g;

/** Sign characters before|after the digits, and whether they make the amount negative. */
const SIGN_FORMS: Record<string, boolean> = {
  '|': false,
  '+|': false,
  '-|': true,
  '−|': true,
  '–|': true,
  '(|)': true,
  '|-': true,
};

/** Splits '-$1,234.50', '(12.00)', 'GBP 12,50', '1.234,56 EUR' into sign, currency and digits; null if it is not that shape. */
function splitAmountText(text: string): AmountText | null {
  const start = text.search(/[\d.,]/);
  const end = text.search(/\d\D*$/) + 1;
  if (start < 0 || end <= start) return null;
  const prefix = text.slice(0, start);
  const suffix = text.slice(end);
  const negative = SIGN_FORMS[`${signsIn(prefix)}|${signsIn(suffix)}`];
  if (negative === undefined) return null;
  const currencies = [prefix, suffix].map((affix) => affix.replace(SIGN_OR_SPACE, '')).filter((token) => token !== '');
  const codes = currencies.map(currencyFromToken);
  if (codes.some((code) => code === undefined) || new Set(codes).size > 1) return null;
  return codes.length > 0
    ? { body: text.slice(start, end), negative, currency: codes[0] }
    : { body: text.slice(start, end), negative };
}

function signsIn(affix: string): string {
  return (affix.match(SIGN_CHARS) ?? []).join('');
}

function notAnAmount(text: string): string {
  return `'${text}' is not an amount: use a number like 1234.56, with a currency symbol or code if you like ($, £, €, USD)`;
}

/** Decides per column whether ',' is the decimal separator, from values that can only be read one way. */
export function detectMoneyStyle(values: readonly unknown[]): MoneyStyle {
  return decide(new MoneyStyleVotes(), values);
}

/** What one amount text says about its column's decimal separator. */
type StyleVote = 'none' | 'dot' | 'comma' | 'ambiguous';

/** detectMoneyStyle, a cell at a time. */
export class MoneyStyleVotes implements ColumnVotes<MoneyStyle> {
  private readonly counts: Record<StyleVote, number> = { none: 0, dot: 0, comma: 0, ambiguous: 0 };
  // Each amount text is read with several regexes, and a column repeats its amounts.
  private readonly voteOf = remembered(styleVoteOf);

  weigh(cell: unknown): boolean {
    if (typeof cell !== 'string') return false;
    const vote = this.voteOf(cell);
    this.counts[vote]++;
    return vote !== 'none';
  }

  decision(): MoneyStyle {
    const { dot, comma, ambiguous } = this.counts;
    if (dot !== comma) return dot > comma ? 'dot' : 'comma';
    return ambiguous > 0 ? 'ambiguous' : 'dot';
  }
}

function styleVoteOf(value: string): StyleVote {
  const amountText = splitAmountText(cleanText(value));
  if (!amountText) return 'none';
  const readings = readingsOf(amountText.body);
  if (readings.comma === null && readings.dot !== null) return 'dot';
  if (readings.dot === null && readings.comma !== null) return 'comma';
  return readings.dot !== readings.comma ? 'ambiguous' : 'none';
}

/**
 * An amount with optional currency. Values that can only be read one way ('12,50', '1,234.56') are read that way
 * whatever the style; `style` decides values like '1,250'. In an 'ambiguous' column they are read dot-decimal with a warning.
 */
export function parseMoney(raw: unknown, style: MoneyStyle = 'dot'): Parsed<Money> {
  if (typeof raw === 'number' && Number.isFinite(raw)) return parsed({ amount: roundFloat(raw) });
  const text = cleanText(raw);
  const screened = typeof raw === 'string' ? screenText(text) : screenCell(raw);
  if (screened) return screened;
  const amountText = typeof raw === 'string' ? splitAmountText(text) : null;
  if (!amountText) return unreadable(notAnAmount(text));
  const { dot, comma } = readingsOf(amountText.body);
  const chosen = chooseReading(dot, comma, style);
  if (chosen === null) return unreadable(notAnAmount(text));
  const amount = roundFloat(amountText.negative ? -chosen : chosen);
  const money: Money = amountText.currency ? { amount, currency: amountText.currency } : { amount };
  const unsettled = style === 'ambiguous' && dot !== null && comma !== null && dot !== comma;
  return parsed(money, unsettled ? ambiguityWarning(text, dot, comma) : undefined);
}

function chooseReading(dot: number | null, comma: number | null, style: MoneyStyle): number | null {
  if (dot === null || comma === null) return dot ?? comma;
  return style === 'comma' ? comma : dot;
}

function ambiguityWarning(text: string, dotReading: number, commaReading: number): string {
  const read = plainNumberString(dotReading);
  return `'${text}' could be ${read} or ${plainNumberString(commaReading)}; other values in the column did not settle it — read as ${read}`;
}
