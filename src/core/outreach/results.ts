/**
 * OUTREACH_RESULTS: one row per sequence, step and variant of the Outreach log.
 * - Contacted: distinct creators with a `sent` row at that step and variant.
 * - Replied: those whose thread got a reply (a `replied` row of theirs in the sequence) or whose
 *   Creators Status is replied, negotiating or active. Active: Status active.
 * - Samples, Posted, GMV, Net profit: what those creators did and earned the shop on or after their
 *   first contact in the sequence, by the profit arithmetic of PROFIT_BY_CREATOR (core/profit).
 * - Verdict, on steps with two or more variants: the sample-size guard, then a winner only when
 *   significant (core/outreach/stats.ts), on net profit per contact when the step's contacted
 *   creators have orders, else on reply rate, judged once on the first creators each variant
 *   contacted up to the guard's count (the horizon), whatever was sent since. Log rows under a handle a creator had before
 *   renaming count under their current handle.
 */
import { roundCents } from '../cents';
import { readCreators } from '../followups/sampleContexts';
import type { ProfitArguments, ProfitFigures } from '../profit';
import { creatorFiguresSince } from '../profit';
import { rowsOf } from '../profit/range';
import { mapHeaders } from '../detect';
import { readSettings } from '../settings';
import type { OutreachLogRow } from './outreachLog';
import { OUTREACH_STATUS, readOutreachLog } from './outreachLog';
import type { SampleCounts } from './samplesSince';
import { samplesSince } from './samplesSince';
import type { Basis, ContactedArm, GuardSettings } from './stats';
import { horizonVerdict } from './stats';

export const OUTREACH_RESULTS_COLUMNS = [
  'Sequence',
  'Step',
  'Variant',
  'Contacted',
  'Replied',
  'Reply rate',
  'Active',
  'Samples',
  'Posted',
  'GMV',
  'Net profit',
  'Net profit per contact',
  'Verdict',
] as const;

export interface OutreachResultsArguments extends Omit<ProfitArguments, 'orders' | 'startDate' | 'endDate'> {
  outreachLog: unknown;
  creators: unknown;
  orders?: unknown;
}

type Cell = string | number;

const REPLIED_STATUSES: ReadonlySet<string> = new Set(['replied', 'negotiating', 'active']);

interface Cohort {
  sequence: string;
  step: number;
  variant: string;
  /** Each creator sent this step and variant, by current handle, with when it was first sent (NaN: no time). */
  contacted: Map<string, number>;
}

interface SequenceLog {
  name: string;
  /** First `sent` email of each creator in the sequence, ms. */
  firstContact: Map<string, number>;
  repliedInLog: Set<string>;
  cohorts: Map<string, Cohort>;
}

interface Creators {
  /** Every creator's Status by current handle ('' when blank). */
  status: Map<string, string>;
  /** Earlier handles to current ones. */
  current: Map<string, string>;
}

function readCreatorsArgument(arg: unknown, timeZone: string): Creators {
  const values = rowsOf(arg);
  if (!values || !('Handle' in mapHeaders('creators', values[0] ?? [])))
    throw new Error(
      'The creators range has no Handle column: pass the Creators tab with its header row, like Creators!A:Q.',
    );
  const status = new Map<string, string>();
  const current = new Map<string, string>();
  for (const [handle, { record }] of readCreators(values, timeZone)) {
    status.set(handle, record.status ?? '');
    for (const alias of record.aliases ?? []) if (!current.has(alias)) current.set(alias, handle);
  }
  return { status, current };
}

function groupLog(rows: readonly OutreachLogRow[], creators: Creators): SequenceLog[] {
  const sequences = new Map<string, SequenceLog>();
  for (const row of rows) {
    const key = row.sequence.toLowerCase();
    let log = sequences.get(key);
    if (!log)
      sequences.set(
        key,
        (log = { name: row.sequence, firstContact: new Map(), repliedInLog: new Set(), cohorts: new Map() }),
      );
    const handle = creators.status.has(row.handle) ? row.handle : (creators.current.get(row.handle) ?? row.handle);
    const cohortKey = `${row.step}\u0000${row.variant}`;
    let cohort = log.cohorts.get(cohortKey);
    if (!cohort)
      log.cohorts.set(
        cohortKey,
        (cohort = { sequence: log.name, step: row.step, variant: row.variant, contacted: new Map() }),
      );
    if (row.status === OUTREACH_STATUS.replied) log.repliedInLog.add(handle);
    if (row.status !== OUTREACH_STATUS.sent) continue;
    const sent = cohort.contacted.get(handle);
    if (sent === undefined || row.time < sent) cohort.contacted.set(handle, row.time);
    const first = log.firstContact.get(handle);
    // A sent row without a time still makes a contact; its earnings count from its other rows' times, or not at all.
    if (row.time === row.time && (first === undefined || row.time < first)) log.firstContact.set(handle, row.time);
  }
  return [...sequences.values()];
}

interface Figures {
  profit?: Map<string, ProfitFigures>;
  samples?: Map<string, SampleCounts>;
}

function cohortRow(
  cohort: Cohort,
  log: SequenceLog,
  creators: Creators,
  figures: Figures,
): { row: Cell[]; arm: ContactedArm; sold: boolean } {
  const handles = [...cohort.contacted.keys()];
  const hasReplied = (h: string) => log.repliedInLog.has(h) || REPLIED_STATUSES.has(creators.status.get(h) ?? '');
  const replied = handles.filter(hasReplied).length;
  const active = handles.filter((h) => creators.status.get(h) === 'active').length;
  const sample = (h: string) => figures.samples?.get(h) ?? { samples: 0, posted: 0 };
  const of = (h: string) => figures.profit?.get(h);
  const profits = handles.map((h) => (of(h)?.['Net profit'] as number | undefined) ?? 0);
  // Each creator's figures are whole cents already; summing them drifts only by float noise.
  const gmv = roundCents(handles.reduce((sum, h) => sum + ((of(h)?.GMV as number | undefined) ?? 0), 0));
  const net = roundCents(profits.reduce((sum, p) => sum + p, 0));
  const n = handles.length;
  const withProfit = figures.profit !== undefined;
  const row: Cell[] = [
    cohort.sequence,
    cohort.step,
    cohort.variant,
    n,
    replied,
    n === 0 ? '' : replied / n,
    active,
    figures.samples ? handles.reduce((sum, h) => sum + sample(h).samples, 0) : '',
    figures.samples ? handles.reduce((sum, h) => sum + sample(h).posted, 0) : '',
    withProfit ? gmv : '',
    withProfit ? net : '',
    withProfit && n > 0 ? net / n : '',
    '',
  ];
  const sold = handles.some((h) => ((of(h)?.Orders as number | undefined) ?? 0) > 0);
  const contacts = handles
    .map((h, i) => ({ sent: cohort.contacted.get(h)!, replied: hasReplied(h), profit: profits[i] }))
    // In the order contacted, creators without a send time last (a stable sort keeps the log's order).
    .sort((a, b) => (a.sent === a.sent ? a.sent : Infinity) - (b.sent === b.sent ? b.sent : Infinity))
    .map(({ replied: r, profit }) => ({ replied: r, profit }));
  return { row, arm: { variant: cohort.variant, contacts }, sold };
}

function sequenceRows(log: SequenceLog, creators: Creators, figures: Figures, guard: GuardSettings): Cell[][] {
  const cohorts = [...log.cohorts.values()].sort((a, b) => a.step - b.step || (a.variant < b.variant ? -1 : 1));
  const built = cohorts.map((cohort) => ({ cohort, ...cohortRow(cohort, log, creators, figures) }));
  const steps = new Set(cohorts.map((c) => c.step));
  for (const step of steps) {
    const arms = built.filter((b) => b.cohort.step === step && b.cohort.variant !== '');
    if (arms.length < 2) continue;
    const basis: Basis = arms.some((a) => a.sold) ? 'net profit per contact' : 'reply rate';
    const text = horizonVerdict(
      arms.map((a) => a.arm),
      basis,
      guard,
    );
    for (const arm of arms) arm.row[arm.row.length - 1] = text;
  }
  return built.map((b) => b.row);
}

export function outreachResults(args: OutreachResultsArguments, { timeZone }: { timeZone: string }): Cell[][] {
  const logValues = rowsOf(args.outreachLog);
  if (!logValues)
    throw new Error(
      "The outreach_log range is empty: pass the Outreach log tab with its header row, like 'Outreach log'!A:J.",
    );
  const rows = readOutreachLog(logValues, timeZone);
  const creators = readCreatorsArgument(args.creators, timeZone);
  const { outreach } = readSettings(rowsOf(args.settings));
  const sampleValues = rowsOf(args.samples);
  const out: Cell[][] = [[...OUTREACH_RESULTS_COLUMNS]];
  for (const log of groupLog(rows, creators)) {
    const figures: Figures = {
      profit: rowsOf(args.orders)
        ? creatorFiguresSince(
            log.firstContact,
            {
              orders: args.orders,
              samples: args.samples,
              products: args.products,
              costs: args.costs,
              settings: args.settings,
            },
            { timeZone },
          )
        : undefined,
      samples: sampleValues ? samplesSince(sampleValues, log.firstContact, timeZone) : undefined,
    };
    out.push(...sequenceRows(log, creators, figures, outreach));
  }
  return out;
}
