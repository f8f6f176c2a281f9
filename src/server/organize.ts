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
import type { DetectionSummary, OrganizeSummary } from './api';
import { describeOutcome } from './organizeOutcome';
import type { Steps } from './progress';
import { recordSteps } from './progress';
import { ensureSettingsRows } from './settingsTab';
import { withDocumentLock } from './lock';
import { loadMappings, mappingOf, saveMappings } from './mappings';
import { readValues, readWithFormulas, sheetNamed, writeTab } from './sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

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

/** Reading, organizing, one write per managed tab, then Import issues and the state. */
const ORGANIZE_STEPS = 2 + MANAGED_TABS.length + 1;

function writeResults(spreadsheet: Spreadsheet, output: OrganizeOutput, steps: Steps): void {
  for (const tab of output.tabs) {
    steps.next(`Writing the ${tab.name} tab (${tab.rows.length.toLocaleString('en-US')} rows)`);
    writeTab(sheetNamed(spreadsheet, tab.name), tab);
  }
  steps.next(`Writing ${IMPORT_ISSUES_TAB}`);
  const issueRows = output.issues.map((i) => [i.tab, i.row, i.column, i.value, i.problem]);
  writeTab(sheetNamed(spreadsheet, IMPORT_ISSUES_TAB), {
    headers: IMPORT_ISSUES_HEADERS,
    rows: issueRows,
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
  const workbook = readWorkbook(spreadsheet);
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
  writeResults(spreadsheet, output, steps);
  if (!workbook.settings?.length) ensureSettingsRows(spreadsheet, [], [], output.mainCurrency);
  const mappings: Record<string, SavedMapping> = {};
  const values = new Map(workbook.sources.map((s) => [s.name, s.values]));
  for (const detection of output.detections) {
    const mapping = mappingOf(detection, values.get(detection.tab)?.[detection.headerRow] ?? []);
    if (mapping) mappings[detection.tab] = mapping;
  }
  saveMappings(properties, mappings);
  return summarize(output, workbook.sources);
}
