/**
 * The tabs follow-ups read, one getValues each. The tabs follow-ups own (Templates, Follow-up log)
 * and the follow-up rows of Settings are created when missing; what the operator edited is kept.
 */
import type { SampleContext } from '../../core/followups/sampleContexts';
import { readSampleContexts } from '../../core/followups/sampleContexts';
import type { FollowUpLog } from '../../core/followups/log';
import { readLog } from '../../core/followups/log';
import type { SendMemory } from '../../core/mail/memory';
import { readMemory } from '../../core/mail/memory';
import type { FollowUpRule } from '../../core/followups/rules';
import type { Template } from '../../core/followups/templates';
import { defaultTemplateRows, readTemplates } from '../../core/followups/templates';
import type { SheetValue } from '../../core/cells';
import type { DoNotContact } from '../../core/mail/doNotContact';
import { readDoNotContact } from '../../core/mail/doNotContact';
import {
  CREATORS,
  DO_NOT_CONTACT_HEADERS,
  DO_NOT_CONTACT_TAB,
  FOLLOWUP_LOG_HEADERS,
  FOLLOWUP_LOG_TAB,
  MEMORY_HEADERS,
  MEMORY_TAB,
  PRODUCTS,
  SAMPLES,
  SETTINGS_TAB,
  TEMPLATES_HEADERS,
  TEMPLATES_TAB,
} from '../../core/schema';
import type { AddonTabRole } from '../../core/schema';
import type { Settings } from '../../core/settings';
import { FOLLOW_UP_SETTINGS_ROWS, readSettings } from '../../core/settings';
import { ensureSettingsRows } from '../settingsTab';
import { protectAsAddOnMemory } from '../ownership';
import { writeTab } from '../sheets';
import type { ColumnPositions } from '../managedColumns';
import type { AddOnTabs } from '../addOnTabs';
import { ownTabValues } from '../addOnTabs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface FollowUpState {
  templates: Record<FollowUpRule, Template>;
  contexts: SampleContext[];
  log: FollowUpLog;
  /** Undefined only when reading without `create` and there is no log tab yet. */
  logSheet?: Sheet;
  memory: SendMemory;
  /** Undefined only when reading without `create` and nothing was ever sent. */
  memorySheet?: Sheet;
  doNotContact: DoNotContact;
  samplesSheet?: Sheet;
  /** Where each Samples column is on the sheet (1-based), by header. */
  samplesColumns: ColumnPositions;
}

export function valuesOf(tabs: AddOnTabs, role: AddonTabRole): Tab {
  return { sheet: tabs.sheet(role), values: tabs.values(role) };
}

export interface Tab {
  sheet?: Sheet;
  values: SheetValue[][];
}

export function ensureTab(
  tabs: AddOnTabs,
  role: AddonTabRole,
  headers: readonly string[],
  rows: string[][],
  tab: Tab,
): Required<Tab> {
  if (tab.sheet && tab.values.length > 0) return { sheet: tab.sheet, values: tab.values };
  const sheet = tab.sheet ?? tabs.make(role);
  writeTab(sheet, { headers, rows, formats: rows.map(() => headers.map(() => '@')) });
  return { sheet, values: [headers.slice(), ...rows] };
}

function settingsValues(tabs: AddOnTabs, create: boolean): SheetValue[][] {
  const values = tabs.values(SETTINGS_TAB);
  return create
    ? ensureSettingsRows(tabs.spreadsheet, values, FOLLOW_UP_SETTINGS_ROWS, undefined, tabs.sheetOptions)
    : values;
}

export function templatesTab(tabs: AddOnTabs, create: boolean): Tab {
  const tab = valuesOf(tabs, TEMPLATES_TAB);
  return create ? ensureTab(tabs, TEMPLATES_TAB, TEMPLATES_HEADERS, defaultTemplateRows(), tab) : tab;
}

function logTab(tabs: AddOnTabs, create: boolean): Tab {
  const tab = valuesOf(tabs, FOLLOWUP_LOG_TAB);
  return create ? ensureTab(tabs, FOLLOWUP_LOG_TAB, FOLLOWUP_LOG_HEADERS, [], tab) : tab;
}

/** The Do not contact tab, created with its header row when missing; the operator adds to it. */
export function doNotContactTab(tabs: AddOnTabs, create: boolean): Tab {
  const tab = valuesOf(tabs, DO_NOT_CONTACT_TAB);
  return create ? ensureTab(tabs, DO_NOT_CONTACT_TAB, DO_NOT_CONTACT_HEADERS, [], tab) : tab;
}

/** The add-on's memory of what it sent: hidden, protected, keys as text. */
export function memoryTab(tabs: AddOnTabs): Required<Tab> {
  const tab = valuesOf(tabs, MEMORY_TAB);
  if (tab.sheet) return { sheet: tab.sheet, values: tab.values };
  const sheet = tabs.make(MEMORY_TAB, { hidden: true });
  protectAsAddOnMemory(sheet);
  writeTab(sheet, { headers: MEMORY_HEADERS, rows: [] });
  sheet.getRange(1, 1, sheet.getMaxRows(), 1).setNumberFormat('@');
  return { sheet, values: [MEMORY_HEADERS.slice()] };
}

/** The Follow-up log tab, created with its header row when missing. */
export function followUpLogSheet(tabs: AddOnTabs): Sheet {
  return logTab(tabs, true).sheet as Sheet;
}

/** Creates the Templates, Follow-up log and Do not contact tabs and the follow-up settings when missing. */
export function ensureFollowUpTabs(tabs: AddOnTabs): void {
  settingsValues(tabs, true);
  templatesTab(tabs, true);
  logTab(tabs, true);
  doNotContactTab(tabs, true);
}

/** `create` makes missing follow-up tabs and rows first (a run); a preview only reads. */
export function readFollowUpSettings(tabs: AddOnTabs, options: { create: boolean }): Settings {
  return readSettings(settingsValues(tabs, options.create));
}

/** Everything a run or a preview decides from, besides the settings. */
export function readFollowUpState(tabs: AddOnTabs, timeZone: string, options: { create: boolean }): FollowUpState {
  const samplesSheet = tabs.sheet(SAMPLES.name);
  const samples = samplesSheet ? ownTabValues(samplesSheet, SAMPLES.name) : { values: [] };
  const log = logTab(tabs, options.create);
  const memory = options.create ? memoryTab(tabs) : valuesOf(tabs, MEMORY_TAB);
  return {
    templates: readTemplates(templatesTab(tabs, options.create).values),
    contexts: readSampleContexts(
      {
        samples: samples.values,
        creators: valuesOf(tabs, CREATORS.name).values,
        products: valuesOf(tabs, PRODUCTS.name).values,
      },
      timeZone,
    ),
    log: readLog(log.values),
    logSheet: log.sheet,
    memory: readMemory(memory.values),
    memorySheet: memory.sheet,
    doNotContact: readDoNotContact(doNotContactTab(tabs, options.create).values),
    samplesSheet,
    samplesColumns: samples.positions ?? new Map<string, number>(),
  };
}
