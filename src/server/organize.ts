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
import { stateFromRows, stateToRows, STATE_TAB } from '../core/organize/state';
import type { ManagedTabName } from '../core/schema';
import { ADDON_TABS, IMPORT_ISSUES_HEADERS, IMPORT_ISSUES_TAB, MANAGED_TABS, SETTINGS_TAB } from '../core/schema';
import { ensureSettingsRows } from './settingsTab';
import { withDocumentLock } from './lock';
import { loadMappings, mappingOf, saveMappings } from './mappings';
import { readValues, readWithFormulas, sheetNamed, writeTab } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface DetectionSummary {
  tab: string;
  kind: string | null;
  label: string;
  headerRow: number;
  columns: { field: string; header: string }[];
  /** The header row's cells, for choosing columns by hand. */
  headers: string[];
  /** The fields a tab of this kind can have. */
  fields: string[];
  reason?: string;
}

export interface OrganizeSummary {
  tabs: { name: string; rows: number; added: number; updated: number; editsKept: number; orphans: number }[];
  sources: DetectionSummary[];
  issueCount: number;
  issues: { tab: string; row: number; column: string; value: string; problem: string }[];
  sampleOrders: number;
  attributedByPromo: number;
  joinedAffiliate: number;
  unattributed: number;
}

const ISSUES_SHOWN = 50;
const ISSUE_FORMATS = ['@', '0', '@', '@', '@'];
const MANAGED_NAMES = new Set<string>(MANAGED_TABS.map((t) => t.name));

export interface Workbook {
  sources: { name: string; values: SheetValue[][] }[];
  managed: Partial<Record<ManagedTabName, ExistingTab>>;
  state: SheetValue[][];
  settings?: SheetValue[][];
}

/** Reads every tab once: values for all, formulas too for the managed tabs. */
export function readWorkbook(spreadsheet: Spreadsheet): Workbook {
  const workbook: Workbook = { sources: [], managed: {}, state: [] };
  for (const sheet of spreadsheet.getSheets()) {
    const name = sheet.getName();
    if (MANAGED_NAMES.has(name)) workbook.managed[name as ManagedTabName] = readWithFormulas(sheet);
    else if (name === STATE_TAB) workbook.state = readValues(sheet);
    else if (name === SETTINGS_TAB) workbook.settings = readValues(sheet);
    else if (!ADDON_TABS.includes(name)) workbook.sources.push({ name, values: readValues(sheet) });
  }
  return workbook;
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

function writeResults(spreadsheet: Spreadsheet, output: OrganizeOutput): void {
  for (const tab of output.tabs) writeTab(sheetNamed(spreadsheet, tab.name), tab);
  const issueRows = output.issues.map((i) => [i.tab, i.row, i.column, i.value, i.problem]);
  writeTab(sheetNamed(spreadsheet, IMPORT_ISSUES_TAB), {
    headers: IMPORT_ISSUES_HEADERS,
    rows: issueRows,
    // Plain text, so a Value like 577385411623752068 stays its digits instead of becoming 5.77385E+17.
    formats: issueRows.map(() => ISSUE_FORMATS),
    clearBelow: true,
  });
  writeTab(sheetNamed(spreadsheet, STATE_TAB, { hidden: true }), {
    headers: stateToRows({})[0],
    rows: stateToRows(output.state).slice(1),
    clearBelow: true,
  });
}

export function summarize(output: OrganizeOutput, sources: Workbook['sources']): OrganizeSummary {
  const values = new Map(sources.map((s) => [s.name, s.values]));
  return {
    tabs: output.tabs.map((t) => ({
      name: t.name,
      rows: t.rows.length,
      added: t.merge.added,
      updated: t.merge.updated,
      editsKept: t.merge.editsKept,
      orphans: t.merge.orphans.length,
    })),
    sources: output.detections.map((d) => describeDetection(d, values.get(d.tab) ?? [])),
    issueCount: output.issues.length,
    issues: output.issues.slice(0, ISSUES_SHOWN),
    ...output.stats,
  };
}

export function organizeSpreadsheet(spreadsheet: Spreadsheet, now: Date): OrganizeSummary {
  return withDocumentLock('Organize', () => {
    const properties = PropertiesService.getDocumentProperties();
    const workbook = readWorkbook(spreadsheet);
    const output = organize({
      tabs: workbook.sources,
      managed: workbook.managed,
      state: stateFromRows(workbook.state),
      savedMappings: loadMappings(properties),
      settings: workbook.settings,
      timeZone: spreadsheet.getSpreadsheetTimeZone(),
      now,
    });
    writeResults(spreadsheet, output);
    if (!workbook.settings?.length) ensureSettingsRows(spreadsheet, [], [], output.mainCurrency);
    const mappings: Record<string, SavedMapping> = {};
    const values = new Map(workbook.sources.map((s) => [s.name, s.values]));
    for (const detection of output.detections) {
      const mapping = mappingOf(detection, values.get(detection.tab)?.[detection.headerRow] ?? []);
      if (mapping) mappings[detection.tab] = mapping;
    }
    saveMappings(properties, mappings);
    return summarize(output, workbook.sources);
  });
}
