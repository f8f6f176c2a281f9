import { date, money, text } from './fields';
import type { Issue, ParsedRow } from './table';
import { reportMissing } from './table';
import type { CostRecord } from './types';

export function buildCosts(rows: readonly ParsedRow[]): { records: CostRecord[]; issues: Issue[] } {
  const records: CostRecord[] = [];
  const issues: Issue[] = [];
  for (const row of rows) {
    const { source, fields } = row;
    const amount = money(fields, 'Amount');
    if (!amount) {
      reportMissing(issues, row, 'Amount', 'no amount on this cost row: enter what was paid');
      continue;
    }
    records.push({
      date: date(fields, 'Date'),
      handle: text(fields, 'Handle'),
      campaign: text(fields, 'Campaign'),
      type: text(fields, 'Type') ?? 'other',
      amount: amount.amount,
      currency: text(fields, 'Currency') ?? amount.currency,
      notes: text(fields, 'Notes'),
      source,
    });
  }
  return { records, issues };
}
