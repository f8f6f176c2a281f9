/**
 * The Decision column beside the creator table (CREATOR_DECISION): a next step per creator from its
 * row of the table and its samples' track record, by the thresholds in Settings. Each decision says
 * why, in the numbers next to it, so finance can check it rather than trust it.
 */
import type { DecisionRules } from '../settings';
import { readSettings } from '../settings';
import { dayKey, errorCellProblem } from '../values';
import { RangeReader } from './columns';
import { UNALLOCATED, UNATTRIBUTED } from './ledger';
import { startOfDay } from './period';
import { rangeTable, rowsOf } from './range';
import { KEY_HEADER, TOTAL } from './table';

export interface TrackRecord {
  /** Samples not cancelled, whenever shipped. */
  samples: number;
  posts: number;
  /** Samples past their Due date with no post. */
  missedDeadlines: number;
}

export interface CreatorResult {
  orders: number;
  netProfit: number;
  /** '' when the creator had no net revenue. */
  margin: number | '';
}

const money = (amount: number) => amount.toFixed(2);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The first rule that applies, in order: pause, too little data, retainer, raise commission; else keep (or watch a loss). */
export function decide(result: CreatorResult, record: TrackRecord, rules: DecisionRules, currency: string): string {
  const { orders, netProfit, margin } = result;
  const { samples, posts, missedDeadlines } = record;
  if (missedDeadlines >= rules.missedDeadlinesToPause) return `Pause: ${plural(missedDeadlines, 'missed deadline')}`;
  if (samples >= rules.samplesToJudge && netProfit < 0) {
    return `Pause: loss of ${money(-netProfit)} ${currency} after ${plural(samples, 'sample')}`;
  }
  if (samples < rules.samplesToJudge && orders < rules.ordersToJudge) {
    return `Send more samples: ${plural(samples, 'sample')}, ${plural(orders, 'order')} so far`;
  }
  if (posts >= rules.postsForRetainer && netProfit > 0) {
    return `Retainer candidate: ${plural(posts, 'post')}, net profit ${money(netProfit)} ${currency}`;
  }
  const ordersPerSample = orders / Math.max(samples, 1);
  if (ordersPerSample >= rules.ordersPerSampleToRaise && margin !== '' && margin >= rules.marginToRaise) {
    return `Raise commission: ${ordersPerSample.toFixed(1)} orders per sample at ${Math.round(margin * 100)}% margin`;
  }
  return netProfit < 0 ? `Watch: loss of ${money(-netProfit)} ${currency}` : 'Keep';
}

/** Each creator's samples, posts and missed deadlines over the whole samples range. */
export function trackRecords(samples: RangeReader, todayStartMs: number): Map<string, TrackRecord> {
  const c = samples.columns({ handle: 'Handle', status: 'Status', due: 'Due', posted: 'Posted' });
  const records = new Map<string, TrackRecord>();
  for (let row = samples.start; row < samples.end; row++) {
    const handle = samples.text(c.handle, row);
    const status = samples.text(c.status, row);
    if (handle === undefined || status === 'cancelled') continue;
    let record = records.get(handle);
    if (!record) records.set(handle, (record = { samples: 0, posts: 0, missedDeadlines: 0 }));
    record.samples++;
    const posted = status === 'posted' || !samples.isEmpty(c.posted, row);
    if (posted) record.posts++;
    else if (samples.time(c.due, row) < todayStartMs) record.missedDeadlines++;
  }
  return records;
}

const NO_RECORD: TrackRecord = { samples: 0, posts: 0, missedDeadlines: 0 };

function tableColumns(header: readonly unknown[]): Record<'creator' | 'orders' | 'netProfit' | 'margin', number> {
  const found = {
    creator: header.indexOf(KEY_HEADER.creator),
    orders: header.indexOf('Orders'),
    netProfit: header.indexOf('Net profit'),
    margin: header.indexOf('Margin'),
  };
  if (Object.values(found).some((index) => index < 0)) {
    throw new Error(
      'profit_table: pass the PROFIT_BY_CREATOR table with its header row (Creator, Orders, ..., Net profit, Margin, ROI).',
    );
  }
  return found;
}

/**
 * The Decision column for a creator table as it spilled: a header, then one cell per row down to the
 * Total row; blank for the rows that are no creator.
 */
export function decisionColumn(
  tableArg: unknown,
  samplesArg: unknown,
  settingsArg: unknown,
  { timeZone, now }: { timeZone: string; now: Date },
): string[][] {
  const table = rowsOf(tableArg) ?? [[]];
  // The table's own cell already shows what to fix; repeating it here would only add noise.
  if (errorCellProblem(table[0][0])) return [['Decision']];
  const columns = tableColumns(table[0]);
  const settings = readSettings(rowsOf(settingsArg));
  const samplesValues = rowsOf(samplesArg);
  const today = startOfDay(dayKey(now, timeZone), timeZone);
  const records = samplesValues
    ? trackRecords(new RangeReader(rangeTable('samples', samplesValues, 'samples', [['Handle']]), timeZone), today)
    : new Map<string, TrackRecord>();

  const decisions = [['Decision']];
  for (const row of table.slice(1)) {
    const key = row[columns.creator];
    if (key === '' || key === undefined) break;
    const isCreator = key !== TOTAL && key !== UNATTRIBUTED && key !== UNALLOCATED;
    const result = {
      orders: Number(row[columns.orders]),
      netProfit: Number(row[columns.netProfit]),
      margin: row[columns.margin] as number | '',
    };
    decisions.push([
      isCreator
        ? decide(result, records.get(String(key)) ?? NO_RECORD, settings.decisions, settings.reportCurrency)
        : '',
    ]);
    if (key === TOTAL) break;
  }
  return decisions;
}
