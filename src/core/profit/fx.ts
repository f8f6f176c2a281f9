/**
 * Conversion into the report currency with the `FX rate XXX` rows of the settings range, and nothing
 * else: there are no built-in rates. Without a settings range there is nothing to convert with, so the
 * amounts must all be in one currency, which the report is then in.
 */
import type { Settings } from '../settings';

export interface Converter {
  /** Report-currency units per unit of `currency`; an amount with no currency is in the report currency. */
  rateOf(currency: string | undefined): number;
}

function checkedRate(currency: string, reportCurrency: string, rate: number | undefined): number {
  const worth = `how many ${reportCurrency} one ${currency} is worth`;
  if (rate === undefined) {
    throw new Error(
      `Some amounts are in ${currency} and Settings has no rate for it: add a row "FX rate ${currency}" to Settings ` +
        `with ${worth}, and pass Settings as the settings argument.`,
    );
  }
  if (!(rate > 0 && Number.isFinite(rate))) {
    throw new Error(
      `The FX rate for ${currency} in Settings is ${rate}: write in the row "FX rate ${currency}" ${worth}, a number above 0.`,
    );
  }
  return rate;
}

/** `settings` undefined: no settings range was given. */
export function converter(settings: Settings | undefined): Converter {
  if (!settings) return singleCurrency();
  const { reportCurrency, fxRates } = settings;
  const checked = new Map<string, number>();
  return {
    rateOf(currency) {
      if (currency === undefined || currency === reportCurrency) return 1;
      let rate = checked.get(currency);
      if (rate === undefined) {
        rate = checkedRate(currency, reportCurrency, fxRates[currency]);
        checked.set(currency, rate);
      }
      return rate;
    },
  };
}

function singleCurrency(): Converter {
  let only: string | undefined;
  return {
    rateOf(currency) {
      if (currency === undefined || currency === only) return 1;
      if (only === undefined) {
        only = currency;
        return 1;
      }
      throw new Error(
        `Some amounts are in ${only} and some in ${currency}, and no settings range was given to convert them: ` +
          `pass Settings (like Settings!A:B) as the settings argument, with the Report currency and a row ` +
          `"FX rate XXX" for each other currency.`,
      );
    },
  };
}
