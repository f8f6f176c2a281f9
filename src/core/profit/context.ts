import type { CostBook } from './products';
import type { Converter } from './fx';
import type { Grouping, Ledger } from './ledger';
import type { Period } from './period';

/** What every range reader needs to add its rows to the report. */
export interface ReportContext {
  ledger: Ledger;
  grouping: Grouping;
  period?: Period;
  fx: Converter;
  /** Unit costs; undefined when no products range was given, and COGS is then left out on purpose. */
  costBook?: CostBook;
}
