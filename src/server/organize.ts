/**
 * Organize on a real spreadsheet: read every tab once, organize in memory, write the managed
 * tabs, Import issues and the merge state, all under the document lock.
 *
 * A run that passes its time budget stops between blocks of rows, saves where it was, writes the
 * merge state as far as it got and continues in a one-off trigger (organizeContinuation.ts). The
 * next part reads and organizes again and writes only what still differs. Its merge must see the
 * rows the first part wrote as the add-on's own, so the state it reads holds this run's
 * fingerprints for those rows and the previous run's for the rest: with that, the two parts give
 * exactly what one uninterrupted run gives, and a source change in between is merged as any other
 * change would be (the run starts over, on the new sources).
 */
import { fieldsOf, SOURCE_KIND_LABELS } from '../core/aliases';
import type { SourceKind } from '../core/aliases';
import type { TabDetection } from '../core/detect';
import type { OrganizeOutput, SavedMapping } from '../core/organize';
import { organize } from '../core/organize';
import type { ExistingTab } from '../core/organize/merge';
import type { SheetValue } from '../core/cells';
import type { MergeState } from '../core/organize/merge';
import type { Fingerprints } from '../core/organize/fingerprint';
import { RowKeys } from '../core/organize/rowKeys';
import { STATE_HEADERS, stateFromRows, stateToRows } from '../core/organize/state';
import type { ManagedTabName } from '../core/schema';
import type { AddonTabRole } from '../core/schema';
import {
  headersOf,
  IMPORT_ISSUES_FORMATS,
  IMPORT_ISSUES_HEADERS,
  IMPORT_ISSUES_TAB,
  MANAGED_TABS,
  SETTINGS_TAB,
  STATE_TAB,
} from '../core/schema';
import type { ColumnPositions, ManagedRead } from './managedColumns';
import { ensureColumns, locateColumns, markedColumns, readManaged } from './managedColumns';
import type { StopWhen } from './managedWrite';
import { writeManaged, writeTable } from './managedWrite';
import type { Continuation } from './organizeContinuation';
import { clearContinuation, continuationText, pendingContinuation, saveContinuation } from './organizeContinuation';
import { lendClockSlot, restoreClockSlot } from './followups/triggers';
import { fingerprintOfValues, saveOrganizedFingerprint, tabsReadWhole } from './sourceFingerprint';
import { saveSourcesReadAt } from './sourceEdits';
import type { Renaming } from './ownership';
import { ownedSheet, ownedSheets, protectAsAddOnMemory } from './ownership';
import type { DetectionSummary, OrganizeSummary } from './api';
import { describeOutcome } from './organizeOutcome';
import type { Steps } from './progress';
import { recordSteps } from './progress';
import { ensureSettingsRows } from './settingsTab';
import { issuesInPlace } from './issuesInPlace';
import { withDocumentLock } from './lock';
import { loadMappings, mappingOf, saveMappings } from './mappings';
import { readValues } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function renamingNotice({ role, name }: Renaming): string {
  return `A tab of yours is called "${role}", so Creator Ops wrote its ${role} tab as "${name}"; yours was not changed.`;
}

export interface Workbook {
  sources: { name: string; values: SheetValue[][] }[];
  managed: Partial<Record<ManagedTabName, ExistingTab>>;
  settings?: SheetValue[][];
}

/** One of the add-on's tabs as read at the start of a run: its sheet, where its columns are, and what they hold. */
interface ManagedSheet {
  sheet: Sheet;
  /** Columns by their markers, and the header row, as read this run. */
  marked: ColumnPositions;
  headerRow: SheetValue[];
  positions: ColumnPositions;
  held: ManagedRead;
}

/**
 * Reads every tab once. Tabs the add-on owns are known by marker; every other tab is the
 * seller's and a source, whatever its name.
 */
export function readWorkbook(spreadsheet: Spreadsheet, owned = ownedSheets(spreadsheet)): Workbook {
  const workbook: Workbook = { sources: [], managed: {} };
  const ownedIds = new Set([...owned.values()].map((sheet) => sheet.getSheetId()));
  for (const sheet of spreadsheet.getSheets()) {
    if (!ownedIds.has(sheet.getSheetId())) workbook.sources.push({ name: sheet.getName(), values: readValues(sheet) });
  }
  const settings = owned.get(SETTINGS_TAB);
  if (settings) workbook.settings = readValues(settings);
  return workbook;
}

/** Values, formulas and formats of one of the add-on's tabs, read once: what its write compares with. */
function readOwnedTab(sheet: Sheet, headers: readonly string[]): ManagedSheet {
  const marked = markedColumns(sheet);
  const headerRow = headerCells(sheet);
  const positions = locateColumns(marked, headers, headerRow);
  return { sheet, marked, headerRow, positions, held: readManaged(sheet, headers, positions) };
}

function readManagedSheets(owned: Map<AddonTabRole, Sheet>): Map<ManagedTabName, ManagedSheet> {
  const managed = new Map<ManagedTabName, ManagedSheet>();
  for (const spec of MANAGED_TABS) {
    const sheet = owned.get(spec.name);
    if (sheet) managed.set(spec.name, readOwnedTab(sheet, headersOf(spec)));
  }
  return managed;
}

/**
 * A tab's columns for `headers`, made where missing, and what they hold: the read at the start of
 * the run while its columns are where they were, else read again.
 */
function columnsToWrite(
  sheet: Sheet,
  headers: readonly string[],
  existing: ManagedSheet | undefined,
): { positions: ColumnPositions; held: ManagedRead } {
  const positions = ensureColumns(
    sheet,
    headers,
    existing?.headerRow ?? [],
    existing?.marked ?? new Map<string, number>(),
  );
  const unmoved = existing && headers.every((h) => existing.positions.get(h) === positions.get(h));
  return { positions, held: unmoved ? existing.held : readManaged(sheet, headers, positions) };
}

export function describeDetection(detection: TabDetection, values: readonly SheetValue[][]): DetectionSummary {
  const headers = (values[detection.headerRow] ?? []).map((h) => String(h).trim());
  return {
    tab: detection.tab,
    kind: detection.kind,
    label: detection.kind ? SOURCE_KIND_LABELS[detection.kind] : 'Left alone',
    headerRow: detection.headerRow,
    columns: Object.entries(detection.mapping).map(([field, column]) => ({ field, header: headers[column] ?? '' })),
    headers,
    fields: detection.kind ? fieldsOf(detection.kind) : [],
    reason: detection.reason,
  };
}

/** Reading, organizing, one write per managed tab, then Import issues and the state. */
const ORGANIZE_STEPS = 2 + MANAGED_TABS.length + 1;

/**
 * Writing stops once a run has taken this long: Apps Script ends an execution at 6 minutes, and
 * what follows the last block (the merge state, the cursor, the trigger) must fit in what is left.
 */
export const ORGANIZE_BUDGET_MS = 4 * 60 * 1000;

/** The continuation runs this long after the part before it (it is a clock trigger: at least a minute or so). */
export const CONTINUE_AFTER_MS = 60 * 1000;

/** Where a run stopped: the tab being written and its data rows written so far. */
interface Cut {
  tab: ManagedTabName;
  rowsDone: number;
}

function writeManagedTabs(
  spreadsheet: Spreadsheet,
  owned: Map<AddonTabRole, Sheet>,
  managed: Map<ManagedTabName, ManagedSheet>,
  output: OrganizeOutput,
  renamings: Renaming[],
  steps: Steps,
  outOfTime: () => boolean,
): Cut | undefined {
  let wrote = false;
  for (const tab of output.tabs) {
    if (wrote && outOfTime()) return { tab: tab.name, rowsDone: 0 };
    steps.next(`Writing the ${tab.name} tab (${tab.rows.length.toLocaleString('en-US')} rows)`);
    const existing = managed.get(tab.name);
    const sheet = existing?.sheet ?? ownedSheet(spreadsheet, tab.name, { owned, renamings });
    const { positions, held } = columnsToWrite(sheet, tab.headers, existing);
    const stop: StopWhen = (rowsDone) => {
      steps.detail(continuationText({ tab: tab.name, rowsDone: rowsDone - 1, rows: tab.rows.length }));
      return outOfTime();
    };
    const written = writeManaged(sheet, tab, positions, held, stop);
    if (!existing) {
      sheet.getRange(1, 1, 1, tab.headers.length).setFontWeight('bold');
      sheet.setFrozenRows(1);
    }
    if (!written.complete) return { tab: tab.name, rowsDone: written.rowsDone - 1 };
    wrote ||= written.cells > 0;
  }
  return undefined;
}

function headerCells(sheet: Sheet): SheetValue[] {
  const width = sheet.getLastColumn();
  return width === 0 ? [] : (sheet.getRange(1, 1, 1, width).getValues()[0] as SheetValue[]);
}

/**
 * Writes one of the tabs the add-on rewrites whole, creating it if needed: `rowsOver` lays its rows
 * over what the tab holds now, in its own columns (found by marker, wherever the operator moved them).
 * `read` is the tab as this run read it at the start, if it did.
 */
function writeOwnedTable(
  spreadsheet: Spreadsheet,
  owned: Map<AddonTabRole, Sheet>,
  role: AddonTabRole,
  table: { headers: readonly string[]; rowFormats: readonly string[]; rowsOver: (held: ManagedRead) => SheetValue[][] },
  options: { renamings?: Renaming[]; hidden?: boolean; read?: ManagedSheet } = {},
): Sheet {
  const { read, ...sheetOptions } = options;
  const created = !owned.has(role);
  const sheet = ownedSheet(spreadsheet, role, { owned, ...sheetOptions });
  const existing = created ? undefined : (read ?? readOwnedTab(sheet, table.headers));
  const { positions, held } = columnsToWrite(sheet, table.headers, existing);
  const rows = table.rowsOver(held);
  const formats = rows.map(() => table.rowFormats);
  writeTable(sheet, { headers: table.headers, rows, formats, created }, positions, held);
  return sheet;
}

/** The merge state as far as the tabs were written: this run's for the rows written, the last run's for the rest. */
function stateAsWritten(
  output: OrganizeOutput,
  previous: Partial<Record<ManagedTabName, MergeState>>,
  cut: Cut,
): Partial<Record<ManagedTabName, MergeState>> {
  const state: Partial<Record<ManagedTabName, MergeState>> = {};
  let reached = false;
  for (const tab of output.tabs) {
    const before: MergeState = previous[tab.name] ?? new Map<string, Fingerprints>();
    if (reached) {
      state[tab.name] = before;
      continue;
    }
    if (tab.name !== cut.tab) {
      state[tab.name] = output.state[tab.name];
      continue;
    }
    reached = true;
    const spec = MANAGED_TABS.find((t) => t.name === tab.name)!;
    const mixed: MergeState = new Map();
    const keys = new RowKeys(spec);
    for (const row of tab.rows.slice(0, cut.rowsDone)) {
      const key = keys.of(row);
      const fingerprints = output.state[tab.name].get(key);
      if (fingerprints) mixed.set(key, fingerprints);
    }
    for (const [key, fingerprints] of before) if (!mixed.has(key)) mixed.set(key, fingerprints);
    state[tab.name] = mixed;
  }
  return state;
}

/**
 * The memory tab's rows: a record keeps the row it had and new records go below, so a run that adds
 * order lines appends their rows instead of moving every row after the Orders records.
 */
function stateInPlace(stateRows: string[][], held: readonly SheetValue[][]): string[][] {
  const rowOf = (row: readonly unknown[]) => `${String(row[0])}\u0001${String(row[1])}`;
  const fresh = new Map(stateRows.slice(1).map((row) => [rowOf(row), row]));
  const rows: string[][] = [];
  for (const row of held.slice(1)) {
    const kept = fresh.get(rowOf(row));
    if (!kept) continue;
    rows.push(kept);
    fresh.delete(rowOf(row));
  }
  return [...rows, ...fresh.values()];
}

function writeState(
  spreadsheet: Spreadsheet,
  owned: Map<AddonTabRole, Sheet>,
  state: Partial<Record<ManagedTabName, MergeState>>,
  read: ManagedSheet | undefined,
): void {
  const stateRows = stateToRows(state);
  const headers = stateRows[0];
  const sheet = writeOwnedTable(
    spreadsheet,
    owned,
    STATE_TAB,
    { headers, rowFormats: headers.map(() => '@'), rowsOver: (held) => stateInPlace(stateRows, held.values) },
    { hidden: true, read },
  );
  protectAsAddOnMemory(sheet);
}

function writeIssues(
  spreadsheet: Spreadsheet,
  owned: Map<AddonTabRole, Sheet>,
  output: OrganizeOutput,
  renamings: Renaming[],
): void {
  const issues = output.issues.map((i) => [i.tab, i.row, i.column, i.value, i.problem]);
  writeOwnedTable(
    spreadsheet,
    owned,
    IMPORT_ISSUES_TAB,
    {
      headers: IMPORT_ISSUES_HEADERS,
      rowFormats: IMPORT_ISSUES_FORMATS,
      rowsOver: (held) => issuesInPlace(issues, held),
    },
    { renamings },
  );
}

export function summarize(output: OrganizeOutput, sources: Workbook['sources']): OrganizeSummary {
  const values = new Map(sources.map((s) => [s.name, s.values]));
  const detections = output.detections.map((d) => describeDetection(d, values.get(d.tab) ?? []));
  return {
    tabs: output.tabs.map((t) => ({
      name: t.name,
      rows: t.rows.length,
      added: t.merge.added,
      updated: t.merge.updated,
      editsKept: t.merge.editsKept,
      orphans: t.merge.orphans.length,
    })),
    sources: detections,
    ...describeOutcome(output.outcomes, output.issues, detections),
    issueCount: output.issues.length,
    ...output.stats,
  };
}

export interface OrganizeOptions {
  /** Milliseconds of writing before the run stops and continues in a trigger; default ORGANIZE_BUDGET_MS. */
  budgetMs?: number;
}

export function organizeSpreadsheet(
  spreadsheet: Spreadsheet,
  now: Date,
  options: OrganizeOptions = {},
): OrganizeSummary {
  return withDocumentLock('Organize', () => {
    const steps = recordSteps(ORGANIZE_STEPS);
    try {
      return organizeLocked(spreadsheet, now, steps, options.budgetMs ?? ORGANIZE_BUDGET_MS);
    } finally {
      steps.end();
    }
  });
}

/** `kinds`: what each tab was read as, by the mappings the fingerprint is compared under (tabsReadWhole). */
function inputFingerprint(
  workbook: Workbook,
  owned: ReadonlyMap<AddonTabRole, Sheet>,
  kinds: Iterable<readonly [string, SourceKind | 'ignore' | null]>,
): string {
  const settings = owned.get(SETTINGS_TAB);
  return fingerprintOfValues(
    [...workbook.sources, ...(settings ? [{ name: settings.getName(), values: workbook.settings ?? [] }] : [])],
    tabsReadWhole(kinds, settings),
  );
}

/** Saves where the run stopped and lends the clock slot to the part that continues it. */
function continueLater(
  spreadsheet: Spreadsheet,
  output: OrganizeOutput,
  cut: Cut,
  run: Pick<Continuation, 'sources' | 'now'>,
  pending: Continuation | null,
): NonNullable<OrganizeSummary['continuing']> {
  const hourly = lendClockSlot(spreadsheet, CONTINUE_AFTER_MS);
  const rows = output.tabs.find((t) => t.name === cut.tab)!.rows.length;
  const continuation = {
    tab: cut.tab,
    rowsDone: cut.rowsDone,
    rows,
    ...run,
    followUpsOn: pending ? pending.followUpsOn : hourly,
    parts: (pending?.parts ?? 0) + 1,
  };
  saveContinuation(continuation);
  return { tab: cut.tab, rowsDone: continuation.rowsDone, rows, text: continuationText(continuation) };
}

function organizeLocked(spreadsheet: Spreadsheet, now: Date, steps: Steps, budgetMs: number): OrganizeSummary {
  const started = Date.now();
  steps.next('Reading your tabs');
  const properties = PropertiesService.getDocumentProperties();
  const pending = pendingContinuation();
  const owned = ownedSheets(spreadsheet);
  const workbook = readWorkbook(spreadsheet, owned);
  const managed = readManagedSheets(owned);
  for (const [name, tab] of managed) workbook.managed[name] = tab.held;
  const stateSheet = owned.get(STATE_TAB);
  const stateRead = stateSheet && readOwnedTab(stateSheet, STATE_HEADERS);
  const savedMappings = loadMappings(properties);
  const savedKinds = new Map<string, SourceKind | 'ignore' | null>(
    [...savedMappings].map(([tab, { kind }]) => [tab, kind]),
  );
  // Compared with the fingerprint the part before saved, under the mappings it saved.
  const sources = inputFingerprint(workbook, owned, savedKinds);
  const continued = pending?.sources === sources;
  const asOf = continued ? new Date(pending.now) : now;
  const rows = workbook.sources.reduce((sum, source) => sum + Math.max(0, source.values.length - 1), 0);
  steps.next(`Organizing ${rows.toLocaleString('en-US')} rows from ${workbook.sources.length} tabs`);
  const previousState = stateFromRows(stateRead?.held.values ?? []);
  const output = organize({
    tabs: workbook.sources,
    managed: workbook.managed,
    state: previousState,
    savedMappings,
    settings: workbook.settings,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    now: asOf,
  });
  const renamings: Renaming[] = [];
  const outOfTime = () => Date.now() - started > budgetMs;
  const cut = writeManagedTabs(spreadsheet, owned, managed, output, renamings, steps, outOfTime);
  if (!workbook.settings?.length)
    workbook.settings = ensureSettingsRows(spreadsheet, [], [], output.mainCurrency, { owned, renamings });
  // What the next run compares with: the Settings tab this run made is no change.
  // Compared with by the next run, under the mappings saved once this run saves its own (saveMappings).
  const kindsSaved = new Map(savedKinds);
  for (const { tab, kind } of output.detections) if (kind) kindsSaved.set(tab, kind);
  const written = inputFingerprint(workbook, owned, kindsSaved);
  let continuing: OrganizeSummary['continuing'];
  if (cut) {
    writeState(spreadsheet, owned, stateAsWritten(output, previousState, cut), stateRead);
    continuing = continueLater(spreadsheet, output, cut, { sources: written, now: asOf.toISOString() }, pending);
  } else {
    steps.next(`Writing ${IMPORT_ISSUES_TAB}`);
    writeIssues(spreadsheet, owned, output, renamings);
    writeState(spreadsheet, owned, output.state, stateRead);
    if (pending) {
      restoreClockSlot(spreadsheet, pending.followUpsOn);
      clearContinuation();
    }
    saveOrganizedFingerprint(written);
    saveSourcesReadAt(started);
  }
  const warnings = renamings.map(renamingNotice);
  if (pending && !continued)
    warnings.push('Your tabs changed while Organize was part-way through, so it started over from the new data.');
  const mappings = new Map<string, SavedMapping>();
  const values = new Map(workbook.sources.map((s) => [s.name, s.values]));
  for (const detection of output.detections) {
    const mapping = mappingOf(detection, values.get(detection.tab)?.[detection.headerRow] ?? []);
    if (mapping) mappings.set(detection.tab, mapping);
  }
  saveMappings(properties, mappings);
  const summary = summarize(output, workbook.sources);
  return { ...summary, warnings: [...warnings, ...summary.warnings], ...(continuing && { continuing }) };
}
