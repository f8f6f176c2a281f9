import { parsed, unreadable, type Parsed } from './result';
import { cleanText, screenCell } from './text';

const ISO_CODES = new Set([
  'USD',
  'GBP',
  'EUR',
  'CAD',
  'AUD',
  'NZD',
  'SGD',
  'MYR',
  'IDR',
  'THB',
  'VND',
  'PHP',
  'MXN',
  'BRL',
  'JPY',
  'CNY',
  'HKD',
  'KRW',
  'INR',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'AED',
  'SAR',
]);

// '$' alone means US dollars: the add-on serves US and UK shops.
const SYMBOLS_AND_NAMES = new Map(
  Object.entries({
    $: 'USD',
    US$: 'USD',
    DOLLAR: 'USD',
    DOLLARS: 'USD',
    '£': 'GBP',
    POUND: 'GBP',
    POUNDS: 'GBP',
    STERLING: 'GBP',
    '€': 'EUR',
    EURO: 'EUR',
    EUROS: 'EUR',
    C$: 'CAD',
    CA$: 'CAD',
    A$: 'AUD',
    AU$: 'AUD',
    S$: 'SGD',
    MX$: 'MXN',
    R$: 'BRL',
    RM: 'MYR',
    RP: 'IDR',
    '฿': 'THB',
    '₫': 'VND',
    '₱': 'PHP',
  }),
);

/** The ISO 4217 code for a currency code, symbol or name ('eur', '£', 'US$'), or undefined. */
export function currencyFromToken(token: string): string | undefined {
  const key = token.replace(/\s+/g, '').toUpperCase();
  return ISO_CODES.has(key) ? key : SYMBOLS_AND_NAMES.get(key);
}

export function parseCurrency(raw: unknown): Parsed<string> {
  const screened = screenCell(raw);
  if (screened) return screened;
  const text = cleanText(raw);
  const code = typeof raw === 'string' ? currencyFromToken(text) : undefined;
  return code ? parsed(code) : unreadable(`'${text}' is not a currency: use a code like USD, GBP or EUR`);
}
