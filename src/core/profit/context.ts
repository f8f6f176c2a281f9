import { CostBook } from './products';
import { Converter } from './fx';
import { Grouping, Ledger } from './ledger';
import { Period } from './period';

/** What every range reader needs to add its rows to the report. */
export interface ReportContext {
  ledger: Ledger;
  grouping: Grouping;
  period?: Period;
  fx: Converter;
  /** Unit costs; undefined when no products range was given, and COGS is then left out on purpose. */
  costBook?: CostBook;
}
