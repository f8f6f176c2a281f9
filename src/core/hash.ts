const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over UTF-16 code units, 32 bits: short stable fingerprints, not security. The hash runs
 * on from `seed`: hash32(b, hash32(a)) is hash32(a + b), without building the joined text.
 */
export function hash32(text: string, seed = FNV_OFFSET_BASIS): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

const ZERO = 48;
const MINUS = 45;
const POINT = 46;
const BILLION = 1e9;
/** Below this many hundredths a number has at most 15 significant digits, so its shortest text is its decimals. */
const CENTS_LIMIT = 1e15;

const unitHash = (hash: number, code: number): number => Math.imul(hash ^ code, FNV_PRIME);

/**
 * hash32(String(x), seed), for the many numbers of a large tab without writing their text: whole
 * numbers, and numbers of at most two decimals (whose shortest text is those decimals), are hashed
 * from their digits.
 */
export function numberHash32(x: number, seed: number): number {
  if (Number.isSafeInteger(x)) return (x < 0 ? digitsHash(unitHash(seed, MINUS), -x) : digitsHash(seed, x)) >>> 0;
  const cents = Math.round(x * 100);
  if (Math.abs(cents) >= CENTS_LIMIT || cents / 100 !== x) return hash32(String(x), seed);
  const units = Math.abs(cents);
  const whole = Math.floor(units / 100);
  const fraction = units - whole * 100;
  let hash = digitsHash(x < 0 ? unitHash(seed, MINUS) : seed, whole);
  if (fraction === 0) return hash >>> 0;
  const tenths = Math.floor(fraction / 10);
  hash = unitHash(unitHash(hash, POINT), ZERO + tenths);
  return (fraction === tenths * 10 ? hash : unitHash(hash, ZERO + fraction - tenths * 10)) >>> 0;
}

/** The hash run on by the decimal digits of a safe integer n ≥ 0. */
function digitsHash(seed: number, n: number): number {
  if (n < BILLION) return belowBillionHash(seed, n, 1);
  let high = Math.floor(n / BILLION);
  if (high * BILLION > n) high--; // the division rounded up to the next whole number
  return belowBillionHash(belowBillionHash(seed, high, 1), n - high * BILLION, 9);
}

/** Digits of a number below 1e9, last first: scratch for belowBillionHash (its integer divisions by 10 are cheap). */
const DIGITS = new Uint8Array(9);

/** The hash run on by the digits of 0 ≤ n < 1e9, at least `width` of them (leading zeros). */
function belowBillionHash(seed: number, n: number, width: number): number {
  let rest = n | 0;
  let count = 0;
  do {
    const quotient = (rest / 10) | 0;
    DIGITS[count++] = rest - quotient * 10;
    rest = quotient;
  } while (rest !== 0);
  while (count < width) DIGITS[count++] = 0;
  let hash = seed;
  while (count > 0) hash = unitHash(hash, ZERO + DIGITS[--count]);
  return hash;
}

/** hash32 as 7 base-36 characters, for IDs people read. */
export function shortHash(text: string): string {
  return hash32(text).toString(36).padStart(7, '0');
}
