/**
 * Organize on a real spreadsheet: read every tab once, organize in memory, write the managed
 * tabs, Import issues and the merge state, all under the document lock.
 */
import { fieldsOf, SOURCE_KIND_LABELS } from '../core/aliases';
import type { TabDetection } from '../core/detect';
import type { OrganizeOutput, SavedMapping } from '../core/organize';
import { organize } from '../core/organize';
import type { ExistingTab } from '../core/organize/merge';
import type { SheetValue } from '../core/cells';
import { stateFromRows, stateToRows } from '../core/organize/state';
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
import { writeManaged } from './managedWrite';
import type { Renaming } from './ownership';
import { ownedSheet, ownedSheets, protectAsAddOnMemory } from './ownership';
import type { DetectionSummary, OrganizeSummary } from './api';
import { describeOutcome } from './organizeOutcome';
import type { Steps } from './progress';
import { recordSteps } from './progress';
import { ensureSettingsRows } from './settingsTab';
import { withDocumentLock } from './lock';
import { loadMappings, mappingOf, saveMappings } from './mappings';
import { readValues, writeTab } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function renamingNotice({ role, name }: Renaming): string {
  return `A tab of yours is called "${role}", so Creator Ops wrote its ${role} tab as "${name}"; yours was not changed.`;
}

export interface Workbook {
  sources: { name: string; values: SheetValue[][] }[];
  managed: Partial<Record<ManagedTabName, ExistingTab>>;
  state: SheetValue[][];
  settings?: SheetValue[][];
}

/** A managed tab as read: its sheet, where its columns are, and what they hold. */
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
  const workbook: Workbook = { sources: [], managed: {}, state: [] };
  const ownedIds = new Set([...owned.values()].map((sheet) => sheet.getSheetId()));
  for (const sheet of spreadsheet.getSheets()) {
    if (!ownedIds.has(sheet.getSheetId())) workbook.sources.push({ name: sheet.getName(), values: readValues(sheet) });
  }
  const state = owned.get(STATE_TAB);
  if (state) workbook.state = readValues(state);
  const settings = owned.get(SETTINGS_TAB);
  if (settings) workbook.settings = readValues(settings);
  return workbook;
}

function readManagedSheets(owned: Map<AddonTabRole, Sheet>): Map<ManagedTabName, ManagedSheet> {
  const managed = new Map<ManagedTabName, ManagedSheet>();
  for (const spec of MANAGED_TABS) {
    const sheet = owned.get(spec.name);
    if (!sheet) continue;
    const marked = markedColumns(sheet);
    const headerRow = headerCells(sheet);
    const positions = locateColumns(marked, headersOf(spec), headerRow);
    const held = readManaged(sheet, headersOf(spec), positions);
    managed.set(spec.name, { sheet, marked, headerRow, positions, held });
  }
  return managed;
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

function writeManagedTabs(
  spreadsheet: Spreadsheet,
  owned: Map<AddonTabRole, Sheet>,
  managed: Map<ManagedTabName, ManagedSheet>,
  output: OrganizeOutput,
  renamings: Renaming[],
  steps: Steps,
): void {
  for (const tab of output.tabs) {
    steps.next(`Writing the ${tab.name} tab (${tab.rows.length.toLocaleString('en-US')} rows)`);
    const existing = managed.get(tab.name);
    const sheet = existing?.sheet ?? ownedSheet(spreadsheet, tab.name, { owned, renamings });
    const positions = ensureColumns(
      sheet,
      tab.headers,
      existing?.headerRow ?? [],
      existing?.marked ?? new Map<string, number>(),
    );
    const unmoved = existing && tab.headers.every((h) => existing.positions.get(h) === positions.get(h));
    writeManaged(sheet, tab, positions, unmoved ? existing.held : readManaged(sheet, tab.headers, positions));
    if (!existing) {
      sheet.getRange(1, 1, 1, tab.headers.length).setFontWeight('bold');
      sheet.setFrozenRows(1);
    }
  }
}

function headerCells(sheet: Sheet): SheetValue[] {
  const width = sheet.getLastColumn();
  return width === 0 ? [] : (sheet.getRange(1, 1, 1, width).getValues()[0] as SheetValue[]);
}

function writeResults(
  spreadsheet: Spreadsheet,
  owned: Map<AddonTabRole, Sheet>,
  managed: Map<ManagedTabName, ManagedSheet>,
  output: OrganizeOutput,
  steps: Steps,
): Renaming[] {
  const renamings: Renaming[] = [];
  writeManagedTabs(spreadsheet, owned, managed, output, renamings, steps);
  steps.next(`Writing ${IMPORT_ISSUES_TAB}`);
  const issueRows = output.issues.map((i) => [i.tab, i.row, i.column, i.value, i.problem]);
  writeTab(ownedSheet(spreadsheet, IMPORT_ISSUES_TAB, { owned, renamings }), {
    headers: IMPORT_ISSUES_HEADERS,
    rows: issueRows,
    formats: issueRows.map(() => IMPORT_ISSUES_FORMATS),
    clearBelow: true,
  });
  const stateRows = stateToRows(output.state);
  const stateSheet = ownedSheet(spreadsheet, STATE_TAB, { owned, hidden: true });
  protectAsAddOnMemory(stateSheet);
  writeTab(stateSheet, {
    headers: stateRows[0],
    rows: stateRows.slice(1),
    formats: stateRows.slice(1).map((row) => row.map(() => '@')),
    clearBelow: true,
  });
  return renamings;
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

export function organizeSpreadsheet(spreadsheet: Spreadsheet, now: Date): OrganizeSummary {
  return withDocumentLock('Organize', () => {
    const steps = recordSteps(ORGANIZE_STEPS);
    try {
      return organizeLocked(spreadsheet, now, steps);
    } finally {
      steps.end();
    }
  });
}

function organizeLocked(spreadsheet: Spreadsheet, now: Date, steps: Steps): OrganizeSummary {
  steps.next('Reading your tabs');
  const properties = PropertiesService.getDocumentProperties();
  const owned = ownedSheets(spreadsheet);
  const workbook = readWorkbook(spreadsheet, owned);
  const managed = readManagedSheets(owned);
  for (const [name, tab] of managed) workbook.managed[name] = tab.held;
  const rows = workbook.sources.reduce((sum, source) => sum + Math.max(0, source.values.length - 1), 0);
  steps.next(`Organizing ${rows.toLocaleString('en-US')} rows from ${workbook.sources.length} tabs`);
  const output = organize({
    tabs: workbook.sources,
    managed: workbook.managed,
    state: stateFromRows(workbook.state),
    savedMappings: loadMappings(properties),
    settings: workbook.settings,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    now,
  });
  const renamings = writeResults(spreadsheet, owned, managed, output, steps);
  if (!workbook.settings?.length) ensureSettingsRows(spreadsheet, [], [], output.mainCurrency, { owned, renamings });
  const mappings = new Map<string, SavedMapping>();
  const values = new Map(workbook.sources.map((s) => [s.name, s.values]));
  for (const detection of output.detections) {
    const mapping = mappingOf(detection, values.get(detection.tab)?.[detection.headerRow] ?? []);
    if (mapping) mappings.set(detection.tab, mapping);
  }
  saveMappings(properties, mappings);
  const summary = summarize(output, workbook.sources);
  return { ...summary, warnings: [...renamings.map(renamingNotice), ...summary.warnings] };
}
