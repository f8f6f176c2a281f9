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
  sampleCost: number;
}

/** 1234.5 → '1,234.50 USD'. */
function money(amount: number, currency: string): string {
  const [whole, cents] = Math.abs(amount).toFixed(2).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}${currency && ` ${currency}`}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;
/** 22 orders per sample, 8.5, 6. */
const ratio = (n: number) => String(n >= 10 ? Math.round(n) : Number(n.toFixed(1)));

const counted = (n: number, word: string) => (n === 0 ? `no ${word}s` : plural(n, word));

/** '2 samples, 9 orders', 'no samples, 8 orders'. */
const tally = (samples: number, orders: number) => `${counted(samples, 'sample')}, ${counted(orders, 'order')}`;

/**
 * The first rule that applies: pause a creator who misses deadlines or, once judged, loses money;
 * until judged, watch a creator who costs more than their samples or missed a deadline, and send
 * the others more samples; then retainer candidate, raise commission, else keep.
 * A creator is judged after `samplesToJudge` samples or `ordersToJudge` orders.
 */
export function decide(result: CreatorResult, record: TrackRecord, rules: DecisionRules, currency: string): string {
  const { orders, netProfit, margin, sampleCost } = result;
  const { samples, posts, missedDeadlines } = record;
  const loss = money(-netProfit, currency);
  if (missedDeadlines >= rules.missedDeadlinesToPause) return `Pause: ${plural(missedDeadlines, 'missed deadline')}`;
  const judged = samples >= rules.samplesToJudge || orders >= rules.ordersToJudge;
  if (judged && netProfit < 0) {
    const after =
      samples === 0
        ? `on ${plural(orders, 'order')}`
        : `after ${plural(samples, 'sample')} and ${counted(orders, 'order')}`;
    return `Pause: loss of ${loss} ${after}`;
  }
  if (!judged) {
    if (netProfit < 0 && -netProfit > sampleCost) {
      return `Watch: loss of ${loss} so far, more than its samples cost (${tally(samples, orders)})`;
    }
    if (missedDeadlines > 0) return `Watch: ${plural(missedDeadlines, 'missed deadline')} (${tally(samples, orders)})`;
    return `Send more samples: ${tally(samples, orders)} so far`;
  }
  if (posts >= rules.postsForRetainer && netProfit >= rules.netProfitForRetainer) {
    return `Retainer candidate: ${plural(posts, 'post')}, net profit ${money(netProfit, currency)}`;
  }
  const perSample = samples === 0 ? Infinity : orders / samples;
  if (
    orders >= rules.ordersToRaise &&
    perSample >= rules.ordersPerSampleToRaise &&
    margin !== '' &&
    margin >= rules.marginToRaise
  ) {
    const conversion =
      samples === 0 ? `${plural(orders, 'order')} without a sample` : `${ratio(perSample)} orders per sample`;
    return `Raise commission: ${conversion} at ${percent(margin)} margin`;
  }
  return `Keep: net profit ${money(netProfit, currency)}${margin === '' ? '' : ` at ${percent(margin)} margin`}`;
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

function tableColumns(
  header: readonly unknown[],
): Record<'creator' | 'orders' | 'netProfit' | 'margin' | 'sampleCost', number> {
  const found = {
    creator: header.indexOf(KEY_HEADER.creator),
    orders: header.indexOf('Orders'),
    netProfit: header.indexOf('Net profit'),
    margin: header.indexOf('Margin'),
    sampleCost: header.indexOf('Sample cost'),
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
  const settingsValues = rowsOf(settingsArg);
  const settings = readSettings(settingsValues);
  // Without a settings range the table's currency is whatever its data was in.
  const currency = settingsValues ? settings.reportCurrency : '';
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
      sampleCost: Number(row[columns.sampleCost]),
    };
    decisions.push([
      isCreator ? decide(result, records.get(String(key)) ?? NO_RECORD, settings.decisions, currency) : '',
    ]);
    if (key === TOTAL) break;
  }
  return decisions;
}
