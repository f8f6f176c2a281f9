/**
 * The Settings tab: one setting per row (`Setting, Value, Notes`). Organize creates it with
 * defaults; the operator edits values; the formulas read it as their `settings` range.
 */
import { cleanText, parseCurrency, parsePercent, parseMoney } from './values';

export const SETTINGS_HEADERS = ['Setting', 'Value', 'Notes'] as const;

export interface Settings {
  reportCurrency: string;
  /** Units of report currency per unit of the keyed currency. */
  fxRates: Record<string, number>;
  /** Platform fee as a fraction of net revenue, by region code (US, UK). */
  platformFeeByRegion: Record<string, number>;
  defaultCommissionPct: number;
}

export const DEFAULT_SETTINGS_ROWS: readonly (readonly [string, string | number, string])[] = [
  ['Report currency', 'USD', 'Profit figures are shown in this currency.'],
  ['FX rate GBP', 1.27, 'How many report-currency units one GBP is worth. Add a row "FX rate XXX" per currency.'],
  ['FX rate EUR', 1.08, 'How many report-currency units one EUR is worth.'],
  ['Platform fee % US', 0.06, 'TikTok Shop fee on net revenue, used to estimate Platform fee on US orders.'],
  ['Platform fee % UK', 0.09, 'TikTok Shop fee on net revenue, used to estimate Platform fee on UK orders.'],
  ['Default commission %', 0.1, 'Used for attributed orders when neither the order nor the creator has a rate.'],
];

const FX_KEY = /^fx(?: rate)?\s+([a-z$£€]{1,4})$/i;
const FEE_KEY = /^platform fee %?\s*([a-z]{2})$/i;

function key(text: unknown): string {
  return cleanText(text).toLowerCase().replace(/\s+/g, ' ');
}

/** Reads settings rows (a header row first, or none); unknown keys are ignored, bad values throw. */
export function readSettings(values: readonly unknown[][] | undefined): Settings {
  const settings: Settings = { reportCurrency: 'USD', fxRates: {}, platformFeeByRegion: {}, defaultCommissionPct: 0 };
  const rows = [...DEFAULT_SETTINGS_ROWS.map((r) => [r[0], r[1]]), ...(values ?? [])];
  for (const row of rows) {
    const name = key(row[0]);
    const value = row[1];
    if (name === '' || name === 'setting' || cleanText(value) === '') continue;
    const fx = FX_KEY.exec(name);
    const fee = FEE_KEY.exec(name);
    if (name === 'report currency') settings.reportCurrency = required(parseCurrency(value), row);
    else if (fx) settings.fxRates[required(parseCurrency(fx[1]), row)] = required(parseMoney(value), row).amount;
    else if (fee) settings.platformFeeByRegion[fee[1].toUpperCase()] = required(parsePercent(value), row);
    else if (name === 'default commission %' || name === 'default commission') settings.defaultCommissionPct = required(parsePercent(value), row);
  }
  return settings;
}

function required<T>(parsed: { value: T | null; problem?: string }, row: readonly unknown[]): T {
  if (parsed.value === null) throw new Error(`Settings: "${cleanText(row[0])}" has the value "${cleanText(row[1])}": ${parsed.problem ?? 'it is empty'}`);
  return parsed.value;
}

/** Region code of an order line from its currency, when no region column says. */
export function regionOfCurrency(currency: string | undefined): string | undefined {
  if (currency === 'USD') return 'US';
  if (currency === 'GBP') return 'UK';
  return undefined;
}
