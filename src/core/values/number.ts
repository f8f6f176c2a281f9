/** Decimal notation helpers shared by the numeric parsers. */

export type DecimalMark = '.' | ',';

/** Rounds away float artifacts (0.1 + 0.2) while keeping every digit a spreadsheet amount can carry. */
export function roundFloat(n: number): number {
  if (Number.isInteger(n)) return n === 0 ? 0 : n; // what toFixed gives back for a whole number, without its cost
  const rounded = Number(n.toFixed(9));
  return rounded === 0 ? 0 : rounded; // no -0
}

/** The number in plain decimal notation, never with an exponent (1e21 → '1000000000000000000000'). */
export function plainNumberString(n: number): string {
  const shortest = String(n);
  if (!shortest.includes('e')) return shortest; // most numbers: no exponent to spell out
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(shortest);
  if (!match) return shortest;
  const [, sign, whole, fraction = '', exponentText] = match;
  const digits = whole + fraction;
  const pointAt = whole.length + Number(exponentText);
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return sign + digits + '0'.repeat(pointAt - digits.length);
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

const PLAIN_DIGITS = /^\d+$/;
const PLAIN_DOT_DECIMAL = /^\d+\.\d+$/;

// Spaces (any kind, incl. NBSP and narrow NBSP) and apostrophes group thousands in either convention.
const GROUP_SEPARATORS: Record<DecimalMark, RegExp> = { '.': /[,\s'’]/, ',': /[.\s'’]/ };

/**
 * The value of unsigned digit text like '1.234,56' read with `mark` as the decimal separator,
 * or null when the text cannot be read that way (bad grouping like '12,3,4', two decimal marks).
 */
export function readDecimal(body: string, mark: DecimalMark): number | null {
  // Most cells are plain digits, or plain dot-decimals read with a dot: no grouping to check.
  if (PLAIN_DIGITS.test(body) || (mark === '.' && PLAIN_DOT_DECIMAL.test(body))) return Number(body);
  const [whole, fraction, ...extra] = body.split(mark);
  if (extra.length > 0) return null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  const groups = whole.split(GROUP_SEPARATORS[mark]);
  const grouped = groups.length > 1;
  if (grouped && !(/^[1-9]\d{0,2}$/.test(groups[0]) && groups.slice(1).every((g) => /^\d{3}$/.test(g)))) return null;
  if (!grouped && !/^\d*$/.test(whole)) return null;
  if (whole === '' && fraction === undefined) return null;
  return Number(`${groups.join('')}.${fraction ?? '0'}`);
}

export interface Readings {
  dot: number | null;
  comma: number | null;
}

/** The value under each convention; both non-null and different means the text alone is ambiguous ('1,250'). */
export function readingsOf(body: string): Readings {
  return { dot: readDecimal(body, '.'), comma: readDecimal(body, ',') };
}

/** Reads digit text where no column convention applies: dot-decimal first, comma-decimal when only that fits. */
export function readLooseDecimal(body: string): number | null {
  const { dot, comma } = readingsOf(body);
  return dot ?? comma;
}

/**
 * Reads digit text that must be a whole number: a lone separator followed by three digits groups
 * thousands in either convention ('1,250' and '1.250' are both 1250), and '3,0' is 3.
 */
export function readWholeNumber(body: string): number | null {
  const { dot, comma } = readingsOf(body);
  const whole = [dot, comma].filter((n): n is number => n !== null && Number.isInteger(n));
  return whole.length === 0 ? null : Math.max(...whole);
}

/** Applies a leading sign character ('', '+', '-' or the typographic minus '−'). */
export function withSign(sign: string, magnitude: number): number {
  return sign === '-' || sign === '−' ? -magnitude : magnitude;
}
