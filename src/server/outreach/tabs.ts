/**
 * The tabs outreach reads, one getValues each. Used for the first time, outreach creates what it
 * owns with defaults: the Sequences tab with one two-variant sequence, the Outreach log, the
 * outreach templates in the Templates tab (only the rows missing: the operator's rows are kept) and
 * the Outreach rows of Settings.
 */
import { headerColumn } from '../../core/aliases';
import type { SheetValue } from '../../core/cells';
import type { CreatorContext } from '../../core/followups/sampleContexts';
import { readCreators } from '../../core/followups/sampleContexts';
import type { SendMemory } from '../../core/mail/memory';
import { readMemory } from '../../core/mail/memory';
import type { DoNotContact } from '../../core/mail/doNotContact';
import { readDoNotContact } from '../../core/mail/doNotContact';
import type { OutreachLogRow } from '../../core/outreach/outreachLog';
import { readOutreachLog } from '../../core/outreach/outreachLog';
import type { SequenceReading } from '../../core/outreach/sequences';
import { defaultSequenceRows, readSequences } from '../../core/outreach/sequences';
import { defaultOutreachTemplateRows, readOutreachTemplates, templateKey } from '../../core/outreach/templates';
import {
  CREATORS,
  MEMORY_TAB,
  OUTREACH_LOG_HEADERS,
  OUTREACH_LOG_TAB,
  SEQUENCES_HEADERS,
  SEQUENCES_TAB,
  SETTINGS_TAB,
  TEMPLATES_HEADERS,
} from '../../core/schema';
import type { Settings } from '../../core/settings';
import { FOLLOW_UP_SETTINGS_ROWS, OUTREACH_SETTINGS_ROWS, readSettings } from '../../core/settings';
import { ensureSettingsRows } from '../settingsTab';
import { AddOnTabs } from '../addOnTabs';
import { writeTab } from '../sheets';
import { HeaderedTable } from '../headeredTable';
import type { Tab } from '../followups/tabs';
import { doNotContactTab, ensureTab, memoryTab, templatesTab, valuesOf } from '../followups/tabs';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface OutreachState {
  settings: Settings;
  sequences: SequenceReading;
  creators: Map<string, CreatorContext>;
  memory: SendMemory;
  /** Undefined only when reading without `create` and the add-on never wrote its memory. */
  memorySheet?: Sheet;
  doNotContact: DoNotContact;
  log: OutreachLogRow[];
  /** Undefined only when reading without `create` and there is no Outreach log yet. */
  logSheet?: Sheet;
  /** The first empty row of the Outreach log. */
  logNextRow: number;
  /** What could not be read (a row of the Outreach log typed wrong). */
  problems: string[];
  /** Names of the tabs as the operator sees them. */
  tabs: { sequences: string; log: string; creators: string };
}

function sequencesTab(tabs: AddOnTabs, create: boolean): Tab {
  const tab = valuesOf(tabs, SEQUENCES_TAB);
  if (!create || (tab.sheet && tab.values.length > 0)) return tab;
  const sheet = tab.sheet ?? tabs.make(SEQUENCES_TAB);
  const rows = defaultSequenceRows();
  // Step and Wait days are numbers; the rest is text as typed.
  const formats = rows.map(() => ['@', '0', '@', '0', '@', '@']);
  writeTab(sheet, { headers: SEQUENCES_HEADERS, rows, formats });
  return { sheet, values: [SEQUENCES_HEADERS.slice(), ...rows] };
}

function outreachLogTab(tabs: AddOnTabs, create: boolean): Tab {
  const tab = valuesOf(tabs, OUTREACH_LOG_TAB);
  return create ? ensureTab(tabs, OUTREACH_LOG_TAB, OUTREACH_LOG_HEADERS, [], tab) : tab;
}

/** The Templates tab with the default outreach templates it lacks appended below the operator's rows. */
function outreachTemplatesValues(tabs: AddOnTabs, create: boolean): SheetValue[][] {
  const tab = templatesTab(tabs, create);
  if (!create || !tab.sheet) return tab.values;
  const present = new Set(tab.values.slice(1).map((row) => templateKey(row[0])));
  const missing = defaultOutreachTemplateRows().filter(([name]) => !present.has(templateKey(name)));
  if (missing.length === 0) return tab.values;
  // Under the headers the templates are read by, whatever columns the operator added or moved.
  const table = HeaderedTable.of(tab.sheet, TEMPLATES_HEADERS, headerColumn);
  table.writeRows(tab.values.length + 1, missing, '@');
  return [...tab.values, ...missing.map((cells) => table.rowOf(cells))];
}

function settingsValues(tabs: AddOnTabs, create: boolean): SheetValue[][] {
  const values = tabs.values(SETTINGS_TAB);
  const rows = [...FOLLOW_UP_SETTINGS_ROWS, ...OUTREACH_SETTINGS_ROWS];
  return create ? ensureSettingsRows(tabs.spreadsheet, values, rows, undefined, tabs.sheetOptions) : values;
}

/** The log's rows; a row that cannot be read leaves the log unread, said as a problem (the memory still stops resends). */
function readLog(values: readonly unknown[][], timeZone: string): { rows: OutreachLogRow[]; problem?: string } {
  if (values.length === 0) return { rows: [] };
  try {
    return { rows: readOutreachLog(values, timeZone) };
  } catch (error) {
    return { rows: [], problem: error instanceof Error ? error.message : String(error) };
  }
}

/** Creates the Sequences and Outreach log tabs, the outreach templates and settings when missing. */
export function ensureOutreachTabs(spreadsheet: Spreadsheet): void {
  readOutreachState(new AddOnTabs(spreadsheet), spreadsheet.getSpreadsheetTimeZone(), { create: true });
}

/** Everything enrolment and a run decide from. `create` makes what is missing first; a preview only reads. */
export function readOutreachState(
  tabs: AddOnTabs,
  timeZone: string,
  options: { create: boolean; memory?: SendMemory },
): OutreachState {
  const { create } = options;
  const settings = readSettings(settingsValues(tabs, create));
  const templates = readOutreachTemplates(outreachTemplatesValues(tabs, create));
  const sequences = sequencesTab(tabs, create);
  const log = outreachLogTab(tabs, create);
  // A run passes the memory it already read (and has written to since): never read twice.
  const memory = options.memory ? undefined : create ? memoryTab(tabs) : valuesOf(tabs, MEMORY_TAB);
  const logRead = readLog(log.values, timeZone);
  const creators = valuesOf(tabs, CREATORS.name);
  return {
    settings,
    sequences: sequences.values.length ? readSequences(sequences.values, templates) : { sequences: [], problems: [] },
    creators: readCreators(creators.values, timeZone),
    memory: options.memory ?? readMemory(memory?.values ?? []),
    memorySheet: memory?.sheet,
    doNotContact: readDoNotContact(doNotContactTab(tabs, create).values),
    log: logRead.rows,
    problems: logRead.problem ? [logRead.problem] : [],
    logSheet: log.sheet,
    logNextRow: Math.max(log.values.length, 1) + 1,
    tabs: {
      sequences: sequences.sheet?.getName() ?? SEQUENCES_TAB,
      log: log.sheet?.getName() ?? OUTREACH_LOG_TAB,
      creators: creators.sheet?.getName() ?? CREATORS.name,
    },
  };
}
