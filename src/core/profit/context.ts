import type { CostBook } from './products';
import type { FeeBook } from './fees';
import type { Converter } from './fx';
import type { GroupBy, Ledger } from './ledger';
import type { Period } from './period';

/** What every range reader needs to add its rows to the report. */
export interface ReportContext {
  ledger: Ledger;
  groupBy: GroupBy;
  period?: Period;
  /** Creator view only: each creator's rows count from their own start (ms) on; creators without one are left out. */
  starts?: ReadonlyMap<string, number>;
  fx: Converter;
  /** Unit costs; undefined when no products range was given, and COGS is then left out on purpose. */
  costBook?: CostBook;
  /** Platform fee estimates; undefined when no settings range was given, and blank fees are then 0. */
  fees?: FeeBook;
}
