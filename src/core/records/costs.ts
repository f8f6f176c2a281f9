import { date, money, text } from './fields';
import type { FieldSlots, RecordReader } from './table';
import { reportMissing } from './table';
import type { CostRecord } from './types';

/** The cost of each parsed row of a tab with these slots. */
export function costReader(slots: FieldSlots): RecordReader<CostRecord> {
  const at = slots.ofEach({
    date: 'Date',
    handle: 'Handle',
    campaign: 'Campaign',
    type: 'Type',
    amount: 'Amount',
    currency: 'Currency',
    notes: 'Notes',
  });
  return (row, issues) => {
    const v = row.values;
    const amount = money(v[at.amount]);
    if (!amount) {
      reportMissing(issues, row, 'Amount', 'no amount on this cost row: enter what was paid');
      return undefined;
    }
    return {
      date: date(v[at.date]),
      handle: text(v[at.handle]),
      campaign: text(v[at.campaign]),
      type: text(v[at.type]) ?? 'other',
      amount: amount.amount,
      currency: text(v[at.currency]) ?? amount.currency,
      notes: text(v[at.notes]),
      source: row.source,
    };
  };
}
