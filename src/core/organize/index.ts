/**
 * Organize: the seller's tabs in, the managed tabs out. Pure: the server adapter reads every tab
 * once, calls this, and writes what it returns.
 */
import type { SourceKind } from '../aliases';
import type { TabDetection } from '../detect';
import { applySavedMapping, detectTab } from '../detect';
import type { Issue, MappedTable } from '../records/table';
import type { ManagedTabName, TabSpec } from '../schema';
import { COSTS, CREATORS, headersOf, ORDERS, PRODUCTS, SAMPLES } from '../schema';
import { readSettings } from '../settings';
import type { TableOutcome } from './collect';
import { collectSources } from './collect';
import type { Combined, OrganizedOrderLine } from './combine';
import { combine } from './combine';
import { withCurrentHandles } from './handleChanges';
import { keepSampleIds } from './sampleIds';
import type { OutputCell, SheetValue } from '../cells';
import type { Fingerprints } from './fingerprint';
import { TabFingerprints } from './fingerprint';
import type { ExistingTab, IncomingRow, MergeResult, MergeState } from './merge';
import { incomingRow, mergeTab } from './merge';
import { RowKeys } from './rowKeys';
import { rewrittenIssues } from './rewritten';
import type { SampleStatusContext } from './rows';
import {
  columnFormats,
  costRow,
  creatorRow,
  orderRow,
  orderRowFormats,
  productRow,
  sampleRow,
  sampleStatusColumn,
} from './rows';

export interface SavedMapping {
  kind: SourceKind | 'ignore';
  headerRow: number;
  /** Field → header text. */
  columns: Record<string, string>;
  /**
   * The header row's texts when the mapping was saved (absent in mappings saved before it was kept):
   * a column under any other header was added since, and is mapped as detection maps it.
   */
  headers?: string[];
}

export interface OrganizeInput {
  /** Every tab of the spreadsheet with its values; managed and add-on tabs are recognised and skipped. */
  tabs: readonly { name: string; values: SheetValue[][] }[];
  managed: Partial<Record<ManagedTabName, ExistingTab>>;
  state: Partial<Record<ManagedTabName, MergeState>>;
  /** Tab name → the operator's saved mapping (a Map: tab names are user text, `constructor` included). */
  savedMappings: ReadonlyMap<string, SavedMapping>;
  settings?: SheetValue[][];
  timeZone: string;
  now: Date;
}

export interface ManagedTabOutput {
  name: ManagedTabName;
  headers: string[];
  rows: OutputCell[][];
  formats: string[][];
  merge: Pick<MergeResult, 'added' | 'updated' | 'editsKept' | 'orphans'>;
}

export interface OrganizeOutput {
  detections: TabDetection[];
  tabs: ManagedTabOutput[];
  issues: Issue[];
  state: Record<ManagedTabName, MergeState>;
  stats: Combined['stats'];
  /** Per source tab: rows read and the rows refused. */
  outcomes: TableOutcome[];
  /** The currency most order lines are in: what a new Settings tab reports in. */
  mainCurrency: string;
}

/** What each tab holds: the operator's saved mapping while it still fits, else detection. */
export function detectSources(
  tabs: OrganizeInput['tabs'],
  savedMappings: ReadonlyMap<string, SavedMapping>,
): TabDetection[] {
  return tabs.map(({ name, values }) => {
    const saved = savedMappings.get(name);
    if (saved?.kind === 'ignore')
      return { tab: name, kind: null, headerRow: 0, mapping: {}, score: 0, reason: 'ignored by you' };
    if (saved) {
      const applied = applySavedMapping(name, values, { ...saved, kind: saved.kind });
      if (applied) return applied;
    }
    return detectTab(name, values);
  });
}

function incomingOf<T>(
  spec: TabSpec,
  records: readonly T[],
  toRow: (r: T) => SheetValue[],
  toFormats: (r: T) => string[],
): IncomingRow[] {
  const fingerprints = new TabFingerprints();
  const keys = new RowKeys(spec);
  return records.map((record) => {
    const row = toRow(record);
    return incomingRow(keys.of(row), row, toFormats(record), fingerprints.of(row));
  });
}

function mostCommonCurrency(orders: readonly OrganizedOrderLine[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { currency } of orders) if (currency) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  let best: string | undefined;
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
  return best;
}

export function organize(input: OrganizeInput): OrganizeOutput {
  const detections = detectSources(input.tabs, input.savedMappings);
  const values = new Map(input.tabs.map((t) => [t.name, t.values]));
  const tables: MappedTable[] = detections
    .filter((d): d is TabDetection & { kind: SourceKind } => d.kind !== null)
    .map((d) => ({
      tab: d.tab,
      kind: d.kind,
      headerRow: d.headerRow,
      mapping: d.mapping,
      values: values.get(d.tab) ?? [],
    }));
  const settings = readSettings(input.settings);
  const collected = collectSources(tables, { timeZone: input.timeZone });
  const combined = combine(collected, settings, input.managed.Creators);
  const reminderDays = settings.followUps.days.reminder ?? 0;
  const statusContext: SampleStatusContext = { timeZone: input.timeZone, now: input.now, reminderDays };

  const existingOf = (spec: TabSpec) => withCurrentHandles(spec, input.managed[spec.name], combined.handles);
  const previousState = (spec: TabSpec) => input.state[spec.name] ?? new Map<string, Fingerprints>();
  const existingSamples = existingOf(SAMPLES);
  keepSampleIds(combined.samples, existingSamples, previousState(SAMPLES));

  const formats = (tab: TabSpec) => {
    const shared = columnFormats(tab);
    return () => shared;
  };
  const plans: [TabSpec, IncomingRow[]][] = [
    [CREATORS, incomingOf(CREATORS, combined.creators, creatorRow, formats(CREATORS))],
    [SAMPLES, incomingOf(SAMPLES, combined.samples, (s) => sampleRow(s, statusContext), formats(SAMPLES))],
    [ORDERS, incomingOf(ORDERS, combined.orders, orderRow, orderRowFormats(columnFormats(ORDERS)))],
    [PRODUCTS, incomingOf(PRODUCTS, combined.products, productRow, formats(PRODUCTS))],
    [COSTS, incomingOf(COSTS, combined.costs, costRow, formats(COSTS))],
  ];

  const issues = [...combined.issues];
  const state = {} as Record<ManagedTabName, MergeState>;
  const tabs = plans.map(([spec, incoming]): ManagedTabOutput => {
    const merged = mergeTab(
      spec,
      spec === SAMPLES ? existingSamples : existingOf(spec),
      incoming,
      previousState(spec),
      columnFormats(spec),
      spec === SAMPLES ? [sampleStatusColumn(statusContext)] : [],
    );
    state[spec.name] = merged.state;
    for (const orphan of merged.orphans) {
      issues.push({
        tab: spec.name,
        row: orphan.index + 2,
        column: 'Source',
        value: orphan.source,
        problem:
          spec === CREATORS && combined.handles.isEarlier(orphan.key)
            ? `@${orphan.key} is now an earlier handle of @${combined.handles.of(orphan.key)} (Aliases), whose row has all its samples, orders and costs. Delete this row once anything you typed in it is in that one.`
            : 'the source row of this record is gone; the record is kept. Delete the row if it should go.',
      });
    }
    issues.push(...rewrittenIssues(spec, merged));
    return { name: spec.name, headers: headersOf(spec), rows: merged.rows, formats: merged.formats, merge: merged };
  });
  return {
    detections,
    tabs,
    issues,
    state,
    stats: combined.stats,
    outcomes: collected.outcomes,
    mainCurrency: mostCommonCurrency(combined.orders) ?? settings.reportCurrency,
  };
}
