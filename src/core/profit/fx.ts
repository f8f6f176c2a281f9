/** Conversion into the report currency through the Settings FX rates; a currency without a rate stops the report. */
import type { Settings } from '../settings';

export interface Converter {
  reportCurrency: string;
  /** Report-currency units per unit of `currency`; an amount with no currency is in the report currency. */
  rateOf(currency: string | undefined): number;
}

export function converter(settings: Settings): Converter {
  const { reportCurrency, fxRates } = settings;
  return {
    reportCurrency,
    rateOf(currency) {
      if (currency === undefined || currency === reportCurrency) return 1;
      const rate = fxRates[currency];
      if (rate === undefined) {
        throw new Error(
          `Some amounts are in ${currency} and Settings has no rate for it: add a row "FX rate ${currency}" to Settings ` +
            `with how many ${reportCurrency} one ${currency} is worth, and pass Settings as the settings argument.`,
        );
      }
      return rate;
    },
  };
}
