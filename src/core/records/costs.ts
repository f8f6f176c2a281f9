import { date, money, text } from './fields';
import { Issue, ParsedRow } from './table';
import { CostRecord } from './types';

export function buildCosts(rows: readonly ParsedRow[]): { records: CostRecord[]; issues: Issue[] } {
  const records: CostRecord[] = [];
  const issues: Issue[] = [];
  for (const { source, fields } of rows) {
    const amount = money(fields, 'Amount');
    if (!amount) {
      issues.push({ ...source, column: 'Amount', value: '', problem: 'no amount on this cost row: enter what was paid' });
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
